#include "DeploymentWizard.h"

#include "EnginePage.h"
#include "NetworkPage.h"
#include "PreflightPage.h"
#include "RankTablePage.h"
#include "ReviewPage.h"
#include "ServersPage.h"

namespace AscendDeck {

DeploymentWizard::DeploymentWizard(ClusterSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("deploymentWizard"));
    setWindowTitle(tr("Deploy"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ServersPageId, new ServersPage(session, this));
    setPage(PreflightPageId, new PreflightPage(session, this));
    setPage(NetworkPageId, new NetworkPage(session, this));
    setPage(RankTablePageId, new RankTablePage(session, this));
    setPage(EnginePageId, new EnginePage(session, this));
    setPage(ReviewPageId, new ReviewPage(session, this));
    setStartId(ServersPageId);
}

void DeploymentWizard::done(int result)
{
    setResult(result);
    if (result == QDialog::Accepted)
        emit deploymentFinished();
}

} // namespace AscendDeck
