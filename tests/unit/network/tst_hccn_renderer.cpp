// The setter argv, the diff against readings (idempotent), rollback, the exported script and hccn.conf preview.
#include "network/HccnCommandRenderer.h"
#include "network/HccnPlanner.h"

#include <QTest>

using namespace AscendDeck;

class TestHccnRenderer : public QObject
{
    Q_OBJECT

private:
    static const QString &tool()
    {
        static const QString path = QStringLiteral("/usr/local/Ascend/driver/tools/hccn_tool");
        return path;
    }

    static HccnPlan fibrePlan()
    {
        HccnPlanRequest request;
        request.topology = HccnTopology::FibrePairs;
        request.subnet = QStringLiteral("192.168.100.0/24");
        request.servers = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        request.npuCount = 2;
        HccnPlan plan;
        QString error;
        HccnPlanner::suggest(request, &plan, &error);
        return plan;
    }

    // What a server would read after running commands: a tiny model of the tool's setters.
    static HccnServerReadings applied(HccnServerReadings readings, const QList<HccnCommand> &commands)
    {
        for (const HccnCommand &c : commands) {
            auto it = std::find_if(readings.npus.begin(), readings.npus.end(),
                                   [&c](const HccnNpuReadings &r) { return r.npu == c.npu; });
            if (it == readings.npus.end()) {
                readings.npus.append(HccnNpuReadings{c.npu, {}, {}, {}, {}, -1, {}});
                it = readings.npus.end() - 1;
            }
            const QStringList &a = c.argv;
            if (c.setting == QLatin1String("ip")) {
                it->address = a.at(6);
                it->netmask = a.at(8);
            } else if (c.setting == QLatin1String("gateway")) {
                it->gateway = a.at(6);
            } else if (c.setting == QLatin1String("netdetect")) {
                it->netdetect = a.at(6);
            } else {
                it->tls = a.at(6).toInt();
            }
        }
        return readings;
    }

    static HccnServerReadings fresh(const QString &host, int npus)
    {
        HccnServerReadings readings{host, {}};
        for (int n = 0; n < npus; ++n)
            readings.npus.append(HccnNpuReadings{n, {}, {}, {}, {}, 1, {}});
        return readings;
    }

private slots:
    void setters_haveTheExactArgv()
    {
        QCOMPARE(HccnCommandRenderer::ipArgv(3, QStringLiteral("192.168.100.4"), QStringLiteral("255.255.255.0")),
                 (QStringList{tool(), QStringLiteral("-i"), QStringLiteral("3"), QStringLiteral("-ip"), QStringLiteral("-s"),
                              QStringLiteral("address"), QStringLiteral("192.168.100.4"), QStringLiteral("netmask"),
                              QStringLiteral("255.255.255.0")}));
        QCOMPARE(HccnCommandRenderer::gatewayArgv(0, QStringLiteral("192.168.100.1")),
                 (QStringList{tool(), QStringLiteral("-i"), QStringLiteral("0"), QStringLiteral("-gateway"),
                              QStringLiteral("-s"), QStringLiteral("gateway"), QStringLiteral("192.168.100.1")}));
        QCOMPARE(HccnCommandRenderer::netdetectArgv(7, QStringLiteral("192.168.100.9")),
                 (QStringList{tool(), QStringLiteral("-i"), QStringLiteral("7"), QStringLiteral("-netdetect"),
                              QStringLiteral("-s"), QStringLiteral("address"), QStringLiteral("192.168.100.9")}));
        QCOMPARE(HccnCommandRenderer::tlsArgv(1, 0),
                 (QStringList{tool(), QStringLiteral("-i"), QStringLiteral("1"), QStringLiteral("-tls"),
                              QStringLiteral("-s"), QStringLiteral("enable"), QStringLiteral("0")}));
    }

