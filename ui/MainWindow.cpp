#include "MainWindow.h"

#include "HostKeyPrompter.h"
#include "LogView.h"
#include "ProjectDocument.h"
#include "RecentProjects.h"
#include "SudoPasswordPrompter.h"
#include "operate/LaunchPage.h"
#include "operate/LoadTestPage.h"
#include "operate/MonitorPage.h"
#include "operate/StatusPage.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/ServersPage.h"

#include "deployment/Deployment.h"
#include "jobs/Job.h"
#include "log/Log.h"
#include "remote/SessionPool.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace AscendDeck {

MainWindow::MainWindow(Deployment *deployment, QWidget *parent)
    : QMainWindow(parent)
    , m_deployment(deployment)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document = new ProjectDocument(deployment, this);
    connect(m_document, &ProjectDocument::titleChanged, this, &MainWindow::updateTitle);
    // Opening a project connects to its servers in the background (host keys checked as always).
    connect(m_document, &ProjectDocument::opened, this, &MainWindow::connectAll);
    updateTitle();
    m_prompter = new HostKeyPrompter(this, this);
    deployment->pool()->setUnknownHostKeyHandler(m_prompter->handler());
    m_sudoPrompter = new SudoPasswordPrompter(this, deployment, this);
    deployment->pool()->setSudoPasswordHandler(m_sudoPrompter->handler());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_wizard = new DeploymentWizard(deployment, m_tabs);
    m_wizard->setWindowFlags(Qt::Widget); // embedded, not a dialog of its own
    m_launch = new LaunchPage(deployment, m_tabs);
    m_monitor = new MonitorPage(deployment, m_tabs);
    m_loadTest = new LoadTestPage(m_tabs);
    m_status = new StatusPage(deployment, m_tabs);
    m_tabs->addTab(m_status, tr("&Status"));
    m_tabs->addTab(m_wizard, tr("&Deploy"));
    m_tabs->addTab(m_launch, tr("&Launch"));
    m_tabs->addTab(m_monitor, tr("&Monitor"));
    m_tabs->addTab(m_loadTest, tr("L&oad test"));
    setCentralWidget(m_tabs);
    m_tabs->setCurrentIndex(DeployTab); // a new project starts with the wizard; opening one shows its status
    connect(m_launch, &LaunchPage::serviceReady, this, &MainWindow::onServiceReady);
    // An opened project's engine may already serve: attach to it (shown running, its log, Stop and Restart).
    connect(m_document, &ProjectDocument::opened, m_launch, &LaunchPage::attach);
    // ... and every server is read again, step by step; the Status tab shows where each stands.
    connect(m_document, &ProjectDocument::opened, this, [this] {
        m_status->refresh();
        showTab(StatusTab);
    });
    connect(m_status, &StatusPage::stepRequested, this, [this](DeploymentStatus::Step step) { goToStep(int(step)); });
    // The NPU history goes with the project's file (by its name while it has none).
    m_monitor->setProjectPath(deployment->projectFile());
    connect(deployment, &Deployment::projectFileChanged, m_monitor, &MonitorPage::setProjectPath);
    // Finish goes on to where the next step happens; the wizard stays in its tab with what was just made.
    connect(m_wizard, &DeploymentWizard::deploymentFinished, this, [this] { showTab(LaunchTab); });
    connect(serversPage(), &ServersPage::testsFinished, this, &MainWindow::connectFinished);

    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(new LogView(Log::buffer(), logDock));
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    m_summary = new QLabel(this);
    statusBar()->addWidget(m_summary, 1);
    connect(deployment, &Deployment::serverChanged, this, &MainWindow::updateSummary);
    connect(deployment, &Deployment::serversChanged, this, &MainWindow::updateSummary);
    createMenus();
    updateSummary();
    restoreWindowState();
}

// Every job of every page is cancelled at once before the pages go: their destructors then wait only for
// workers that are already stopping, one after the other, and no result arrives at a half-destroyed page.
MainWindow::~MainWindow()
{
    Job::cancelAll(this);
}

