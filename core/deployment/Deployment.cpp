#include "Deployment.h"

#include "ops/ProjectTargets.h"
#include "remote/MemorySecretStore.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>

namespace AscendDeck {

namespace {
// The same server to connect to: what it reported still holds, whatever its display name or role.
bool sameTarget(const ProjectServer &a, const ProjectServer &b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user && a.via == b.via && a.sudo == b.sudo;
}

int indexOfTarget(const QList<ProjectServer> &servers, const ProjectServer &server)
{
    for (int i = 0; i < servers.size(); ++i) {
        if (sameTarget(servers.at(i), server))
            return i;
    }
    return -1;
}
} // namespace

Deployment::Deployment(const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_pool(std::make_unique<SessionPool>(options))
    , m_secrets(std::make_unique<MemorySecretStore>(
          QCoreApplication::translate("SecretStore", "the system keyring was not opened")))
{
    connect(this, &Deployment::serversChanged, this, &Deployment::applyCredentials);
}

Deployment::~Deployment() = default;

template<typename T>
bool Deployment::assign(T *part, const T &value)
{
    if (*part == value)
        return false;
    *part = value;
    setModified(true);
    return true;
}

void Deployment::setProjectFile(const QString &path)
{
    if (m_projectFile == path)
        return;
    m_projectFile = path;
    emit projectFileChanged(path);
}

void Deployment::setCredentials(const SshCredentials &credentials)
{
    m_options.credentials = credentials;
    m_pool->setDefaultCredentials(credentials);
    applyCredentials();
}

void Deployment::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
    applyCredentials();
}

// Per server: the pool keeps a server's sessions while its login stays the same.
void Deployment::applyCredentials()
{
    using Kind = SecretStore::Kind;
    for (const SshTarget &target : targets()) {
        SshCredentials credentials = m_options.credentials;
        const auto fill = [&](Kind kind, QString *field) {
            if (field->isEmpty())
                *field = m_secrets->read(kind, target).value_or(QString());
        };
        fill(Kind::LoginPassword, &credentials.password);
        if (!credentials.identityFile.isEmpty())
            fill(Kind::KeyPassphrase, &credentials.passphrase);
        fill(Kind::SudoPassword, &credentials.sudoPassword);
        m_pool->setCredentials(target, credentials);
    }
}

void Deployment::setProject(const Project &project)
{
    m_project = project;
    m_states.clear();
    resizeStates();
    emit nameChanged();
    emit serversChanged();
    emit networkPlanChanged();
    emit engineSettingsChanged();
    emit engineClusterChanged();
    setModified(false);
    emit projectChanged();
}

void Deployment::setName(const QString &name)
{
    if (assign(&m_project.name, name))
        emit nameChanged();
}

void Deployment::setServers(const QList<ProjectServer> &servers)
{
    if (servers == m_project.servers)
        return;
    // What a server reported belongs to its address: a server now at another index, or another server at
    // this index, starts unknown again.
    QList<ServerState> states;
    for (const ProjectServer &server : servers) {
        const int old = indexOfTarget(m_project.servers, server);
        states.append(old >= 0 && old < m_states.size() ? m_states.at(old) : ServerState());
    }
    m_project.servers = servers;
    m_states = states;
    emit serversChanged();
    setModified(true);
}

void Deployment::setServer(int index, const ProjectServer &server)
{
    if (index < 0 || index >= m_project.servers.size() || server == m_project.servers.at(index))
        return;
    if (!sameTarget(m_project.servers.at(index), server))
        m_states[index] = ServerState();
    m_project.servers[index] = server;
    emit serversChanged();
    setModified(true);
}

void Deployment::setJump(const QString &jump)
{
    if (assign(&m_project.jump, jump))
        emit serversChanged();
}

void Deployment::setNetworkPlan(const HccnPlan &plan)
{
    if (assign(&m_project.network, plan))
        emit networkPlanChanged();
}

void Deployment::setEngineSettings(const EngineSettings &settings)
{
    // The first settings are a change even when they are the defaults: there were none.
    if (assign(&m_project.engine, std::optional<EngineSettings>(settings)))
        emit engineSettingsChanged();
}

void Deployment::setEngineCluster(const EngineCluster &cluster)
{
    if (assign(&m_project.cluster, cluster))
        emit engineClusterChanged();
}

void Deployment::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
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
    return ProjectTargets::of(m_project, index);
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
