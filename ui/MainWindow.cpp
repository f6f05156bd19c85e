#include "MainWindow.h"

#include "HostKeyPrompter.h"
#include "LogView.h"
#include "operate/LaunchPage.h"
#include "operate/LoadTestPage.h"
#include "operate/MonitorPage.h"
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
    setWindowTitle(tr("AscendDeck"));
    m_prompter = new HostKeyPrompter(this, this);
    deployment->pool()->setUnknownHostKeyHandler(m_prompter->handler());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_wizard = new DeploymentWizard(deployment, m_tabs);
    m_wizard->setWindowFlags(Qt::Widget); // embedded, not a dialog of its own
    m_launch = new LaunchPage(deployment, m_tabs);
    m_monitor = new MonitorPage(deployment, m_tabs);
    m_loadTest = new LoadTestPage(m_tabs);
    m_tabs->addTab(m_wizard, tr("&Deploy"));
    m_tabs->addTab(m_launch, tr("&Launch"));
    m_tabs->addTab(m_monitor, tr("&Monitor"));
    m_tabs->addTab(m_loadTest, tr("L&oad test"));
    setCentralWidget(m_tabs);
    connect(m_launch, &LaunchPage::serviceReady, this, &MainWindow::onServiceReady);
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

void MainWindow::createMenus()
{
    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction *test = cluster->addAction(tr("&Test connections"), this, &MainWindow::connectAll);
    test->setObjectName(QStringLiteral("connectAction"));
    test->setShortcut(QKeySequence::Refresh);
    QAction *cancel = cluster->addAction(tr("&Cancel"), serversPage(), &ServersPage::cancel);
    cancel->setObjectName(QStringLiteral("cancelAction"));
    cluster->addSeparator();
    cluster->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
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
    serversPage()->cancel();
    Job::cancelAll(this);
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace AscendDeck
