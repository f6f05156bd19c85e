// `ascenddeck-cli monitor` as a lab's scripts and Prometheus use it: the real binary against two simulated
// servers, every NPU's figures compared with what each server's npu-smi prints at that moment.
#include "CliRun.h"
#include "SimCluster.h"

#include "project/ProjectFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// One NPU as the simulated npu-smi info prints it, read with a reader of the test's own (not the parser under
// test): the two table rows of each NPU, before the process table.
struct Printed
{
    int npu = -1;
    int chip = -1;
    QString name;
    QString health;
    QString power;
    QString temp;
    QString aicore;
    QString hbmUsed;
    QString hbmTotal;
};

QList<Printed> readTable(const QByteArray &text)
{
    static const QRegularExpression first(QStringLiteral("^\\| (\\d+)\\s+(\\S+)\\s+\\| (\\S+)\\s+\\| (\\S+)\\s+(\\S+)\\s"));
    static const QRegularExpression second(
        QStringLiteral("^\\| (\\d+)\\s+\\| \\S+\\s+\\| (\\S+)\\s+\\d+\\s*/\\s*\\d+\\s+(\\d+)\\s*/\\s*(\\d+)\\s"));
    QList<Printed> npus;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Process id")))
            break;
        if (const auto m = first.match(line); m.hasMatch()) {
            Printed p;
            p.npu = m.captured(1).toInt();
            p.name = m.captured(2);
            p.health = m.captured(3);
            p.power = m.captured(4);
            p.temp = m.captured(5);
            npus.append(p);
        } else if (const auto n = second.match(line); n.hasMatch() && !npus.isEmpty()) {
            npus.last().chip = n.captured(1).toInt();
            npus.last().aicore = n.captured(2);
            npus.last().hbmUsed = n.captured(3);
            npus.last().hbmTotal = n.captured(4);
        }
    }
    return npus;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestCliMonitor : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;

    static CliRun cli(const QStringList &args) { return CliRun::run(args); }

    QString hostArg(int index) const
    {
        const auto &s = m_sim.servers().at(index);
        return QStringLiteral("%1@%2:%3").arg(s.user, s.host).arg(s.port);
    }
    QString bothHosts() const { return hostArg(0) + QLatin1Char(',') + hostArg(1); }

    QStringList monitorArgs() const
    {
        return {QStringLiteral("monitor"), QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")};
    }

    QList<Printed> printed(int server)
    {
        int status = -1;
        const QByteArray out = m_sim.inspect(server, {QStringLiteral("npu-smi"), QStringLiteral("info")}, &status);
        if (status != 0)
            qWarning("npu-smi info on server %d: exit %d", server, status);
        return readTable(out);
    }

    void writeLoad(int server, const QByteArray &json)
    {
        int status = -1;
        m_sim.inspect(server, {QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("printf '%s' \"$1\" > /etc/ascend-sim/npu-load.json"), QStringLiteral("sh"),
                               QString::fromUtf8(json)},
                      &status);
        QCOMPARE(status, 0);
    }

    // One JSON record per NPU of both servers, each equal to what that server's npu-smi printed.
    void compareJson(const QByteArray &out)
    {
        QHash<QString, QJsonObject> byKey;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            byKey.insert(o.value(QStringLiteral("host")).toString() + QLatin1Char('/')
                             + QString::number(o.value(QStringLiteral("npu_id")).toInt()),
                         o);
        }
        int compared = 0;
        for (int server = 0; server < 2; ++server) {
            const QList<Printed> npus = printed(server);
            QCOMPARE(npus.size(), 8);
            for (const Printed &p : npus) {
                const QString key = m_sim.servers().at(server).host + QLatin1Char('/') + QString::number(p.npu);
                QVERIFY2(byKey.contains(key), qPrintable(key + QStringLiteral(" missing in\n") + QString::fromUtf8(out)));
                const QJsonObject o = byKey.value(key);
                QCOMPARE(o.value(QStringLiteral("server")).toString(), hostArg(server));
                QCOMPARE(o.value(QStringLiteral("chip_id")).toInt(), p.chip);
                QCOMPARE(o.value(QStringLiteral("model")).toString(), p.name);
                QCOMPARE(o.value(QStringLiteral("memory")).toString(), QStringLiteral("HBM"));
                QCOMPARE(o.value(QStringLiteral("hbm_used_mb")).toDouble(), p.hbmUsed.toDouble());
                QCOMPARE(o.value(QStringLiteral("hbm_total_mb")).toDouble(), p.hbmTotal.toDouble());
                QCOMPARE(o.value(QStringLiteral("aicore_percent")).toDouble(), p.aicore.toDouble());
                QCOMPARE(o.value(QStringLiteral("temperature_c")).toDouble(), p.temp.toDouble());
                QCOMPARE(o.value(QStringLiteral("power_w")).toDouble(), p.power.toDouble());
                QCOMPARE(o.value(QStringLiteral("health")).toString(), p.health);
                ++compared;
            }
        }
        QCOMPARE(compared, 16);
        QCOMPARE(byKey.size(), 16);
    }

    // The metric line of one NPU: its value, or an empty string when there is none.
    static QString metric(const QByteArray &text, const QString &name, const QString &host, const QString &server,
                          const Printed &p)
    {
        const QString labels = QStringLiteral("{chip_id=\"%1\",host=\"%2\",id=\"%3\",model_name=\"%4\",server=\"%5\"} ")
                                   .arg(p.chip).arg(host).arg(p.npu).arg(p.name, server);
        const QString prefix = name + labels;
        for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).section(QLatin1Char(' '), 0, 0);
        }
        return {};
    }

    // Every NPU of both servers in the scrape, with npu-smi's figures; "" when all match, else the first mismatch.
    QString scrapeMismatch(const QByteArray &text)
    {
        for (int server = 0; server < 2; ++server) {
            const QString host = m_sim.servers().at(server).host;
            for (const Printed &p : printed(server)) {
                const QList<QPair<QString, QString>> expected{
                    {QStringLiteral("npu_chip_info_hbm_used_memory"), p.hbmUsed},
                    {QStringLiteral("npu_chip_info_hbm_total_memory"), p.hbmTotal},
                    {QStringLiteral("npu_chip_info_utilization"), p.aicore},
                    {QStringLiteral("npu_chip_info_temperature"), p.temp},
                    {QStringLiteral("npu_chip_info_power"), p.power},
                    {QStringLiteral("npu_chip_info_health_status"), p.health == QLatin1String("OK") ? QStringLiteral("1") : QStringLiteral("0")}};
                for (const auto &[name, value] : expected) {
                    const QString got = metric(text, name, host, hostArg(server), p);
                    if (got.isEmpty() || got.toDouble() != value.toDouble())
                        return QStringLiteral("%1 of %2 NPU %3: '%4', npu-smi says '%5'").arg(name, host).arg(p.npu).arg(got, value);
                }
            }
        }
        return {};
    }

    QByteArray get(QNetworkAccessManager *manager, const QUrl &url, int *status)
    {
        std::unique_ptr<QNetworkReply> reply(manager->get(QNetworkRequest(url)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return {};
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(2, QStringLiteral("127.0.0.171"), 2222, {QStringLiteral("--fault"), QStringLiteral("0:link_down=5")}),
                 qPrintable(m_sim.errorString()));
        // Figures that differ from NPU to NPU: a job on two NPUs of the second server.
        writeLoad(1, R"({"2": {"hbm_used_mb": 41000, "aicore": 57, "pids": [[4242, "python3", 41000]]},
                         "6": {"hbm_used_mb": 12000, "aicore": 9, "pids": [[4343, "python3", 12000]]}})");
        const QList<Printed> second = printed(1);
        QCOMPARE(second.size(), 8);
        QVERIFY(second.at(2).aicore != second.at(0).aicore);
        QCOMPARE(printed(0).at(5).health, QStringLiteral("Warning"));
    }
    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void once_json_everyNpuOfBothServers_asNpuSmiPrintsIt()
    {
        const CliRun r = cli(monitorArgs() << QStringLiteral("--once") << QStringLiteral("--json") << bothHosts());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 16);
        compareJson(r.out);
    }

    void once_csvAndTable_aRowPerNpu()
    {
        const CliRun csv = cli(monitorArgs() << QStringLiteral("--once") << QStringLiteral("--csv") << bothHosts());
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = csv.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 17);
        QVERIFY(rows.first().startsWith("time,server,host,npu_id"));
        for (const QByteArray &row : rows)
            QCOMPARE(row.count(','), rows.first().count(','));
        const CliRun table = cli(monitorArgs() << QStringLiteral("--once") << bothHosts());
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count('\n'), 17);
        QVERIFY(table.out.contains("Warning"));
    }

    void once_unreachableServer_is255_namesIt_andPrintsTheOthers()
    {
        const CliRun r = cli(monitorArgs() << QStringLiteral("--once") << QStringLiteral("--json")
                                        << hostArg(0) + QStringLiteral(",root@127.0.0.179:2222"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("127.0.0.179"), r.err.constData());
        QCOMPARE(r.out.count('\n'), 8);
    }

    void once_npuSmiFailing_is1_namesTheServer()
    {
        int status = -1;
        m_sim.inspect(1, {QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("mv /usr/local/bin/npu-smi /usr/local/bin/npu-smi.real && printf '#!/bin/sh\\n"
                                         "echo \"dcmi module initialize failed. ret is -8005\"; exit 1\\n' > /usr/local/bin/npu-smi"
                                         " && chmod 755 /usr/local/bin/npu-smi")},
                      &status);
        QCOMPARE(status, 0);
        const CliRun r = cli(monitorArgs() << QStringLiteral("--once") << QStringLiteral("--json") << bothHosts());
        m_sim.inspect(1, {QStringLiteral("mv"), QStringLiteral("/usr/local/bin/npu-smi.real"), QStringLiteral("/usr/local/bin/npu-smi")},
                      &status);
        QCOMPARE(status, 0);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(hostArg(1).toUtf8()) && r.err.contains("dcmi module initialize failed"), r.err.constData());
        QCOMPARE(r.out.count('\n'), 8);
    }

    void once_unknownHostKey_is255()
    {
        QTemporaryDir dir;
        QStringList args = monitorArgs();
        args[args.indexOf(QStringLiteral("--known-hosts")) + 1] = dir.filePath(QStringLiteral("known_hosts"));
        const CliRun r = cli(args << QStringLiteral("--once") << hostArg(0));
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.err.contains(m_sim.servers().at(0).fingerprint.toUtf8()));
        QVERIFY(r.out.count('\n') <= 1); // the table's header at most
    }

    void listen_servesEveryNpuOfBothServers_andFollowsTheirChanges()
    {
        const quint16 port = freePort();
        QVERIFY(port > 0);
        QProcess process;
        process.start(QStringLiteral(ASCENDDECK_CLI_PATH),
                      monitorArgs() << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(port) << bothHosts());
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += process.readAllStandardError()).contains("/metrics"), err.constData(), 30000);

        QNetworkAccessManager manager;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        int status = 0;
        QByteArray text = get(&manager, url, &status);
        QCOMPARE(status, 200);
        QVERIFY2(text.contains("# HELP npu_chip_info_hbm_used_memory ") && text.contains("# TYPE npu_chip_info_hbm_used_memory gauge"),
                 text.constData());
        QString mismatch = scrapeMismatch(text);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch + QStringLiteral("\n") + QString::fromUtf8(text)));

        // The samplers keep it current: a new job on the first server shows in a later scrape.
        writeLoad(0, R"({"1": {"hbm_used_mb": 30000, "aicore": 71, "pids": [[5151, "python3", 30000]]}})");
        QTRY_VERIFY_WITH_TIMEOUT((text = get(&manager, url, &status), scrapeMismatch(text).isEmpty()), 30000);
        QVERIFY(text.contains(QStringLiteral("npu_chip_info_utilization{chip_id=\"0\",host=\"%1\",id=\"1\",model_name=\"910B3\","
                                             "server=\"%2\"} 71 ").arg(m_sim.servers().at(0).host, hostArg(0)).toUtf8()));

        // Several scrapers at once, and 404 beside /metrics.
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 4; ++i)
            replies.emplace_back(manager.get(QNetworkRequest(url)));
        std::unique_ptr<QNetworkReply> other(manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))));
        for (const auto &reply : replies) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().contains("npu_chip_info_temperature{"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(other->isFinished(), 30000);
        QCOMPARE(other->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);

        // A server that stops answering is down, without figures, while the other is still served; then it is back.
        const QString downLine = QStringLiteral("ascenddeck_server_up{host=\"%1\",server=\"%2\"} 0")
                                     .arg(m_sim.servers().at(1).host, hostArg(1));
        QVERIFY(m_sim.fault(1, QStringLiteral("unreachable")));
        QTRY_VERIFY_WITH_TIMEOUT((text = get(&manager, url, &status)).contains(downLine.toUtf8()), 30000);
        QVERIFY(!text.contains(QStringLiteral("host=\"%1\",id=").arg(m_sim.servers().at(1).host).toUtf8()));
        QCOMPARE(text.count(QStringLiteral("npu_chip_info_hbm_used_memory{chip_id=\"0\",host=\"%1\"")
                                .arg(m_sim.servers().at(0).host).toUtf8()), 8);
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains(QByteArray(hostArg(1).toUtf8() + ": ")), 10000);
        QVERIFY(m_sim.fault(1, QStringLiteral("unreachable"), true));
        QTRY_VERIFY_WITH_TIMEOUT((text = get(&manager, url, &status), scrapeMismatch(text).isEmpty()), 60000);
        QVERIFY(!text.contains(downLine.toUtf8()));
        QCOMPARE(process.state(), QProcess::Running);

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        writeLoad(0, "{}");
    }

    void once_project_namesTheServersAsTheProjectDoes()
    {
        AscendDeck::Project project = m_sim.project();
        project.servers[0].name = QStringLiteral("node-a");
        project.servers[1].name = QStringLiteral("node-b");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.json"));
        QString error;
        QVERIFY2(AscendDeck::ProjectFile::save(project, path, &error), qPrintable(error));
        const CliRun r = cli(monitorArgs() << QStringLiteral("--once") << QStringLiteral("--json") << QStringLiteral("--project") << path);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, int> perServer;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const int index = o.value(QStringLiteral("server")).toString() == QLatin1String("node-a") ? 0 : 1;
            QCOMPARE(o.value(QStringLiteral("host")).toString(), m_sim.servers().at(index).host);
            ++perServer[o.value(QStringLiteral("server")).toString()];
        }
        QCOMPARE(perServer.value(QStringLiteral("node-a")), 8);
        QCOMPARE(perServer.value(QStringLiteral("node-b")), 8);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("--json"), QStringLiteral("--csv"), hostArg(0)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("--once"), QStringLiteral("--listen"), QStringLiteral(":9"), hostArg(0)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("--interval"), QStringLiteral("0"), hostArg(0)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("monitor"), QStringLiteral("--listen"), QStringLiteral("nowhere"), hostArg(0)}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_cli_monitor.moc"
