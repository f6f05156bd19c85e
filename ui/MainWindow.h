#pragma once

#include <QMainWindow>

class QLabel;

namespace AscendDeck {

class ClusterSession;
class DeploymentWizard;
class HostKeyPrompter;
class ServersPage;

// The console's main window: the deployment wizard, the application log, and a status line. All remote
// work runs on worker threads; the window only shows its progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ClusterSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeploymentWizard *wizard() const { return m_wizard; }
    ServersPage *serversPage() const;
    HostKeyPrompter *hostKeyPrompter() const { return m_prompter; }

public slots:
    void connectAll();

signals:
    // Emitted when a connection test has finished on every server (whatever the outcome).
    void connectFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateSummary();
    void restoreWindowState();

    ClusterSession *m_session;
    DeploymentWizard *m_wizard = nullptr;
    HostKeyPrompter *m_prompter = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace AscendDeck
