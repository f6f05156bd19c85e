// The planner's conventions, one topology at a time, checked address by address.
#include "network/HccnPlanValidator.h"
#include "network/HccnPlanner.h"

#include <QTest>

using namespace AscendDeck;

class TestHccnPlanner : public QObject
{
    Q_OBJECT

private:
    static HccnPlan suggest(HccnTopology topology, const QString &subnet, int servers, const QString &gateway = {},
                            int linkPrefix = 0)
    {
        HccnPlanRequest request;
        request.topology = topology;
        request.subnet = subnet;
        request.gateway = gateway;
        for (int i = 0; i < servers; ++i)
            request.servers << QStringLiteral("srv%1").arg(i + 1);
        request.linkPrefix = linkPrefix;
        HccnPlan plan;
        QString error;
        if (!HccnPlanner::suggest(request, &plan, &error))
            qWarning("%s", qPrintable(error));
        return plan;
    }

    static QString failure(HccnTopology topology, const QString &subnet, int servers, const QString &gateway = {})
    {
        HccnPlanRequest request;
        request.topology = topology;
        request.subnet = subnet;
        request.gateway = gateway;
        for (int i = 0; i < servers; ++i)
            request.servers << QStringLiteral("srv%1").arg(i + 1);
        HccnPlan plan;
        QString error;
        return HccnPlanner::suggest(request, &plan, &error) ? QString() : error;
    }

    static QStringList row(const HccnNpuPlan &n) { return {n.address, n.netmask, n.gateway, n.netdetect}; }

private slots:
    void fibrePairs_twoServers_gatewayIsOwnAddress_netdetectIsPeer()
    {
        const HccnPlan plan = suggest(HccnTopology::FibrePairs, QStringLiteral("192.168.100.0/24"), 2);
        QCOMPARE(plan.servers.size(), 2);
        QCOMPARE(plan.servers.at(0).npus.size(), 8);
        const QString mask = QStringLiteral("255.255.255.0");
        QCOMPARE(row(plan.servers.at(0).npus.at(0)), (QStringList{QStringLiteral("192.168.100.1"), mask,
                                                                  QStringLiteral("192.168.100.1"), QStringLiteral("192.168.100.9")}));
        QCOMPARE(row(plan.servers.at(1).npus.at(0)), (QStringList{QStringLiteral("192.168.100.9"), mask,
                                                                  QStringLiteral("192.168.100.9"), QStringLiteral("192.168.100.1")}));
        QCOMPARE(row(plan.servers.at(1).npus.at(7)), (QStringList{QStringLiteral("192.168.100.16"), mask,
                                                                  QStringLiteral("192.168.100.16"), QStringLiteral("192.168.100.8")}));
        QCOMPARE(plan.servers.at(0).npus.at(3).tls, 0);
    }

    void fibrePairs_fourServers_areTwoIndependentPairs()
    {
        const HccnPlan plan = suggest(HccnTopology::FibrePairs, QStringLiteral("192.168.100.0/24"), 4);
        QCOMPARE(plan.servers.size(), 4);
        QCOMPARE(plan.servers.at(2).npus.at(0).address, QStringLiteral("192.168.100.17"));
        QCOMPARE(plan.servers.at(2).npus.at(0).netdetect, QStringLiteral("192.168.100.25"));
        QCOMPARE(plan.servers.at(3).npus.at(5).address, QStringLiteral("192.168.100.30"));
        QCOMPARE(plan.servers.at(3).npus.at(5).netdetect, QStringLiteral("192.168.100.22"));
        QVERIFY(HccnPlanValidator::validate(plan).isEmpty());
    }

    void fibrePairs_perLinkSubnets_giveEachFibreItsOwnSlash30()
    {
        const HccnPlan plan = suggest(HccnTopology::FibrePairs, QStringLiteral("10.9.0.0/24"), 4, {}, 30);
        const QString mask = QStringLiteral("255.255.255.252");
        QCOMPARE(row(plan.servers.at(0).npus.at(1)), (QStringList{QStringLiteral("10.9.0.5"), mask,
                                                                  QStringLiteral("10.9.0.5"), QStringLiteral("10.9.0.6")}));
        QCOMPARE(row(plan.servers.at(1).npus.at(1)), (QStringList{QStringLiteral("10.9.0.6"), mask,
                                                                  QStringLiteral("10.9.0.6"), QStringLiteral("10.9.0.5")}));
        // Pair 2 starts after pair 1's 8 links.
        QCOMPARE(plan.servers.at(2).npus.at(0).address, QStringLiteral("10.9.0.33"));
        QVERIFY(HccnPlanValidator::validate(plan).isEmpty());
    }

    void fibrePairs_oddServerCount_isRefused()
    {
        QCOMPARE(failure(HccnTopology::FibrePairs, QStringLiteral("192.168.100.0/24"), 3),
                 QStringLiteral("back-to-back fibre pairs need an even number of servers, got 3"));
    }

