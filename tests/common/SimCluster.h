#pragma once

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "project/Project.h"
#include "remote/SessionOptions.h"
#include "remote/SshTarget.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Starts and stops a cluster of simulated Ascend servers (tests/sim/ascend_sim.py): real sshd processes on
// loopback addresses, each in its own mount namespace. Each test binary uses its own address range so that
// ctest can run them in parallel.
class SimCluster
{
public:
    struct Server
    {
        int index = 0;
        QString name;
        QString host;
        int port = 22;
        QString user;
        QString password;
        QString fingerprint;
    };

    SimCluster();
    ~SimCluster();

    // Returns false (and sets errorString) if the simulator failed to start.
    bool start(int servers, const QString &firstIp, int port, const QStringList &extraArgs = {});
    bool stop();
    bool restart(int index, bool newHostKey = false);
    bool drop(int index);
    bool fault(int index, const QString &knob, bool clear = false);
    // Runs a command inside a server's namespace (not over SSH): how tests look at what really happened.
    QByteArray inspect(int index, const QStringList &command, int *exitCode = nullptr);

    QString errorString() const { return m_error; }
    QString stateDir() const { return m_dir.path(); }
    QString identityFile() const { return m_json.value(QStringLiteral("identity")).toString(); }
    QString knownHostsFile() const { return m_json.value(QStringLiteral("known_hosts")).toString(); }
    QString passphraseIdentityFile() const;
    QString passphrase() const;
    const QList<Server> &servers() const { return m_servers; }
    // The simulator's arguments for a lab without root logins: loginUser with a sudo that asks for
    // sudoPassword, the servers reachable only through a bastion.
    static QStringList labAccessArgs(const QString &loginUser, const QString &sudoPassword);
    // Started with --bastion: the bastion's login ("root@ADDRESS"), and a known_hosts file (in the state
    // folder) with the servers' keys and the bastion's. Empty without a bastion.
    QString bastionLogin() const;
    QString knownHostsWithBastion() const;
    // What the simulated sudo of a server logged ("uid<TAB>RAN<TAB>argv..." or "uid<TAB>REFUSED<TAB>why").
    QByteArray sudoLog(int index) const;
    AscendDeck::SshTarget target(int index) const;
    QList<AscendDeck::SshTarget> targets() const;
    // A project listing every server (the first is the master), as the wizard's Servers step leaves it.
    AscendDeck::Project project() const;
    // The servers as the engine sees them: 8 NPUs each, the given NIC, the first server the master.
    AscendDeck::EngineCluster engineCluster(const QString &nicName = QStringLiteral("enp189s0f0")) const;
    // Engine settings the simulated engines accept, told to load in one second: MindIE with the model of
    // the seeds, or vLLM-Ascend with DP 2 / EP 16 across two servers.
    static AscendDeck::EngineSettings engineSettings(AscendDeck::EngineSettings::Kind kind);
    // Key auth with the simulator's client key and its known_hosts file.
    AscendDeck::SessionOptions sessionOptions() const;

    static QString simScript();
    static QString sourceDir();

private:
    bool runSim(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QJsonObject m_json;
    QList<Server> m_servers;
    QString m_error;
    bool m_running = false;
};
