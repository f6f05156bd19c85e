#include "LaunchOperation.h"

#include "LaunchRemote.h"
#include "jobs/Job.h"
#include "jobs/ServerJob.h"
#include "remote/CommandResult.h"
#include "remote/SessionPool.h"
#include "remote/SshSession.h"

#include <QHash>
#include <QMutexLocker>

namespace AscendDeck {

LaunchOperation::LaunchOperation(SessionPool *pool, const QList<SshTarget> &targets, const EngineSettings &settings,
                                 const EngineCluster &cluster, QObject *parent)
    : QObject(parent), m_pool(pool), m_targets(targets), m_settings(settings), m_cluster(cluster)
    , m_job(new Job(this)), m_logs(new Job(this))
{
    // One thread per server follows its log for the engine's lifetime.
    m_logs->setMaxThreads(int(targets.size()) + 1);
    m_servers.resize(targets.size());
    m_judgeTimer.setSingleShot(true);
    connect(&m_judgeTimer, &QTimer::timeout, this, &LaunchOperation::judge);
    connect(&m_health, &LaunchHealthProbe::answered, this, &LaunchOperation::onHealthAnswered);
    connect(&m_health, &LaunchHealthProbe::gaveUp, this,
            [this](const QString &why) { blame(m_plan.masterIndex, why, true); });
}

// A deployment that is ready keeps running: closing the console must not take the service down. A launch
// still starting (the console quit half-way) is taken back, and a stop under way is finished, so that no
// server is left with half a cluster. The tokens are cancelled without the jobs' signals: the operation's
// slots must not run while it goes.
LaunchOperation::~LaunchOperation()
{
    const bool unfinished = m_state == State::Starting || m_state == State::Stopping;
    m_job->cancelToken().cancel();
    m_logs->cancelToken().cancel();
    m_logs->wait();
    m_job->wait(); // a docker run under way has ended: what it started is removed below
    if (unfinished && m_plan.nodes.size() == m_targets.size())
        stopNodes(m_pool, m_targets, m_plan.nodes, m_failing ? m_failedServer : -1, CancelToken());
}

QList<CommandResult> LaunchOperation::stopNodes(SessionPool *pool, const QList<SshTarget> &targets,
                                                const QList<LaunchNodePlan> &nodes, int keepServer,
                                                const CancelToken &cancel)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < targets.size(); ++i)
        indexOf.insert(targets.at(i).poolKey(), i);
    return ServerJob::runAll(
        pool, targets,
        [&](SessionPool &p, const SshTarget &t, const CancelToken &c) {
            const int i = indexOf.value(t.poolKey());
            return LaunchRemote::stopNode(p, t, nodes.at(i), i == keepServer, c);
        },
        cancel);
}

void LaunchOperation::setTimings(int healthIntervalMs, int healthTimeoutMs, int failureGraceMs)
{
    m_healthIntervalMs = healthIntervalMs;
    m_healthTimeoutMs = healthTimeoutMs;
    m_graceMs = failureGraceMs;
}

bool LaunchOperation::isBusy() const
{
    return m_state == State::Preparing || m_state == State::Starting || m_state == State::Stopping;
}

QList<Finding> LaunchOperation::findings(int server) const
{
    return server >= 0 && server < m_monitors.size() ? m_monitors.at(server).findings() : QList<Finding>();
}

// A new run of the job (reading, starting or stopping) ends the old one and the log following with it.
quint64 LaunchOperation::beginRun(const QString &text)
{
    m_judgeTimer.stop();
    m_health.stop();
    m_logs->cancel();
    return m_job->begin(text, 1 + 2 * int(m_targets.size())).runId();
}

void LaunchOperation::preview()
{
    if (!isBusy())
        readAndPlan(Reading::Preview);
}

void LaunchOperation::start()
{
    if (!isBusy())
        readAndPlan(Reading::Launch);
}

