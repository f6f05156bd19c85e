#include "DeploymentPage.h"

#include "FocusKeeper.h"

namespace AscendDeck {

DeploymentPage::DeploymentPage(QWidget *parent)
    : QWizardPage(parent)
{
}

void DeploymentPage::updateComplete()
{
    const FocusKeeper keeper;
    emit completeChanged();
}

} // namespace AscendDeck
