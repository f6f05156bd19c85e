#include "ServerListModel.h"

#include <QColor>

namespace AscendDeck {

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServerListModel::setTargets(const QList<SshTarget> &targets)
{
    beginResetModel();
    m_rows.clear();
    for (const SshTarget &target : targets) {
        Row row;
        row.target = target;
        m_rows.append(row);
    }
    endResetModel();
}

void ServerListModel::updateRow(int index, const Row &row)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = row;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void ServerListModel::setState(int index, State state, const QString &detail)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row row = m_rows.at(index);
    row.state = state;
    if (!detail.isNull())
        row.detail = detail;
    updateRow(index, row);
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerListModel::stateText(State state)
{
    switch (state) {
    case State::NotConnected: return tr("Not connected");
    case State::Connecting: return tr("Connecting…");
    case State::Connected: return tr("Connected");
    case State::Failed: return tr("Failed");
    }
    return QString();
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return row.hostname.isEmpty() ? row.target.host : row.hostname;
        case AddressColumn: return row.target.displayName();
        case StateColumn: return stateText(row.state);
        case NpuColumn: return row.npuSummary;
        case DriverColumn: return row.driverVersion;
        case DetailColumn: return row.detail;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (row.state) {
        case State::Connected: return QColor(0x1b, 0x7f, 0x3b);
        case State::Failed: return QColor(0xb3, 0x26, 0x1e);
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
