#include "AscendFixtures.h"

#include "ascend/NpuSmiDetailParser.h"
#include "ascend/NpuSpodInfoParser.h"
#include "ascend/NpuSmiMappingParser.h"

#include <QTest>

using namespace AscendDeck;

class TestNpuSmiDetailParser : public QObject
{
    Q_OBJECT

private slots:
    void spodInfo_realSample()
    {
        ParseError error;
        const auto info = NpuSpodInfoParser::parse(readAscendFixture(QStringLiteral("npu-smi-info-t-spod-info_A3_shmem-doc.txt")), &error);
        QVERIFY2(info, qPrintable(error.toString()));
        QCOMPARE(info->sdid, qint64(16777216));
        QCOMPARE(info->superPodSize, 384);
        QCOMPARE(info->superPodId, 0);
        QCOMPARE(info->serverIndex, 4);
        QCOMPARE(info->fields.size(), qsizetype(4));
    }

    // Wrappers indent with tabs and pad keys; unknown keys are kept, the known ones still read.
    void spodInfo_paddedAndExtraKeys()
    {
        ParseError error;
        const auto info = NpuSpodInfoParser::parse("\tSDID                           : 100663296\n"
                                                   "\tSuper Pod ID                   : 2\n\tChassis ID                     : 1\n", &error);
        QVERIFY2(info, qPrintable(error.toString()));
        QCOMPARE(info->sdid, qint64(100663296));
        QCOMPARE(info->superPodId, 2);
        QCOMPARE(info->serverIndex, -1);
        QCOMPARE(info->fields.last().first, QStringLiteral("Chassis ID"));
    }

