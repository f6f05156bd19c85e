#include "LaunchPage.h"
#include "ui_LaunchPage.h"

#include "Confirmation.h"
#include "EngineLogView.h"
#include "FindingModel.h"
#include "FindingView.h"
#include "JobProgress.h"
#include "LaunchServerModel.h"

#include "deployment/Deployment.h"
#include "jobs/Job.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace AscendDeck {


LaunchPage::LaunchPage(Deployment *deployment, QWidget *parent)
    : QWidget(parent)
    , m_deployment(deployment)
    , m_ui(std::make_unique<Ui::LaunchPage>())
{
    m_ui->setupUi(this);
    m_summary = m_ui->launchSummary;
    m_launch = m_ui->launchButton;
    m_stop = m_ui->stopButton;
    m_restart = m_ui->restartButton;
    m_state = m_ui->launchState;
    m_serverModel = new LaunchServerModel(this);
    m_servers = m_ui->launchServers;
    m_servers->setModel(m_serverModel);
    m_servers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diagnosis = m_ui->launchDiagnosis;
    m_diagnosis->setPlaceholderText(tr("Known failure patterns found in a server's log appear here with their cause and fix."));
    m_log = m_ui->engineLogView;
    m_ui->serverSplitter->setStretchFactor(0, 1);
    m_ui->serverSplitter->setStretchFactor(1, 1);
    m_ui->launchSplitter->setStretchFactor(0, 2);
    m_ui->launchSplitter->setStretchFactor(1, 3);

    connect(m_launch, &QPushButton::clicked, this, &LaunchPage::launch);
    connect(m_stop, &QPushButton::clicked, this, &LaunchPage::stop);
    connect(m_restart, &QPushButton::clicked, this, &LaunchPage::restart);
    connect(m_servers->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LaunchPage::showDiagnosis);
    connect(m_serverModel, &QAbstractItemModel::dataChanged, this, &LaunchPage::showDiagnosis);
    connect(deployment, &Deployment::engineClusterChanged, this, &LaunchPage::fillServerTable);
    connect(deployment, &Deployment::engineSettingsChanged, this, &LaunchPage::fillServerTable);
    connect(deployment, &Deployment::serversChanged, this, &LaunchPage::fillServerTable);
    fillServerTable();
}

LaunchPage::~LaunchPage() = default;

void LaunchPage::setTimings(int healthIntervalMs, int healthTimeoutMs, int failureGraceMs)
{
    m_timings[0] = healthIntervalMs;
    m_timings[1] = healthTimeoutMs;
    m_timings[2] = failureGraceMs;
}

QString LaunchPage::serverName(int server) const
{
    const EngineCluster &cluster = m_deployment->engineCluster();
    const QString address = server >= 0 && server < cluster.size() ? cluster.nodes.at(server).serverAddress : QString();
    const QString host = server < m_deployment->serverCount() ? m_deployment->facts(server).hostname : QString();
    return host.isEmpty() ? address : QStringLiteral("%1 (%2)").arg(host, address);
}

// The deployment as the engine step left it: the servers it read and the settings in the project.
bool LaunchPage::prepareOperation(QString *problem)
{
    const EngineCluster &cluster = m_deployment->engineCluster();
    if (cluster.nodes.isEmpty() || cluster.size() != m_deployment->serverCount()) {
        *problem = tr("Complete the Engine step of the deployment first: it reads each server's network interface.");
        return false;
    }
    if (!m_deployment->project().engine) {
        *problem = tr("Complete the Engine step of the deployment first: it chooses the engine and the model.");
        return false;
    }
    m_op = std::make_unique<LaunchOperation>(m_deployment->pool(), m_deployment->targets(), *m_deployment->project().engine, cluster, this);
    m_op->setTimings(m_timings[0], m_timings[1], m_timings[2]);
    connectOperation();
    return true;
}

