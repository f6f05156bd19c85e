// Preflight against simulated servers (tests/sim): the real commands over real SSH, each known fault
// injected in turn and found, with the server named. Loopback range 127.0.0.91+.
#include "SimCluster.h"

#include "ops/PreflightRunner.h"
#include "preflight/PreflightCheck.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace AscendDeck;

namespace {
const QString mindieImage = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");
const QString modelPath = QStringLiteral("/data/models/DeepSeek-R1");
const QString shard2 = QStringLiteral("/data/models/DeepSeek-R1/model-00002-of-00004.safetensors");

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Finding::severityName(f.severity) + QLatin1Char(' ') + f.code + QLatin1Char(' ') + f.message;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestPreflightOps : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    std::unique_ptr<SessionPool> m_pool;

    PreflightRequest request(const QString &image = mindieImage, const QString &path = modelPath) const
    {
        PreflightRequest r;
        r.image = image;
        r.modelPath = path;
        return r;
    }

    QList<Finding> check(const PreflightRequest &r)
    {
        return PreflightRunner::check(m_pool.get(), m_sim.targets(), r);
    }

    static const Finding *find(const QList<Finding> &findings, const QString &id, const QString &host, int npu = -1)
    {
        for (const Finding &f : findings) {
            if (f.code == id && f.server == host && f.npu == npu)
                return &f;
        }
        return nullptr;
    }

    QString host(int index) const { return m_sim.target(index).displayName(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.91"), 2222), qPrintable(m_sim.errorString()));
        m_pool = std::make_unique<SessionPool>(m_sim.sessionOptions());
    }
    void cleanupTestCase()
    {
        m_pool.reset();
        QVERIFY(m_sim.stop());
    }

    void freshServers_passEverything_butTheKnownWarnings()
    {
        const QList<Finding> findings = check(request());
        QVERIFY2(Finding::worst(findings) != Finding::Severity::Error, qPrintable(describe(findings)));
        QCOMPARE(findings.size(), 2 * PreflightCheck::ids().size());
        // Known: the simulator ships driver 24.1.rc2.2 (inside CANN 8.2.RC1's window, below its paired 25.2),
        // and a host whose /dev/shm and disk we do not control.
        const QStringList mayWarn{PreflightCheck::DriverCann, PreflightCheck::SharedMemory, PreflightCheck::DiskSpace};
        for (const Finding &f : findings) {
            QVERIFY2(f.message.contains(f.server), qPrintable(f.message));
            if (f.severity == Finding::Severity::Warning)
                QVERIFY2(mayWarn.contains(f.code), qPrintable(f.code + QStringLiteral(": ") + f.message));
        }
        for (int i = 0; i < 2; ++i) {
            const Finding *cann = find(findings, PreflightCheck::DriverCann, host(i));
            QVERIFY(cann);
            QCOMPARE(cann->severity, Finding::Severity::Warning);
            QVERIFY2(cann->message.contains(QLatin1String("driver 24.1.rc2.2 is older than 25.2.0")), qPrintable(cann->message));
            QCOMPARE(find(findings, PreflightCheck::ModelConsistent, host(i))->severity, Finding::Severity::Info);
            const Finding *model = find(findings, PreflightCheck::ModelConfig, host(i));
            QVERIFY2(model->message.contains(QLatin1String("quantization w8a8")), qPrintable(model->message));
            QVERIFY(find(findings, PreflightCheck::NpuCount, host(i))->message.contains(QLatin1String("shows 8 NPUs")));
        }
    }

    void fault_isFoundOnTheRightServer_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("npu");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("message");
        const int fail = static_cast<int>(Finding::Severity::Error);
        const int warn = static_cast<int>(Finding::Severity::Warning);
        QTest::newRow("old driver") << "driver_version=23.0.7" << PreflightCheck::DriverCann << -1 << fail
                                    << "driver 23.0.7 is too old for CANN 8.2.RC1";
        QTest::newRow("no HwHiAiUser") << "no_hwhiaiuser" << PreflightCheck::HwHiAiUser << -1 << fail << "has no HwHiAiUser account";
        QTest::newRow("firewalld") << "firewalld_active" << PreflightCheck::FirewalldStopped << -1 << fail << "firewalld is active";
        QTest::newRow("weights in ~/.cache") << "weights_symlink" << PreflightCheck::ModelSymlinks << -1 << fail
                                             << "4 links point outside /data/models/DeepSeek-R1";
        QTest::newRow("link down") << "link_down=3" << PreflightCheck::NpuHealth << 3 << warn << "NPU 3: health is Warning";
        QTest::newRow("net health") << "net_health=5:Receive timeout" << PreflightCheck::NpuHealth << 5 << warn
                                    << "NPU 5: health is Warning";
        QTest::newRow("unreachable") << "unreachable" << PreflightCheck::HostReachable << -1 << fail << "could not be checked";
    }