    // A loop over the dies: each repeated key starts the next record; parse() wants exactly one.
    void spodInfo_loopOverDies()
    {
        const QByteArray two = "SDID : 16777216\nSuper Pod ID : 0\n\nSDID : 16777217\nSuper Pod ID : 0\n";
        ParseError error;
        const QList<NpuSpodInfo> all = NpuSpodInfoParser::parseAll(two, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(all.size(), qsizetype(2));
        QCOMPARE(all.last().sdid, qint64(16777217));
        QVERIFY(!NpuSpodInfoParser::parse(two, &error));
        QCOMPARE(error.message, QStringLiteral("holds 2 spod-info outputs, expected one"));
    }

    void spodInfo_badInput_namesLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("not a number") << QByteArray("SDID : 16777216\nSuper Pod ID : NA\n") << 2;
        QTest::newRow("negative") << QByteArray("SDID : -1\nSuper Pod ID : 0\n") << 1;
        QTest::newRow("no key") << QByteArray("SDID : 1\n: 3\n") << 2;
        QTest::newRow("other -t form") << QByteArray("NPU ID : 0\nProduct Name : X\n") << 1;
    }
    void spodInfo_badInput_namesLine()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        QVERIFY(!NpuSpodInfoParser::parse(data, &error));
        QTEST(error.line, "line");
    }

    // key/expected read off each file; blocks = blank-line separated groups in the file.
    void detailForms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("blocks");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("board 310P") << "npu-smi-info-t-board_310P-name-redacted_DieID_gpustack-docstring.txt" << 1 << "Die ID" << "409921D4 2140A100 E54BDDD4 07CC040A 9B00301F";
        QTest::newRow("board 910B") << "npu-smi-info-t-board_910B-name-redacted_VDie-NDie_gpustack-docstring.txt" << 1 << "Firmware Version" << "7.1.0.4.218";
        QTest::newRow("board telegraf indented") << "npu-smi-info-t-board_910B_sw-25.5.1_fw-7.8.0.6.201_telegraf-npu_smi-test.txt" << 1 << "Software Version" << "25.5.1";
        QTest::newRow("common 310P") << "npu-smi-info-t-common_310P_2chip-plus-mcu_gpustack-test.txt" << 4 << "Chip Count" << "2";
        QTest::newRow("common 910") << "npu-smi-info-t-common_910-32GB-name-redacted_1chip-plus-mcu_gpustack-test.txt" << 3 << "Aicore Count" << "32";
        QTest::newRow("common 910B1") << "npu-smi-info-t-common_910B1_24aicore_arthurchiao-blog.txt" << 3 << "NPU Real-time Power(W)" << "93.4";
        QTest::newRow("power") << "npu-smi-info-t-power_910B_telegraf-npu_smi-test.txt" << 2 << "NPU Real-time Power(W)" << "103.5";
        QTest::newRow("temp") << "npu-smi-info-t-temp_910B_telegraf-npu_smi-test.txt" << 3 << "NPU Temperature (C)" << "39";
        QTest::newRow("usages 310P DDR") << "npu-smi-info-t-usages_310P_2chip-DDR_gpustack-test.txt" << 3 << "DDR Capacity(MB)" << "44280";
        QTest::newRow("usages 910 HBM") << "npu-smi-info-t-usages_910-32GB-HBM_1chip_gpustack-test.txt" << 2 << "HBM Capacity(MB)" << "32768";
        QTest::newRow("usages NPU Utilization") << "npu-smi-info-t-usages_910B-64GB_newer-driver-NPU-Utilization_telegraf-npu_smi-test.txt" << 2 << "Aicube Usage Rate(%)" << "0";
        QTest::newRow("usages 910B1") << "npu-smi-info-t-usages_910B1_64GB-HBM_arthurchiao-blog.txt" << 2 << "HBM Usage Rate(%)" << "4";
    }
    void detailForms()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        ParseError error;
        const NpuSmiDetail detail = NpuSmiDetailParser::parse(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(static_cast<int>(detail.blocks.size()), "blocks");
        QTEST(detail.value(key), "expected");
    }

    void detail_badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("\n\n") << 0;
        QTest::newRow("no colon") << QByteArray("NPU ID : 0\nChip Count 1\n") << 2;
        QTest::newRow("empty key") << QByteArray(" : 1\n") << 1;
        QTest::newRow("npu-smi table") << readAscendFixture(QStringLiteral("npu-smi-info_310-1npu_23.0.0_driver-install-doc.txt")) << 1;
    }
    void detail_badInput()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        NpuSmiDetailParser::parse(data, &error);
        QVERIFY(error.isError());
        QTEST(error.line, "line");
    }

    void mapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("lastNpu");
        QTest::addColumn<int>("lastLogic");
        QTest::addColumn<QString>("lastName");
        QTest::newRow("310P 4 cards") << "npu-smi-info-m_310P-name-redacted_4card-2chip-plus-mcu_gpustack-test.txt" << 12 << 5 << -1 << "Mcu";
        QTest::newRow("310 plus mcu") << "npu-smi-info-m_310_4chip-plus-mcu_npu-smi-21.0.4_atlas800-3000.txt" << 5 << 6 << -1 << "Mcu";
        QTest::newRow("310 20.2") << "npu-smi-info-m_310_4chip_npu-smi-20.2.0_atlas800-3000.txt" << 4 << 215 << 3 << "MiniD";
        QTest::newRow("910A 24.1") << "npu-smi-info-m_910A_8npu_atlas800-9010_24.1.RC2.txt" << 8 << 7 << 7 << "Ascend 910A";
        QTest::newRow("910A 6.0") << "npu-smi-info-m_910A_8npu_atlas800-9010_6.0.RC1.txt" << 8 << 7 << 7 << "Ascend 910A";
        QTest::newRow("910B mcu") << "npu-smi-info-m_910B-name-redacted_8npu-plus-mcu_gpustack-test.txt" << 16 << 7 << -1 << "Mcu";
        QTest::newRow("910B4 indent trailing spaces") << "npu-smi-info-m_910B4_8npu-plus-mcu_indent-and-trailing-spaces_atlas800IA2-blog.txt" << 16 << 7 << -1 << "Mcu";
    }
    void mapping()
    {
        QFETCH(QString, file);
        ParseError error;
        const QList<NpuMappingEntry> rows = NpuSmiMappingParser::parse(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(static_cast<int>(rows.size()), "rows");
        QTEST(rows.last().npuId, "lastNpu");
        QTEST(rows.last().logicId, "lastLogic");
        QTEST(rows.last().chipName, "lastName");
    }

    void mapping_badInput()
    {
        ParseError error;
        QVERIFY(NpuSmiMappingParser::parse("NPU ID  Chip ID  Chip Logic ID  Chip Name\n0  zero  0  Ascend\n", &error).isEmpty());
        QCOMPARE(error.line, 2);
        QVERIFY(NpuSmiMappingParser::parse("NPU ID  Chip ID  Chip Logic ID  Chip Name\n", &error).isEmpty());
        QCOMPARE(error.line, 1);
        QVERIFY(NpuSmiMappingParser::parse("hello\n", &error).isEmpty());
        QCOMPARE(error.line, 0);
    }
};

QTEST_GUILESS_MAIN(TestNpuSmiDetailParser)
#include "tst_npusmidetailparser.moc"