// Preview and Launch read what the plan needs; Attach also asks docker whether each server's engine runs.
void LaunchOperation::readAndPlan(Reading reading)
{
    m_cancelling = false;
    const QString text = reading == Reading::Attach ? tr("Looking for a running engine") : tr("Reading the servers");
    const quint64 run = beginRun(text);
    m_done = 0;
    setState(State::Preparing);
    step(text);
    SessionPool *pool = m_pool;
    Job *job = m_job;
    const QList<SshTarget> targets = m_targets;
    const EngineSettings settings = m_settings;
    const EngineCluster cluster = m_cluster;
    const CancelToken cancel = m_job->cancelToken();
    job->startWorker([=] {
        QString error;
        int errorServer = -1;
        const LaunchPlan::Inputs inputs =
            LaunchRemote::readInputs(pool, targets, settings, cluster, cancel, &error, &errorServer);
        LaunchPlan plan = LaunchPlan::build(settings, cluster, inputs);
        markSudo(pool, targets, &plan);
        if (reading != Reading::Attach) {
            job->post(run, [=] { onPlanBuilt(plan, error, errorServer, reading == Reading::Launch); });
            return;
        }
        QStringList states;
        for (const SshTarget &target : targets) {
            QString state;
            const CommandResult asked = LaunchRemote::containerState(*pool, target, settings.containerName, cancel, &state);
            if (!asked.ran() && error.isEmpty())
                error = asked.errorString;
            states << state;
        }
        job->post(run, [=] {
            m_plan = plan;
            onContainersRead(states, error);
        });
    });
}

// What the preview marks: the sessions that just read the servers know whether their login goes through sudo.
void LaunchOperation::markSudo(SessionPool *pool, const QList<SshTarget> &targets, LaunchPlan *plan)
{
    for (LaunchNodePlan &node : plan->nodes) {
        if (node.node < 0 || node.node >= targets.size())
            continue;
        const auto session = pool->session(targets.at(node.node));
        if (!session->isConnected())
            continue;
        node.rootThroughSudo = session->runsThroughSudo(RemoteCommand().asRoot());
        node.dockerThroughSudo = session->runsThroughSudo(RemoteCommand().asDocker());
    }
}

void LaunchOperation::onPlanBuilt(const LaunchPlan &plan, const QString &error, int errorServer, bool thenLaunch)
{
    m_plan = plan;
    if (!error.isEmpty()) {
        fail(errorServer, error);
        return;
    }
    if (!plan.canLaunch()) {
        emit planReady(plan);
        fail(-1, plan.errors.join(QLatin1Char('\n')));
    } else if (thenLaunch) {
        emit planReady(plan);
        launch(plan);
    } else {
        // Idle before the plan is handed out, so that a receiver may launch it right away.
        setState(State::Idle);
        emit planReady(plan);
    }
}

void LaunchOperation::attach()
{
    if (!isBusy() && m_state != State::Ready)
        readAndPlan(Reading::Attach);
}

void LaunchOperation::onContainersRead(const QStringList &states, const QString &error)
{
    QStringList stopped;
    for (int i = 0; i < states.size(); ++i) {
        if (states.at(i) != QLatin1String("running"))
            stopped << tr("%1: %2").arg(m_targets.at(i).displayName(),
                                           states.at(i).isEmpty() ? tr("no container %1").arg(m_settings.containerName) : states.at(i));
    }
    if (!error.isEmpty() || !stopped.isEmpty() || m_plan.nodes.size() != states.size()) {
        setState(State::Idle);
        emit notRunning(error.isEmpty() ? stopped.join(QLatin1Char('\n')) : error);
        return;
    }
    beginFollowing();
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        setServerState(i, ServerState::Starting, tr("engine running; reading its log"));
        follow(i);
    }
}

void LaunchOperation::launch(const LaunchPlan &plan)
{
    if (m_state == State::Starting || m_state == State::Stopping || !plan.canLaunch())
        return;
    m_plan = plan;
    m_cancelling = false;
    beginRun(tr("Launching"));
    beginFollowing();
    setState(State::Starting);
    startWaves();
}

