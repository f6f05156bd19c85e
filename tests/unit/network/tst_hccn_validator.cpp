// Each conflict rule once passing and once failing, with the message that names the server and NPU.
#include "network/HccnPlanValidator.h"
#include "network/HostNetworks.h"

#include <QTest>

using namespace AscendDeck;

class TestHccnValidator : public QObject
{
    Q_OBJECT

private:
    static HccnNpuPlan npu(int id, const QString &address, const QString &gateway = {}, const QString &netdetect = {},
                           const QString &netmask = QStringLiteral("255.255.255.0"))
    {
        return {id, address, netmask, gateway, netdetect, 0};
    }

    // Two servers with two NPUs each, all valid for the given topology.
    static HccnPlan valid(HccnTopology topology)
    {
        HccnPlan plan;
        plan.topology = topology;
        const auto p = [](int host) { return QStringLiteral("192.168.100.%1").arg(host); };
        if (topology == HccnTopology::FibrePairs) {
            plan.servers = {{QStringLiteral("a"), {npu(0, p(1), p(1), p(3)), npu(1, p(2), p(2), p(4))}},
                            {QStringLiteral("b"), {npu(0, p(3), p(3), p(1)), npu(1, p(4), p(4), p(2))}}};
        } else {
            plan.servers = {{QStringLiteral("a"), {npu(0, p(1), {}, p(3)), npu(1, p(2), {}, p(4))}},
                            {QStringLiteral("b"), {npu(0, p(3), {}, p(1)), npu(1, p(4), {}, p(2))}}};
        }
        return plan;
    }

    static QStringList messages(const QList<Finding> &issues, const QString &code)
    {
        QStringList result;
        for (const Finding &issue : issues) {
            if (issue.code == code)
                result << issue.message;
        }
        return result;
    }

private slots:
    void validPlans_haveNoIssues()
    {
        QVERIFY(HccnPlanValidator::validate(valid(HccnTopology::FibrePairs)).isEmpty());
        QVERIFY(HccnPlanValidator::validate(valid(HccnTopology::Switch)).isEmpty());
        QVERIFY(HccnPlanValidator::validate(valid(HccnTopology::Routed)).isEmpty());
    }

