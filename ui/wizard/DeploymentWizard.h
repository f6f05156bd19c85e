#pragma once

#include <QWizard>

namespace AscendDeck {

class ClusterSession;

// Servers -> preflight -> NPU network -> rank table -> engine -> review & export. Every page shares one
// ClusterSession, so what a page learned survives going back and forth.
class DeploymentWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServersPageId, PreflightPageId, NetworkPageId, RankTablePageId, EnginePageId, ReviewPageId };

    explicit DeploymentWizard(ClusterSession *session, QWidget *parent = nullptr);

    ClusterSession *session() const { return m_session; }

signals:
    // Finish was pressed and the last page accepted it.
    void deploymentFinished();

protected:
    // Embedded in a tab, the wizard must not hide itself as QDialog::done() would (a blank Deploy tab).
    void done(int result) override;

private:
    ClusterSession *m_session;
};

} // namespace AscendDeck