// What a launch and an attach share: fresh log followers and monitors, no blame yet.
void LaunchOperation::beginFollowing()
{
    m_logs->begin();
    m_done = 1;
    m_blames.clear();
    m_failedServer = -1;
    m_failureReason.clear();
    m_failing = false;
    m_monitors.clear();
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        const bool vllmWorker = !m_plan.isMindIe() && i != m_plan.masterIndex;
        m_monitors.append(LaunchServerMonitor(m_settings.kind, !vllmWorker));
        if (m_plan.isMindIe())
            m_monitors.last().setConfiguredWeightPath(m_settings.effectiveContainerModelPath());
        m_servers[i] = Server{};
    }
    setState(State::Starting);
}

void LaunchOperation::startWaves()
{
    const quint64 run = m_job->runId();
    SessionPool *pool = m_pool;
    Job *job = m_job;
    const QList<SshTarget> targets = m_targets;
    const LaunchPlan plan = m_plan;
    const CancelToken cancel = m_job->cancelToken();
    const std::shared_ptr<QMutex> lock = m_startLock;
    for (int i = 0; i < plan.nodes.size(); ++i)
        setServerState(i, ServerState::Pending, tr("waiting for step %1").arg(plan.nodes.at(i).wave + 1));
    job->startWorker([=] {
        QMutexLocker locker(lock.get());
        for (const QList<int> &wave : plan.waves) {
            QList<SshTarget> waveTargets;
            for (int i : wave)
                waveTargets << targets.at(i);
            const QList<CommandResult> results = ServerJob::runAll(
                pool, waveTargets,
                [&](SessionPool &p, const SshTarget &t, const CancelToken &c) {
                    for (int i : wave) {
                        if (targets.at(i).poolKey() == t.poolKey() && !c.isCancelled())
                            return LaunchRemote::startNode(p, t, plan.nodes.at(i), c);
                    }
                    CommandResult cancelled;
                    cancelled.error = RemoteError::Cancelled;
                    return cancelled;
                },
                cancel);
            bool allOk = true;
            for (int k = 0; k < wave.size(); ++k) {
                job->post(run, [this, server = wave.at(k), result = results.at(k)] { onNodeStarted(server, result); });
                allOk = allOk && results.at(k).ok();
            }
            if (!allOk || cancel.isCancelled())
                return;
        }
    });
}

void LaunchOperation::onNodeStarted(int server, const CommandResult &result)
{
    if (!isLaunching())
        return;
    if (!result.ok()) {
        blame(server, result.errorString, true);
        return;
    }
    setServerState(server, ServerState::Starting, tr("engine container started"));
    step(tr("%1: engine started").arg(m_targets.at(server).displayName()));
    follow(server);
}

void LaunchOperation::follow(int server)
{
    const quint64 run = m_logs->runId();
    SessionPool *pool = m_pool;
    Job *logs = m_logs;
    const SshTarget target = m_targets.at(server);
    const QStringList argv = m_plan.nodes.at(server).logsArgv;
    const CancelToken cancel = m_logs->cancelToken();
    logs->startWorker([=] {
        const CommandResult result = LaunchRemote::followLogs(
            *pool, target, argv, [=](const QStringList &lines) { logs->post(run, [=] { onLines(server, lines); }); },
            cancel);
        logs->post(run, [=] { onLogEnded(server, result); });
    });
}

void LaunchOperation::onLines(int server, const QStringList &lines)
{
    const quint64 run = m_logs->runId();
    for (const QString &line : lines) {
        emit logLine(server, line);
        if (run != m_logs->runId() || !m_logs->isRunning() || server >= m_monitors.size())
            return; // a slot stopped or restarted the launch
        const LaunchServerMonitor::Event event = m_monitors[server].feedLine(line);
        if (event.finding)
            onFinding(server, *event.finding);
        if (event.becameReady)
            onReadyLine(server);
    }
}

void LaunchOperation::onFinding(int server, const Finding &finding)
{
    Finding onServer = finding;
    onServer.server = m_plan.nodes.value(server).address;
    emit diagnosis(server, onServer);
    // After the service is up an error line (one request's OOM) is reported, not fatal: only an exit is.
    if (finding.isError() && m_state == State::Starting) {
        blame(server, describe(m_plan.nodes.at(server).address, finding),
              !LaunchServerMonitor::isConsequence(finding.code));
    }
}

