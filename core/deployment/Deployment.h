#pragma once

#include "engine/EngineCluster.h"
#include "ops/ServerFacts.h"
#include "project/Project.h"
#include "remote/SessionOptions.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QObject>

#include <memory>

namespace AscendDeck {

class SecretStore;
class SessionPool;

// The live state shared by the wizard pages and the monitor: the project (what the admin wants), the SSH
// pool to its servers, and the facts and status each server reported. Pages read and update it; it
// survives going back and forth between pages.
class Deployment : public QObject
{
    Q_OBJECT
public:
    enum class ServerStatus { Unknown, Connecting, Connected, Failed };

    explicit Deployment(const SessionOptions &options, QObject *parent = nullptr);
    ~Deployment() override;

    SessionPool *pool() const { return m_pool.get(); }
    const SessionOptions &options() const { return m_options; }
    // The login of every server: these credentials, with the secrets remembered for each server where these
    // have none (login password, key passphrase, sudo password). Applied again whenever the servers change.
    void setCredentials(const SshCredentials &credentials);
    // Where remembered secrets are kept; memory only until one is set (the console sets the keyring's).
    SecretStore *secrets() const { return m_secrets.get(); }
    void setSecretStore(std::unique_ptr<SecretStore> store);

    const Project &project() const { return m_project; }
    // A project opened or made new: every server's state is forgotten, the change signals and
    // projectChanged() are emitted, and the project counts as unmodified.
    void setProject(const Project &project);

    // Each setter changes one part of the project, emits that part's signal and marks the project modified,
    // but only when the value really changes.
    void setName(const QString &name);
    void setServers(const QList<ProjectServer> &servers);
    void setServer(int index, const ProjectServer &server);
    // The jump hosts of every server without its own "via" (as `ssh -J` takes them); emits serversChanged.
    void setJump(const QString &jump);
    void setNetworkPlan(const HccnPlan &plan);
    void setEngineSettings(const EngineSettings &settings);
    // The servers as the engine sees them (address, NIC, NPUs, chip, master), read by the engine step and
    // kept in the project: what launch and monitoring work on.
    void setEngineCluster(const EngineCluster &cluster);
    const EngineCluster &engineCluster() const { return m_project.cluster; }

    // The file the project was opened from or last saved to; empty for a project not saved yet. Where the
    // history of its NPUs is kept and what File > Save writes.
    QString projectFile() const { return m_projectFile; }
    void setProjectFile(const QString &path);

    // Whether the project changed since it was opened, made or saved.
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void markSaved() { setModified(false); }

    SshTarget target(int index) const;
    QList<SshTarget> targets() const;
    int serverCount() const { return static_cast<int>(m_project.servers.size()); }

    ServerStatus status(int index) const;
    QString statusDetail(int index) const;
    const ServerFacts &facts(int index) const;
    void setStatus(int index, ServerStatus status, const QString &detail = QString());
    void setFacts(int index, const ServerFacts &facts);
    bool allConnected() const;

signals:
    void projectChanged(); // a whole project was set (opened or made new); the signals below came first
    void nameChanged();
    void serversChanged(); // servers added, removed or edited
    void networkPlanChanged();
    void engineSettingsChanged();
    void engineClusterChanged();
    void modifiedChanged(bool modified);
    void projectFileChanged(const QString &path);
    void serverChanged(int index); // the status or facts of one server

private:
    struct ServerState
    {
        ServerStatus status = ServerStatus::Unknown;
        QString detail;
        ServerFacts facts;
    };
    void resizeStates();
    void applyCredentials();
    // Sets *part to value and marks the project modified; false (and nothing done) when they are equal.
    template<typename T>
    bool assign(T *part, const T &value);

    SessionOptions m_options;
    std::unique_ptr<SessionPool> m_pool;
    std::unique_ptr<SecretStore> m_secrets;
    Project m_project;
    QList<ServerState> m_states;
    bool m_modified = false;
    QString m_projectFile;
};

} // namespace AscendDeck
