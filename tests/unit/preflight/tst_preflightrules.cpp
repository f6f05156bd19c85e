// Every preflight rule, passing and failing, on two servers built from real samples: the finding's
// severity, host, NPU and message are checked. Cross-server rules (NPU count, same weights) included.
#include "PreflightFixtures.h"

#include "preflight/PreflightCheck.h"
#include "preflight/PreflightRules.h"

#include <QTest>

#include <functional>

using namespace AscendDeck;

namespace {
const QString image = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");
const QString hostA = QStringLiteral("root@10.0.0.1");
const QString hostB = QStringLiteral("root@10.0.0.2");

using Mutation = std::function<void(QList<PreflightFacts> &)>;

struct RuleCase
{
    const char *name;
    Mutation mutate;       // applied to two healthy servers; the finding looked at is on server 1 (hostB)
    QString check;
    Finding::Severity severity;
    int npu;
    QString messagePart;
};

ModelEntry *entryOf(PreflightFacts &facts, const QString &path)
{
    for (ModelEntry &entry : facts.model.entries) {
        if (entry.path == path)
            return &entry;
    }
    qFatal("no entry %s", qPrintable(path));
}

void none(QList<PreflightFacts> &) {}

const QString shard1 = QStringLiteral("model-00001-of-00004.safetensors");

QList<RuleCase> cases()
{
    using S = Finding::Severity;
    return {
        {"reachable", none, PreflightCheck::HostReachable, S::Info, -1, QStringLiteral("root@10.0.0.2 answered")},
        {"unreachable", [](auto &f) { f[1] = PreflightFacts(); f[1].host = hostB; f[1].connectError = QStringLiteral("Connection refused"); },
         PreflightCheck::HostReachable, S::Error, -1, QStringLiteral("root@10.0.0.2 could not be checked: Connection refused")},
        {"npuCount", none, PreflightCheck::NpuCount, S::Info, -1, QStringLiteral("root@10.0.0.2 shows 8 NPUs")},
        {"npuCount_oneMissing", [](auto &f) { f[1].npuSmi.chips.removeLast(); }, PreflightCheck::NpuCount, S::Error, -1,
         QStringLiteral("root@10.0.0.2 shows 7 NPUs, expected 8")},
        {"npuCount_noNpuSmi", [](auto &f) { f[1].npuSmiOk = false; f[1].npuSmiError = QStringLiteral("npu-smi: command not found"); },
         PreflightCheck::NpuCount, S::Error, -1, QStringLiteral("npu-smi info failed: npu-smi: command not found")},
        {"npuHealth", none, PreflightCheck::NpuHealth, S::Info, -1, QStringLiteral("every NPU reports health OK")},
        {"npuHealth_warning", [](auto &f) { f[1].npuSmi.chips[3].health = QStringLiteral("Warning"); }, PreflightCheck::NpuHealth,
         S::Warning, 3, QStringLiteral("root@10.0.0.2 NPU 3: health is Warning")},
        {"npuHealth_critical", [](auto &f) { f[1].npuSmi.chips[5].health = QStringLiteral("Critical"); }, PreflightCheck::NpuHealth,
         S::Error, 5, QStringLiteral("root@10.0.0.2 NPU 5: health is Critical")},
        {"driverPresent", none, PreflightCheck::DriverPresent, S::Info, -1, QStringLiteral("root@10.0.0.2: driver 25.2.0")},
        {"driverPresent_missing", [](auto &f) { f[1].driverVersion.clear(); f[1].driverError = QStringLiteral("No such file or directory"); },
         PreflightCheck::DriverPresent, S::Error, -1, QStringLiteral("no readable /usr/local/Ascend/driver/version.info (No such file")},
        {"firmwarePresent", none, PreflightCheck::FirmwarePresent, S::Info, -1, QStringLiteral("firmware 7.1.0.11.220")},
        {"firmwarePresent_missing", [](auto &f) { f[1].firmwareVersion.clear(); f[1].firmwareError = QStringLiteral("No such file"); },
         PreflightCheck::FirmwarePresent, S::Error, -1, QStringLiteral("root@10.0.0.2: no readable /usr/local/Ascend/firmware/version.info")},
        {"driverCann", none, PreflightCheck::DriverCann, S::Info, -1, QStringLiteral("driver 25.2.0 is new enough for CANN 8.2.RC1")},
        {"driverCann_23.0.7", [](auto &f) {
             f[1].driverVersion = PreflightFactsParser::parseVersionInfo(readPreflightFixture(QStringLiteral("version-info_driver_23.0.7_mindcluster-test.txt")));
         }, PreflightCheck::DriverCann, S::Error, -1, QStringLiteral("root@10.0.0.2: driver 23.0.7 is too old for CANN 8.2.RC1")},
        {"driverCann_24.1.rc2.2_belowPaired", [](auto &f) {
             f[1].driverVersion = PreflightFactsParser::parseVersionInfo(readPreflightFixture(QStringLiteral("version-info_driver_24.1.rc2.2_itove-issue.txt")));
         }, PreflightCheck::DriverCann, S::Warning, -1, QStringLiteral("driver 24.1.rc2.2 is older than 25.2.0")},
        {"driverCann_newerCannUsesLastRow", [](auto &f) { for (auto &s : f) s.imageCannVersion = QStringLiteral("8.2.RC2"); },
         PreflightCheck::DriverCann, S::Info, -1, QStringLiteral("CANN 8.2.RC2 (needs 25.2.0)")},
        {"driverCann_unlabelledImage", [](auto &f) { for (auto &s : f) s.imageCannVersion.clear(); }, PreflightCheck::DriverCann,
         S::Warning, -1, QStringLiteral("cannot tell which CANN")},
        {"hwHiAiUser", none, PreflightCheck::HwHiAiUser, S::Info, -1, QStringLiteral("root@10.0.0.2 has the HwHiAiUser account")},
        {"hwHiAiUser_missing", [](auto &f) { f[1].hwHiAiUser = false; }, PreflightCheck::HwHiAiUser, S::Error, -1,
         QStringLiteral("root@10.0.0.2 has no HwHiAiUser account")},
        {"hwHiAiUser_unknown", [](auto &f) { f[1].hwHiAiUser.reset(); }, PreflightCheck::HwHiAiUser, S::Warning, -1,
         QStringLiteral("could not look up HwHiAiUser")},
        {"dockerRunning", none, PreflightCheck::DockerRunning, S::Info, -1, QStringLiteral("root@10.0.0.2: docker is active")},
        {"dockerRunning_inactive", [](auto &f) { f[1].dockerState = QStringLiteral("inactive"); }, PreflightCheck::DockerRunning,
         S::Error, -1, QStringLiteral("root@10.0.0.2: docker is inactive")},
        {"dockerImage", none, PreflightCheck::DockerImage, S::Info, -1, QStringLiteral("(CANN 8.2.RC1)")},
        {"dockerImage_otherTag", [](auto &f) {
             f[1].imageInspected = false;
             f[1].imageCannVersion.clear();
             f[1].images = {QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.0.T3.1-800I-A2-py311-openeuler24.03-lts"),
                            QStringLiteral("ubuntu:22.04")};
         }, PreflightCheck::DockerImage, S::Error, -1, QStringLiteral("(it has swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.0.T3.1")},
        {"firewalld", none, PreflightCheck::FirewalldStopped, S::Info, -1, QStringLiteral("root@10.0.0.2: firewalld is inactive")},
        {"firewalld_active", [](auto &f) { f[1].firewalldState = QStringLiteral("active"); }, PreflightCheck::FirewalldStopped,
         S::Error, -1, QStringLiteral("root@10.0.0.2: firewalld is active")},
        {"shm", none, PreflightCheck::SharedMemory, S::Info, -1, QStringLiteral("/dev/shm is 25.3 GB")},
        {"shm_small", [](auto &f) { f[1].disks[QStringLiteral("/dev/shm")] = {1000000000, 2000000000}; }, PreflightCheck::SharedMemory,
         S::Warning, -1, QStringLiteral("root@10.0.0.2: /dev/shm is only 2.0 GB")},
        {"disk", none, PreflightCheck::DiskSpace, S::Info, -1, QStringLiteral("83.6 GB free on /var/lib")},
        {"disk_tight", [](auto &f) { f[1].disks[QStringLiteral("/var/lib/docker")] = {30000000000, 100000000000}; },
         PreflightCheck::DiskSpace, S::Warning, -1, QStringLiteral("30.0 GB free on /var/lib/docker")},
        {"disk_full", [](auto &f) { f[1].disks[QStringLiteral("/var/lib")] = {2000000000, 100000000000}; }, PreflightCheck::DiskSpace,
         S::Error, -1, QStringLiteral("root@10.0.0.2: 2.0 GB free on /var/lib")},
        {"modelPresent", none, PreflightCheck::ModelPresent, S::Info, -1, QStringLiteral("/data/models/DeepSeek-R1 holds 8 files, 678.0 GB")},
        {"modelPresent_missingWontFit", [](auto &f) {
             f[1].model = ModelFolder();
             f[1].model.error = QStringLiteral("No such file or directory");
             f[1].disks.remove(fixtureModelPath());
         }, PreflightCheck::ModelPresent, S::Error, -1,
         QStringLiteral("root@10.0.0.2: /data/models/DeepSeek-R1 is missing (No such file or directory). root@10.0.0.1 holds "
                        "678.0 GB there. Only 83.6 GB is free on /data/models: it will not fit.")},
        {"modelPresent_shardMissing", [](auto &f) { f[1].model.entries.removeIf([](const ModelEntry &e) { return e.path == shard1; }); },
         PreflightCheck::ModelPresent, S::Error, -1, QStringLiteral("lacks 1 of the 4 shards its index lists: model-00001-of-00004.safetensors")},
        {"modelConfig", none, PreflightCheck::ModelConfig, S::Info, -1,
         QStringLiteral("root@10.0.0.2: DeepseekV3ForCausalLM, dtype bfloat16, quantization none.")},
        {"modelConfig_fp8", [](auto &f) { ModelFolderParser::applyConfig(readPreflightFixture(QStringLiteral("config_deepseek-r1-fp8.json")), &f[1].model); },
         PreflightCheck::ModelConfig, S::Error, -1, QStringLiteral("quantization fp8. Ascend NPUs cannot run FP8 weights.")},
        {"modelSymlinks", none, PreflightCheck::ModelSymlinks, S::Info, -1, QStringLiteral("every file of /data/models/DeepSeek-R1 is inside")},
        {"modelSymlinks_intoCache", [](auto &f) {
             f[1].model.entries = ModelFolderParser::parseListing(readPreflightFixture(QStringLiteral("find-listing_deepseek-r1-4shards_symlinked-into-cache.txt")));
             ModelFolderParser::applyTargetSizes(readPreflightFixture(QStringLiteral("find-L-sizes_deepseek-r1-4shards.txt")), &f[1].model.entries);
         }, PreflightCheck::ModelSymlinks, S::Error, -1,
         QStringLiteral("root@10.0.0.2: 4 links point outside /data/models/DeepSeek-R1, the folder the container mounts, and will be "
                        "missing inside it: model-00001-of-00004.safetensors -> /root/.cache/huggingface/hub/DeepSeek-R1/model-00001-of-00004.safetensors")},
        {"modelSymlinks_relativeInside", [](auto &f) {
             ModelEntry *e = entryOf(f[1], shard1);
             e->type = QLatin1Char('l');
             e->linkTarget = QStringLiteral("./blobs/../") + shard1 + QStringLiteral(".real");
         }, PreflightCheck::ModelSymlinks, S::Info, -1, QStringLiteral("is inside /data/models/DeepSeek-R1")},
        {"modelSymlinks_dangling", [](auto &f) {
             ModelEntry *e = entryOf(f[1], shard1);
             e->type = QLatin1Char('l');
             e->targetType = QLatin1Char('N');
             e->linkTarget = QStringLiteral("gone.safetensors");
         }, PreflightCheck::ModelSymlinks, S::Error, -1, QStringLiteral("1 links are broken: model-00001-of-00004.safetensors")},
        {"modelConsistent", none, PreflightCheck::ModelConsistent, S::Info, -1,
         QStringLiteral("root@10.0.0.2: /data/models/DeepSeek-R1 matches root@10.0.0.1 (8 files, same sizes)")},
        {"modelConsistent_sizeDiffers", [](auto &f) { entryOf(f[1], shard1)->size = 1000; }, PreflightCheck::ModelConsistent, S::Error, -1,
         QStringLiteral("differs from root@10.0.0.1's: different size model-00001-of-00004.safetensors (1000 bytes, root@10.0.0.1 has 169500000000)")},
        {"modelConsistent_fileMissingAndExtra", [](auto &f) { entryOf(f[1], QStringLiteral("tokenizer_config.json"))->path = QStringLiteral("tokenizer.json"); },
         PreflightCheck::ModelConsistent, S::Error, -1, QStringLiteral("missing tokenizer_config.json; extra tokenizer.json")},
    };
}
} // namespace