    void duplicateAddress_namesBothNpus()
    {
        HccnPlan plan = valid(HccnTopology::Switch);
        plan.servers[1].npus[1].address = QStringLiteral("192.168.100.1");
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("duplicate-address")),
                 QStringList{QStringLiteral("server b NPU 1: address 192.168.100.1 is already used by server a NPU 0")});
    }

    void networkAndBroadcastAddress_areRefused()
    {
        HccnPlan plan = valid(HccnTopology::Switch);
        plan.servers[0].npus[0].address = QStringLiteral("192.168.100.0");
        plan.servers[0].npus[1].address = QStringLiteral("192.168.100.255");
        const QList<Finding> issues = HccnPlanValidator::validate(plan);
        QCOMPARE(messages(issues, QStringLiteral("network-address")),
                 QStringList{QStringLiteral("server a NPU 0: 192.168.100.0 is the network address of 192.168.100.0/24")});
        QCOMPARE(messages(issues, QStringLiteral("broadcast-address")),
                 QStringList{QStringLiteral("server a NPU 1: 192.168.100.255 is the broadcast address of 192.168.100.0/24")});
    }

    void mixedSubnets_onOneSwitch_areRefused_butAllowedWhenRouted()
    {
        HccnPlan plan = valid(HccnTopology::Switch);
        plan.servers[1].npus[0].address = QStringLiteral("192.168.101.3");
        plan.servers[1].npus[0].netdetect.clear();
        plan.servers[0].npus[0].netdetect.clear();
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("mixed-subnets")),
                 QStringList{QStringLiteral("server b NPU 0: subnet 192.168.101.0/24 differs from 192.168.100.0/24 of "
                                            "server a NPU 0; one switch needs one subnet")});
        plan.topology = HccnTopology::Routed;
        QVERIFY(messages(HccnPlanValidator::validate(plan), QStringLiteral("mixed-subnets")).isEmpty());
    }

    void gatewayOutsideSubnet_isRefused()
    {
        HccnPlan plan = valid(HccnTopology::Routed);
        plan.servers[0].npus[1].gateway = QStringLiteral("192.168.100.254");
        QVERIFY(HccnPlanValidator::validate(plan).isEmpty());
        plan.servers[0].npus[1].gateway = QStringLiteral("10.0.0.1");
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("gateway-outside-subnet")),
                 QStringList{QStringLiteral("server a NPU 1: gateway 10.0.0.1 is outside the NPU's subnet 192.168.100.0/24")});
    }

    void hostNetworkOverlap_isRefused()
    {
        const HccnPlan plan = valid(HccnTopology::Switch);
        QMap<QString, QStringList> hostNets{{QStringLiteral("a"), {QStringLiteral("10.0.0.5/24")}}};
        QVERIFY(HccnPlanValidator::validate(plan, hostNets).isEmpty());
        hostNets[QStringLiteral("b")] = QStringList{QStringLiteral("192.168.0.10/16")};
        QCOMPARE(messages(HccnPlanValidator::validate(plan, hostNets), QStringLiteral("host-network-overlap")),
                 (QStringList{QStringLiteral("server b NPU 0: subnet 192.168.100.0/24 overlaps the host network "
                                             "192.168.0.10/16 of that server"),
                              QStringLiteral("server b NPU 1: subnet 192.168.100.0/24 overlaps the host network "
                                             "192.168.0.10/16 of that server")}));
    }

    void hostNetworks_comeFromIpJsonAddr_withoutLoopback()
    {
        const QByteArray json = R"([{"ifindex":1,"ifname":"lo","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8}]},
            {"ifindex":2,"ifname":"enp1s0","addr_info":[{"family":"inet","local":"10.20.0.5","prefixlen":24},
            {"family":"inet6","local":"fe80::1","prefixlen":64}]}])";
        QCOMPARE(HostNetworks::fromIpJsonAddr(json), QStringList{QStringLiteral("10.20.0.5/24")});
        QString error;
        QVERIFY(HostNetworks::fromIpJsonAddr("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void directConnectPeer_inAnotherSubnet_isRefused()
    {
        HccnPlan plan = valid(HccnTopology::FibrePairs);
        plan.servers[1].npus[1].address = QStringLiteral("192.168.7.4");
        plan.servers[1].npus[1].gateway = QStringLiteral("192.168.7.4");
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("peer-other-subnet")),
                 (QStringList{QStringLiteral("server a NPU 1: its direct-connect peer server b NPU 1 (192.168.7.4) is "
                                             "not in its subnet 192.168.100.0/24"),
                              QStringLiteral("server b NPU 1: its direct-connect peer server a NPU 1 (192.168.100.2) "
                                             "is not in its subnet 192.168.7.0/24")}));
    }

    void fibreNetdetect_notThePeer_isRefused()
    {
        HccnPlan plan = valid(HccnTopology::FibrePairs);
        plan.servers[0].npus[0].netdetect = QStringLiteral("192.168.100.4");
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("netdetect-not-peer")),
                 QStringList{QStringLiteral("server a NPU 0: netdetect 192.168.100.4 is not its direct-connect peer "
                                            "server b NPU 0 (192.168.100.3)")});
    }

    void malformedAddressOrNetmask_isRefused()
    {
        HccnPlan plan = valid(HccnTopology::Switch);
        plan.servers[0].npus[0].netmask = QStringLiteral("255.0.255.0");
        plan.servers[1].npus[0].address = QStringLiteral("192.168.100");
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("bad-address")),
                 (QStringList{QStringLiteral("server a NPU 0: \"192.168.100.1\" netmask \"255.0.255.0\" is not an "
                                             "IPv4 address and netmask"),
                              QStringLiteral("server b NPU 0: \"192.168.100\" netmask \"255.255.255.0\" is not an "
                                             "IPv4 address and netmask")}));
    }

    void duplicateNpuId_isRefused()
    {
        HccnPlan plan = valid(HccnTopology::Switch);
        plan.servers[0].npus[1].npu = 0;
        QCOMPARE(messages(HccnPlanValidator::validate(plan), QStringLiteral("duplicate-npu")),
                 QStringList{QStringLiteral("server a NPU 0: the NPU id is negative or listed twice")});
    }
};

QTEST_GUILESS_MAIN(TestHccnValidator)
#include "tst_hccn_validator.moc"