QString LaunchOperation::describe(const QString &address, const Finding &finding)
{
    return tr("%1: %2 Fix: %3 (log line %4: %5)")
        .arg(address, finding.message, finding.fix)
        .arg(finding.line)
        .arg(finding.evidence);
}

void LaunchOperation::onReadyLine(int server)
{
    if (m_state != State::Starting || m_servers.at(server).state == ServerState::Failed)
        return;
    if (server != m_plan.masterIndex) {
        setServerState(server, ServerState::Ready, tr("engine up"));
        step(tr("%1: ready").arg(m_targets.at(server).displayName()));
        checkAllReady();
        return;
    }
    setServerState(server, ServerState::Starting, tr("engine up; waiting for %1").arg(m_plan.healthUrl));
    m_health.start(QUrl(m_plan.healthUrl), m_healthIntervalMs, m_healthTimeoutMs);
}

// The head serves only once every worker joined, so its answer is the workers' readiness too (vLLM).
void LaunchOperation::onHealthAnswered()
{
    if (m_state != State::Starting)
        return;
    for (int i = 0; i < m_monitors.size(); ++i) {
        const bool derived = !m_monitors.at(i).waitsForReadyLine() && m_servers.at(i).state == ServerState::Starting;
        if (i == m_plan.masterIndex || derived) {
            setServerState(i, ServerState::Ready, i == m_plan.masterIndex ? tr("serving at %1").arg(m_plan.healthUrl)
                                                                          : tr("serving through the head"));
            step(tr("%1: ready").arg(m_targets.at(i).displayName()));
        }
    }
    checkAllReady();
}

void LaunchOperation::checkAllReady()
{
    for (const Server &s : std::as_const(m_servers)) {
        if (s.state != ServerState::Ready)
            return;
    }
    setState(State::Ready);
    emit progress(m_done, m_done, tr("Ready"));
    emit ready();
}

void LaunchOperation::onLogEnded(int server, const CommandResult &result)
{
    if (!isLaunching())
        return;
    const std::optional<Finding> first = m_monitors.value(server).firstError();
    QString why = first ? describe(m_plan.nodes.at(server).address, *first)
                        : tr("%1: the engine stopped without a known error; read its log.")
                              .arg(m_plan.nodes.at(server).address);
    if (!result.ran())
        why = tr("%1: lost its log stream: %2").arg(m_plan.nodes.at(server).address, result.errorString);
    blame(server, why, first.has_value() && !LaunchServerMonitor::isConsequence(first->code));
    if (m_state == State::Ready)
        judge(); // a serving deployment lost a server: no other cause will follow
}

// The first failure starts a short wait: a peer's "lost connection" often arrives before the cause on the
// server that really failed, and the admin needs the cause.
void LaunchOperation::blame(int server, const QString &why, bool isCause)
{
    if (!isLaunching() || m_failing)
        return;
    if (server >= 0 && m_servers.value(server).state != ServerState::Failed)
        setServerState(server, ServerState::Failed, why);
    m_blames.append(Blame{server, why, isCause});
    if (!m_judgeTimer.isActive())
        m_judgeTimer.start(m_graceMs);
}

void LaunchOperation::judge()
{
    if (m_blames.isEmpty() || m_failing)
        return;
    Blame chosen = m_blames.first();
    for (const Blame &b : std::as_const(m_blames)) {
        if (b.isCause) {
            chosen = b;
            break;
        }
    }
    m_failedServer = chosen.server;
    m_failureReason = chosen.why;
    m_failing = true;
    stopAll(chosen.server);
}

void LaunchOperation::stop()
{
    if (m_state == State::Stopping)
        return;
    m_failing = false;
    m_cancelling = false;
    stopAll(-1);
}

void LaunchOperation::restart()
{
    m_restartPending = true;
    stop();
}

void LaunchOperation::cancel()
{
    switch (m_state) {
    case State::Preparing:
        m_job->cancel();
        setState(State::Cancelled);
        emit cancelled();
        return;
    case State::Starting:
        // What the waves started is stopped and removed (keepServer -1): nothing is left half-launched.
        m_failing = false;
        m_restartPending = false;
        m_cancelling = true;
        stopAll(-1);
        return;
    case State::Ready:
    case State::Failed:
        stop();
        return;
    case State::Idle:
    case State::Stopping:
    case State::Stopped:
    case State::Cancelled:
        return;
    }
}

