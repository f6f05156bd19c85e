#include "AscendFixtures.h"

#include "ascend/AscendVersion.h"
#include "ascend/CannInfoParser.h"
#include "ascend/VersionInfoParser.h"

#include <QTest>

using namespace AscendDeck;

class TestVersionInfoParser : public QObject
{
    Q_OBJECT

private slots:
    void driverAndFirmware_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("inner");
        QTest::addColumn<QString>("fwMax");  // last compatible_version_fw max, empty when absent
        QTest::addColumn<QString>("drvMin"); // first compatible_version_drv min, empty when absent
        QTest::newRow("driver 23.0.7") << QStringLiteral("version-info_driver_23.0.7_mindcluster-test.txt") << QStringLiteral("23.0.7")
                                       << QStringLiteral("V100R001C15SPC012B220") << QStringLiteral("7.1.99") << QString();
        QTest::newRow("driver 24.1.rc2.2") << QStringLiteral("version-info_driver_24.1.rc2.2_itove-issue.txt") << QStringLiteral("24.1.rc2.2")
                                           << QStringLiteral("V100R001C18SPC001B233") << QStringLiteral("7.2.99") << QString();
        QTest::newRow("firmware") << QStringLiteral("version-info_firmware_7.1.0.11.220_mindcluster-test.txt") << QStringLiteral("7.1.0.11.220")
                                  << QString() << QString() << QStringLiteral("23.0.rc3");
    }
    void driverAndFirmware()
    {
        QFETCH(QString, file);
        QFETCH(QString, fwMax);
        QFETCH(QString, drvMin);
        ParseError error;
        const VersionInfo info = VersionInfoParser::parse(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(info.version, "version");
        QTEST(info.innerVersion, "inner");
        QCOMPARE(info.compatibleFirmware.isEmpty() ? QString() : info.compatibleFirmware.last().max, fwMax);
        QCOMPARE(info.compatibleDriver.isEmpty() ? QString() : info.compatibleDriver.first().min, drvMin);
    }

    void driver_listsCompatibleInnerVersions()
    {
        const VersionInfo info = VersionInfoParser::parse(readAscendFixture(QStringLiteral("version-info_driver_24.1.rc2.2_itove-issue.txt")));
        QCOMPARE(info.compatibleInner.size(), qsizetype(5));
        QCOMPARE(info.compatibleInner.last().min, QStringLiteral("V100R001C18"));
        QCOMPARE(info.fields.value(QStringLiteral("ascendhal_version")), QStringLiteral("7.35.23"));
    }

    void cann_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("arch");
        QTest::newRow("toolkit") << QStringLiteral("ascend-toolkit-install-info_7.0.T10_mindcluster-test.txt") << QStringLiteral("Ascend-cann-toolkit")
                                 << QStringLiteral("7.0.T10") << QStringLiteral("aarch64");
        QTest::newRow("nnae") << QStringLiteral("ascend-nnae-install-info_8.0.RC3_mindcluster-test.txt") << QStringLiteral("Ascend-cann-nnae")
                              << QStringLiteral("8.0.RC3") << QStringLiteral("x86_64");
    }
    void cann()
    {
        QFETCH(QString, file);
        ParseError error;
        const CannInfo info = CannInfoParser::parse(readAscendFixture(file), &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QTEST(info.packageName, "package");
        QTEST(info.version, "version");
        QTEST(info.arch, "arch");
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("no Version") << QByteArray("package_version=1\n") << 0;
        QTest::newRow("not key=value") << QByteArray("Version=24.1.0\nhello\n") << 2;
        QTest::newRow("bad version") << QByteArray("Version=banana\n") << 1;
        QTest::newRow("twice") << QByteArray("Version=24.1.0\nVersion=24.1.1\n") << 2;
        QTest::newRow("bad range") << QByteArray("Version=24.1.0\ncompatible_version_fw=[7.0.0,7.2.99\n") << 2;
        QTest::newRow("npu-smi table") << readAscendFixture(QStringLiteral("npu-smi-info_310-1npu_23.0.0_driver-install-doc.txt")) << 1;
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        ParseError error;
        const VersionInfo info = VersionInfoParser::parse(data, &error);
        QVERIFY(error.isError());
        QTEST(error.line, "line");
        QVERIFY(info.version.isEmpty());
    }

    void compare_data()
    {
        QTest::addColumn<QString>("have");
        QTest::addColumn<QString>("need");
        QTest::addColumn<bool>("atLeast");
        QTest::newRow("25.2 vs 24.1.rc2.2") << "25.2" << "24.1.rc2.2" << true;
        QTest::newRow("24.1.rc2.2 vs 25.2") << "24.1.rc2.2" << "25.2" << false;
        QTest::newRow("rc before release") << "24.1.rc3" << "24.1.0" << false;
        QTest::newRow("release after rc") << "24.1.0" << "24.1.rc3" << true;
        QTest::newRow("25.2 == 25.2.0") << "25.2" << "25.2.0" << true;
        QTest::newRow("25.2.rc1 < 25.2") << "25.2.rc1" << "25.2" << false;
        QTest::newRow("rc case") << "8.0.RC3" << "8.0.rc3" << true;
        QTest::newRow("trial before rc") << "7.0.T10" << "7.0.RC1" << false;
        QTest::newRow("build after base") << "21.0.4.B030" << "21.0.4" << true;
        QTest::newRow("rc2 build vs rc2.1") << "24.1.rc1.b030" << "24.1.rc1.1" << true;
        QTest::newRow("numeric not lexical") << "24.1.rc10" << "24.1.rc9" << true;
        QTest::newRow("trailing dot wildcard") << "23.0.rc3.5" << "23.0.rc3." << true;
    }
    void compare()
    {
        QFETCH(QString, have);
        QFETCH(QString, need);
        const std::optional<bool> result = AscendVersion::atLeast(have, need);
        QVERIFY(result.has_value());
        QTEST(*result, "atLeast");
    }

    void unreadableVersions_giveNoAnswer()
    {
        QVERIFY(!AscendVersion::atLeast(QStringLiteral("latest"), QStringLiteral("1.0")).has_value());
        QVERIFY(!AscendVersion::parse(QStringLiteral("rc1.2")).has_value());
        QVERIFY(!AscendVersion::parse(QStringLiteral("1..2")).has_value());
        QVERIFY(!AscendVersion::parse(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestVersionInfoParser)
#include "tst_versioninfoparser.moc"
