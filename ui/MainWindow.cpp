#include "MainWindow.h"

#include "HostKeyPrompter.h"
#include "LogView.h"
#include "ServerListModel.h"

#include "log/Log.h"
#include "ops/ServerProbe.h"
#include "remote/FanOut.h"
#include "remote/SessionPool.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace AscendDeck {

MainWindow::MainWindow(const SessionOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_pool(std::make_unique<SessionPool>(options))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AscendDeck"));
    m_prompter = new HostKeyPrompter(this, this);
    m_pool->setUnknownHostKeyHandler(m_prompter->handler());
    m_fanOut = new FanOut(m_pool.get(), this);
    connect(m_fanOut, &FanOut::hostFinished, this, &MainWindow::onHostFinished);
    connect(m_fanOut, &FanOut::progress, this, &MainWindow::onProgress);
    connect(m_fanOut, &FanOut::finished, this, [this] {
        m_connectAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
        emit connectFinished();
    });
    createActions();
    createLayout();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Stop worker threads before the pool they use goes away.
    delete m_fanOut;
    m_fanOut = nullptr;
}

void MainWindow::createActions()
{
    QToolBar *toolBar = addToolBar(tr("Cluster"));
    toolBar->setObjectName(QStringLiteral("clusterToolBar"));
    m_connectAction = toolBar->addAction(tr("&Connect"), this, &MainWindow::connectAll);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence::Refresh);
    m_connectAction->setToolTip(tr("Connect to every server and read its NPUs and driver (F5)"));
    m_cancelAction = toolBar->addAction(tr("C&ancel"), this, &MainWindow::cancel);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
}

void MainWindow::createLayout()
{
    m_model = new ServerListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("serverTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServerListModel::DetailColumn, QHeaderView::Stretch);
    setCentralWidget(m_table);

    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(new LogView(Log::buffer(), logDock));
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    m_summary = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::setServers(const QList<SshTarget> &targets)
{
    m_model->setTargets(targets);
    m_summary->setText(tr("%n server(s)", nullptr, static_cast<int>(targets.size())));
}

void MainWindow::connectAll()
{
    QList<SshTarget> targets;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        targets << m_model->row(i).target;
        m_model->setState(i, ServerListModel::State::Connecting, QString());
    }
    m_connectAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_fanOut->start(targets, &ServerProbe::run);
}

void MainWindow::cancel()
{
    m_fanOut->cancel();
}

void MainWindow::onHostFinished(int index, const CommandResult &result)
{
    ServerListModel::Row row = m_model->row(index);
    if (!result.ran()) {
        row.state = ServerListModel::State::Failed;
        row.detail = result.errorString;
        m_model->updateRow(index, row);
        return;
    }
    const ServerFacts facts = result.payload.value<ServerFacts>();
    row.state = ServerListModel::State::Connected;
    row.hostname = facts.hostname;
    row.driverVersion = facts.driverVersion.isEmpty() ? tr("not installed") : facts.driverVersion;
    row.npuSummary = facts.npuCount > 0 ? tr("%1 × %2").arg(facts.npuCount).arg(facts.chipName) : tr("none found");
    row.detail = tr("kernel %1").arg(facts.kernel);
    m_model->updateRow(index, row);
}

void MainWindow::onProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    int connected = 0;
    int failed = 0;
    for (const auto &row : m_model->rows()) {
        connected += row.state == ServerListModel::State::Connected;
        failed += row.state == ServerListModel::State::Failed;
    }
    m_summary->setText(tr("%1 of %2 servers connected, %3 failed").arg(connected).arg(m_model->rowCount()).arg(failed));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 640);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_fanOut->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace AscendDeck
