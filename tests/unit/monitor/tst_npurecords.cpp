// What `ascenddeck-cli monitor` makes of npu-smi info: the records of real outputs of every layout, their JSON,
// CSV and table forms, the Prometheus exposition with npu-exporter's names, and the /metrics HTTP server.
#include "MonitorFixtures.h"

#include "monitor/MetricsHttpServer.h"
#include "monitor/NpuRecordBoard.h"
#include "monitor/NpuRecordText.h"
#include "monitor/NpuSnapshot.h"
#include "monitor/PrometheusExposition.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <memory>

using namespace AscendDeck;

namespace {
QList<NpuRecord> recordsOf(const QString &fixture, const QString &server = QStringLiteral("root@10.0.0.1"))
{
    QList<NpuRecord> records;
    QString error;
    if (!NpuSnapshot::read(MonitorFixtures::read(QStringLiteral("ascend/") + fixture), 1700000000123, &records, &error))
        qWarning("%s: %s", qPrintable(fixture), qPrintable(error));
    for (NpuRecord &record : records) {
        record.server = server;
        record.host = QStringLiteral("10.0.0.1");
    }
    return records;
}

const QString k910B3 = QStringLiteral("npu-smi-info_910B3_8npu_npu-smi-24.1.rc2.1_loaded-aicore_vllm-ascend-issue.txt");
const QString k310P = QStringLiteral("npu-smi-info_310P3-1npu-id6_25.3.rc1_driver-install-doc.txt");
const QString k310 = QStringLiteral("npu-smi-info_310_4chip_npu-smi-21.0.4_atlas800-3000.txt");
const QString kA3 = QStringLiteral("npu-smi-info_A3-Ascend910_8npu-x-2chip_Phy-ID_npu-smi-25.3.rc1_with-processes_vllm-ascend-issue4266.txt");

// The metric lines of an exposition: name -> the lines of that name.
QMultiHash<QString, QString> metricLines(const QByteArray &text)
{
    QMultiHash<QString, QString> lines;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString s = QString::fromUtf8(line);
        lines.insert(s.left(s.indexOf(QRegularExpression(QStringLiteral("[{ ]")))), s);
    }
    return lines;
}

// One client of the /metrics server: sends its request in the given pieces, collects the reply until the
// server closes. Run on the test's event loop, which serves too.
struct Scraper
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray reply;

    void start(quint16 port)
    {
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [this] { reply += socket->readAll(); });
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    bool done() const { return socket->state() == QAbstractSocket::UnconnectedState; }
    QByteArray body() const { return reply.mid(reply.indexOf("\r\n\r\n") + 4); }
};
} // namespace

class TestNpuRecords : public QObject
{
    Q_OBJECT

private slots:
    void snapshot_910B_readsEveryNpuWithHbm()
    {
        const QList<NpuRecord> records = recordsOf(k910B3);
        QCOMPARE(records.size(), 8);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(records.at(i).npuId, i);
        const NpuRecord &first = records.first();
        QCOMPARE(first.model, QStringLiteral("910B3"));
        QVERIFY(!first.memoryIsDdr);
        QCOMPARE(first.sample.hbmUsedMb, 57895.0f);
        QCOMPARE(first.sample.hbmTotalMb, 65536.0f);
        QCOMPARE(first.sample.aiCorePercent, 10.0f);
        QCOMPARE(first.sample.temperatureC, 40.0f);
        QCOMPARE(NpuRecordText::tidy(first.sample.powerW), 121.6);
        QCOMPARE(first.sample.health, NpuHealth::Ok);
        QCOMPARE(first.sample.timeMs, 1700000000123);
    }

