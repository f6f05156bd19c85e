#include "Deployment.h"

#include "remote/SessionPool.h"

namespace AscendDeck {

Deployment::Deployment(const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_pool(std::make_unique<SessionPool>(options))
{
}

Deployment::~Deployment() = default;

void Deployment::setCredentials(const SshCredentials &credentials)
{
    m_options.credentials = credentials;
    m_pool->setDefaultCredentials(credentials);
}

void Deployment::setProject(const Project &project)
{
    m_project = project;
    m_states.clear();
    resizeStates();
    emit projectChanged();
}

void Deployment::notifyProjectChanged()
{
    resizeStates();
    emit projectChanged();
}

void Deployment::resizeStates()
{
    while (m_states.size() < m_project.servers.size())
        m_states.append(ServerState());
    while (m_states.size() > m_project.servers.size())
        m_states.removeLast();
}

SshTarget Deployment::target(int index) const
{
    const ProjectServer &server = m_project.servers.at(index);
    SshTarget target;
    target.host = server.host;
    target.port = server.port;
    target.user = server.user;
    return target;
}

QList<SshTarget> Deployment::targets() const
{
    QList<SshTarget> list;
    for (int i = 0; i < serverCount(); ++i)
        list << target(i);
    return list;
}

Deployment::ServerStatus Deployment::status(int index) const
{
    return index < m_states.size() ? m_states.at(index).status : ServerStatus::Unknown;
}

QString Deployment::statusDetail(int index) const
{
    return index < m_states.size() ? m_states.at(index).detail : QString();
}

const ServerFacts &Deployment::facts(int index) const
{
    static const ServerFacts none;
    return index < m_states.size() ? m_states.at(index).facts : none;
}

void Deployment::setStatus(int index, ServerStatus status, const QString &detail)
{
    if (index < 0 || index >= m_states.size())
        return;
    m_states[index].status = status;
    m_states[index].detail = detail;
    emit serverChanged(index);
}

void Deployment::setEngineCluster(const EngineCluster &cluster)
{
    m_engineCluster = cluster;
    emit engineClusterChanged();
}

void Deployment::setFacts(int index, const ServerFacts &facts)
{
    if (index < 0 || index >= m_states.size())
        return;
    m_states[index].facts = facts;
    emit serverChanged(index);
}

bool Deployment::allConnected() const
{
    if (m_states.isEmpty())
        return false;
    for (const ServerState &state : m_states) {
        if (state.status != ServerStatus::Connected)
            return false;
    }
    return true;
}

} // namespace AscendDeck
