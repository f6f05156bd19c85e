#include "MainWindow.h"

#include "HostKeyPrompter.h"
#include "LogView.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/ServersPage.h"

#include "log/Log.h"
#include "ops/ClusterSession.h"
#include "remote/SessionPool.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace AscendDeck {

MainWindow::MainWindow(ClusterSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AscendDeck"));
    m_prompter = new HostKeyPrompter(this, this);
    session->pool()->setUnknownHostKeyHandler(m_prompter->handler());

    m_wizard = new DeploymentWizard(session, this);
    m_wizard->setWindowFlags(Qt::Widget); // embedded, not a dialog of its own
    setCentralWidget(m_wizard);
    connect(serversPage(), &ServersPage::testsFinished, this, &MainWindow::connectFinished);

    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(new LogView(Log::buffer(), logDock));
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    m_summary = new QLabel(this);
    statusBar()->addWidget(m_summary, 1);
    connect(session, &ClusterSession::serverChanged, this, &MainWindow::updateSummary);
    connect(session, &ClusterSession::projectChanged, this, &MainWindow::updateSummary);
    createMenus();
    updateSummary();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

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
}

void MainWindow::connectAll()
{
    serversPage()->testConnections();
}

void MainWindow::updateSummary()
{
    int connected = 0;
    int failed = 0;
    for (int i = 0; i < m_session->serverCount(); ++i) {
        connected += m_session->status(i) == ClusterSession::ServerStatus::Connected;
        failed += m_session->status(i) == ClusterSession::ServerStatus::Failed;
    }
    m_summary->setText(tr("%1 of %2 servers connected, %3 failed").arg(connected).arg(m_session->serverCount()).arg(failed));
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace AscendDeck
