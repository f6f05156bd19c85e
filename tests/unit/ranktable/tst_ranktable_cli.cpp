#include "RankTableFixtures.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRankTableCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Relative fixture paths work because the CLI runs in the fixtures folder.
    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(RANKTABLE_FIXTURES));
        process.start(QStringLiteral(ASCENDDECK_CLI_PATH), QStringList{QStringLiteral("ranktable")} + arguments);
        if (!process.waitForFinished(30000))
            qFatal("ascenddeck-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void generate_stdoutEqualsHcclTools_data()
    {
        QTest::addColumn<QStringList>("row");
        for (const QStringList &row : RankTableFixtures::manifest(QStringLiteral("generate/cases.tsv")))
            QTest::newRow(qPrintable(row.at(0))) << row;
    }
    void generate_stdoutEqualsHcclTools()
    {
        QFETCH(QStringList, row);
        const Run run = cli({QStringLiteral("generate"), QStringLiteral("--server-ip"), row.at(1), QStringLiteral("--hccn-conf"),
                             row.at(2), QStringLiteral("--device-num"), row.at(3), QStringLiteral("--visible-devices"), row.at(4)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, RankTableFixtures::read(row.at(5)));
    }

    // -o DIR: the script's file name, its bytes, and mode 640 as MindIE requires.
    void merge_outputDirectory_usesScriptNameAndMode640_data()
    {
        QTest::addColumn<QStringList>("row");
        for (const QStringList &row : RankTableFixtures::manifest(QStringLiteral("merge/cases.tsv")))
            QTest::newRow(qPrintable(row.at(0))) << row;
    }
    void merge_outputDirectory_usesScriptNameAndMode640()
    {
        QFETCH(QStringList, row);
        QTemporaryDir dir;
        const Run run = cli(QStringList{QStringLiteral("merge"), QStringLiteral("--reference"), QStringLiteral("-o"), dir.path()}
                            + row.at(2).split(QLatin1Char(' ')));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString written = dir.filePath(row.at(1).section(QLatin1Char('/'), -1));
        QFile file(written);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(written));
        QCOMPARE(file.readAll(), RankTableFixtures::read(row.at(1)));
        // Owner, group and other bits only (Qt also reports the current user's as "User").
        const QFile::Permissions mode = file.permissions() & ~QFile::Permissions(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
        QCOMPARE(mode, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QVERIFY(run.out.isEmpty());
    }

    void generate_containerIp()
    {
        const Run run = cli({QStringLiteral("generate"), QStringLiteral("--server-ip"), QStringLiteral("10.20.0.1"),
                             QStringLiteral("--hccn-conf"), QStringLiteral("hccn/server-01.conf"), QStringLiteral("--container-ip"),
                             QStringLiteral("172.17.0.5")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\"server_id\": \"10.20.0.1\",\n            \"container_ip\": \"172.17.0.5\","));
    }

    void validate_reportsAndExits_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        const QString merged = QStringLiteral("merge/2s-8p/hccl_2s_16p.json");
        QTest::newRow("clean") << QStringList{merged} << 0 << QByteArray("[]\n");
        QTest::newRow("hccn matches") << QStringList{merged, QStringLiteral("--hccn-conf"), QStringLiteral("10.20.0.2=hccn/server-02.conf")}
                                      << 0 << QByteArray("[]\n");
        QTest::newRow("hccn of another server")
            << QStringList{merged, QStringLiteral("--hccn-conf"), QStringLiteral("10.20.0.2=hccn/server-03.conf")} << 1
            << QByteArray("\"message\": \"server 10.20.0.2, device 0: device_ip is 192.168.2.11 but the server's hccn readings say 192.168.3.11\"");
        QTest::newRow("single server warns") << QStringList{QStringLiteral("merge/1s-8p/hccl_1s_8p.json")} << 0
                                             << QByteArray("\"severity\": \"warning\"");
        // The CANN documentation's v1.2 example: server_id names with host_ip; container_ip only warned about.
        QTest::newRow("cann doc v1.2") << QStringList{QStringLiteral("samples/ranktable-v1.2_4node-2superpod_hccl-doc-a3.json")} << 0
                                       << QByteArray("\"severity\": \"warning\",\n    \"code\": \"container-ip\"");
        QTest::newRow("missing container_ip")
            << QStringList{QStringLiteral("merge/2s-8p-without-container-ip/hccl_2s_16p.json")} << 1
            << QByteArray("\"message\": \"server 10.20.0.1: container_ip is not set; MindIE needs it (usually the server ip, 10.20.0.1)\"");
    }
    void validate_reportsAndExits()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        const Run run = cli(QStringList{QStringLiteral("validate")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(output), run.out.constData());
    }

    // generate-a3 from the dies' saved outputs: a v1.2 table of this server; a bad line is named FILE:LINE.
    void generateA3_fromSavedOutputs()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        const QString vnic = write(QStringLiteral("vnic.txt"), "vnic link status: UP\nvnic ipaddr: 192.28.2.199\nvnic netmask: 255.255.0.0\n"
                                                               "vnic link status: UP\nvnic ipaddr: 192.28.2.200\nvnic netmask: 255.255.0.0\n");
        const QString spod = write(QStringLiteral("spod.txt"), "SDID : 117440512\nSuper Pod ID : 2\nSDID : 117440513\nSuper Pod ID : 2\n");
        Run run = cli({QStringLiteral("generate-a3"), QStringLiteral("--vnic"), vnic, QStringLiteral("--spod-info"), spod,
                       QStringLiteral("--server-ip"), QStringLiteral("10.87.191.102")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto json = nlohmann::ordered_json::parse(run.out.toStdString());
        QVERIFY(json["version"] == "1.2");
        QVERIFY(json["server_list"][0]["host_ip"] == "10.87.191.102");
        QVERIFY(json["server_list"][0]["device"][1]["super_device_id"] == "117440513");
        QVERIFY(json["super_pod_list"][0]["super_pod_id"] == "2");

        const QString bad = write(QStringLiteral("bad.txt"), "vnic link status: UP\nvnic ipaddr: 192.28.2.300\nvnic netmask: 255.255.0.0\n");
        run = cli({QStringLiteral("generate-a3"), QStringLiteral("--vnic"), bad, QStringLiteral("--spod-info"), spod,
                   QStringLiteral("--server-ip"), QStringLiteral("10.87.191.102")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains((bad + QStringLiteral(":2:")).toUtf8()), run.err.constData());
    }

    void badInput_exitsNonZeroWithMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no action") << QStringList{} << QByteArray("Usage: ascenddeck-cli ranktable");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command 'frobnicate'");
        QTest::newRow("generate without ip") << QStringList{QStringLiteral("generate"), QStringLiteral("--hccn-conf"), QStringLiteral("x")}
                                             << QByteArray("generate needs --hccn-conf FILE and --server-ip IP");
        QTest::newRow("missing conf") << QStringList{QStringLiteral("generate"), QStringLiteral("--server-ip"), QStringLiteral("1.2.3.4"),
                                                     QStringLiteral("--hccn-conf"), QStringLiteral("nope.conf")}
                                      << QByteArray("cannot read nope.conf");
        QTest::newRow("bad conf") << QStringList{QStringLiteral("generate"), QStringLiteral("--server-ip"), QStringLiteral("1.2.3.4"),
                                                 QStringLiteral("--hccn-conf"), QStringLiteral("regenerate.sh")}
                                  << QByteArray("regenerate.sh: line 1");
        QTest::newRow("reference with container ip")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--reference"), QStringLiteral("--server-ip"), QStringLiteral("1.2.3.4"),
                           QStringLiteral("--hccn-conf"), QStringLiteral("hccn/server-01.conf"), QStringLiteral("--container-ip"),
                           QStringLiteral("1.2.3.5")}
            << QByteArray("drop --container-ip");
        QTest::newRow("merge not json") << QStringList{QStringLiteral("merge"), QStringLiteral("hccn/server-01.conf")}
                                        << QByteArray("hccn/server-01.conf, line 1: not valid JSON");
        QTest::newRow("validate not json") << QStringList{QStringLiteral("validate"), QStringLiteral("hccn/server-01.conf")}
                                           << QByteArray("hccn/server-01.conf: line 1: not valid JSON");
        QTest::newRow("validate bad hccn spec")
            << QStringList{QStringLiteral("validate"), QStringLiteral("merge/1s-8p/hccl_1s_8p.json"), QStringLiteral("--hccn-conf"),
                           QStringLiteral("hccn/server-01.conf")}
            << QByteArray("must be SERVER_ID=FILE");
    }
    void badInput_exitsNonZeroWithMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRankTableCli)
#include "tst_ranktable_cli.moc"