    void snapshot_310_and310P_readDdrAndChips()
    {
        const QList<NpuRecord> p = recordsOf(k310P);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().npuId, 6);
        QVERIFY(p.first().memoryIsDdr);
        QCOMPARE(p.first().sample.hbmUsedMb, 1839.0f);
        QCOMPARE(p.first().sample.hbmTotalMb, 21525.0f);
        QVERIFY(std::isnan(p.first().sample.powerW)); // NA
        const QList<NpuRecord> card = recordsOf(k310);
        QCOMPARE(card.size(), 4);
        for (int chip = 0; chip < 4; ++chip) {
            QCOMPARE(card.at(chip).npuId, 6);
            QCOMPARE(card.at(chip).chipId, chip);
            QVERIFY(card.at(chip).memoryIsDdr);
            QCOMPARE(card.at(chip).sample.hbmTotalMb, 8192.0f);
        }
        QCOMPARE(card.at(0).sample.hbmUsedMb, 2703.0f);
    }

    void snapshot_atlasA3_twoChipsPerNpu()
    {
        const QList<NpuRecord> records = recordsOf(kA3);
        QCOMPARE(records.size(), 16);
        QCOMPARE(records.at(0).chipId, 0);
        QCOMPARE(records.at(1).chipId, 1);
        QCOMPARE(records.at(0).npuId, records.at(1).npuId);
        QVERIFY(records.at(1).sample.hbmTotalMb > 0);
    }

    // Every real npu-smi info of the fixtures (20.2 to 26.0, 310 to A3, with and without processes): records with
    // the memory and temperature of each chip, as the table printed them.
    void snapshot_everyRealLayout_givesFiguresForEveryChip()
    {
        const QDir dir(qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/ascend"));
        const QStringList files = dir.entryList({QStringLiteral("npu-smi-info_*.txt")});
        QVERIFY(files.size() >= 15);
        for (const QString &file : files) {
            const QList<NpuRecord> records = recordsOf(file);
            QVERIFY2(!records.isEmpty(), qPrintable(file));
            for (const NpuRecord &r : records) {
                QVERIFY2(r.npuId >= 0 && r.chipId >= 0 && !r.model.isEmpty(), qPrintable(file));
                QVERIFY2(r.sample.hbmTotalMb > 0 && r.sample.hbmUsedMb >= 0, qPrintable(file));
                QVERIFY2(!std::isnan(r.sample.temperatureC) && !std::isnan(r.sample.aiCorePercent), qPrintable(file));
                QVERIFY2(r.sample.health != NpuHealth::Unknown, qPrintable(file));
            }
        }
    }

    void snapshot_notATable_isAnError()
    {
        QList<NpuRecord> records;
        QString error;
        QVERIFY(!NpuSnapshot::read("sh: 1: npu-smi: not found\n", 0, &records, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(NpuSnapshot::command().argv, (QStringList{QStringLiteral("npu-smi"), QStringLiteral("info")}));
    }

    void json_oneObjectALine_nullWhereUnknown()
    {
        const QByteArray line = NpuRecordText::jsonLine(recordsOf(k310P).first());
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("server")).toString(), QStringLiteral("root@10.0.0.1"));
        QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("10.0.0.1"));
        QCOMPARE(o.value(QStringLiteral("npu_id")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("chip_id")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("310P3"));
        QCOMPARE(o.value(QStringLiteral("memory")).toString(), QStringLiteral("DDR"));
        QCOMPARE(o.value(QStringLiteral("hbm_used_mb")).toDouble(), 1839.0);
        QCOMPARE(o.value(QStringLiteral("hbm_total_mb")).toDouble(), 21525.0);
        QCOMPARE(o.value(QStringLiteral("temperature_c")).toDouble(), 50.0);
        QVERIFY(o.value(QStringLiteral("power_w")).isNull());
        QCOMPARE(o.value(QStringLiteral("health")).toString(), QStringLiteral("OK"));
        QCOMPARE(o.value(QStringLiteral("time_ms")).toInteger(), 1700000000123);
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        // Power as npu-smi printed it, not the float's binary tail.
        QVERIFY2(NpuRecordText::jsonLine(recordsOf(k910B3).first()).contains("\"power_w\":121.6,"),
                 NpuRecordText::jsonLine(recordsOf(k910B3).first()).constData());
    }

    void csv_headerAndRowsHaveTheSameColumns_quotedWhereNeeded()
    {
        const QList<QByteArray> header = NpuRecordText::csvHeader().trimmed().split(',');
        QVERIFY(header.contains("hbm_used_mb") && header.contains("health") && header.contains("npu_id"));
        NpuRecord record = recordsOf(k910B3).at(3);
        const QList<QByteArray> row = NpuRecordText::csvRow(record).trimmed().split(',');
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(header.indexOf("npu_id")), QByteArray("3"));
        QCOMPARE(row.at(header.indexOf("hbm_total_mb")), QByteArray("65536"));
        QCOMPARE(row.at(header.indexOf("health")), QByteArray("OK"));
        record.server = QStringLiteral("lab, rack \"2\"");
        QVERIFY(NpuRecordText::csvRow(record).contains(",\"lab, rack \"\"2\"\"\","));
        const QByteArray unknownPower = NpuRecordText::csvRow(recordsOf(k310P).first());
        QCOMPARE(unknownPower.trimmed().split(',').at(header.indexOf("power_w")), QByteArray());
    }

    void table_oneLinePerNpu_dashWhereUnknown()
    {
        const QString row = NpuRecordText::tableRow(recordsOf(k310P).first());
        QCOMPARE(row.count(QLatin1Char('\n')), 1);
        QVERIFY2(row.contains(QStringLiteral("1839/21525 DDR")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral(" - ")), qPrintable(row));
        QVERIFY(row.contains(QStringLiteral("root@10.0.0.1")));
        QVERIFY(NpuRecordText::tableHeader().contains(QStringLiteral("NPU")));
    }

    void exposition_hasNpuExporterNames_helpAndType_andALinePerNpu()
    {
        PrometheusExposition::Server a{QStringLiteral("gpu-a"), QStringLiteral("10.0.0.1"), true, recordsOf(k910B3)};
        PrometheusExposition::Server b{QStringLiteral("edge \"b\""), QStringLiteral("10.0.0.2"), true, recordsOf(k310P)};
        const QByteArray text = PrometheusExposition::text({a, b});
        const QMultiHash<QString, QString> lines = metricLines(text);
        // Every NPU metric has npu-exporter's name: each is in a real npu-exporter's /metrics.
        const QMultiHash<QString, QString> real = metricLines(
            MonitorFixtures::read(QStringLiteral("ascend/npu-exporter-metrics_testdata-910A_mindcluster.txt")));
        const QStringList names{QStringLiteral("npu_chip_info_hbm_used_memory"), QStringLiteral("npu_chip_info_hbm_total_memory"),
                                QStringLiteral("npu_chip_info_used_memory"), QStringLiteral("npu_chip_info_total_memory"),
                                QStringLiteral("npu_chip_info_utilization"), QStringLiteral("npu_chip_info_temperature"),
                                QStringLiteral("npu_chip_info_power"), QStringLiteral("npu_chip_info_health_status"),
                                QStringLiteral("machine_npu_nums")};
        for (const QString &name : names) {
            QVERIFY2(real.contains(name), qPrintable(name));
            QCOMPARE(text.count(QByteArray("# HELP " + name.toUtf8() + ' ')), 1);
            QCOMPARE(text.count(QByteArray("# TYPE " + name.toUtf8() + " gauge\n")), 1);
        }
        for (const QString &name : lines.uniqueKeys())
            QVERIFY2(names.contains(name) || name == QLatin1String("ascenddeck_server_up"), qPrintable(name));
        // HBM for the 910B3's eight NPUs, DDR for the 310P: each under its own name, as npu-exporter does.
        QCOMPARE(lines.values(QStringLiteral("npu_chip_info_hbm_used_memory")).size(), 8);
        QCOMPARE(lines.values(QStringLiteral("npu_chip_info_used_memory")).size(), 1);
        QCOMPARE(lines.values(QStringLiteral("npu_chip_info_temperature")).size(), 9);
        QCOMPARE(lines.values(QStringLiteral("npu_chip_info_power")).size(), 8); // the 310P's power is NA
        QVERIFY(lines.values(QStringLiteral("npu_chip_info_hbm_used_memory")).contains(
            QStringLiteral("npu_chip_info_hbm_used_memory{chip_id=\"0\",host=\"10.0.0.1\",id=\"0\",model_name=\"910B3\","
                           "server=\"gpu-a\"} 57895 1700000000123")));
        QVERIFY(lines.values(QStringLiteral("npu_chip_info_used_memory")).contains(
            QStringLiteral("npu_chip_info_used_memory{chip_id=\"0\",host=\"10.0.0.2\",id=\"6\",model_name=\"310P3\","
                           "server=\"edge \\\"b\\\"\"} 1839 1700000000123")));
        QVERIFY(lines.values(QStringLiteral("npu_chip_info_power")).contains(
            QStringLiteral("npu_chip_info_power{chip_id=\"0\",host=\"10.0.0.1\",id=\"0\",model_name=\"910B3\",server=\"gpu-a\"} "
                           "121.6 1700000000123")));
        QVERIFY(lines.values(QStringLiteral("machine_npu_nums")).contains(
            QStringLiteral("machine_npu_nums{host=\"10.0.0.1\",server=\"gpu-a\"} 8")));
        QCOMPARE(lines.values(QStringLiteral("npu_chip_info_health_status")).filter(QStringLiteral("} 1 ")).size(), 9);
    }

    void exposition_silentServer_isDownWithoutFigures()
    {
        PrometheusExposition::Server a{QStringLiteral("a"), QStringLiteral("10.0.0.1"), false, recordsOf(k910B3)};
        const QMultiHash<QString, QString> lines = metricLines(PrometheusExposition::text({a}));
        QCOMPARE(lines.values(QStringLiteral("ascenddeck_server_up")),
                 QStringList{QStringLiteral("ascenddeck_server_up{host=\"10.0.0.1\",server=\"a\"} 0")});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(PrometheusExposition::escapeLabel(QStringLiteral("a\\b\"c\nd")), QStringLiteral("a\\\\b\\\"c\\nd"));
    }

    void board_readingsKeepTheModelAndMemoryOfTheirChip()
    {
        NpuRecordBoard board;
        board.setServers({{QStringLiteral("edge"), QStringLiteral("10.0.0.2"), false, {}}});
        board.setRecords(0, recordsOf(k310P));
        NpuReading reading;
        reading.npuId = 6;
        reading.sample.timeMs = 5;
        reading.sample.hbmUsedMb = 2000;
        reading.sample.hbmTotalMb = 21525;
        const QList<NpuRecord> records = board.setReadings(0, {reading});
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().model, QStringLiteral("310P3"));
        QVERIFY(records.first().memoryIsDdr);
        QCOMPARE(records.first().server, QStringLiteral("edge"));
        QCOMPARE(records.first().sample.hbmUsedMb, 2000.0f);
        QVERIFY(board.exposition().contains("npu_chip_info_used_memory{chip_id=\"0\",host=\"10.0.0.2\",id=\"6\",model_name=\"310P3\",server=\"edge\"} 2000 5"));
        board.setDown(0);
        QVERIFY(board.exposition().contains("ascenddeck_server_up{host=\"10.0.0.2\",server=\"edge\"} 0"));
        QVERIFY(!board.exposition().contains("npu_chip_info_used_memory{"));
    }

    void http_respond_metricsElse404_405_400()
    {
        MetricsHttpServer server([] { return QByteArray("m 1\n"); }, PrometheusExposition::contentType());
        const QByteArray ok = server.respond("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(ok.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(ok.contains("\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
        QVERIFY(ok.contains("\r\nContent-Length: 4\r\n"));
        QVERIFY(ok.endsWith("\r\n\r\nm 1\n"));
        QVERIFY(server.respond("GET /metrics?x=1 HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 200 OK"));
        QVERIFY(server.respond("HEAD /metrics HTTP/1.1\r\n\r\n").endsWith("\r\n\r\n"));
        QVERIFY(server.respond("GET / HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
        QVERIFY(server.respond("GET /metricsx HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
        QVERIFY(server.respond("POST /metrics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405 "));
        QVERIFY(server.respond("hello\r\n\r\n").startsWith("HTTP/1.1 400 "));
    }

    void http_partialRequestsFromSeveralScrapersAtOnce()
    {
        int scrapes = 0;
        MetricsHttpServer server([&scrapes]() -> QByteArray { return QByteArray("scrape ") + QByteArray::number(++scrapes) + '\n'; },
                                 PrometheusExposition::contentType());
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(server.port() > 0);
        std::vector<Scraper> scrapers(5);
        for (Scraper &s : scrapers)
            s.start(server.port());
        for (Scraper &s : scrapers)
            QTRY_COMPARE(s.socket->state(), QAbstractSocket::ConnectedState);
        const QByteArray head = "GET /metr";
        for (Scraper &s : scrapers)
            s.socket->write(head);
        // Every first half has arrived and waits for the rest: no answer to half a request.
        QTRY_COMPARE(server.bufferedBytes(), 5 * head.size());
        QCOMPARE(scrapes, 0);
        for (Scraper &s : scrapers)
            s.socket->write("ics HTTP/1.1\r\nHost: localhost\r\n\r\n");
        for (Scraper &s : scrapers)
            QTRY_VERIFY(s.done());
        QCOMPARE(scrapes, 5);
        QSet<QByteArray> bodies;
        for (const Scraper &s : scrapers) {
            QVERIFY2(s.reply.startsWith("HTTP/1.1 200 OK\r\n"), s.reply.constData());
            bodies.insert(s.body());
        }
        QCOMPARE(bodies.size(), 5);
        Scraper other;
        other.start(server.port());
        QTRY_COMPARE(other.socket->state(), QAbstractSocket::ConnectedState);
        other.socket->write("GET /other HTTP/1.1\r\n\r\n");
        QTRY_VERIFY(other.done());
        QVERIFY(other.reply.startsWith("HTTP/1.1 404 "));
        QCOMPARE(scrapes, 5);
    }

    void http_parseAddress()
    {
        QHostAddress address;
        quint16 port = 0;
        QString error;
        QVERIFY(MetricsHttpServer::parseAddress(QStringLiteral("127.0.0.1:9101"), &address, &port, &error));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(port, quint16(9101));
        QVERIFY(MetricsHttpServer::parseAddress(QStringLiteral("[::1]:9102"), &address, &port, &error));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(MetricsHttpServer::parseAddress(QStringLiteral(":9103"), &address, &port, &error));
        QCOMPARE(address, QHostAddress(QHostAddress::Any));
        QCOMPARE(port, quint16(9103));
        for (const QString &bad : {QStringLiteral("127.0.0.1"), QStringLiteral("host:9101"), QStringLiteral("1.2.3.4:99999"),
                                   QStringLiteral("1.2.3.4:x")}) {
            error.clear();
            QVERIFY2(!MetricsHttpServer::parseAddress(bad, &address, &port, &error), qPrintable(bad));
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestNpuRecords)
#include "tst_npurecords.moc"
