#pragma once

#include "network/HccnPlan.h"
#include "network/HccnServerChange.h"
#include "network/HccnVerifyMatrix.h"
#include "ops/NetworkApply.h"

#include "DeploymentPage.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace AscendDeck {

namespace Ui {
class NetworkPage;
}

class Deployment;
class FindingView;
class Job;
class JobControl;
class TopologyDiagram;

// Step 3: the NPU network. Choose the topology, get addresses suggested from a subnet (editable per NPU,
// conflicts marked in place), preview the hccn_tool commands that differ from now, apply them after a
// confirmation (with a backup), verify the links, and roll back from the backup.
class NetworkPage : public DeploymentPage
{
    Q_OBJECT
public:
    explicit NetworkPage(Deployment *deployment, QWidget *parent = nullptr);
    ~NetworkPage() override;

    void initializePage() override;
    bool isComplete() const override;

    const HccnPlan &plan() const { return m_plan; }
    const HccnVerifyMatrix &verifyMatrix() const { return m_matrix; }
    QString backupPath() const { return m_backupPath; }
    bool isBusy() const { return m_busy; }

public slots:
    void suggest();
    void preview();
    void apply();
    void verify();
    void rollback();
    // Stops the read, apply, verify or rollback under way; its late results are dropped.
    void cancel();

signals:
    void busyChanged(bool busy);
    void planChanged();

private:
    void connectPlanBox();
    void connectActionBox();
    HccnTopology topology() const;
    void setBusy(bool busy, const QString &message = QString());
    void fillTable();
    void readTable();
    void markIssues();
    void storePlan();
    void showChanges(const QList<HccnServerChange> &changes, bool applied);
    void showMatrix();
    QString commandsText(const QList<HccnServerChange> &changes) const;
    static NetworkApply::Progress commandProgress(const JobControl &job, int total);

    Deployment *m_deployment;
    Job *m_job;
    std::unique_ptr<Ui::NetworkPage> m_ui;
    HccnPlan m_plan;
    HccnVerifyMatrix m_matrix;
    QString m_backupPath;
    bool m_busy = false;
    bool m_changing = false; // an apply or rollback is running hccn_tool commands
    bool m_filling = false;
    QRadioButton *m_fibre = nullptr;
    QRadioButton *m_switch = nullptr;
    QRadioButton *m_routed = nullptr;
    TopologyDiagram *m_diagram = nullptr;
    QLineEdit *m_subnet = nullptr;
    QLineEdit *m_gateway = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QTableWidget *m_grid = nullptr;
    FindingView *m_issues = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_actions;
};

} // namespace AscendDeck
