#pragma once

#include "history/HistoryAlert.h"

#include <QAbstractTableModel>
#include <QList>

namespace AscendDeck {

// The alert history of a time range as read from the project's history: one row per raised or cleared
// alert, newest first, so that "what happened overnight" has an answer after the console was closed.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, ServerColumn, NpuColumn, MessageColumn, ColumnCount };

    explicit AlertHistoryModel(QObject *parent = nullptr);

    // Alerts oldest first, as HistoryReader::readAlerts gives them.
    void setAlerts(const QList<HistoryAlert> &alerts);
    const HistoryAlert &alert(int row) const { return m_alerts.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryAlert> m_alerts; // newest first
};

} // namespace AscendDeck
