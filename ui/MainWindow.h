#pragma once

#include "remote/SessionOptions.h"
#include "remote/SshTarget.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QTableView;

namespace AscendDeck {

class FanOut;
class HostKeyPrompter;
class ServerListModel;
class SessionPool;
struct CommandResult;

// The console's main window: the cluster's servers and their state, the application log, and the actions
// that reach the servers. All remote work runs on worker threads through FanOut.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const SessionOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setServers(const QList<SshTarget> &targets);
    ServerListModel *serverModel() const { return m_model; }
    HostKeyPrompter *hostKeyPrompter() const { return m_prompter; }

public slots:
    void connectAll();
    void cancel();

signals:
    // Emitted when a round of connections has finished on every server (whatever the outcome).
    void connectFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void onHostFinished(int index, const CommandResult &result);
    void onProgress(int done, int total);
    void restoreWindowState();

    std::unique_ptr<SessionPool> m_pool;
    FanOut *m_fanOut = nullptr;
    ServerListModel *m_model = nullptr;
    HostKeyPrompter *m_prompter = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace AscendDeck
