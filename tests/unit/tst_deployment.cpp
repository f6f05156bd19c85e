#include "deployment/Deployment.h"
#include "project/ProjectFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace AscendDeck;

// The deployment's typed setters: each emits its signal and marks the project modified exactly when the
// value changes, and what the Engine step read (the cluster) is kept in the project file.
class TestDeployment : public QObject
{
    Q_OBJECT

private:
    static ProjectServer server(const QString &host, bool master = false)
    {
        return ProjectServer{host, 22, QStringLiteral("root"), QString(), master, QString(), std::nullopt};
    }
    static EngineCluster cluster()
    {
        EngineCluster c;
        c.nodes = {ClusterNode{QStringLiteral("10.0.0.1"), QStringLiteral("enp189s0f0"), QStringLiteral("192.168.1.1"),
                               {0, 1, 2, 3, 4, 5, 6, 7}, true, QStringLiteral("910B3")},
                   ClusterNode{QStringLiteral("10.0.0.2"), QStringLiteral("enp189s0f1"), QString(), {0, 1}, false,
                               QStringLiteral("Ascend910_9382")}};
        return c;
    }
    static HccnPlan plan()
    {
        HccnPlan p;
        p.subnet = QStringLiteral("29.0.0.0/16");
        p.servers = {HccnServerPlan{QStringLiteral("10.0.0.1"), {HccnNpuPlan{0, QStringLiteral("29.0.0.10"),
                                                                       QStringLiteral("255.255.0.0"), QString(), QString(), 0}}}};
        return p;
    }

