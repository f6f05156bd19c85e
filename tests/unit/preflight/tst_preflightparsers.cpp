// What PreflightRunner and ModelFolderReader read, parsed: df, systemctl, docker, version.info, the model
// folder listing (plain and symlinked into ~/.cache), config.json, the safetensors index, and the CANN to
// driver table.
#include "PreflightFixtures.h"

#include "ops/ModelFolderReader.h"
#include "ops/PreflightRunner.h"
#include "preflight/CannDriverTable.h"

#include <QTest>

using namespace AscendDeck;

class TestPreflightParsers : public QObject
{
    Q_OBJECT

private slots:
    void df_readsEveryListedPath_andSkipsTheHeader()
    {
        const QMap<QString, DiskSpace> disks =
            PreflightFactsParser::parseDf(readPreflightFixture(QStringLiteral("df-B1-avail-size-file_no-var-lib-docker.txt")));
        QCOMPARE(disks.size(), 4);
        QVERIFY(!disks.contains(QStringLiteral("/var/lib/docker")));
        QCOMPARE(disks.value(QStringLiteral("/dev/shm")).sizeBytes, Q_INT64_C(25276026880));
        QCOMPARE(disks.value(QStringLiteral("/data/models/DeepSeek-R1")).availBytes, Q_INT64_C(83567824896));
    }

    void df_pathWithSpaces_isKeptWhole()
    {
        const QMap<QString, DiskSpace> disks = PreflightFactsParser::parseDf("Avail 1B-blocks File\n10 20 /data/my models\n");
        QCOMPARE(disks.value(QStringLiteral("/data/my models")).sizeBytes, 20);
    }

    void isActive_padsMissingLinesWithUnknown()
    {
        QCOMPARE(PreflightFactsParser::parseIsActive("inactive\nactive\n", 2), (QStringList{QStringLiteral("inactive"), QStringLiteral("active")}));
        QCOMPARE(PreflightFactsParser::parseIsActive("", 2), (QStringList{QStringLiteral("unknown"), QStringLiteral("unknown")}));
    }

    void images_dropUntaggedLayers()
    {
        QCOMPARE(PreflightFactsParser::parseImages("quay.io/ascend/vllm-ascend:v0.9.1\n<none>:<none>\n"),
                 QStringList{QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.1")});
    }

    void normalizeImage_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("bare") << "ubuntu" << "ubuntu:latest";
        QTest::newRow("library") << "docker.io/library/ubuntu:22.04" << "ubuntu:22.04";
        QTest::newRow("registry port") << "reg:5000/x/mindie" << "reg:5000/x/mindie:latest";
        QTest::newRow("tagged") << "quay.io/ascend/vllm-ascend:v0.9.1" << "quay.io/ascend/vllm-ascend:v0.9.1";
    }
    void normalizeImage()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(PreflightFactsParser::normalizeImage(in), out);
    }

    void versionInfo_realSamples()
    {
        QCOMPARE(PreflightFactsParser::parseVersionInfo(readPreflightFixture(QStringLiteral("version-info_driver_24.1.rc2.2_itove-issue.txt"))),
                 QStringLiteral("24.1.rc2.2"));
        QCOMPARE(PreflightFactsParser::parseVersionInfo(readPreflightFixture(QStringLiteral("version-info_driver_23.0.7_mindcluster-test.txt"))),
                 QStringLiteral("23.0.7"));
        QVERIFY(PreflightFactsParser::parseVersionInfo("cat: /usr/local/Ascend/driver/version.info: No such file\n").isEmpty());
    }

    void listing_plainFolder()
    {
        const ModelFolder folder = healthyModelFolder();
        QCOMPARE(folder.entries.size(), 8); // the folder's own line is dropped
        QCOMPARE(folder.entries.first().path, QStringLiteral("config.json")); // sorted
        QCOMPARE(folder.totalFileBytes(), Q_INT64_C(678000000000) + 401 + 353 + 45 + 32);
        QCOMPARE(folder.architecture, QStringLiteral("DeepseekV3ForCausalLM"));
        QCOMPARE(folder.modelType, QStringLiteral("deepseek_v3"));
        QCOMPARE(folder.dtype, QStringLiteral("bfloat16"));
        QVERIFY(folder.quantization.isEmpty());
        QCOMPARE(folder.indexShards.size(), 4);
        QCOMPARE(folder.indexShards.first(), QStringLiteral("model-00001-of-00004.safetensors"));
    }

