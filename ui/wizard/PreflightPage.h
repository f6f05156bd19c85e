#pragma once

#include "base/Finding.h"

#include <QStringList>

#include <memory>

#include "DeploymentPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace AscendDeck {

namespace Ui {
class PreflightPage;
}

class Deployment;
class FindingView;
class ServerJob;

// Step 2: the preflight checks on every server at once, as a table of checks x servers with pass/warn/fail;
// the findings of the selected cell below; re-run everything or the selected check.
class PreflightPage : public DeploymentPage
{
    Q_OBJECT
public:
    explicit PreflightPage(Deployment *deployment, QWidget *parent = nullptr);
    ~PreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;

    const QList<Finding> &findings() const { return m_findings; }
    bool isRunning() const;
    QString details() const;

public slots:
    void runAll();
    void rerunSelected();

signals:
    void finished();

private:
    void storeRequest();
    void showFindings();
    void recordRun();
    void showDetails();
    QList<Finding> cellFindings(int row, int column) const;

    Deployment *m_deployment;
    ServerJob *m_gather;
    std::unique_ptr<Ui::PreflightPage> m_ui;
    QList<Finding> m_findings;
    QString m_onlyCheck; // set while re-running one check
    QLineEdit *m_image = nullptr;
    QLineEdit *m_modelPath = nullptr;
    QTableWidget *m_table = nullptr;
    QStringList m_checks; // the check of each row
    QStringList m_hosts;  // the server of each column, as findings name it
    FindingView *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
};

} // namespace AscendDeck
