// The NPU network plan end to end against two simulated servers: read, apply, idempotence, verify, faults,
// rollback, and the CLI's dry run. The tests run in order and build on each other's state.
#include "SimCluster.h"

#include "network/HccnBackup.h"
#include "network/HccnPlanner.h"
#include "ops/NetworkApply.h"
#include "ops/NetworkReader.h"
#include "ops/NetworkVerify.h"
#include "remote/SessionPool.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AscendDeck;

class TestNetworkOps : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    std::unique_ptr<SessionPool> m_pool;
    QTemporaryDir m_dir;
    HccnPlan m_fibre;

    QStringList hosts() const
    {
        return {m_sim.servers().at(0).host, m_sim.servers().at(1).host};
    }

    HccnPlan suggest(HccnTopology topology, const QString &subnet) const
    {
        HccnPlanRequest request;
        request.topology = topology;
        request.subnet = subnet;
        request.servers = hosts();
        HccnPlan plan;
        QString error;
        if (!HccnPlanner::suggest(request, &plan, &error))
            qWarning("%s", qPrintable(error));
        return plan;
    }

    static int commandCount(const QList<HccnServerChange> &changes)
    {
        int count = 0;
        for (const HccnServerChange &c : changes)
            count += static_cast<int>(c.commands.size());
        return count;
    }

    static QString errors(const QList<HccnServerChange> &changes)
    {
        QStringList all;
        for (const HccnServerChange &c : changes)
            all << c.errors;
        return all.join(QLatin1Char('\n'));
    }

    static QStringList failures(const HccnVerifyMatrix &matrix)
    {
        QStringList result;
        for (const HccnVerifyRow &row : matrix) {
            for (const HccnVerifyCell &cell : row.cells) {
                if (!cell.pass)
                    result << QStringLiteral("%1 NPU %2 %3: %4").arg(row.host).arg(row.npu).arg(cell.check, cell.reason);
            }
        }
        return result;
    }

    const HccnVerifyRow *row(const HccnVerifyMatrix &matrix, int server, int npu) const
    {
        for (const HccnVerifyRow &r : matrix) {
            if (r.host == hosts().at(server) && r.npu == npu)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.81"), 2222), qPrintable(m_sim.errorString()));
        m_pool = std::make_unique<SessionPool>(m_sim.sessionOptions());
        m_fibre = suggest(HccnTopology::FibrePairs, QStringLiteral("192.168.100.0/24"));
        QCOMPARE(m_fibre.servers.size(), 2);
    }
    void cleanupTestCase()
    {
        m_pool.reset();
        QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
    }

    void read_freshServer_hasNoAddresses()
    {
        const QList<CommandResult> results = NetworkReader::runAll(m_pool.get(), m_sim.targets(),
                                                                   {NetworkReader::defaultNpus(), NetworkReader::defaultNpus()}, {});
        QCOMPARE(results.size(), 2);
        for (const CommandResult &result : results) {
            QVERIFY2(result.ok(), qPrintable(result.errorString));
            const HccnServerReadings readings = NetworkReader::readings(result);
            QCOMPARE(readings.npus.size(), 8);
            QVERIFY2(readings.errors().isEmpty(), qPrintable(readings.errors().join(QLatin1Char('\n'))));
            for (const HccnNpuReadings &n : readings.npus) {
                QVERIFY(n.address.isEmpty());
                QVERIFY(n.gateway.isEmpty());
                QCOMPARE(n.tls, 0);
            }
        }
    }

    void read_badNpuId_isReportedForThatNpu()
    {
        const CommandResult result = NetworkReader::run(*m_pool, m_sim.target(0), {0, 9}, {});
        const HccnServerReadings readings = NetworkReader::readings(result);
        QCOMPARE(readings.npus.size(), 2);
        QVERIFY(readings.npus.at(0).error.isEmpty());
        QVERIFY2(readings.npus.at(1).error.contains(QStringLiteral("Device id 9 is invalid.")),
                 qPrintable(readings.npus.at(1).error));
    }

    void apply_fibrePairs_setsAddresses_andWritesBackup()
    {
        QList<HccnServerChange> changes;
        QAtomicInt progressCalls;
        const QString backup = m_dir.filePath(QStringLiteral("backup-1.json"));
        const bool ok = NetworkApply::apply(m_pool.get(), m_sim.targets(), m_fibre.servers, backup, &changes,
                                            [&progressCalls](const QString &, int, int, const HccnCommand &) {
                                                progressCalls.fetchAndAddRelaxed(1);
                                            });
        QVERIFY2(ok, qPrintable(errors(changes)));
        // A fresh simulated NPU already has tls 0: address, gateway, netdetect for 2 x 8 NPUs.
        QCOMPARE(commandCount(changes), 48);
        QCOMPARE(progressCalls.loadRelaxed(), 48);
        QCOMPARE(changes.at(1).done, 24);
        HccnBackup saved;
        QString error;
        QVERIFY2(HccnBackup::load(backup, &saved, &error), qPrintable(error));
        QCOMPARE(saved.servers.size(), 2);
        QCOMPARE(saved.servers.at(1).host, hosts().at(1));
        QVERIFY(saved.servers.at(1).npus.at(0).address.isEmpty());

        const QByteArray conf0 = m_sim.inspect(0, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        const QByteArray conf1 = m_sim.inspect(1, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        for (const char *line : {"address_0=192.168.100.1\n", "netmask_0=255.255.255.0\n", "gateway_0=192.168.100.1\n",
                                 "netdetect_0=192.168.100.9\n", "address_7=192.168.100.8\n"})
            QVERIFY2(conf0.contains(line), conf0.constData());
        for (const char *line : {"address_0=192.168.100.9\n", "gateway_3=192.168.100.12\n", "netdetect_3=192.168.100.4\n",
                                 "address_7=192.168.100.16\n"})
            QVERIFY2(conf1.contains(line), conf1.constData());
    }

    void apply_again_runsNothing()
    {
        QList<HccnServerChange> changes;
        QVERIFY2(NetworkApply::apply(m_pool.get(), m_sim.targets(), m_fibre.servers, {}, &changes), qPrintable(errors(changes)));
        QCOMPARE(commandCount(changes), 0);
        QCOMPARE(commandCount(NetworkApply::preview(m_pool.get(), m_sim.targets(), m_fibre.servers)), 0);
    }

    void verify_allGreen_afterApply()
    {
        const HccnVerifyMatrix matrix = NetworkVerify::run(m_pool.get(), m_sim.targets(), m_fibre);
        QCOMPARE(matrix.size(), 16);
        QVERIFY2(failures(matrix).isEmpty(), qPrintable(failures(matrix).join(QLatin1Char('\n'))));
        const HccnVerifyRow *r = row(matrix, 0, 2);
        QVERIFY(r);
        QCOMPARE(r->cells.size(), 5); // link, net_health, lldp, tls, one fibre peer
        QCOMPARE(r->cell(QStringLiteral("ping 192.168.100.11"))->value, QStringLiteral("3/3 received"));
        QCOMPARE(r->cell(QStringLiteral("net_health"))->value, QStringLiteral("Success"));
        QVERIFY(!r->cell(QStringLiteral("lldp"))->value.isEmpty());
    }

    void verify_linkDown_showsOnThatNpu()
    {
        QVERIFY2(m_sim.fault(1, QStringLiteral("link_down=3")), qPrintable(m_sim.errorString()));
        const HccnVerifyMatrix matrix = NetworkVerify::run(m_pool.get(), m_sim.targets(), m_fibre);
        QVERIFY(m_sim.fault(1, QStringLiteral("link_down"), true));
        const HccnVerifyRow *down = row(matrix, 1, 3);
        QVERIFY(down);
        QVERIFY(!down->pass());
        QCOMPARE(down->cell(QStringLiteral("link"))->value, QStringLiteral("DOWN"));
        QVERIFY(!down->cell(QStringLiteral("link"))->pass);
        QCOMPARE(down->cell(QStringLiteral("net_health"))->reason, QStringLiteral("net health status: Fault"));
        // Its fibre peer cannot reach it either; every other NPU is fine.
        QVERIFY(!row(matrix, 0, 3)->cell(QStringLiteral("ping 192.168.100.12"))->pass);
        QVERIFY(row(matrix, 1, 2)->pass());
        QVERIFY(row(matrix, 0, 4)->pass());
    }

    void rollback_restoresThePreviousAddresses()
    {
        // A second plan on top of the first, then its rollback: the fibre addresses come back.
        const HccnPlan other = suggest(HccnTopology::Switch, QStringLiteral("10.20.0.0/24"));
        const QString backupPath = m_dir.filePath(QStringLiteral("backup-2.json"));
        QList<HccnServerChange> changes;
        QVERIFY2(NetworkApply::apply(m_pool.get(), m_sim.targets(), other.servers, backupPath, &changes),
                 qPrintable(errors(changes)));
        QVERIFY(m_sim.inspect(0, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")}).contains("address_0=10.20.0.1\n"));

        HccnBackup backup;
        QString error;
        QVERIFY2(HccnBackup::load(backupPath, &backup, &error), qPrintable(error));
        QVERIFY2(NetworkApply::rollback(m_pool.get(), m_sim.targets(), backup.servers, &changes), qPrintable(errors(changes)));
        QVERIFY(commandCount(changes) > 0);
        const QByteArray conf = m_sim.inspect(1, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        QVERIFY2(conf.contains("address_0=192.168.100.9\n") && conf.contains("netdetect_0=192.168.100.1\n"), conf.constData());
        QCOMPARE(commandCount(NetworkApply::preview(m_pool.get(), m_sim.targets(), m_fibre.servers)), 0);
    }

    void rollback_toAFreshServer_saysWhatCannotBeUnset()
    {
        HccnBackup backup;
        QString error;
        QVERIFY2(HccnBackup::load(m_dir.filePath(QStringLiteral("backup-1.json")), &backup, &error), qPrintable(error));
        QList<HccnServerChange> changes;
        QVERIFY2(NetworkApply::rollback(m_pool.get(), m_sim.targets(), backup.servers, &changes), qPrintable(errors(changes)));
        QCOMPARE(commandCount(changes), 0);
        QCOMPARE(changes.at(0).notes.size(), 24);
        QVERIFY2(changes.at(0).notes.first().contains(QStringLiteral("hccn_tool cannot unset it")),
                 qPrintable(changes.at(0).notes.first()));
    }

    void cli_planThenDryRun_printsOnlyWhatWouldChange()
    {
        QProcess plan;
        plan.start(QStringLiteral(ASCENDDECK_CLI_PATH),
                   {QStringLiteral("plan"), QStringLiteral("--topology"), QStringLiteral("switch"), QStringLiteral("--subnet"),
                    QStringLiteral("192.168.100.0/24"), QStringLiteral("--gateway"), QStringLiteral("192.168.100.254"),
                    QStringLiteral("--servers"), hosts().join(QLatin1Char(',')), QStringLiteral("--json")});
        QVERIFY(plan.waitForFinished(60000));
        QCOMPARE(plan.exitCode(), 0);
        const QString planPath = m_dir.filePath(QStringLiteral("plan.json"));
        QFile file(planPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(plan.readAllStandardOutput());
        file.close();

        const QByteArray confBefore = m_sim.inspect(0, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        QProcess apply;
        const auto &s0 = m_sim.servers().at(0);
        const auto &s1 = m_sim.servers().at(1);
        apply.start(QStringLiteral(ASCENDDECK_CLI_PATH),
                    {QStringLiteral("apply"), QStringLiteral("--dry-run"), QStringLiteral("--plan"), planPath,
                     QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                     m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"),
                     QStringLiteral("%1@%2:%3,%4@%5:%6").arg(s0.user, s0.host).arg(s0.port).arg(s1.user, s1.host).arg(s1.port)});
        QVERIFY(apply.waitForFinished(60000));
        const QByteArray out = apply.readAllStandardOutput();
        QVERIFY2(apply.exitCode() == 0, apply.readAllStandardError().constData());
        // Same addresses as the fibre plan: only gateway and netdetect (both the switch's .254) differ.
        QVERIFY2(!out.contains("-ip -s"), out.constData());
        QVERIFY2(out.contains(QByteArray(QByteArray("# ") + s0.host.toUtf8() + ": 16 command(s)\n")), out.constData());
        QVERIFY2(out.contains(QByteArray(QByteArray("# ") + s1.host.toUtf8() + ": 16 command(s)\n")), out.constData());
        QVERIFY2(out.contains("/usr/local/Ascend/driver/tools/hccn_tool -i 5 -gateway -s gateway 192.168.100.254\n"),
                 out.constData());
        QVERIFY2(out.contains("/usr/local/Ascend/driver/tools/hccn_tool -i 5 -netdetect -s address 192.168.100.254\n"),
                 out.constData());
        QCOMPARE(m_sim.inspect(0, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")}), confBefore);
    }

    void cli_applyYes_thenRollback_restores()
    {
        const auto &s0 = m_sim.servers().at(0);
        const auto &s1 = m_sim.servers().at(1);
        const QStringList common{QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                                 m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"),
                                 QStringLiteral("%1@%2:%3,%4@%5:%6").arg(s0.user, s0.host).arg(s0.port).arg(s1.user, s1.host).arg(s1.port)};
        const QString backup = m_dir.filePath(QStringLiteral("cli-backup.json"));
        QProcess apply;
        apply.start(QStringLiteral(ASCENDDECK_CLI_PATH), QStringList{QStringLiteral("apply"), QStringLiteral("--yes"),
                                                                     QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("plan.json")),
                                                                     QStringLiteral("--backup"), backup} + common);
        QVERIFY(apply.waitForFinished(120000));
        QVERIFY2(apply.exitCode() == 0, apply.readAllStandardError().constData());
        QVERIFY(m_sim.inspect(1, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")}).contains("gateway_0=192.168.100.254\n"));

        QProcess rollback;
        rollback.start(QStringLiteral(ASCENDDECK_CLI_PATH), QStringList{QStringLiteral("apply"), QStringLiteral("--yes"),
                                                                        QStringLiteral("--rollback"), backup} + common);
        QVERIFY(rollback.waitForFinished(120000));
        QVERIFY2(rollback.exitCode() == 0, rollback.readAllStandardError().constData());
        const QByteArray conf = m_sim.inspect(1, {QStringLiteral("cat"), QStringLiteral("/etc/hccn.conf")});
        QVERIFY2(conf.contains("gateway_0=192.168.100.9\n") && conf.contains("netdetect_0=192.168.100.1\n"), conf.constData());
    }
};

QTEST_GUILESS_MAIN(TestNetworkOps)
#include "tst_network_ops.moc"
