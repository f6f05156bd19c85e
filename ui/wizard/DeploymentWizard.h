#pragma once

#include <QWizard>

namespace AscendDeck {

class Deployment;

// Servers -> preflight -> NPU network -> rank table -> engine -> review & export. Every page shares one
// Deployment, so what a page learned survives going back and forth.
class DeploymentWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServersPageId, PreflightPageId, NetworkPageId, RankTablePageId, EnginePageId, ReviewPageId };

    explicit DeploymentWizard(Deployment *deployment, QWidget *parent = nullptr);

    Deployment *deployment() const { return m_deployment; }
    // Shows page id straight away (from the status view: the step that needs attention), without walking
    // the pages before it: each page works from the project alone. Back returns to pages already visited.
    void goToPage(PageId id);

signals:
    // Finish was pressed and the last page accepted it.
    void deploymentFinished();

protected:
    // Embedded in a tab, the wizard must not hide itself as QDialog::done() would (a blank Deploy tab).
    void done(int result) override;

private:
    Deployment *m_deployment;
};

} // namespace AscendDeck