void LaunchPage::connectOperation()
{
    LaunchOperation *op = m_op.get();
    connect(op, &LaunchOperation::planReady, this, &LaunchPage::onPlanReady);
    connect(op, &LaunchOperation::stateChanged, this, &LaunchPage::onStateChanged);
    connect(op, &LaunchOperation::serverStateChanged, this, &LaunchPage::onServerState);
    connect(op, &LaunchOperation::logLine, m_log, &EngineLogView::addLine);
    connect(op, &LaunchOperation::diagnosis, m_serverModel, &LaunchServerModel::addFinding);
    connect(op, &LaunchOperation::failed, this, &LaunchPage::onFailed);
    // Cancel during a launch removes what it started: the operation's cancel, not only its job's.
    m_ui->launchJobProgress->bind(op->job(), [op] { op->cancel(); });
    connect(op, &LaunchOperation::progress, this, [this](int, int, const QString &step) { m_state->setText(step); });
    connect(op, &LaunchOperation::notRunning, this, [this](const QString &found) {
        m_state->setText(tr("No engine is running (%1). Launch starts it.").arg(found));
        updateButtons();
    });
    connect(op, &LaunchOperation::cancelled, this, [this] {
        m_state->setText(tr("Launch cancelled; the containers it had started were removed."));
    });
    connect(op, &LaunchOperation::ready, this, [this, op] {
        m_state->setText(tr("Ready: the service answers at %1").arg(op->plan().apiUrl));
        emit serviceReady(op->plan().apiUrl, op->plan().metricsUrl, op->plan().settings.modelName);
    });
    connect(op, &LaunchOperation::stopped, this, [this, op] {
        const QStringList problems = op->stopProblems();
        m_state->setText(problems.isEmpty() ? tr("Stopped on every server.")
                                            : tr("Stopped, with problems: %1").arg(problems.join(QStringLiteral("; "))));
        emit serviceStopped();
    });
}

void LaunchPage::launch()
{
    if (m_op && m_op->isBusy())
        return;
    QString problem;
    if (!prepareOperation(&problem)) {
        m_state->setText(problem);
        return;
    }
    m_log->clear();
    fillServerTable();
    m_state->setText(tr("Reading the servers to prepare the launch..."));
    m_op->preview();
    updateButtons();
}

// After a project is opened: an engine already serving (started yesterday, or by hand from the exported
// scripts) is attached (its log, Stop, Restart) rather than launched again. Without a deployed engine in the
// project there is nothing to look for.
void LaunchPage::attach()
{
    if (m_op && (m_op->isBusy() || m_op->state() == LaunchOperation::State::Ready))
        return;
    QString problem;
    if (!prepareOperation(&problem))
        return;
    m_log->clear();
    fillServerTable();
    m_state->setText(tr("Looking for an engine already running..."));
    m_op->attach();
    updateButtons();
}

// Nothing starts before the admin has seen every command of every server.
void LaunchPage::onPlanReady(const LaunchPlan &plan)
{
    if (!plan.canLaunch() || m_op->state() != LaunchOperation::State::Idle)
        return; // the operation reports why through failed()
    const QString text = tr("Start %1 on %2 servers? Containers named %3 are replaced.")
                             .arg(plan.isMindIe() ? QStringLiteral("MindIE") : QStringLiteral("vLLM-Ascend"))
                             .arg(plan.nodes.size())
                             .arg(plan.settings.containerName);
    if (!Confirmation::ask(this, tr("Launch"), text, plan.preview())) {
        m_op->cancel();
        m_state->setText(tr("Launch cancelled; nothing was changed."));
        updateButtons();
        return;
    }
    m_op->launch(plan);
}

void LaunchPage::stop()
{
    if (!m_op)
        return;
    QStringList commands;
    for (const LaunchNodePlan &node : m_op->plan().nodes)
        commands << node.address + QStringLiteral(": ") + node.stopArgv.join(QLatin1Char(' '));
    if (!Confirmation::ask(this, tr("Stop"), tr("Stop the engine on every server? Requests in flight are lost."),
                           commands.join(QLatin1Char('\n'))))
        return;
    m_op->stop();
}

