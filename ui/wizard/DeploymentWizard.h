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

private:
    Deployment *m_deployment;
};

} // namespace AscendDeck