    void fault_isFoundOnTheRightServer()
    {
        QFETCH(QString, knob);
        QFETCH(QString, check);
        QFETCH(int, npu);
        QFETCH(int, severity);
        QFETCH(QString, message);
        QVERIFY2(m_sim.fault(1, knob), qPrintable(m_sim.errorString()));
        const QList<Finding> findings = this->check(request());
        QVERIFY2(m_sim.fault(1, knob.section(QLatin1Char('='), 0, 0), true), qPrintable(m_sim.errorString()));
        m_pool->closeAll(); // the unreachable server's session is dead

        const Finding *found = find(findings, check, host(1), npu);
        QVERIFY2(found, qPrintable(describe(findings)));
        QCOMPARE(static_cast<int>(found->severity), severity);
        QVERIFY2(found->message.startsWith(host(1)) && found->message.contains(message), qPrintable(found->message));
        QVERIFY(!found->fix.isEmpty());
        // The healthy server is not blamed.
        const Finding *other = find(findings, check, host(0), npu);
        QVERIFY2(!other || other->severity != Finding::Severity::Error, qPrintable(other ? other->message : QString()));
    }

    void weightsSymlinkedIntoCache_stillCompareByRealSize()
    {
        QVERIFY(m_sim.fault(0, QStringLiteral("weights_symlink")));
        const QList<Finding> findings = check(request());
        QVERIFY(m_sim.fault(0, QStringLiteral("weights_symlink"), true));
        QCOMPARE(find(findings, PreflightCheck::ModelSymlinks, host(0))->severity, Finding::Severity::Error);
        QCOMPARE(find(findings, PreflightCheck::ModelConsistent, host(1))->severity, Finding::Severity::Info);
    }

    void differentWeights_nameTheFileAndBothServers()
    {
        int exitCode = -1;
        m_sim.inspect(1, {QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("1000"), shard2}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QList<Finding> findings = check(request());
        m_sim.inspect(1, {QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("169500000000"), shard2}, &exitCode);
        const Finding *found = find(findings, PreflightCheck::ModelConsistent, host(1));
        QVERIFY2(found, qPrintable(describe(findings)));
        QCOMPARE(found->severity, Finding::Severity::Error);
        QVERIFY2(found->message.contains(QStringLiteral("model-00002-of-00004.safetensors (1000 bytes, %1 has 169500000000)").arg(host(0))),
                 qPrintable(found->message));
    }

    void missingImageAndFolder_failOnBothServers()
    {
        const QList<Finding> findings = check(request(QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:9.9"),
                                                               QStringLiteral("/data/models/Qwen3-235B")));
        for (int i = 0; i < 2; ++i) {
            const Finding *image = find(findings, PreflightCheck::DockerImage, host(i));
            QVERIFY2(image && image->severity == Finding::Severity::Error, qPrintable(describe(findings)));
            QVERIFY2(image->message.contains(QLatin1String("(it has swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1")),
                     qPrintable(image->message));
            const Finding *model = find(findings, PreflightCheck::ModelPresent, host(i));
            QCOMPARE(model->severity, Finding::Severity::Error);
            QVERIFY2(model->message.contains(QLatin1String("/data/models/Qwen3-235B is missing")), qPrintable(model->message));
        }
    }

    void cli_printsJson_andExitsOneOnFailure()
    {
        const QString cliPath = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/ascenddeck-cli");
        if (!QFileInfo::exists(cliPath))
            QSKIP("ascenddeck-cli is not built next to the tests");
        const auto &s0 = m_sim.servers().at(0);
        const auto &s1 = m_sim.servers().at(1);
        const QStringList args{QStringLiteral("check"), QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                               m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"), QStringLiteral("--image"),
                               mindieImage, QStringLiteral("--model-path"), modelPath,
                               QStringLiteral("%1@%2:%3,%4@%5:%6").arg(s0.user, s0.host).arg(s0.port).arg(s1.user, s1.host).arg(s1.port)};
        for (const bool withFault : {false, true}) {
            if (withFault)
                QVERIFY(m_sim.fault(0, QStringLiteral("no_hwhiaiuser")));
            QProcess cli;
            cli.start(cliPath, args);
            QVERIFY(cli.waitForFinished(120000));
            if (withFault)
                QVERIFY(m_sim.fault(0, QStringLiteral("no_hwhiaiuser"), true));
            const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
            QCOMPARE(cli.exitCode(), withFault ? 1 : 0);
            QCOMPARE(root.value(QStringLiteral("findings")).toArray().size(), 2 * PreflightCheck::ids().size());
            QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("error")).toInt(), withFault ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPreflightOps)
#include "tst_preflight_ops.moc"
