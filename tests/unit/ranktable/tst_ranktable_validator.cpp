#include "ranktable/RankTableValidator.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace AscendDeck;

using Mutation = std::function<void(RankTable *, RankTableValidator::HccnReadings *)>;
Q_DECLARE_METATYPE(Mutation)

class TestRankTableValidator : public QObject
{
    Q_OBJECT

    // Two servers 10.0.0.1/.2 with 8 NPUs each, device d of server s at 192.168.s.(d+11), ranks 0-15.
    static RankTable validTable(int serverCount = 2, int devices = 8)
    {
        RankTable table;
        table.serverCount = QString::number(serverCount);
        for (int s = 1; s <= serverCount; ++s) {
            RankTableServer server;
            server.serverId = QStringLiteral("10.0.0.%1").arg(s);
            server.containerIp = server.serverId;
            server.hostNicIp = QStringLiteral("reserve");
            for (int d = 0; d < devices; ++d)
                server.devices.append({QString::number(d), QStringLiteral("192.168.%1.%2").arg(s).arg(d + 11), QString(),
                                       QString::number((s - 1) * devices + d)});
            table.servers.append(server);
        }
        return table;
    }

    static QMap<int, QString> readingsOf(const RankTableServer &server)
    {
        QMap<int, QString> ips;
        for (const RankTableDevice &device : server.devices)
            ips.insert(device.deviceId.toInt(), device.deviceIp);
        return ips;
    }

    static RankTableDevice &device(RankTable *table, int server, int index)
    {
        return table->servers[server].devices[index];
    }

