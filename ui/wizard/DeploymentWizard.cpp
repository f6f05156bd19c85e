#include "DeploymentWizard.h"

#include "EnginePage.h"
#include "NetworkPage.h"
#include "PreflightPage.h"
#include "RankTablePage.h"
#include "ReviewPage.h"
#include "ServersPage.h"

namespace AscendDeck {

DeploymentWizard::DeploymentWizard(Deployment *deployment, QWidget *parent)
    : QWizard(parent)
    , m_deployment(deployment)
{
    setObjectName(QStringLiteral("deploymentWizard"));
    setWindowTitle(tr("Deploy"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ServersPageId, new ServersPage(deployment, this));
    setPage(PreflightPageId, new PreflightPage(deployment, this));
    setPage(NetworkPageId, new NetworkPage(deployment, this));
    setPage(RankTablePageId, new RankTablePage(deployment, this));
    setPage(EnginePageId, new EnginePage(deployment, this));
    setPage(ReviewPageId, new ReviewPage(deployment, this));
    setStartId(ServersPageId);
}

void DeploymentWizard::done(int result)
{
    setResult(result);
    if (result == QDialog::Accepted)
        emit deploymentFinished();
}

void DeploymentWizard::goToPage(PageId id)
{
    if (currentId() == id)
        return;
    if (visitedIds().contains(id)) {
        while (currentId() != id)
            back();
        return;
    }
    // restart() begins at the start page; the start page is the wizard's first again afterwards, for New.
    setStartId(id);
    restart();
    setStartId(ServersPageId);
}

} // namespace AscendDeck
