#pragma once

#include "preflight/PreflightFinding.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace AscendDeck {

class ClusterSession;
class ServerJob;

// Step 2: the preflight checks on every server at once, as a table of checks x servers with pass/warn/fail;
// the message and the suggested fix of the selected cell below; re-run everything or the selected check.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(ClusterSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    const QList<PreflightFinding> &findings() const { return m_findings; }
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
    void showDetails();

    ClusterSession *m_session;
    ServerJob *m_fanOut;
    QList<PreflightFinding> m_findings;
    QString m_onlyCheck; // set while re-running one check
    QLineEdit *m_image = nullptr;
    QLineEdit *m_modelPath = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
};

} // namespace AscendDeck