    static void makeSuperPod(RankTable *table)
    {
        table->version = RankTable::version12();
        for (int s = 0; s < table->servers.size(); ++s) {
            for (int d = 0; d < table->servers.at(s).devices.size(); ++d)
                device(table, s, d).superDeviceId = QString::number(s * 100 + d);
        }
        table->superPods = {{QStringLiteral("0"), {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}}};
    }

private slots:
    void validTables_haveNoFindings_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("devices");
        QTest::newRow("2x8") << 2 << 8;
        QTest::newRow("60x1") << 60 << 1;
        QTest::newRow("16x8") << 16 << 8;
        QTest::newRow("2x32") << 2 << 32;
    }
    void validTables_haveNoFindings()
    {
        QFETCH(int, servers);
        QFETCH(int, devices);
        const RankTable table = validTable(servers, devices);
        RankTableValidator::HccnReadings hccn;
        for (const RankTableServer &server : table.servers)
            hccn.insert(server.serverId, readingsOf(server));
        const QList<Finding> findings = RankTableValidator::validate(table, hccn);
        QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().message));
    }

    void validSuperPod_hasNoFindings()
    {
        RankTable table = validTable();
        makeSuperPod(&table);
        QVERIFY(RankTableValidator::validate(table).isEmpty());
    }

    // server_id "node_0".. with host_ip: what the CANN documentation's v1.2 example does; no finding at all.
    void namedServersWithHostIp_haveNoFindings()
    {
        RankTable table = validTable();
        makeSuperPod(&table);
        for (int s = 0; s < table.servers.size(); ++s) {
            table.servers[s].hostIp = table.servers.at(s).serverId;
            table.servers[s].serverId = QStringLiteral("node_%1").arg(s);
        }
        table.superPods = {{QStringLiteral("0"), {QStringLiteral("node_0"), QStringLiteral("node_1")}}};
        const QList<Finding> findings = RankTableValidator::validate(table);
        QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.first().message));
    }

    // One broken rule per row; the finding must carry that rule, severity, server, device and message.
    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("message");
        using Hccn = RankTableValidator::HccnReadings;
        QTest::newRow("version") << Mutation([](RankTable *t, Hccn *) { t->version = QStringLiteral("1.1"); }) << true
                                 << "version" << "" << "" << "version \"1.1\" is not 1.0 or 1.2";
        QTest::newRow("status") << Mutation([](RankTable *t, Hccn *) { t->status = QStringLiteral("initializing"); })
                                << true << "status" << "" << ""
                                << "status is \"initializing\", HCCL only uses a table whose status is \"completed\"";
        QTest::newRow("server_count text") << Mutation([](RankTable *t, Hccn *) { t->serverCount = QStringLiteral("two"); })
                                           << true << "server-count" << "" << "" << "server_count \"two\" is not a whole number";
        QTest::newRow("server_count mismatch") << Mutation([](RankTable *t, Hccn *) { t->serverCount = QStringLiteral("3"); })
                                               << true << "server-count" << "" << ""
                                               << "server_count is 3 but server_list has 2 servers";
        QTest::newRow("single server") << Mutation([](RankTable *t, Hccn *) {
            t->servers.removeLast();
            t->serverCount = QStringLiteral("1");
        }) << false << "server-count" << "" << ""
           << "a single server: fine for HCCL, but MindIE multi-node needs 2-60 servers";
        QTest::newRow("server id not ip") << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("node_1"); })
                                          << true << "server-id" << "node_1" << ""
                                          << "server node_1: server_id \"node_1\" is not an IPv4 address";
        QTest::newRow("server id zero") << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("0.0.0.0"); })
                                        << true << "server-id" << "0.0.0.0" << ""
                                        << "server 0.0.0.0: server_id \"0.0.0.0\" is in 0.0.0.0/8, which no host can have";
        QTest::newRow("server id broadcast")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("255.255.255.255"); }) << true
            << "server-id" << "255.255.255.255" << ""
            << "server 255.255.255.255: server_id \"255.255.255.255\" is the broadcast address";
        QTest::newRow("server id loopback")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("127.0.0.1"); }) << true
            << "server-id" << "127.0.0.1" << ""
            << "server 127.0.0.1: server_id \"127.0.0.1\" is this machine's loopback address (often from /etc/hosts via "
               "`hostname -i`), which other servers cannot reach";
        QTest::newRow("server id hosts-file loopback")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("127.0.1.1"); }) << true
            << "server-id" << "127.0.1.1" << ""
            << "server 127.0.1.1: server_id \"127.0.1.1\" is this machine's loopback address (often from /etc/hosts via "
               "`hostname -i`), which other servers cannot reach";
        QTest::newRow("server id other loopback (one-host bench)")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("127.0.0.21"); }) << false
            << "server-id" << "127.0.0.21" << ""
            << "server 127.0.0.21: server_id \"127.0.0.21\" is a loopback address: only servers on the same host can reach it";
        QTest::newRow("server id multicast")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("224.0.0.5"); }) << true
            << "server-id" << "224.0.0.5" << "" << "server 224.0.0.5: server_id \"224.0.0.5\" is a multicast address";
        QTest::newRow("server id network of /24")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].serverId = QStringLiteral("10.0.1.0"); }) << false
            << "server-id" << "10.0.1.0" << ""
            << "server 10.0.1.0: server_id \"10.0.1.0\" ends in .0: the network address of a /24 network, check the netmask";
        QTest::newRow("server id twice")
            << Mutation([](RankTable *t, Hccn *) {
                   t->servers[1].serverId = QStringLiteral("10.0.0.1");
                   t->servers[1].containerIp = QStringLiteral("10.0.0.2");
               })
            << true << "server-id-duplicate" << "10.0.0.1" << "" << "server 10.0.0.1: server_id appears twice in server_list";
        QTest::newRow("container ip missing") << Mutation([](RankTable *t, Hccn *) { t->servers[1].containerIp.clear(); })
                                              << true << "container-ip" << "10.0.0.2" << ""
                                              << "server 10.0.0.2: container_ip is not set; MindIE needs it (usually the server ip, 10.0.0.2)";
        // The HCCL spec's naming: server_id any unique name, the address in host_ip.
        QTest::newRow("server id name, bad host ip") << Mutation([](RankTable *t, Hccn *) {
            t->servers[1].serverId = QStringLiteral("node_1");
            t->servers[1].hostIp = QStringLiteral("172.16.0.300");
        }) << true << "host-ip" << "node_1" << "" << "server node_1: host_ip \"172.16.0.300\" is not an IPv4 address";
        QTest::newRow("server id loopback despite host ip") << Mutation([](RankTable *t, Hccn *) {
            t->servers[1].serverId = QStringLiteral("127.0.0.1");
            t->servers[1].hostIp = QStringLiteral("172.16.0.101");
        }) << true << "server-id" << "127.0.0.1" << ""
           << "server 127.0.0.1: server_id \"127.0.0.1\" is this machine's loopback address (often from /etc/hosts via `hostname -i`), which other servers cannot reach";
        QTest::newRow("container ip missing, host ip set") << Mutation([](RankTable *t, Hccn *) {
            t->servers[1].containerIp.clear();
            t->servers[1].hostIp = QStringLiteral("172.16.0.101");
        }) << false << "container-ip" << "10.0.0.2" << ""
           << "server 10.0.0.2: container_ip is not set; HCCL reaches the server at host_ip 172.16.0.101, but MindIE needs container_ip";
        QTest::newRow("container ip bad")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].containerIp = QStringLiteral("10.0.0.300"); }) << true
            << "container-ip" << "10.0.0.2" << "" << "server 10.0.0.2: container_ip \"10.0.0.300\" is not an IPv4 address";
        QTest::newRow("container ip twice")
            << Mutation([](RankTable *t, Hccn *) { t->servers[1].containerIp = QStringLiteral("10.0.0.1"); }) << true
            << "container-ip-duplicate" << "10.0.0.2" << ""
            << "server 10.0.0.2: container_ip 10.0.0.1 is also the container_ip of server 10.0.0.1";
        QTest::newRow("device count differs") << Mutation([](RankTable *t, Hccn *) {
            t->servers[1].devices.removeLast();
            t->servers[1].devices.removeLast();
        }) << true << "device-count" << "10.0.0.2" << ""
           << "server 10.0.0.2: has 6 devices but server 10.0.0.1 has 8; every server needs the same number";
        QTest::newRow("no devices") << Mutation([](RankTable *t, Hccn *) { t->servers[0].devices.clear(); }) << true
                                    << "device-count" << "10.0.0.1" << "" << "server 10.0.0.1: has 0 devices, MindIE accepts 1-32";
        QTest::newRow("device id 64") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 7).deviceId = QStringLiteral("64"); })
                                      << true << "device-id" << "10.0.0.2" << "64"
                                      << "server 10.0.0.2, device 64: device_id \"64\" is not a number 0-63";
        QTest::newRow("device id twice") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 7).deviceId = QStringLiteral("3"); })
                                         << true << "device-id-duplicate" << "10.0.0.2" << "3"
                                         << "server 10.0.0.2, device 3: device_id is listed twice on this server";
        QTest::newRow("device not on server") << Mutation([](RankTable *t, Hccn *h) {
            (*h)[QStringLiteral("10.0.0.2")] = readingsOf(t->servers.at(1));
            (*h)[QStringLiteral("10.0.0.2")].remove(7);
        }) << true << "device-not-on-server" << "10.0.0.2" << "7"
           << "server 10.0.0.2, device 7: the server's hccn readings have no NPU 7 (they list 0,1,2,3,4,5,6)";
        QTest::newRow("device ip missing") << Mutation([](RankTable *t, Hccn *) { device(t, 0, 2).deviceIp.clear(); }) << true
                                           << "device-ip" << "10.0.0.1" << "2" << "server 10.0.0.1, device 2: device_ip is not set";
        QTest::newRow("device ip bad") << Mutation([](RankTable *t, Hccn *) { device(t, 0, 2).deviceIp = QStringLiteral("192.168.1"); })
                                       << true << "device-ip" << "10.0.0.1" << "2"
                                       << "server 10.0.0.1, device 2: device_ip \"192.168.1\" is not an IPv4 address";
        // https://github.com/gpustack/gpustack/issues/2551: GPUStack's table for NPUs without a RoCE address.
        QTest::newRow("device ip placeholder")
            << Mutation([](RankTable *t, Hccn *) { device(t, 1, 4).deviceIp = QStringLiteral("-.-.-.-"); }) << true
            << "device-ip" << "10.0.0.2" << "4"
            << "server 10.0.0.2, device 4: device_ip is the placeholder \"-.-.-.-\": this NPU has no RoCE address "
               "(hccn_tool -i N -ip -g); give it one with hccn_tool -i N -ip -s address A netmask M and regenerate the table";
        QTest::newRow("device ip twice")
            << Mutation([](RankTable *t, Hccn *) { device(t, 1, 0).deviceIp = QStringLiteral("192.168.1.11"); }) << true
            << "device-ip-duplicate" << "10.0.0.2" << "0"
            << "server 10.0.0.2, device 0: device_ip 192.168.1.11 is also used by server 10.0.0.1, device 0";
        QTest::newRow("device ip not hccn") << Mutation([](RankTable *t, Hccn *h) {
            (*h)[QStringLiteral("10.0.0.1")] = readingsOf(t->servers.at(0));
            (*h)[QStringLiteral("10.0.0.1")][5] = QStringLiteral("192.168.1.99");
        }) << true << "device-ip-hccn" << "10.0.0.1" << "5"
           << "server 10.0.0.1, device 5: device_ip is 192.168.1.16 but the server's hccn readings say 192.168.1.99";
        QTest::newRow("hccn of unknown server") << Mutation([](RankTable *, Hccn *h) {
            (*h)[QStringLiteral("10.0.0.9")] = {{0, QStringLiteral("1.2.3.4")}};
        }) << false << "hccn-server" << "10.0.0.9" << ""
           << "hccn readings were given for server 10.0.0.9, which is not in the rank table";
        QTest::newRow("rank not a number") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 1).rankId = QStringLiteral("x"); })
                                           << true << "rank-id" << "10.0.0.2" << "1"
                                           << "server 10.0.0.2, device 1: rank_id \"x\" is not a number 0-511";
        QTest::newRow("rank over 511") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 1).rankId = QStringLiteral("512"); })
                                       << true << "rank-id" << "10.0.0.2" << "1"
                                       << "server 10.0.0.2, device 1: rank_id \"512\" is not a number 0-511";
        QTest::newRow("rank twice") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 1).rankId = QStringLiteral("3"); }) << true
                                    << "rank-id-duplicate" << "10.0.0.2" << "1"
                                    << "server 10.0.0.2, device 1: rank_id 3 is also the rank of server 10.0.0.1, device 3";
        QTest::newRow("rank out of range") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 7).rankId = QStringLiteral("16"); })
                                           << true << "rank-id-gap" << "10.0.0.2" << "7"
                                           << "server 10.0.0.2, device 7: rank_id 16 is out of range; 16 devices need ranks 0-15";
        QTest::newRow("rank gap") << Mutation([](RankTable *t, Hccn *) { device(t, 1, 7).rankId = QStringLiteral("16"); }) << true
                                  << "rank-id-gap" << "" << "" << "no device has rank_id 15; ranks must be 0-15 without gaps";
        QTest::newRow("super device id missing") << Mutation([](RankTable *t, Hccn *) {
            makeSuperPod(t);
            device(t, 1, 4).superDeviceId.clear();
        }) << true << "super-device-id" << "10.0.0.2" << "4"
           << "server 10.0.0.2, device 4: super_device_id \"\" is not a number; v1.2 tables need it on every device";
        QTest::newRow("super device id twice") << Mutation([](RankTable *t, Hccn *) {
            makeSuperPod(t);
            device(t, 1, 4).superDeviceId = QStringLiteral("2");
        }) << true << "super-device-id-duplicate" << "10.0.0.2" << "4"
           << "server 10.0.0.2, device 4: super_device_id 2 is also used by server 10.0.0.1, device 2 in super pod 0";
        QTest::newRow("server in no pod") << Mutation([](RankTable *t, Hccn *) {
            makeSuperPod(t);
            t->superPods[0].serverIds.removeLast();
        }) << true << "super-pod" << "10.0.0.2" << "" << "server 10.0.0.2 is in no super pod";
        QTest::newRow("pod lists unknown server") << Mutation([](RankTable *t, Hccn *) {
            makeSuperPod(t);
            t->superPods[0].serverIds.append(QStringLiteral("10.0.0.3"));
        }) << true << "super-pod" << "10.0.0.3" << "" << "super pod 0 lists server 10.0.0.3, which is not in server_list";
        QTest::newRow("server in two pods") << Mutation([](RankTable *t, Hccn *) {
            makeSuperPod(t);
            t->superPods.append({QStringLiteral("1"), {QStringLiteral("10.0.0.2")}});
        }) << true << "super-pod" << "10.0.0.2" << "" << "server 10.0.0.2 is in super pod 0 and in super pod 1";
        QTest::newRow("no pods") << Mutation([](RankTable *t, Hccn *) {
            makeSuperPod(t);
            t->superPods.clear();
        }) << true << "super-pod" << "" << "" << "a v1.2 table needs a super_pod_list";
    }
    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(bool, isError);
        QFETCH(QString, rule);
        QFETCH(QString, server);
        QFETCH(QString, device);
        QFETCH(QString, message);
        RankTable table = validTable();
        RankTableValidator::HccnReadings hccn;
        mutate(&table, &hccn);
        const QList<Finding> findings = RankTableValidator::validate(table, hccn);
        QStringList seen;
        for (const Finding &finding : findings) {
            if (finding.message == message) {
                QCOMPARE(finding.isError(), isError);
                QCOMPARE(finding.code, rule);
                QCOMPARE(finding.server, server);
                QCOMPARE(finding.npu, device.isEmpty() ? -1 : device.toInt());
                QCOMPARE(Finding::hasError(findings), isError || findings.size() > 1);
                return;
            }
            seen.append(finding.code + QStringLiteral(": ") + finding.message);
        }
        QFAIL(qPrintable(QStringLiteral("expected \"%1\", got:\n%2").arg(message, seen.join(QLatin1Char('\n')))));
    }

    // As GPUStack wrote it for two 910B servers whose NPUs had no RoCE address (gpustack#2551, #3498): every
    // device_ip "-.-.-.-". Each device is refused once, by name; the placeholders are not reported as duplicates.
    void placeholderTable_refusesEveryDeviceOnce()
    {
        RankTable table = validTable();
        for (RankTableServer &server : table.servers) {
            for (RankTableDevice &d : server.devices)
                d.deviceIp = QStringLiteral("-.-.-.-");
        }
        const QList<Finding> findings = RankTableValidator::validate(table);
        QCOMPARE(findings.size(), 16);
        QSet<QString> named;
        for (const Finding &f : findings) {
            QCOMPARE(f.code, QStringLiteral("device-ip"));
            QVERIFY(f.isError());
            QVERIFY(f.message.contains(QStringLiteral("placeholder")));
            named.insert(f.server + QLatin1Char('/') + QString::number(f.npu));
        }
        QCOMPARE(named.size(), 16);
        QVERIFY(named.contains(QStringLiteral("10.0.0.2/7")));
    }

    void emptyAndDuplicateDeviceIps_areRefusedByName()
    {
        RankTable table = validTable();
        device(&table, 0, 3).deviceIp.clear();
        device(&table, 1, 6).deviceIp = device(&table, 0, 6).deviceIp;
        const QList<Finding> findings = RankTableValidator::validate(table);
        QStringList codes;
        for (const Finding &f : findings)
            codes << QStringLiteral("%1 %2 %3").arg(f.code, f.server).arg(f.npu);
        QCOMPARE(codes, (QStringList{QStringLiteral("device-ip 10.0.0.1 3"), QStringLiteral("device-ip-duplicate 10.0.0.2 6")}));
    }

    void serverCount_limits_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<QString>("message");
        QTest::newRow("61") << 61 << "61 servers: MindIE accepts 2-60";
        QTest::newRow("0") << 0 << "0 servers: MindIE accepts 2-60";
    }
    void serverCount_limits()
    {
        QFETCH(int, servers);
        QFETCH(QString, message);
        const QList<Finding> findings = RankTableValidator::validate(validTable(servers, 1));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().message, message);
    }

    void findingsJson_listsEveryField()
    {
        RankTable table = validTable();
        table.servers[0].containerIp.clear();
        const QByteArray json = Finding::listToJson(RankTableValidator::validate(table));
        const auto parsed = nlohmann::json::parse(json.toStdString());
        QCOMPARE(parsed.size(), 1u);
        QVERIFY(parsed[0]["severity"] == "error");
        QVERIFY(parsed[0]["code"] == "container-ip");
        QVERIFY(parsed[0]["server"] == "10.0.0.1");
        QVERIFY(parsed[0]["npu"].is_null());
    }
};

QTEST_GUILESS_MAIN(TestRankTableValidator)
#include "tst_ranktable_validator.moc"