void LaunchPage::restart()
{
    if (!m_op || m_op->plan().nodes.isEmpty())
        return;
    if (!Confirmation::ask(this, tr("Restart"), tr("Stop and start the engine on every server again?"), m_op->plan().preview()))
        return;
    m_serverModel->clearFindings();
    m_op->restart();
}

void LaunchPage::onStateChanged(LaunchOperation::State state)
{
    if (state == LaunchOperation::State::Starting && m_op && !m_op->plan().nodes.isEmpty())
        m_state->setText(tr("Starting on %n server(s)...", nullptr, int(m_op->plan().nodes.size())));
    // Removing what a cancelled launch started is not to be cancelled half-way.
    m_ui->launchJobProgress->cancelButton()->setEnabled(state != LaunchOperation::State::Stopping);
    updateButtons();
}

void LaunchPage::onServerState(int server, LaunchOperation::ServerState state, const QString &detail)
{
    m_serverModel->setState(server, state, detail);
    if (m_op && server < m_op->plan().nodes.size())
        m_serverModel->setRole(server, m_op->plan().nodes.at(server).role);
}

void LaunchPage::onFailed(int server, const QString &why)
{
    m_state->setText(server >= 0 ? tr("Launch failed: %1 failed first: %2").arg(serverName(server), why)
                                 : tr("Launch failed: %1").arg(why));
    m_state->setStyleSheet(QStringLiteral("color: #c62828"));
    if (server >= 0)
        selectServer(server);
    updateButtons();
}

void LaunchPage::selectServer(int server)
{
    m_servers->setCurrentIndex(m_serverModel->index(server, 0));
    m_log->setServerFilter(server);
}

// The selected server's findings, likeliest cause first, each with the log line it came from.
void LaunchPage::showDiagnosis()
{
    const QModelIndexList rows = m_servers->selectionModel()->selectedRows();
    m_diagnosis->setFindings(rows.isEmpty() ? QList<Finding>() : m_serverModel->findings(rows.first().row()));
}

void LaunchPage::updateButtons()
{
    const bool busy = m_op && m_op->isBusy();
    const LaunchOperation::State state = m_op ? m_op->state() : LaunchOperation::State::Idle;
    const bool running = state == LaunchOperation::State::Starting || state == LaunchOperation::State::Ready;
    m_launch->setEnabled(!busy && !running);
    m_stop->setEnabled(m_op && (running || state == LaunchOperation::State::Failed));
    m_restart->setEnabled(m_op
                          && (running || state == LaunchOperation::State::Failed || state == LaunchOperation::State::Stopped
                              || state == LaunchOperation::State::Cancelled)
                          && !m_op->plan().nodes.isEmpty());
    if (state != LaunchOperation::State::Failed)
        m_state->setStyleSheet(QString());
}

void LaunchPage::fillServerTable()
{
    const EngineCluster &cluster = m_deployment->engineCluster();
    QStringList names;
    QStringList roles;
    for (int i = 0; i < cluster.size(); ++i) {
        names << serverName(i);
        roles << (cluster.nodes.at(i).isMaster ? QStringLiteral("master") : QStringLiteral("worker"));
    }
    m_serverModel->setServers(names, roles);
    m_log->setServers(names);
    const EngineSettings settings = m_deployment->project().engine.value_or(EngineSettings());
    m_summary->setText(cluster.nodes.isEmpty()
                           ? tr("No deployment yet: complete the Deploy steps up to Engine, then launch here.")
                           : tr("%1 on %n server(s), model %2 (%3), image %4", nullptr, cluster.size())
                                 .arg(settings.kind == EngineSettings::Kind::MindIE ? QStringLiteral("MindIE") : QStringLiteral("vLLM-Ascend"),
                                      settings.modelName, settings.modelPath, settings.image));
    updateButtons();
}

QString LaunchPage::stateText() const
{
    return m_state->text();
}

QString LaunchPage::serverStateText(int server) const
{
    return m_serverModel->index(server, LaunchServerModel::StateColumn).data().toString();
}

QString LaunchPage::diagnosisText() const
{
    return m_diagnosis->findingModel()->text();
}

} // namespace AscendDeck
