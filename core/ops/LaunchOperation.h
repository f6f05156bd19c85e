#pragma once

#include "LaunchHealthProbe.h"
#include "LaunchServerMonitor.h"
#include "base/Finding.h"
#include "engine/LaunchPlan.h"
#include "remote/CancelToken.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>

namespace AscendDeck {

class Job;
class SessionPool;
struct CommandResult;

// Starts, watches and stops the engine of a deployment on every server. Remote work runs in two jobs (SSH
// through the pool): job() reads, starts and stops (its progress is the launch's), the log job follows each
// server's log. Every signal is emitted on the thread that owns the operation, and results of a run that was
// stopped, cancelled or superseded are dropped. Each server's log streams live (docker logs -f) and is
// diagnosed as it arrives; the deployment is ready once every engine logged its ready line and the health
// endpoint answers. When a server fails, the others are stopped and failed() names the server that failed
// first, preferring a server with a cause over one that only reports a peer's failure.
class LaunchOperation : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Starting, Ready, Stopping, Stopped, Failed, Cancelled };
    Q_ENUM(State)
    enum class ServerState { Pending, Starting, Ready, Stopping, Stopped, Failed };
    Q_ENUM(ServerState)

    // targets is index-aligned with cluster.nodes; pool must outlive the operation.
    LaunchOperation(SessionPool *pool, const QList<SshTarget> &targets, const EngineSettings &settings,
                    const EngineCluster &cluster, QObject *parent = nullptr);
    ~LaunchOperation() override;

    // Reads the servers (nothing changes) and emits planReady: the preview to confirm.
    void preview();
    // Reads, plans and launches.
    void start();
    // Launches a plan the admin confirmed (from preview()), without reading again.
    void launch(const LaunchPlan &plan);
    // Finds an engine that already runs (started yesterday by the console, or by hand from the exported
    // scripts): when every server's container runs, follows their logs from the start (so the ready lines
    // already logged count) and reaches Ready through the health check, as a launch would; stop() and
    // restart() then work on it. Otherwise nothing changes and notRunning() says what was found.
    void attach();
    // Stops and removes every server's engine container.
    void stop();
    void restart();
    // The admin's Cancel: abandons a reading (nothing changed), or stops a launch under way and removes the
    // containers it started; either ends in Cancelled and emits cancelled(). A deployment that is ready or
    // failed is stopped as by stop().
    void cancel();
    // Reads, starts and stops: bind a progress widget to it (with cancel() as its Cancel).
    Job *job() const { return m_job; }

    // Health polling and how long to wait for a root cause after the first error (tests shorten them).
    void setTimings(int healthIntervalMs, int healthTimeoutMs, int failureGraceMs);

    State state() const { return m_state; }
    bool isBusy() const;
    const LaunchPlan &plan() const { return m_plan; }
    int serverCount() const { return int(m_targets.size()); }
    ServerState serverState(int server) const { return m_servers.value(server).state; }
    QString serverDetail(int server) const { return m_servers.value(server).detail; }
    QList<Finding> findings(int server) const;
    int failedServer() const { return m_failedServer; }
    QString failureReason() const { return m_failureReason; }
    // What went wrong while stopping (a server unreachable, docker refusing), one line per server.
    QStringList stopProblems() const { return m_stopProblems; }

    static QString stateName(State state);
    static QString serverStateName(ServerState state);

signals:
    void planReady(const AscendDeck::LaunchPlan &plan);
    void stateChanged(AscendDeck::LaunchOperation::State state);
    void serverStateChanged(int server, AscendDeck::LaunchOperation::ServerState state, const QString &detail);
    void progress(int done, int total, const QString &step);
    void logLine(int server, const QString &line);
    void diagnosis(int server, const AscendDeck::Finding &finding);
    void ready();
    // firstServer is -1 when no single server is to blame (the plan itself is wrong).
    void failed(int firstServer, const QString &why);
    void stopped();
    void cancelled();
    void notRunning(const QString &found);

private:
    struct Server
    {
        ServerState state = ServerState::Pending;
        QString detail;
    };
    struct Blame
    {
        int server = -1;
        QString why;
        bool isCause = false;
    };

    quint64 beginRun(const QString &text);
    enum class Reading { Preview, Launch, Attach };
    void readAndPlan(Reading reading);
    void onPlanBuilt(const LaunchPlan &plan, const QString &error, int errorServer, bool thenLaunch);
    void onContainersRead(const QStringList &states, const QString &error);
    void beginFollowing();
    void startWaves();
    void onNodeStarted(int server, const CommandResult &result);
    void follow(int server);
    void onLines(int server, const QStringList &lines);
    void onFinding(int server, const Finding &finding);
    void onReadyLine(int server);
    void onHealthAnswered();
    void onLogEnded(int server, const CommandResult &result);
    void blame(int server, const QString &why, bool isCause);
    void judge();
    void stopAll(int keepServer);
    void onStopped(const QList<CommandResult> &results, int keepServer);
    void fail(int server, const QString &why);
    void checkAllReady();
    void setState(State state);
    void setServerState(int server, ServerState state, const QString &detail);
    void step(const QString &what);
    bool isLaunching() const { return m_state == State::Starting || m_state == State::Ready; }
    // Blocking (a worker, or the destructor): stops every node, removing its container unless keepServer.
    static QList<CommandResult> stopNodes(SessionPool *pool, const QList<SshTarget> &targets,
                                          const QList<LaunchNodePlan> &nodes, int keepServer,
                                          const CancelToken &cancel);
    static QString describe(const QString &address, const Finding &finding);
    static void markSudo(SessionPool *pool, const QList<SshTarget> &targets, LaunchPlan *plan);

    SessionPool *m_pool;
    QList<SshTarget> m_targets;
    EngineSettings m_settings;
    EngineCluster m_cluster;
    LaunchPlan m_plan;
    Job *m_job;  // reading, the waves of starts, stopping: one run at a time
    Job *m_logs; // one worker per server following its log, from the launch until a stop
    std::shared_ptr<QMutex> m_startLock = std::make_shared<QMutex>(); // held while containers are being started
    State m_state = State::Idle;
    QList<Server> m_servers;
    QList<LaunchServerMonitor> m_monitors;
    QList<Blame> m_blames;
    QTimer m_judgeTimer;
    LaunchHealthProbe m_health;
    int m_healthIntervalMs = 1000;
    int m_healthTimeoutMs = 300000;
    int m_graceMs = 3000;
    int m_done = 0;
    int m_failedServer = -1;
    QString m_failureReason;
    QStringList m_stopProblems;
    bool m_failing = false;
    bool m_restartPending = false;
    bool m_cancelling = false;
};

} // namespace AscendDeck
