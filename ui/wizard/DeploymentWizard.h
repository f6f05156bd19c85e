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

private:
    ClusterSession *m_session;
};

} // namespace AscendDeck