    // Calls set twice with the same value and once with another: the signal and the modified flag follow
    // the changes only.
    template<typename Signal>
    static void checkSetter(Signal signal, const std::function<void(Deployment &, int)> &set,
                            const std::function<void(Deployment &)> &prepare = {})
    {
        Deployment deployment{SessionOptions()};
        if (prepare)
            prepare(deployment);
        QSignalSpy changed(&deployment, signal);
        QSignalSpy modified(&deployment, &Deployment::modifiedChanged);
        QVERIFY(!deployment.isModified());
        set(deployment, 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(deployment.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        set(deployment, 0); // the same value again: nothing happens
        QCOMPARE(changed.count(), 1);
        deployment.markSaved();
        QVERIFY(!deployment.isModified());
        QCOMPARE(modified.count(), 2);
        set(deployment, 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!deployment.isModified()); // unchanged since the save
        set(deployment, 1);
        QCOMPARE(changed.count(), 2);
        QVERIFY(deployment.isModified());
        QCOMPARE(modified.count(), 3);
    }

private slots:
    void setName_emitsOnChange() { checkSetter(&Deployment::nameChanged, [](Deployment &d, int v) { d.setName(QString::number(v)); }); }

    void setServers_emitsOnChange()
    {
        checkSetter(&Deployment::serversChanged, [](Deployment &d, int v) {
            d.setServers({server(QStringLiteral("a"), true), server(QStringLiteral("b%1").arg(v))});
        });
    }

    void setServer_emitsOnChange()
    {
        checkSetter(&Deployment::serversChanged, [](Deployment &d, int v) {
            ProjectServer s = server(QStringLiteral("a"), true);
            s.name = QStringLiteral("node-%1").arg(v);
            d.setServer(0, s);
        }, [](Deployment &d) {
            Project p;
            p.servers = {server(QStringLiteral("a"), true)};
            d.setProject(p);
        });
    }

    void setNetworkPlan_emitsOnChange()
    {
        checkSetter(&Deployment::networkPlanChanged, [](Deployment &d, int v) {
            HccnPlan p = plan();
            p.servers[0].npus[0].tls = v;
            d.setNetworkPlan(p);
        });
    }

    void setEngineSettings_emitsOnChange()
    {
        checkSetter(&Deployment::engineSettingsChanged, [](Deployment &d, int v) {
            EngineSettings s;
            s.port = 1025 + v;
            d.setEngineSettings(s);
        });
    }

    void setEngineCluster_emitsOnChange()
    {
        checkSetter(&Deployment::engineClusterChanged, [](Deployment &d, int v) {
            EngineCluster c = cluster();
            c.nodes[1].chip = QStringLiteral("910B%1").arg(v);
            d.setEngineCluster(c);
        });
    }

    // The first settings count as a change, even when they are the defaults: there were none before.
    void setEngineSettings_firstTimeIsAChange()
    {
        Deployment deployment{SessionOptions()};
        QSignalSpy changed(&deployment, &Deployment::engineSettingsChanged);
        deployment.setEngineSettings(EngineSettings());
        QCOMPARE(changed.count(), 1);
        QVERIFY(deployment.project().engine.has_value());
        QVERIFY(deployment.isModified());
    }

    // Opening a project replaces everything: every part's signal, then projectChanged, and it is unmodified.
    void setProject_emitsEveryPart_andClearsModified()
    {
        Deployment deployment{SessionOptions()};
        deployment.setName(QStringLiteral("old"));
        QVERIFY(deployment.isModified());
        QSignalSpy project(&deployment, &Deployment::projectChanged);
        QSignalSpy servers(&deployment, &Deployment::serversChanged);
        QSignalSpy engine(&deployment, &Deployment::engineSettingsChanged);
        QSignalSpy clusterSpy(&deployment, &Deployment::engineClusterChanged);
        QSignalSpy modified(&deployment, &Deployment::modifiedChanged);
        Project p;
        p.servers = {server(QStringLiteral("a"), true)};
        p.cluster = cluster();
        deployment.setProject(p);
        QCOMPARE(project.count(), 1);
        QCOMPARE(servers.count(), 1);
        QCOMPARE(engine.count(), 1);
        QCOMPARE(clusterSpy.count(), 1);
        QCOMPARE(modified.count(), 1);
        QVERIFY(!deployment.isModified());
        QCOMPARE(deployment.engineCluster(), cluster());
    }

    // What a server reported stays with it when only its role changes, and is forgotten when it is replaced.
    void setServers_keepsTheStateOfTheSameServer()
    {
        Deployment deployment{SessionOptions()};
        deployment.setServers({server(QStringLiteral("a"), true), server(QStringLiteral("b"))});
        deployment.setStatus(1, Deployment::ServerStatus::Connected);
        deployment.setServers({server(QStringLiteral("a")), server(QStringLiteral("b"), true)});
        QCOMPARE(deployment.status(1), Deployment::ServerStatus::Connected);
        deployment.setServers({server(QStringLiteral("b"), true)});
        QCOMPARE(deployment.status(0), Deployment::ServerStatus::Connected);
        ProjectServer other = server(QStringLiteral("c"), true);
        deployment.setServer(0, other);
        QCOMPARE(deployment.status(0), Deployment::ServerStatus::Unknown);
        QCOMPARE(deployment.serverCount(), 1);
    }

    // Launch and Monitor work right after opening a project: the cluster the Engine step read is in the file.
    void cluster_survivesSaveAndOpen()
    {
        Deployment deployment{SessionOptions()};
        deployment.setServers({server(QStringLiteral("10.0.0.1"), true), server(QStringLiteral("10.0.0.2"))});
        deployment.setNetworkPlan(plan());
        deployment.setEngineSettings(EngineSettings());
        deployment.setEngineCluster(cluster());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ascenddeck.json"));
        QString error;
        QVERIFY2(ProjectFile::save(deployment.project(), path, &error), qPrintable(error));
        deployment.markSaved();

        Project loaded;
        QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
        Deployment reopened{SessionOptions()};
        reopened.setProject(loaded);
        QCOMPARE(reopened.engineCluster(), cluster());
        QCOMPARE(reopened.project().cluster.nodes.at(1).chip, QStringLiteral("Ascend910_9382"));
        QVERIFY(reopened.project() == deployment.project());
        QVERIFY(!reopened.isModified());
    }
};

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
