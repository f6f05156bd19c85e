#include "AlertHistoryModel.h"

#include <QDateTime>

#include <algorithm>

namespace AscendDeck {

AlertHistoryModel::AlertHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertHistoryModel::setAlerts(const QList<HistoryAlert> &alerts)
{
    QList<HistoryAlert> newestFirst = alerts;
    std::reverse(newestFirst.begin(), newestFirst.end());
    if (newestFirst == m_alerts)
        return;
    beginResetModel();
    m_alerts = std::move(newestFirst);
    endResetModel();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const HistoryAlert &a = m_alerts.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return a.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(a.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case EventColumn:
        return a.raised ? tr("raised") : tr("cleared");
    case ServerColumn:
        return a.server.isEmpty() ? tr("service") : a.server;
    case NpuColumn:
        if (a.npuId < 0)
            return QString();
        return a.chipId ? QStringLiteral("%1/%2").arg(a.npuId).arg(a.chipId) : QString::number(a.npuId);
    case MessageColumn:
        return a.message;
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case EventColumn: return tr("Event");
    case ServerColumn: return tr("Server");
    case NpuColumn: return tr("NPU");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace AscendDeck
