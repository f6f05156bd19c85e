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
    void setCredentials(const SshCredentials &credentials);

    const Project &project() const { return m_project; }
    void setProject(const Project &project);
    Project &editProject() { return m_project; }   // call notifyProjectChanged() after editing

    void notifyProjectChanged();

    SshTarget target(int index) const;
    QList<SshTarget> targets() const;
    int serverCount() const { return static_cast<int>(m_project.servers.size()); }

    ServerStatus status(int index) const;
    QString statusDetail(int index) const;
    const ServerFacts &facts(int index) const;
    void setStatus(int index, ServerStatus status, const QString &detail = QString());
    void setFacts(int index, const ServerFacts &facts);
    bool allConnected() const;

    // The servers as the engine sees them (address, NIC, NPUs, master), read by the engine step; empty
    // until then. What launch and monitoring work on.
    const EngineCluster &engineCluster() const { return m_engineCluster; }
    void setEngineCluster(const EngineCluster &cluster);

signals:
    void projectChanged();
    void serverChanged(int index);
    void engineClusterChanged();

private:
    struct ServerState
    {
        ServerStatus status = ServerStatus::Unknown;
        QString detail;
        ServerFacts facts;
    };
    void resizeStates();

    SessionOptions m_options;
    std::unique_ptr<SessionPool> m_pool;
    Project m_project;
    QList<ServerState> m_states;
    EngineCluster m_engineCluster;
};

} // namespace AscendDeck