    void listing_symlinkedIntoCache_keepsTargetsAndRealSizes()
    {
        QList<ModelEntry> entries = ModelFolderParser::parseListing(
            readPreflightFixture(QStringLiteral("find-listing_deepseek-r1-4shards_symlinked-into-cache.txt")));
        const ModelEntry &link = entries.at(2);
        QCOMPARE(link.path, QStringLiteral("model-00001-of-00004.safetensors"));
        QVERIFY(link.isLink());
        QVERIFY(link.isFile());
        QCOMPARE(link.size, 73); // the link itself until the find -L pass
        QCOMPARE(link.linkTarget, QStringLiteral("/root/.cache/huggingface/hub/DeepSeek-R1/model-00001-of-00004.safetensors"));
        ModelFolderParser::applyTargetSizes(readPreflightFixture(QStringLiteral("find-L-sizes_deepseek-r1-4shards.txt")), &entries);
        QCOMPARE(entries.at(2).size, Q_INT64_C(169500000000));
    }

    void resolvedTarget_relativeAndAbsolute()
    {
        ModelFolder folder;
        folder.path = QStringLiteral("/data/models/m");
        ModelEntry link;
        link.path = QStringLiteral("sub/a.safetensors");
        link.linkTarget = QStringLiteral("../../blobs/x");
        QCOMPARE(folder.resolvedTarget(link), QStringLiteral("/data/models/blobs/x"));
        link.linkTarget = QStringLiteral("/root/.cache//x");
        QCOMPARE(folder.resolvedTarget(link), QStringLiteral("/root/.cache/x"));
    }

    void config_msModelSlimQuantizeKey_andBrokenJson()
    {
        ModelFolder folder;
        ModelFolderParser::applyConfig(R"({"architectures":["DeepseekV3ForCausalLM"],"quantize":"w8a8"})", &folder);
        QCOMPARE(folder.quantization, QStringLiteral("w8a8"));
        ModelFolder broken;
        ModelFolderParser::applyConfig("{\"architectures\": [", &broken);
        QVERIFY(broken.hasConfig);
        QVERIFY(!broken.configError.isEmpty());
    }

    void cannTable_data()
    {
        QTest::addColumn<QString>("cann");
        QTest::addColumn<QString>("paired");
        QTest::addColumn<QString>("oldest");
        QTest::newRow("seed 003: 8.2.RC1") << "8.2.RC1" << "25.2.0" << "24.1.RC2";
        QTest::newRow("unreadable") << "8.2.RC1.alpha" << "" << ""; // unreadable: nullopt
        QTest::newRow("8.2.RC2 uses the 8.2.RC1 row") << "8.2.RC2" << "25.2.0" << "24.1.RC2";
        QTest::newRow("vllm-ascend 8.1.RC1") << "8.1.RC1" << "25.0.RC1" << "24.1.RC2";
        QTest::newRow("8.0.0") << "8.0.0" << "24.1.0" << "24.1.0";
        QTest::newRow("8.0.RC3 lower case") << "8.0.rc3" << "24.1.RC3" << "24.1.RC3";
        QTest::newRow("too old") << "6.3.RC2" << "" << "";
    }
    void cannTable()
    {
        QFETCH(QString, cann);
        QFETCH(QString, paired);
        QFETCH(QString, oldest);
        const std::optional<CannDriverRequirement> need = CannDriverTable::lookup(cann);
        QCOMPARE(need.has_value(), !paired.isEmpty());
        if (need) {
            QCOMPARE(need->paired, paired);
            QCOMPARE(need->oldest, oldest);
        }
    }

    void commands_areTheDocumentedOnes()
    {
        QCOMPARE(ModelFolderReader::listingCommand(QStringLiteral("/data/models/DeepSeek-R1")).join(QLatin1Char(' ')),
                 QStringLiteral("find -H /data/models/DeepSeek-R1 -maxdepth 2 -printf %y\\t%Y\\t%s\\t%P\\t%l\\n"));
        QCOMPARE(PreflightRunner::dfPaths(QStringLiteral("/data/models/DeepSeek-R1/")),
                 (QStringList{QStringLiteral("/data/models/DeepSeek-R1"), QStringLiteral("/data/models"), QStringLiteral("/var/lib/docker"),
                              QStringLiteral("/var/lib"), QStringLiteral("/dev/shm")}));
    }
};

QTEST_GUILESS_MAIN(TestPreflightParsers)
#include "tst_preflightparsers.moc"
