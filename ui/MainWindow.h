#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;

namespace AscendDeck {

class Deployment;
class DeploymentWizard;
class HostKeyPrompter;
class SudoPasswordPrompter;
class LaunchPage;
class LoadTestPage;
class MonitorPage;
class ProjectDocument;
class ServersPage;
class StatusPage;

// The console's main window: the deployment wizard, the application log, and a status line. All remote
// work runs on worker threads; the window only shows its progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Deployment *deployment, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeploymentWizard *wizard() const { return m_wizard; }
    ServersPage *serversPage() const;
    HostKeyPrompter *hostKeyPrompter() const { return m_prompter; }
    SudoPasswordPrompter *sudoPasswordPrompter() const { return m_sudoPrompter; }
    LaunchPage *launchPage() const { return m_launch; }
    MonitorPage *monitorPage() const { return m_monitor; }
    LoadTestPage *loadTestPage() const { return m_loadTest; }
    StatusPage *statusPage() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    ProjectDocument *document() const { return m_document; }

    enum Tab { StatusTab, DeployTab, LaunchTab, MonitorTab, LoadTestTab };
    void showTab(Tab tab);

public slots:
    void connectAll();

signals:
    // Emitted when a connection test has finished on every server (whatever the outcome).
    void connectFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void fillRecentMenu();
    void updateTitle();
    void createLanguageMenu(QMenu *menu);
    void onServiceReady(const QString &apiUrl, const QString &metricsUrl, const QString &modelName);
    void updateSummary();
    void restoreWindowState();
    void goToStep(int step);

    Deployment *m_deployment;
    QTabWidget *m_tabs = nullptr;
    DeploymentWizard *m_wizard = nullptr;
    LaunchPage *m_launch = nullptr;
    MonitorPage *m_monitor = nullptr;
    LoadTestPage *m_loadTest = nullptr;
    StatusPage *m_status = nullptr;
    HostKeyPrompter *m_prompter = nullptr;
    SudoPasswordPrompter *m_sudoPrompter = nullptr;
    QLabel *m_summary = nullptr;
    ProjectDocument *m_document = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace AscendDeck
