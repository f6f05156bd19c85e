// The Launch tab works from the project alone: right after a project is opened it shows the servers the
// Engine step read and the engine chosen, and it follows the deployment's change signals.
#include "operate/LaunchPage.h"

#include "deployment/Deployment.h"

#include <QLabel>
#include <QTest>

using namespace AscendDeck;

class TestLaunchSummary : public QObject
{
    Q_OBJECT

private:
    static Project opened()
    {
        Project p;
        p.servers = {ProjectServer{QStringLiteral("10.0.0.1"), 22, QStringLiteral("root"), QString(), true, QString(), std::nullopt},
                     ProjectServer{QStringLiteral("10.0.0.2"), 22, QStringLiteral("root"), QString(), false, QString(), std::nullopt}};
        EngineSettings settings;
        settings.modelName = QStringLiteral("DeepSeek-R1");
        settings.modelPath = QStringLiteral("/data/models/DeepSeek-R1");
        p.engine = settings;
        p.cluster.nodes = {ClusterNode{QStringLiteral("10.0.0.1"), QStringLiteral("enp189s0f0"), QString(), {0, 1}, true,
                                       QStringLiteral("910B3")},
                           ClusterNode{QStringLiteral("10.0.0.2"), QStringLiteral("enp189s0f0"), QString(), {0, 1}, false,
                                       QStringLiteral("910B3")}};
        return p;
    }

private slots:
    void summary_followsTheProject()
    {
        Deployment deployment{SessionOptions()};
        LaunchPage page(&deployment);
        auto *summary = page.findChild<QLabel *>(QStringLiteral("launchSummary"));
        QVERIFY(summary);
        QVERIFY(summary->text().startsWith(QStringLiteral("No deployment yet")));

        // Opened: no Engine step ran in this session, yet the servers and the engine are there.
        deployment.setProject(opened());
        QVERIFY2(summary->text().contains(QStringLiteral("on 2 server(s)")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("DeepSeek-R1")));

        EngineSettings other = *deployment.project().engine;
        other.modelName = QStringLiteral("Qwen3-32B");
        deployment.setEngineSettings(other);
        QVERIFY2(summary->text().contains(QStringLiteral("Qwen3-32B")), qPrintable(summary->text()));

        EngineCluster one = deployment.engineCluster();
        one.nodes.removeLast();
        deployment.setEngineCluster(one);
        QVERIFY2(summary->text().contains(QStringLiteral("on 1 server(s)")), qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestLaunchSummary)
#include "tst_launchsummary.moc"