    void switch_withoutGateway_detectsTheNextServersNpu()
    {
        const HccnPlan plan = suggest(HccnTopology::Switch, QStringLiteral("192.168.100.0/24"), 4);
        QCOMPARE(plan.servers.at(0).npus.at(2).netdetect, plan.servers.at(1).npus.at(2).address);
        QCOMPARE(plan.servers.at(3).npus.at(2).netdetect, plan.servers.at(0).npus.at(2).address);
        QVERIFY(plan.servers.at(0).npus.at(2).gateway.isEmpty());
        QCOMPARE(plan.servers.at(3).npus.at(7).address, QStringLiteral("192.168.100.32"));
        QVERIFY(HccnPlanValidator::validate(plan).isEmpty());
    }

    void switch_withGateway_skipsItAndDetectsIt()
    {
        const HccnPlan plan = suggest(HccnTopology::Switch, QStringLiteral("192.168.100.0/24"), 2,
                                      QStringLiteral("192.168.100.1"));
        QCOMPARE(row(plan.servers.at(0).npus.at(0)),
                 (QStringList{QStringLiteral("192.168.100.2"), QStringLiteral("255.255.255.0"),
                              QStringLiteral("192.168.100.1"), QStringLiteral("192.168.100.1")}));
        QCOMPARE(plan.servers.at(1).npus.at(7).address, QStringLiteral("192.168.100.17"));
        QVERIFY(HccnPlanValidator::validate(plan).isEmpty());
    }

    void routed_withoutGateway_splitsTheSubnetPerServer()
    {
        const HccnPlan plan = suggest(HccnTopology::Routed, QStringLiteral("10.0.0.0/24"), 4);
        // 8 NPUs + network + gateway + broadcast fit in a /28.
        const QString mask = QStringLiteral("255.255.255.240");
        QCOMPARE(row(plan.servers.at(0).npus.at(0)), (QStringList{QStringLiteral("10.0.0.2"), mask,
                                                                  QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.1")}));
        QCOMPARE(row(plan.servers.at(1).npus.at(7)), (QStringList{QStringLiteral("10.0.0.25"), mask,
                                                                  QStringLiteral("10.0.0.17"), QStringLiteral("10.0.0.17")}));
        QCOMPARE(plan.servers.at(3).npus.at(0).gateway, QStringLiteral("10.0.0.49"));
        QVERIFY(HccnPlanValidator::validate(plan).isEmpty());
    }

    void routed_withGateway_usesOneSubnet()
    {
        const HccnPlan plan = suggest(HccnTopology::Routed, QStringLiteral("10.0.0.0/24"), 2, QStringLiteral("10.0.0.254"));
        QCOMPARE(plan.servers.at(0).npus.at(0).address, QStringLiteral("10.0.0.1"));
        QCOMPARE(plan.servers.at(1).npus.at(0).gateway, QStringLiteral("10.0.0.254"));
        QCOMPARE(plan.servers.at(1).npus.at(0).netdetect, QStringLiteral("10.0.0.254"));
    }

    void refusals_sayWhy()
    {
        QCOMPARE(failure(HccnTopology::Switch, QStringLiteral("192.168.100.0/28"), 2),
                 QStringLiteral("192.168.100.0/28 has 14 usable addresses, the plan needs 16"));
        QCOMPARE(failure(HccnTopology::Switch, QStringLiteral("192.168.100.0/24"), 2, QStringLiteral("10.0.0.1")),
                 QStringLiteral("gateway 10.0.0.1 is not inside 192.168.100.0/24"));
        QCOMPARE(failure(HccnTopology::Switch, QStringLiteral("192.168.100.7/24"), 2),
                 QStringLiteral("'192.168.100.7/24' has host bits set; did you mean 192.168.100.0/24?"));
        QCOMPARE(failure(HccnTopology::Routed, QStringLiteral("10.0.0.0/28"), 2),
                 QStringLiteral("10.0.0.0/28 cannot be split into 2 server subnets of 8 NPUs each; give a larger "
                                "subnet or --gateway"));
    }

    void json_roundTripsAndIsByteStable()
    {
        const HccnPlan plan = suggest(HccnTopology::FibrePairs, QStringLiteral("192.168.100.0/24"), 2);
        const QByteArray json = QByteArray::fromStdString(plan.toJson().dump(2));
        HccnPlan back;
        QString error;
        QVERIFY2(HccnPlan::fromJsonText(json, &back, &error), qPrintable(error));
        QCOMPARE(back.topology, HccnTopology::FibrePairs);
        QCOMPARE(back.servers.size(), 2);
        QCOMPARE(back.servers.at(1).npus, plan.servers.at(1).npus);
        QVERIFY(back == plan);
        QCOMPARE(QByteArray::fromStdString(back.toJson().dump(2)), json);
        QVERIFY(!HccnPlan::fromJson(nlohmann::ordered_json::object(), &back, &error));
        QVERIFY(!HccnPlan::fromJsonText("{", &back, &error));
    }
};

QTEST_GUILESS_MAIN(TestHccnPlanner)
#include "tst_hccn_planner.moc"
