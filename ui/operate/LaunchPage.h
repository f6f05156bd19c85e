#pragma once

#include "ops/LaunchOperation.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeView;

namespace AscendDeck {

namespace Ui {
class LaunchPage;
}

class Deployment;
class EngineLogView;
class FindingView;
class LaunchServerModel;

// Launch, stop and restart the engine on every server of the deployment the wizard configured. The plan is
// shown and confirmed first; each server's state and its log stream live, the log diagnosis appears beside
// the server as lines arrive, and a failure names the server that failed first.
class LaunchPage : public QWidget
{
    Q_OBJECT
public:
    explicit LaunchPage(Deployment *deployment, QWidget *parent = nullptr);
    ~LaunchPage() override;

    // Reads the servers, shows every command, and launches once the admin confirms.
    void launch();
    void attach();
    void stop();
    void restart();

    // Shorter health polling for tests (see LaunchOperation::setTimings).
    void setTimings(int healthIntervalMs, int healthTimeoutMs, int failureGraceMs);

    LaunchOperation *operation() const { return m_op.get(); }
    EngineLogView *logView() const { return m_log; }
    QString stateText() const;
    QString serverStateText(int server) const;
    QString diagnosisText() const;
    void selectServer(int server);

signals:
    // The service answers: where to send requests and read metrics.
    void serviceReady(const QString &apiUrl, const QString &metricsUrl, const QString &modelName);
    void serviceStopped();

private:
    bool prepareOperation(QString *problem);
    void connectOperation();
    void onPlanReady(const LaunchPlan &plan);
    void onStateChanged(LaunchOperation::State state);
    void onServerState(int server, LaunchOperation::ServerState state, const QString &detail);
    void onFailed(int server, const QString &why);
    void showDiagnosis();
    void updateButtons();
    void fillServerTable();
    QString serverName(int server) const;

    Deployment *m_deployment;
    std::unique_ptr<Ui::LaunchPage> m_ui;
    std::unique_ptr<LaunchOperation> m_op;
    int m_timings[3] = {1000, 300000, 3000};
    QLabel *m_summary = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_launch = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_restart = nullptr;
    LaunchServerModel *m_serverModel = nullptr;
    QTreeView *m_servers = nullptr;
    FindingView *m_diagnosis = nullptr;
    EngineLogView *m_log = nullptr;
};

} // namespace AscendDeck
