#include "ServerListModel.h"

#include "deployment/Deployment.h"

#include <QColor>

namespace AscendDeck {

ServerListModel::ServerListModel(Deployment *deployment, QObject *parent)
    : QAbstractTableModel(parent)
    , m_deployment(deployment)
    , m_rows(deployment->serverCount())
{
    connect(deployment, &Deployment::serversChanged, this, [this] {
        beginResetModel();
        m_rows = m_deployment->serverCount();
        endResetModel();
    });
    connect(deployment, &Deployment::serverChanged, this, [this](int row) {
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
    const ServerFacts &facts = m_deployment->facts(row);
    const auto status = m_deployment->status(row);
    const bool connected = status == Deployment::ServerStatus::Connected;
    switch (column) {
    case NameColumn: {
        const QString name = facts.hostname.isEmpty() ? m_deployment->project().servers.at(row).host : facts.hostname;
        return m_deployment->project().servers.at(row).master ? tr("%1 (master)").arg(name) : name;
    }
    case AddressColumn: return m_deployment->target(row).displayName();
    case StateColumn:
        switch (status) {
        case Deployment::ServerStatus::Unknown: return tr("Not connected");
        case Deployment::ServerStatus::Connecting: return tr("Connecting…");
        case Deployment::ServerStatus::Connected: return tr("Connected");
        case Deployment::ServerStatus::Failed: return tr("Failed");
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
    case DetailColumn: return connected ? tr("kernel %1").arg(facts.kernel) : m_deployment->statusDetail(row);
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
        switch (m_deployment->status(index.row())) {
        case Deployment::ServerStatus::Connected: return QColor(0x1b, 0x7f, 0x3b);
        case Deployment::ServerStatus::Failed: return QColor(0xb3, 0x26, 0x1e);
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
