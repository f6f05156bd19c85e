#include "ServerListModel.h"

#include "ops/ClusterSession.h"

#include <QColor>

namespace AscendDeck {

ServerListModel::ServerListModel(ClusterSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(session->serverCount())
{
    connect(session, &ClusterSession::projectChanged, this, [this] {
        beginResetModel();
        m_rows = m_session->serverCount();
        endResetModel();
    });
    connect(session, &ClusterSession::serverChanged, this, [this](int row) {
        if (row >= 0 && row < m_rows)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerListModel::displayText(int row, int column) const
{
    const ServerFacts &facts = m_session->facts(row);
    const auto status = m_session->status(row);
    const bool connected = status == ClusterSession::ServerStatus::Connected;
    switch (column) {
    case NameColumn: {
        const QString name = facts.hostname.isEmpty() ? m_session->project().servers.at(row).host : facts.hostname;
        return m_session->project().servers.at(row).master ? tr("%1 (master)").arg(name) : name;
    }
    case AddressColumn: return m_session->target(row).displayName();
    case StateColumn:
        switch (status) {
        case ClusterSession::ServerStatus::Unknown: return tr("Not connected");
        case ClusterSession::ServerStatus::Connecting: return tr("Connecting…");
        case ClusterSession::ServerStatus::Connected: return tr("Connected");
        case ClusterSession::ServerStatus::Failed: return tr("Failed");
        }
        return {};
    case NpuColumn:
        if (!connected)
            return {};
        return facts.npuCount > 0 ? tr("%1 × %2").arg(facts.npuCount).arg(facts.chipName) : tr("none found");
    case DriverColumn:
        if (!connected)
            return {};
        return facts.driverVersion.isEmpty() ? tr("not installed") : facts.driverVersion;
    case DetailColumn: return connected ? tr("kernel %1").arg(facts.kernel) : m_session->statusDetail(row);
    default: return {};
    }
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return displayText(index.row(), index.column());
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (m_session->status(index.row())) {
        case ClusterSession::ServerStatus::Connected: return QColor(0x1b, 0x7f, 0x3b);
        case ClusterSession::ServerStatus::Failed: return QColor(0xb3, 0x26, 0x1e);
        default: return {};
        }
    }
    return {};
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Server");
    case AddressColumn: return tr("Address");
    case StateColumn: return tr("State");
    case NpuColumn: return tr("NPUs");
    case DriverColumn: return tr("Driver");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

} // namespace AscendDeck
