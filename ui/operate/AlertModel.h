#pragma once

#include "monitor/Alert.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace AscendDeck {

// The alerts of the monitor, newest first: time, severity, server, NPU and text, the full text also as
// tooltip (a long message is cut by the column). A cleared alert stays, greyed, with the time it cleared;
// the oldest rows go beyond kMaxRows so that a flapping alert cannot grow the list without end.
class AlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, ServerColumn, NpuColumn, TextColumn, ColumnCount };
    static constexpr int kMaxRows = 500;

    explicit AlertModel(QObject *parent = nullptr);

    // The names of the servers, by the index alerts carry.
    void setServerNames(const QStringList &names);
    void raise(const Alert &alert);
    // Marks the newest open row of the alert's condition cleared at atMs (ms since the epoch).
    void clear(const Alert &alert, qint64 atMs);
    // "severity: text" of every row, newest first.
    QStringList texts() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Alert alert;
        qint64 clearedMs = 0; // 0 while the condition lasts
    };
    QString display(const Row &row, int column) const;
    QString serverName(int server) const;

    QList<Row> m_rows; // newest first
    QStringList m_serverNames;
};

} // namespace AscendDeck
