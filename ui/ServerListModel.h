#pragma once

#include "remote/SshTarget.h"

#include <QAbstractTableModel>
#include <QList>

namespace AscendDeck {

// The servers of the cluster and what the console knows of each, one row per server.
class ServerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, StateColumn, NpuColumn, DriverColumn, DetailColumn, ColumnCount };
    enum class State { NotConnected, Connecting, Connected, Failed };

    struct Row
    {
        SshTarget target;
        State state = State::NotConnected;
        QString hostname;
        QString npuSummary;
        QString driverVersion;
        QString detail;   // last error, or the kernel once connected
    };

    explicit ServerListModel(QObject *parent = nullptr);

    void setTargets(const QList<SshTarget> &targets);
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }
    void updateRow(int index, const Row &row);
    void setState(int index, State state, const QString &detail = QString());

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(State state);

private:
    QList<Row> m_rows;
};

} // namespace AscendDeck