    void freshServer_getsEverySetter_inOrder()
    {
        const HccnPlan plan = fibrePlan();
        const QList<HccnCommand> commands = HccnCommandRenderer::diff(plan.servers.at(0), fresh(QStringLiteral("a"), 2));
        QStringList settings;
        for (const HccnCommand &c : commands)
            settings << QString::number(c.npu) + QLatin1Char(':') + c.setting;
        QCOMPARE(settings, (QStringList{QStringLiteral("0:ip"), QStringLiteral("0:gateway"), QStringLiteral("0:netdetect"),
                                        QStringLiteral("0:tls"), QStringLiteral("1:ip"), QStringLiteral("1:gateway"),
                                        QStringLiteral("1:netdetect"), QStringLiteral("1:tls")}));
        QCOMPARE(commands.at(0).from, QString());
        QCOMPARE(commands.at(0).to, QStringLiteral("192.168.100.1/255.255.255.0"));
        QCOMPARE(commands.at(3).from, QStringLiteral("1"));
        QCOMPARE(HccnCommandRenderer::render(plan.servers.at(0)).size(), 8);
    }

    void diff_rendersOnlyWhatDiffers()
    {
        const HccnPlan plan = fibrePlan();
        HccnServerReadings current = applied(fresh(QStringLiteral("a"), 2), HccnCommandRenderer::render(plan.servers.at(0)));
        current.npus[1].netdetect = QStringLiteral("192.168.100.99");
        current.npus[0].netmask = QStringLiteral("255.255.0.0");
        const QList<HccnCommand> commands = HccnCommandRenderer::diff(plan.servers.at(0), current);
        QCOMPARE(commands.size(), 2);
        QCOMPARE(commands.at(0).argv, HccnCommandRenderer::ipArgv(0, QStringLiteral("192.168.100.1"),
                                                                  QStringLiteral("255.255.255.0")));
        QCOMPARE(commands.at(1).argv, HccnCommandRenderer::netdetectArgv(1, QStringLiteral("192.168.100.4")));
        QCOMPARE(commands.at(1).from, QStringLiteral("192.168.100.99"));
    }

    void applyingTwice_changesNothing()
    {
        const HccnPlan plan = fibrePlan();
        const HccnServerReadings before = fresh(QStringLiteral("b"), 2);
        const HccnServerReadings after = applied(before, HccnCommandRenderer::diff(plan.servers.at(1), before));
        QVERIFY(HccnCommandRenderer::diff(plan.servers.at(1), after).isEmpty());
    }

    void emptyGatewayInPlan_leavesTheGatewayAlone()
    {
        HccnServerPlan plan{QStringLiteral("a"), {{0, QStringLiteral("10.0.0.2"), QStringLiteral("255.255.255.0"), {}, {}, -1}}};
        HccnServerReadings current{QStringLiteral("a"), {{0, QStringLiteral("10.0.0.2"), QStringLiteral("255.255.255.0"),
                                                          QStringLiteral("10.0.0.1"), {}, 1, {}}}};
        QVERIFY(HccnCommandRenderer::diff(plan, current).isEmpty());
    }

