#include "AscendFixtures.h"

#include "ascend/NpuSmiInfoParser.h"

#include <QTest>

#include <cmath>

using namespace AscendDeck;

namespace {
// NaN in a table row means "printed NA or -": the parser must give no value, not 0.
void compareOptional(const std::optional<double> &actual, double expected)
{
    if (std::isnan(expected))
        QVERIFY(!actual.has_value());
    else
        QCOMPARE(actual.value_or(-1), expected);
}

void compareOptional(const std::optional<qint64> &actual, qint64 expected)
{
    if (expected < 0)
        QVERIFY(!actual.has_value());
    else
        QCOMPARE(actual.value_or(-1), expected);
}
} // namespace

class TestNpuSmiInfoParser : public QObject
{
    Q_OBJECT

private slots:
    // Expected values are the last chip of each sample, read off the file by hand.
    void realSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("chips");
        QTest::addColumn<int>("processes");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("npu");
        QTest::addColumn<int>("chip");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("health");
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("temp");
        QTest::addColumn<double>("aicore");
        QTest::addColumn<qint64>("memUsed");
        QTest::addColumn<qint64>("memTotal");
        QTest::addColumn<qint64>("hbmUsed");
        QTest::addColumn<qint64>("hbmTotal");
        QTest::addColumn<QString>("busId");
        const double na = std::nan("");
        auto row = [](const char *name, const char *file) -> QTestData & { return QTest::newRow(name) << QString::fromLatin1(file); };
        row("310 1npu 23.0.0", "npu-smi-info_310-1npu_23.0.0_driver-install-doc.txt")
            << 1 << 0 << "23.0.0" << 0 << 0 << "310" << "OK" << 12.8 << 61.0 << 0.0 << qint64(577) << qint64(7759) << qint64(-1) << qint64(-1) << "0000:01:00.0";
        row("310P3 id6 power NA", "npu-smi-info_310P3-1npu-id6_25.3.rc1_driver-install-doc.txt")
            << 1 << 0 << "25.3.rc1" << 6 << 0 << "310P3" << "OK" << na << 50.0 << 0.0 << qint64(1839) << qint64(21525) << qint64(-1) << qint64(-1) << "0000:84:00.0";
        row("310 4chip no hugepages", "npu-smi-info_310_4chip_npu-smi-20.2.0_atlas800-3000.txt")
            << 4 << 0 << "20.2.0" << 215 << 3 << "310" << "OK" << 12.8 << 55.0 << 0.0 << qint64(2703) << qint64(8192) << qint64(-1) << qint64(-1) << "0000:DB:00.0";
        row("310 4chip 21.0.4", "npu-smi-info_310_4chip_npu-smi-21.0.4_atlas800-3000.txt")
            << 4 << 0 << "21.0.4.B030" << 6 << 3 << "310" << "OK" << 12.8 << 65.0 << 0.0 << qint64(2867) << qint64(8192) << qint64(-1) << qint64(-1) << "0000:8C:00.0";
        row("910 warning", "npu-smi-info_910-redacted_8npu_npu-smi-24.1.RC2_with-processes_atlas800-9010.txt")
            << 8 << 32 << "24.1.RC2" << 7 << 0 << "xxx" << "Warning" << 203.2 << 42.0 << 0.0 << qint64(4521) << qint64(15039) << qint64(0) << qint64(32768) << "0000:02:00.0";
        row("910A", "npu-smi-info_910A_8npu_npu-smi-22.0.3.1_atlas800-9010.txt")
            << 8 << 0 << "22.0.3.1" << 7 << 0 << "910A" << "OK" << 191.4 << 40.0 << 0.0 << qint64(1866) << qint64(15077) << qint64(0) << qint64(32768) << "0000:3D:00.0";
        row("910B opdev", "npu-smi-info_910B-8npu_24.1.0_opdev-910a-readme.txt")
            << 8 << 0 << "24.1.0" << 7 << 0 << "910B" << "OK" << 65.6 << 33.0 << 0.0 << qint64(1777) << qint64(15567) << qint64(4) << qint64(32768) << "0000:02:00.0";
        row("910B1 excerpt prompt line", "npu-smi-info_910B1_2npu-excerpt_npu-smi-23.0.rc3.3_with-processes_gpustack-docstring.txt")
            << 2 << 2 << "23.0.rc3.3" << 1 << 0 << "910B1" << "OK" << 275.0 << 42.0 << 66.0 << qint64(0) << qint64(0) << qint64(65098) << qint64(65536) << "0000:01:00.0";
        row("910B1 elided", "npu-smi-info_910B1_8npu-elided_npu-smi-23.0.rc2_arthurchiao-blog.txt")
            << 3 << 0 << "23.0.rc2" << 7 << 0 << "910B1" << "OK" << 92.7 << 48.0 << 0.0 << qint64(0) << qint64(0) << qint64(4174) << qint64(65536) << "0000:42:00.0";
        row("910B1 24.1.0", "npu-smi-info_910B1_8npu_npu-smi-24.1.0_with-processes_vllm-ascend-issue312.txt")
            << 8 << 1 << "24.1.0" << 7 << 0 << "910B1" << "OK" << 91.1 << 32.0 << 0.0 << qint64(0) << qint64(0) << qint64(3380) << qint64(65536) << "0000:42:00.0";
        row("910B2C 16npu", "npu-smi-info_910B2C_16npu_npu-smi-24.1.rc1_ray-loaded_vllm-ascend-issue.txt")
            << 16 << 16 << "24.1.rc1" << 15 << 0 << "910B2C" << "OK" << 104.2 << 35.0 << 0.0 << qint64(0) << qint64(0) << qint64(59351) << qint64(65536) << "0000:D0:00.0";
        row("910B2 multi pid", "npu-smi-info_910B2_8npu_npu-smi-25.2.0_TP8-loaded-multi-pid-on-npu0_vllm-ascend-issue5648.txt")
            << 8 << 15 << "25.2.0" << 7 << 0 << "910B2" << "OK" << 90.8 << 42.0 << 0.0 << qint64(0) << qint64(0) << qint64(32638) << qint64(65536) << "0000:42:00.0";
        row("910B3 b030", "npu-smi-info_910B3_8npu_npu-smi-24.1.rc1.b030_ms-swift-doc.txt")
            << 8 << 0 << "24.1.rc1.b030" << 7 << 0 << "910B3" << "OK" << 98.2 << 44.0 << 0.0 << qint64(0) << qint64(0) << qint64(3315) << qint64(65536) << "0000:42:00.0";
        row("910B3 loaded", "npu-smi-info_910B3_8npu_npu-smi-24.1.rc2.1_loaded-aicore_vllm-ascend-issue.txt")
            << 8 << 8 << "24.1.rc2.1" << 7 << 0 << "910B3" << "OK" << 119.9 << 46.0 << 14.0 << qint64(0) << qint64(0) << qint64(57855) << qint64(65536) << "0000:42:00.0";
        row("910B4 id2 no banner", "npu-smi-info_910B4-1npu-id2_excerpt_pto-doc.txt")
            << 1 << 0 << "" << 2 << 0 << "910B4" << "OK" << 88.9 << 39.0 << 0.0 << qint64(0) << qint64(0) << qint64(2858) << qint64(32768) << "0000:C2:00.0";
        row("910B4 container bus 0", "npu-smi-info_910B4-32GB_1npu-in-container_busid-0000-00-00.0_detr-notes.txt")
            << 1 << 0 << "" << 0 << 0 << "910B4" << "OK" << 86.0 << 40.0 << 0.0 << qint64(0) << qint64(0) << qint64(2828) << qint64(32768) << "0000:00:00.0";
        row("910B4 no banner 8npu", "npu-smi-info_910B4-32GB_8npu_no-version-header_with-no-process-rows_detr-notes.txt")
            << 8 << 1 << "" << 7 << 0 << "910B4" << "OK" << 83.9 << 42.0 << 0.0 << qint64(0) << qint64(0) << qint64(2830) << qint64(32768) << "0000:42:00.0";
        row("910B4 25.0", "npu-smi-info_910B4-32GB_8npu_npu-smi-25.0.rc1.1_fresh-driver-install_atlas800IA2-blog.txt")
            << 8 << 0 << "25.0.rc1.1" << 7 << 0 << "910B4" << "OK" << 81.6 << 37.0 << 0.0 << qint64(0) << qint64(0) << qint64(2653) << qint64(32768) << "0000:42:00.0";
        row("910B4 26.0 wide", "npu-smi-info_910B4_1npu_npu-smi-26.0.rc1_WIDE-new-layout_process-id-in-container_triton-ascend-faq.txt")
            << 1 << 0 << "26.0.rc1" << 0 << 0 << "910B4" << "OK" << 82.6 << 32.0 << 0.0 << qint64(0) << qint64(0) << qint64(2871) << qint64(32768) << "0000:C1:00.0";
        row("A3 two dies", "npu-smi-info_A3-Ascend910_8npu-x-2chip_Phy-ID_npu-smi-25.3.rc1_with-processes_vllm-ascend-issue4266.txt")
            << 16 << 4 << "25.3.rc1" << 7 << 1 << "Ascend910" << "OK" << na << 39.0 << 0.0 << qint64(0) << qint64(0) << qint64(2877) << qint64(65536) << "0000:83:00.0";
    }
    void realSamples()
    {
        QFETCH(QString, file);
        ParseError error;
        const NpuSmiInfo info = NpuSmiInfoParser::parse(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(static_cast<int>(info.chips.size()), "chips");
        QTEST(static_cast<int>(info.processes.size()), "processes");
        QTEST(info.version, "version");
        const NpuChip &last = info.chips.last();
        QTEST(last.npuId, "npu");
        QTEST(last.chipId, "chip");
        QTEST(last.name, "name");
        QTEST(last.health, "health");
        QTEST(last.busId, "busId");
        QFETCH(double, power);
        QFETCH(double, temp);
        QFETCH(double, aicore);
        QFETCH(qint64, memUsed);
        QFETCH(qint64, memTotal);
        QFETCH(qint64, hbmUsed);
        QFETCH(qint64, hbmTotal);
        compareOptional(last.powerW, power);
        compareOptional(last.temperatureC, temp);
        compareOptional(last.aiCorePercent, aicore);
        compareOptional(last.memoryUsedMb, memUsed);
        compareOptional(last.memoryTotalMb, memTotal);
        compareOptional(last.hbmUsedMb, hbmUsed);
        compareOptional(last.hbmTotalMb, hbmTotal);
    }

    void a3_readsPhyIdAndTwoDiesPerNpu()
    {
        const NpuSmiInfo info = NpuSmiInfoParser::parse(readAscendFixture(QStringLiteral(
            "npu-smi-info_A3-Ascend910_8npu-x-2chip_Phy-ID_npu-smi-25.3.rc1_with-processes_vllm-ascend-issue4266.txt")));
        QCOMPARE(info.chips.size(), qsizetype(16));
        QCOMPARE(info.chips.at(2).npuId, 1);
        QCOMPARE(info.chips.at(2).phyId, 2);
        QCOMPARE(info.chips.at(0).powerW.value_or(-1), 166.9);
        QCOMPARE(info.chips.at(0).hbmUsedMb.value_or(-1), qint64(46536));
        QCOMPARE(info.idleNpus, (QList<int>{2, 3, 4, 5, 6, 7}));
    }

    void processes_readMultiplePidsOnOneNpu()
    {
        const NpuSmiInfo info = NpuSmiInfoParser::parse(readAscendFixture(QStringLiteral(
            "npu-smi-info_910B2_8npu_npu-smi-25.2.0_TP8-loaded-multi-pid-on-npu0_vllm-ascend-issue5648.txt")));
        int onNpu0 = 0;
        for (const NpuProcess &p : info.processes)
            onNpu0 += p.npuId == 0 ? 1 : 0;
        QCOMPARE(onNpu0, 8);
        QCOMPARE(info.processes.at(5).pid, qint64(314183));
        QCOMPARE(info.processes.at(5).name, QStringLiteral("VLLMWorker_TP"));
        QCOMPARE(info.processes.at(5).memoryMb.value_or(-1), qint64(29229));
    }

    void chipDevice_readsDeviceIdOn310()
    {
        const NpuSmiInfo info = NpuSmiInfoParser::parse(readAscendFixture(QStringLiteral("npu-smi-info_310_4chip_npu-smi-21.0.4_atlas800-3000.txt")));
        QCOMPARE(info.chips.at(1).deviceId, 4);
        QCOMPARE(info.chips.at(1).hugepagesTotal.value_or(-1), qint64(970));
    }

    void badInput_isAnErrorNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        const QByteArray header = "+---+\n| NPU   Name | Health | Power(W) Temp(C) Hugepages-Usage(page)|\n"
                                  "| Chip | Bus-Id | AICore(%) Memory-Usage(MB) HBM-Usage(MB) |\n+===+\n";
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("not a table") << QByteArray("hello\nworld\n") << 0;
        QTest::newRow("second row cut") << header + "| 0 910B | OK | 90.0 32 0 / 0 |\n" << 5;
        QTest::newRow("second row cut by separator") << header + "| 0 910B | OK | 90.0 32 0 / 0 |\n+===+\n" << 6;
        QTest::newRow("power is text") << header + "| 0 910B | OK | hot 32 0 / 0 |\n| 0 | 0000:C1:00.0 | 0 0 / 0 1 / 2 |\n" << 5;
        QTest::newRow("hbm missing") << header + "| 0 910B | OK | 90.0 32 0 / 0 |\n| 0 | 0000:C1:00.0 | 0 0 / 0 |\n" << 6;
        QTest::newRow("bad bus id") << header + "| 0 910B | OK | 90.0 32 0 / 0 |\n| 0 | C1 | 0 0 / 0 1 / 2 |\n" << 6;
        QTest::newRow("negative hbm") << header + "| 0 910B | OK | 90.0 32 0 / 0 |\n| 0 | 0000:C1:00.0 | 0 0 / 0 -1 / 2 |\n" << 6;
        QTest::newRow("text inside table") << header + "garbage\n| 0 910B | OK | 90.0 32 0 / 0 |\n| 0 | 0000:C1:00.0 | 0 0 / 0 1 / 2 |\n" << 5;
        QTest::newRow("header only") << header << 0;
        QTest::newRow("binary") << QByteArray("+--+\n|\x01\x02|\n", 11) << 2;
        QTest::newRow("row outside table") << QByteArray("+--+\n| 0 910B | OK | 1 2 |\n") << 2;
    }
    void badInput_isAnErrorNamingTheLine()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        const NpuSmiInfo info = NpuSmiInfoParser::parse(data, &error);
        QVERIFY(error.isError());
        QTEST(error.line, "line");
        QVERIFY(info.chips.isEmpty());
    }

    void truncatedSamples_neverCrash()
    {
        const QByteArray full = readAscendFixture(QStringLiteral("npu-smi-info_A3-Ascend910_8npu-x-2chip_Phy-ID_npu-smi-25.3.rc1_with-processes_vllm-ascend-issue4266.txt"));
        for (qsizetype n = 0; n < full.size(); n += 37) {
            ParseError error;
            const NpuSmiInfo info = NpuSmiInfoParser::parse(full.left(n), &error);
            // Either an error or fewer chips, never a chip with made-up zeros.
            QVERIFY(error.isError() || info.chips.size() <= 16);
        }
    }
};

QTEST_GUILESS_MAIN(TestNpuSmiInfoParser)
#include "tst_npusmiinfoparser.moc"
