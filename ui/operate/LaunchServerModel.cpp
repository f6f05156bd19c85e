#include "LaunchServerModel.h"

#include "FindingModel.h"

#include "ops/LaunchServerMonitor.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>

namespace AscendDeck {

namespace {
QColor stateColour(LaunchOperation::ServerState state)
{
    switch (state) {
    case LaunchOperation::ServerState::Ready: return {0x2e, 0x7d, 0x32};
    case LaunchOperation::ServerState::Failed: return {0xc6, 0x28, 0x28};
    case LaunchOperation::ServerState::Starting:
    case LaunchOperation::ServerState::Stopping: return {0xe6, 0x51, 0x00};
    default: return {};
    }
}
} // namespace

LaunchServerModel::LaunchServerModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void LaunchServerModel::setServers(const QStringList &names, const QStringList &roles)
{
    beginResetModel();
    m_servers.clear();
    for (int i = 0; i < names.size(); ++i)
        m_servers.append({names.at(i), roles.value(i), LaunchOperation::ServerState::Pending, QString(), {}});
    endResetModel();
}

void LaunchServerModel::setRole(int server, const QString &role)
{
    if (server < 0 || server >= m_servers.size() || m_servers.at(server).role == role)
        return;
    m_servers[server].role = role;
    changed(server, RoleColumn);
}

void LaunchServerModel::setState(int server, LaunchOperation::ServerState state, const QString &detail)
{
    if (server < 0 || server >= m_servers.size())
        return;
    m_servers[server].state = state;
    m_servers[server].detail = detail;
    changed(server, StateColumn);
}

void LaunchServerModel::addFinding(int server, const Finding &finding)
{
    if (server < 0 || server >= m_servers.size())
        return;
    QList<Finding> &list = m_servers[server].findings;
    const auto known = std::find_if(list.begin(), list.end(), [&finding](const Finding &f) { return f.code == finding.code; });
    if (known != list.end())
        *known = finding;
    else
        list << finding;
    changed(server, DiagnosisColumn);
}

void LaunchServerModel::clearFindings()
{
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).findings.isEmpty())
            continue;
        m_servers[i].findings.clear();
        changed(i, DiagnosisColumn);
    }
}

LaunchOperation::ServerState LaunchServerModel::state(int server) const
{
    return m_servers.value(server).state;
}

QList<Finding> LaunchServerModel::findings(int server) const
{
    QList<Finding> sorted = m_servers.value(server).findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) { return rank(a) < rank(b); });
    return sorted;
}

int LaunchServerModel::rank(const Finding &finding)
{
    if (finding.isError())
        return LaunchServerMonitor::isConsequence(finding.code) ? 1 : 0;
    return finding.severity == Finding::Severity::Warning ? 2 : 3;
}

// The role names and the headers keep the launch page's context, where they are translated.
QString LaunchServerModel::roleName(const QString &role)
{
    if (role == QLatin1String("master"))
        return QCoreApplication::translate("AscendDeck::LaunchPage", "master");
    if (role == QLatin1String("worker"))
        return QCoreApplication::translate("AscendDeck::LaunchPage", "worker");
    if (role == QLatin1String("head"))
        return QCoreApplication::translate("AscendDeck::LaunchPage", "head");
    if (role == QLatin1String("single"))
        return QCoreApplication::translate("AscendDeck::LaunchPage", "single");
    return role;
}

// The first of the best rank: a later finding of the same rank does not take the column over.
const Finding *LaunchServerModel::shown(const Server &server)
{
    const Finding *best = nullptr;
    for (const Finding &f : server.findings) {
        if (f.severity != Finding::Severity::Info && (!best || rank(f) < rank(*best)))
            best = &f;
    }
    return best;
}

int LaunchServerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_servers.size());
}

int LaunchServerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LaunchServerModel::display(const Server &server, int column) const
{
    switch (column) {
    case NameColumn: return server.name;
    case RoleColumn: return roleName(server.role);
    case StateColumn: return LaunchOperation::serverStateName(server.state);
    case DiagnosisColumn: {
        const Finding *f = shown(server);
        return f ? f->message : QString();
    }
    default: return {};
    }
}

QVariant LaunchServerModel::toolTip(const Server &server, int column) const
{
    switch (column) {
    case StateColumn: return server.detail.isEmpty() ? display(server, column) : server.detail;
    case DiagnosisColumn: {
        const Finding *f = shown(server);
        return f ? FindingModel::lineText(*f) : QVariant();
    }
    default: return display(server, column);
    }
}

QVariant LaunchServerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &server = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(server, index.column());
    case Qt::ToolTipRole: return toolTip(server, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && stateColour(server.state).isValid())
            return stateColour(server.state);
        if (index.column() == DiagnosisColumn && shown(server))
            return FindingModel::colourOf(shown(server)->severity);
        return {};
    default: return {};
    }
}

QVariant LaunchServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return QCoreApplication::translate("AscendDeck::LaunchPage", "Server");
    case RoleColumn: return QCoreApplication::translate("AscendDeck::LaunchPage", "Role");
    case StateColumn: return QCoreApplication::translate("AscendDeck::LaunchPage", "State");
    case DiagnosisColumn: return QCoreApplication::translate("AscendDeck::LaunchPage", "Diagnosis");
    default: return {};
    }
}

void LaunchServerModel::changed(int server, int column)
{
    emit dataChanged(index(server, column), index(server, column));
}

} // namespace AscendDeck