class TestPreflightRules : public QObject
{
    Q_OBJECT

private:
    static PreflightRequest request()
    {
        PreflightRequest r;
        r.image = image;
        r.modelPath = fixtureModelPath();
        return r;
    }

    static QList<PreflightFacts> twoHealthyServers() { return {healthyServer(hostA), healthyServer(hostB)}; }

private slots:
    void healthyServers_passEveryCheckOnEveryServer()
    {
        const QList<Finding> findings = PreflightRules::evaluate(twoHealthyServers(), request());
        QCOMPARE(findings.size(), 2 * PreflightCheck::ids().size());
        for (const Finding &finding : findings) {
            QVERIFY2(finding.severity == Finding::Severity::Info, qPrintable(finding.code + QStringLiteral(": ") + finding.message));
            QVERIFY2(finding.message.startsWith(finding.server), qPrintable(finding.message));
            QVERIFY(finding.fix.isEmpty());
            QVERIFY(PreflightCheck::title(finding.code) != finding.code); // every check has its title
        }
        QCOMPARE(Finding::worst(findings), Finding::Severity::Info);
    }

    void rule_data()
    {
        QTest::addColumn<int>("index");
        const QList<RuleCase> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void rule()
    {
        QFETCH(int, index);
        const RuleCase c = cases().at(index);
        QList<PreflightFacts> servers = twoHealthyServers();
        c.mutate(servers);
        const QList<Finding> findings = PreflightRules::evaluate(servers, request());
        const Finding *found = nullptr;
        for (const Finding &finding : findings) {
            if (finding.code == c.check && finding.server == hostB && finding.npu == c.npu)
                found = &finding;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 finding for %2 NPU %3").arg(c.check, hostB).arg(c.npu)));
        QCOMPARE(Finding::severityName(found->severity), Finding::severityName(c.severity));
        QVERIFY2(found->message.contains(c.messagePart), qPrintable(found->message));
        QCOMPARE(found->fix.isEmpty(), c.severity == Finding::Severity::Info);
        // The other server is untouched by the mutation and stays green for this check.
        for (const Finding &finding : findings) {
            if (finding.code == c.check && finding.server == hostA && c.check != PreflightCheck::ModelConsistent)
                QVERIFY2(finding.severity == Finding::Severity::Info || c.check == PreflightCheck::DriverCann, qPrintable(finding.message));
        }
    }

    void unreachableServer_onlyReportsReachability()
    {
        QList<PreflightFacts> servers = twoHealthyServers();
        servers[0] = PreflightFacts();
        servers[0].host = hostA;
        servers[0].connectError = QStringLiteral("timeout");
        const QList<Finding> findings = PreflightRules::evaluate(servers, request());
        QCOMPARE(findings.first().code, PreflightCheck::HostReachable);
        QCOMPARE(findings.first().severity, Finding::Severity::Error);
        QCOMPARE(findings.at(1).server, hostB); // nothing else about hostA
        // hostB becomes the reference for the weights and is not blamed for hostA's silence.
        QCOMPARE(Finding::worst(findings.mid(1)), Finding::Severity::Info);
    }

    void expectedNpus_overridesTheMajority()
    {
        PreflightRequest r = request();
        r.expectedNpus = 16;
        const QList<Finding> findings = PreflightRules::evaluate(twoHealthyServers(), r);
        int failed = 0;
        for (const Finding &finding : findings)
            failed += finding.code == PreflightCheck::NpuCount && finding.severity == Finding::Severity::Error;
        QCOMPARE(failed, 2);
    }

    void findingJson_hasNullNpuWhenAbsent()
    {
        const Finding pass = PreflightCheck::pass(PreflightCheck::NpuCount, hostA, QStringLiteral("ok"));
        const nlohmann::ordered_json json = pass.toJson();
        QVERIFY(json["code"] == "npu.count");
        QVERIFY(json["severity"] == "info");
        QVERIFY(json["server"] == hostA.toStdString());
        QVERIFY(json["npu"].is_null());
        QVERIFY(json["fix"] == "");
        const Finding warn = PreflightCheck::warn(PreflightCheck::NpuHealth, hostA, QStringLiteral("w"), QStringLiteral("f"), 3);
        QCOMPARE(warn.toJson()["npu"].get<int>(), 3);
        QVERIFY(warn.toJson()["severity"] == "warning");
    }
};

QTEST_GUILESS_MAIN(TestPreflightRules)
#include "tst_preflightrules.moc"
