#include "WizardDriver.h"

#include "MainWindow.h"
#include "wizard/DeploymentWizard.h"
#include "wizard/EnginePage.h"
#include "wizard/NetworkPage.h"
#include "wizard/PreflightPage.h"
#include "wizard/RankTablePage.h"
#include "wizard/ServersPage.h"

#include <QSignalSpy>
#include <QTest>

using namespace AscendDeck;

namespace {
constexpr int kTimeoutMs = 120000;

template<typename Page>
Page *page(MainWindow *window, int id)
{
    return qobject_cast<Page *>(window->wizard()->page(id));
}

void run(MainWindow *window, const QStringList &servers)
{
    DeploymentWizard *wizard = window->wizard();
    window->showTab(MainWindow::DeployTab);
    auto *serversPage = page<ServersPage>(window, DeploymentWizard::ServersPageId);
    if (!servers.isEmpty())
        QVERIFY(serversPage->addServers(servers.join(QLatin1Char(' '))).isEmpty());
    serversPage->testConnections();
    QTRY_VERIFY_WITH_TIMEOUT(serversPage->isComplete(), kTimeoutMs);
    wizard->next();
    auto *preflight = page<PreflightPage>(window, DeploymentWizard::PreflightPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning() && !preflight->findings().isEmpty(), kTimeoutMs);
    QVERIFY2(preflight->isComplete(), qPrintable(preflight->details()));
    wizard->next();
    auto *network = page<NetworkPage>(window, DeploymentWizard::NetworkPageId);
    network->apply();
    QTRY_VERIFY_WITH_TIMEOUT(!network->isBusy(), kTimeoutMs);
    network->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!network->isBusy(), kTimeoutMs);
    QVERIFY(network->isComplete());
    wizard->next();
    auto *rankTable = page<RankTablePage>(window, DeploymentWizard::RankTablePageId);
    QTRY_VERIFY_WITH_TIMEOUT(!rankTable->result().json.isEmpty(), kTimeoutMs);
    QVERIFY2(!rankTable->result().hasErrors(), qPrintable(rankTable->result().error));
    QSignalSpy distributed(rankTable, &RankTablePage::distributed);
    rankTable->distribute();
    QTRY_COMPARE_WITH_TIMEOUT(distributed.size(), 1, kTimeoutMs);
    QVERIFY(distributed.first().first().toBool());
    wizard->next();
    auto *engine = page<EnginePage>(window, DeploymentWizard::EnginePageId);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isReading(), kTimeoutMs);
    QVERIFY2(engine->isComplete(), engine->findings().isEmpty() ? "" : qPrintable(engine->findings().first().message));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DeploymentWizard::ReviewPageId));
}
} // namespace

void WizardDriver::throughReview(MainWindow *window, const QStringList &servers)
{
    run(window, servers);
}