ServersPage *MainWindow::serversPage() const
{
    return qobject_cast<ServersPage *>(m_wizard->page(DeploymentWizard::ServersPageId));
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    auto add = [this, file](const QString &name, const QString &text, QKeySequence::StandardKey key, auto slot) {
        QAction *action = file->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(key);
        return action;
    };
    add(QStringLiteral("newAction"), tr("&New project"), QKeySequence::New, [this] { m_document->newProject(); });
    add(QStringLiteral("openAction"), tr("&Open..."), QKeySequence::Open, [this] { m_document->openWithDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    add(QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save, [this] { m_document->save(); });
    add(QStringLiteral("saveAsAction"), tr("Save &As..."), QKeySequence::SaveAs, [this] { m_document->saveAs(); });
    file->addSeparator();
    QAction *reopen = file->addAction(tr("Reopen the last project at start"));
    reopen->setObjectName(QStringLiteral("reopenAtStartAction"));
    reopen->setCheckable(true);
    reopen->setChecked(RecentProjects::reopenAtStart());
    connect(reopen, &QAction::toggled, this, [](bool on) { RecentProjects::setReopenAtStart(on); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentProjects::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { m_document->openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [] { RecentProjects::clear(); });
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->windowTitle());
    setWindowModified(m_deployment->isModified());
}

void MainWindow::createMenus()
{
    createFileMenu();
    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction *test = cluster->addAction(tr("&Test connections"), this, &MainWindow::connectAll);
    test->setObjectName(QStringLiteral("connectAction"));
    test->setShortcut(QKeySequence::Refresh);
    QAction *cancel = cluster->addAction(tr("&Cancel"), serversPage(), &ServersPage::cancel);
    cancel->setObjectName(QStringLiteral("cancelAction"));
    createLanguageMenu(menuBar()->addMenu(tr("&Settings"))->addMenu(tr("&Language")));
}

// The choice is stored and applied at the next start, when every window is built in the new language.
void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> languages{{QString(), tr("System language")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("Language"), tr("The language changes when AscendDeck starts again."));
        });
    }
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

// A launched service is what the monitor, the chat box and the load test talk to.
void MainWindow::onServiceReady(const QString &apiUrl, const QString &metricsUrl, const QString &modelName)
{
    m_monitor->setMetricsUrl(metricsUrl);
    if (!m_monitor->isMonitoring())
        m_monitor->startMonitoring();
    m_loadTest->setService(apiUrl, modelName);
}

// The step that needs attention: its wizard page, or the Launch tab for the engine.
void MainWindow::goToStep(int step)
{
    using Step = DeploymentStatus::Step;
    switch (Step(step)) {
    case Step::Engine:
        showTab(LaunchTab);
        return;
    case Step::Preflight:
    case Step::Weights: // the preflight's weights check says what is missing where
        m_wizard->goToPage(DeploymentWizard::PreflightPageId);
        break;
    case Step::Network:
        m_wizard->goToPage(DeploymentWizard::NetworkPageId);
        break;
    case Step::RankTable:
        m_wizard->goToPage(DeploymentWizard::RankTablePageId);
        break;
    case Step::EngineConfig:
        m_wizard->goToPage(DeploymentWizard::EnginePageId);
        break;
    }
    showTab(DeployTab);
}

void MainWindow::connectAll()
{
    serversPage()->testConnections();
}

void MainWindow::updateSummary()
{
    int connected = 0;
    int failed = 0;
    for (int i = 0; i < m_deployment->serverCount(); ++i) {
        connected += m_deployment->status(i) == Deployment::ServerStatus::Connected;
        failed += m_deployment->status(i) == Deployment::ServerStatus::Failed;
    }
    m_summary->setText(tr("%1 of %2 servers connected, %3 failed").arg(connected).arg(m_deployment->serverCount()).arg(failed));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    serversPage()->cancel();
    Job::cancelAll(this);
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace AscendDeck