// Stops every engine; keepServer's container is stopped but kept so that its log can still be read.
void LaunchOperation::stopAll(int keepServer)
{
    const quint64 run = beginRun(m_cancelling ? tr("Cancelling: removing the started containers") : tr("Stopping"));
    setState(State::Stopping);
    if (m_plan.nodes.size() != m_targets.size())
        m_plan = LaunchPlan::build(m_settings, m_cluster, {});
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).state != ServerState::Failed)
            setServerState(i, ServerState::Stopping, tr("stopping"));
    }
    SessionPool *pool = m_pool;
    Job *job = m_job;
    const QList<SshTarget> targets = m_targets;
    const QList<LaunchNodePlan> nodes = m_plan.nodes;
    const CancelToken cancel = m_job->cancelToken();
    const std::shared_ptr<QMutex> lock = m_startLock;
    job->startWorker([=] {
        QMutexLocker locker(lock.get()); // a docker run under way finishes first, so that it is stopped too
        const QList<CommandResult> results = stopNodes(pool, targets, nodes, keepServer, cancel);
        job->post(run, [=] { onStopped(results, keepServer); });
    });
}

void LaunchOperation::onStopped(const QList<CommandResult> &results, int keepServer)
{
    QStringList &problems = m_stopProblems;
    problems.clear();
    for (int i = 0; i < results.size(); ++i) {
        if (!results.at(i).ok())
            problems << results.at(i).errorString;
        if (i == keepServer && m_servers.at(i).state == ServerState::Failed)
            continue;
        setServerState(i, ServerState::Stopped, results.at(i).ok() ? tr("stopped") : results.at(i).errorString);
    }
    if (m_failing) {
        if (!problems.isEmpty())
            m_failureReason += QLatin1Char('\n') + tr("Stopping the others: %1").arg(problems.join(QLatin1Char('\n')));
        fail(m_failedServer, m_failureReason);
        return;
    }
    if (m_cancelling) {
        m_cancelling = false;
        setState(State::Cancelled);
        emit cancelled();
        return;
    }
    setState(State::Stopped);
    emit stopped();
    if (m_restartPending) {
        m_restartPending = false;
        start();
    }
}

void LaunchOperation::fail(int server, const QString &why)
{
    m_failing = false;
    m_restartPending = false;
    m_failedServer = server;
    m_failureReason = why;
    setState(State::Failed);
    emit failed(server, why);
}

void LaunchOperation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    // A state that waits for nothing more ends the job's run (the log job goes on while the engine serves).
    if (state != State::Preparing && state != State::Starting && state != State::Stopping)
        m_job->finish(m_job->runId());
    emit stateChanged(state);
}

void LaunchOperation::setServerState(int server, ServerState state, const QString &detail)
{
    if (server < 0 || server >= m_servers.size())
        return;
    m_servers[server] = Server{state, detail};
    emit serverStateChanged(server, state, detail);
}

void LaunchOperation::step(const QString &what)
{
    ++m_done;
    const int total = 1 + 2 * int(m_targets.size());
    m_job->setProgress(qMin(m_done, total), total, what);
    emit progress(m_done, total, what);
}

QString LaunchOperation::stateName(State state)
{
    switch (state) {
    case State::Idle: return tr("idle");
    case State::Preparing: return tr("preparing");
    case State::Starting: return tr("starting");
    case State::Ready: return tr("ready");
    case State::Stopping: return tr("stopping");
    case State::Stopped: return tr("stopped");
    case State::Failed: return tr("failed");
    case State::Cancelled: return tr("cancelled");
    }
    return {};
}

QString LaunchOperation::serverStateName(ServerState state)
{
    switch (state) {
    case ServerState::Pending: return tr("pending");
    case ServerState::Starting: return tr("starting");
    case ServerState::Ready: return tr("ready");
    case ServerState::Stopping: return tr("stopping");
    case ServerState::Stopped: return tr("stopped");
    case ServerState::Failed: return tr("failed");
    }
    return {};
}

} // namespace AscendDeck
