#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

// `ascenddeck-cli parse` end to end: exit codes, JSON shape, and the file:line in error messages.
class TestCliParse : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        return qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/ascend/") + name;
    }

    static int run(const QStringList &args, QByteArray *out, QByteArray *err)
    {
        QProcess cli;
        cli.start(QStringLiteral(ASCENDDECK_CLI_PATH), QStringList{QStringLiteral("parse")} + args);
        if (!cli.waitForFinished(30000))
            return -1;
        *out = cli.readAllStandardOutput();
        *err = cli.readAllStandardError();
        return cli.exitCode();
    }

private slots:
    void npuSmi_printsOneObjectPerChip()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("npu-smi"), fixture(QStringLiteral("npu-smi-info_310P3-1npu-id6_25.3.rc1_driver-install-doc.txt"))}, &out, &err), 0);
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        const QJsonArray chips = root.value(QStringLiteral("chips")).toArray();
        QCOMPARE(chips.size(), 1);
        const QJsonObject chip = chips.at(0).toObject();
        QCOMPARE(chip.value(QStringLiteral("npu")).toInt(), 6);
        QVERIFY(chip.value(QStringLiteral("power_w")).isNull()); // "NA", not 0
        QCOMPARE(chip.value(QStringLiteral("memory_total_mb")).toInt(), 21525);
        QVERIFY(out.contains("\n  \"chips\"")); // indent 2
    }

    void otherKinds_exitZero_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::newRow("hccn-conf") << "hccn-conf" << "hccn-conf_910b-8npu-elided_arthurchiao-blog.conf" << "29.1.170.143";
        QTest::newRow("hccn-tool ip") << "hccn-tool" << "hccn_tool-output_ip-g_8npu_dsv3doc.txt" << "11.12.165.87";
        QTest::newRow("hccn-tool lldp") << "hccn-tool" << "hccn_tool-output_lldp-g-grepIfname_8npu_dsv3doc.txt" << "400GE1/4/5:2";
        QTest::newRow("hccn-tool vnic (A3)") << "hccn-tool" << "hccn_tool-output_vnic-g_A3_hccn-tool-doc.txt" << "192.168.2.199";
        QTest::newRow("spod-info (A3)") << "spod-info" << "npu-smi-info-t-spod-info_A3_shmem-doc.txt" << "\"server_index\": 4";
        QTest::newRow("npu-smi A3 two-chip rows") << "npu-smi"
            << "npu-smi-info_A3-Ascend910_8npu-x-2chip_Phy-ID_npu-smi-25.3.rc1_with-processes_vllm-ascend-issue4266.txt"
            << "\"phy_id\": 15";
        QTest::newRow("version-info") << "version-info" << "version-info_driver_24.1.rc2.2_itove-issue.txt" << "24.1.rc2.2";
        QTest::newRow("cann-info") << "cann-info" << "ascend-nnae-install-info_8.0.RC3_mindcluster-test.txt" << "8.0.RC3";
        QTest::newRow("metrics") << "metrics" << "vllm-metrics_v0-qwen2.5-coder-1.5b_aibrix-doc.txt" << "vllm:iteration_tokens_total";
    }
    void otherKinds_exitZero()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QByteArray out, err;
        QCOMPARE(run({kind, fixture(file)}, &out, &err), 0);
        QVERIFY(!QJsonDocument::fromJson(out).isNull());
        QVERIFY2(out.contains(expect.toUtf8()), out.constData());
    }

    void rankTableAndMindIeConfig_areUnderstood()
    {
        const QString root = qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/");
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("ranktable"), root + QStringLiteral("ranktable/samples/ranktable-v1.0_2node-16npu-910B3_itove.json")}, &out, &err), 0);
        const QJsonObject table = QJsonDocument::fromJson(out).object().value(QStringLiteral("table")).toObject();
        QCOMPARE(table.value(QStringLiteral("server_count")).toString(), QStringLiteral("2"));
        QCOMPARE(table.value(QStringLiteral("server_list")).toArray().size(), 2);
        QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("findings")).isArray());

        QCOMPARE(run({QStringLiteral("mindie-config"), root + QStringLiteral("engine/expected-mindie-config-10.226.72.51.json")}, &out, &err), 0);
        const QJsonObject config = QJsonDocument::fromJson(out).object();
        QCOMPARE(config.value(QStringLiteral("BackendConfig.multiNodesInferEnabled")).toBool(), true);

        QTemporaryFile broken;
        QVERIFY(broken.open());
        broken.write("{\n  \"version\": \"1.0\",\n  \"server_list\": [\n");
        broken.close();
        QCOMPARE(run({QStringLiteral("ranktable"), broken.fileName()}, &out, &err), 1);
        QVERIFY2(err.contains(broken.fileName().toUtf8()), err.constData());
    }

    // The A3 kinds name FILE:LINE too, counting the header comment lines.
    void a3Kinds_badLine_exitOneNamingFileAndLine_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::newRow("vnic bad address") << "hccn-tool" << QByteArray("# saved\nvnic link status: UP\nvnic ipaddr: 192.168.2.300\nvnic netmask: 255.255.255.0\n") << 3;
        QTest::newRow("vnic cut") << "hccn-tool" << QByteArray("vnic link status: UP\nvnic ipaddr: 192.168.2.199\n") << 3;
        QTest::newRow("spod-info bad id") << "spod-info" << QByteArray("# saved\nSDID : 16777216\nSuper Pod ID : x\n") << 3;
    }
    void a3Kinds_badLine_exitOneNamingFileAndLine()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(content);
        file.close();
        QByteArray out, err;
        QCOMPARE(run({kind, file.fileName()}, &out, &err), 1);
        QVERIFY2(err.contains((file.fileName() + QStringLiteral(":%1:").arg(line)).toUtf8()), err.constData());
        QVERIFY(out.isEmpty());
    }

    void unreadable_exitsOneNamingFileAndLine()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("ipaddr:1.2.3.4\nnetmask:255.0.0.0\nipaddr:oops\nnetmask:255.0.0.0\n");
        file.close();
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("hccn-tool"), file.fileName()}, &out, &err), 1);
        QVERIFY2(err.contains((file.fileName() + QStringLiteral(":3:")).toUtf8()), err.constData());
        QVERIFY(out.isEmpty());
    }

    void wrongKindForFile_exitsOne()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("npu-smi"), fixture(QStringLiteral("version-info_driver_23.0.7_mindcluster-test.txt"))}, &out, &err), 1);
        QCOMPARE(run({QStringLiteral("version-info"), QStringLiteral("/nonexistent/file")}, &out, &err), 1);
    }

    void usageErrors_exitTwo()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("bogus-kind"), fixture(QStringLiteral("version-info_driver_23.0.7_mindcluster-test.txt"))}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("npu-smi")}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cli_parse.moc"