    void rollback_restoresThePreviousReadings_andReportsWhatCannotBeUnset()
    {
        const HccnServerReadings backup{QStringLiteral("a"),
                                        {{0, QStringLiteral("192.168.1.5"), QStringLiteral("255.255.255.0"),
                                          QStringLiteral("192.168.1.1"), QStringLiteral("192.168.1.1"), 1, {}},
                                         {1, {}, {}, {}, {}, 1, {}}}};
        const HccnPlan plan = fibrePlan();
        const HccnServerReadings now = applied(backup, HccnCommandRenderer::diff(plan.servers.at(0), backup));
        QStringList unrestorable;
        const QList<HccnCommand> rollback = HccnCommandRenderer::rollback(backup, now, &unrestorable);
        QCOMPARE(rollback.size(), 5);
        QCOMPARE(rollback.at(4).argv, HccnCommandRenderer::tlsArgv(1, 1));
        QCOMPARE(rollback.at(0).argv, HccnCommandRenderer::ipArgv(0, QStringLiteral("192.168.1.5"), QStringLiteral("255.255.255.0")));
        QCOMPARE(rollback.at(3).argv, HccnCommandRenderer::tlsArgv(0, 1));
        QCOMPARE(unrestorable.size(), 3);
        QCOMPARE(unrestorable.first(), QStringLiteral("a NPU 1: address was unset before and stays 192.168.100.2 "
                                                      "(hccn_tool cannot unset it)"));
        const HccnServerReadings restored = applied(now, rollback);
        QCOMPARE(*restored.npu(0), backup.npus.at(0));
        QCOMPARE(restored.npu(1)->tls, 1);
        QVERIFY(HccnCommandRenderer::rollback(backup, restored).isEmpty());
    }

    void script_isByteStable_andQuoted()
    {
        const HccnPlan plan = fibrePlan();
        const QList<HccnCommand> commands = HccnCommandRenderer::render(plan.servers.at(0)).mid(0, 2);
        QCOMPARE(HccnCommandRenderer::script(QStringLiteral("a"), commands),
                 QStringLiteral("#!/bin/sh\n# NPU network settings for a (generated by AscendDeck)\nset -e\n"
                                "/usr/local/Ascend/driver/tools/hccn_tool -i 0 -ip -s address 192.168.100.1 netmask 255.255.255.0\n"
                                "/usr/local/Ascend/driver/tools/hccn_tool -i 0 -gateway -s gateway 192.168.100.1\n"));
    }

    void hccnConfPreview_usesTheToolsKeyOrder()
    {
        const HccnPlan plan = fibrePlan();
        QCOMPARE(HccnCommandRenderer::hccnConfPreview(plan.servers.at(1)),
                 QStringLiteral("address_0=192.168.100.3\nnetmask_0=255.255.255.0\nnetdetect_0=192.168.100.1\n"
                                "gateway_0=192.168.100.3\nsend_arp_status_0=1\ntls_enable_0=0\n"
                                "address_1=192.168.100.4\nnetmask_1=255.255.255.0\nnetdetect_1=192.168.100.2\n"
                                "gateway_1=192.168.100.4\nsend_arp_status_1=1\ntls_enable_1=0\n"));
    }

    void readings_comeFromTheGetterOutput()
    {
        const HccnNpuReadings r = HccnReadingsParser::parse(
            2, "ipaddr:192.168.100.3\nnetmask:255.255.255.0\n", "default gateway:192.168.100.3, Iface:eth2\n",
            "netdetect address: 192.168.100.1\n",
            "dev_id:2, tls switch[1](0:disable, 1:enable), tls preconfigured[1](0:non-preset, 1:preset), tls alarm "
            "time threshold[60]days\n");
        QCOMPARE(r, (HccnNpuReadings{2, QStringLiteral("192.168.100.3"), QStringLiteral("255.255.255.0"),
                                     QStringLiteral("192.168.100.3"), QStringLiteral("192.168.100.1"), 1, {}}));
        const HccnNpuReadings unset = HccnReadingsParser::parse(0, "", "", "", "dev_id:0, tls switch[0](0:disable, "
                                                                              "1:enable), tls preconfigured[1](x), tls alarm time threshold[60]days");
        QVERIFY2(unset.error.isEmpty(), qPrintable(unset.error));
        QVERIFY(unset.address.isEmpty());
        QCOMPARE(unset.tls, 0);
        const HccnNpuReadings broken = HccnReadingsParser::parse(0, "Device id 9 is invalid.\n", "", "", "");
        QVERIFY(broken.error.startsWith(QStringLiteral("-ip -g: ")));
    }
};

QTEST_GUILESS_MAIN(TestHccnRenderer)
#include "tst_hccn_renderer.moc"
