#include "ServerListModel.h"

#include "deployment/Deployment.h"
#include "remote/SshTarget.h"

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
    case ViaColumn: {
        const QString via = m_deployment->project().servers.at(row).via;
        return via.isEmpty() && !m_deployment->project().jump.isEmpty() ? tr("%1 (all servers)").arg(m_deployment->project().jump)
                                                                        : via;
    }
    case SudoColumn: return sudoText(m_deployment->project().servers.at(row).sudo);
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
    if (role == Qt::EditRole && index.column() == ViaColumn)
        return m_deployment->project().servers.at(index.row()).via;
    if (role == Qt::EditRole && index.column() == SudoColumn) {
        const auto mode = m_deployment->project().servers.at(index.row()).sudo;
        return mode ? sudoModeName(*mode) : QString();
    }
    if (role == Qt::ToolTipRole && index.column() == SudoColumn)
        return tr("How commands that need root run: off, nopasswd (sudo without a password) or password (asked once); "
                  "empty: the default (sudo without a password)");
    if (role == Qt::ToolTipRole && index.column() == ViaColumn)
        return tr("Jump hosts as ssh -J takes them: [user@]host[:port][,...]; empty: the jump hosts for all servers");
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
    case ViaColumn: return tr("Via");
    case SudoColumn: return tr("sudo");
    case StateColumn: return tr("State");
    case NpuColumn: return tr("NPUs");
    case DriverColumn: return tr("Driver");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

Qt::ItemFlags ServerListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == ViaColumn || index.column() == SudoColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ServerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows || role != Qt::EditRole)
        return false;
    if (index.column() == ViaColumn)
        return setVia(index.row(), value.toString());
    if (index.column() == SudoColumn)
        return setSudo(index.row(), value.toString());
    return false;
}

bool ServerListModel::setVia(int row, const QString &text)
{
    ProjectServer server = m_deployment->project().servers.at(row);
    QList<SshTarget> hops;
    QString error;
    if (!text.trimmed().isEmpty() && !SshTarget::parseList(text, &hops, &error)) {
        emit editRefused(tr("%1, via: %2").arg(server.host, error));
        return false;
    }
    server.via = text.trimmed();
    m_deployment->setServer(row, server);
    return true;
}

bool ServerListModel::setSudo(int row, const QString &text)
{
    ProjectServer server = m_deployment->project().servers.at(row);
    const std::optional<SudoMode> mode = sudoModeFromName(text);
    const QString trimmed = text.trimmed();
    if (!mode && !trimmed.isEmpty() && trimmed != sudoText(std::nullopt)) {
        emit editRefused(tr("%1, sudo: '%2' is not one of off, nopasswd, password").arg(server.host, trimmed));
        return false;
    }
    server.sudo = mode;
    m_deployment->setServer(row, server);
    return true;
}

QString ServerListModel::sudoText(const std::optional<SudoMode> &mode)
{
    return mode ? sudoModeName(*mode) : tr("default");
}

} // namespace AscendDeck
