#include "RankTableFixtures.h"

#include "ranktable/RankTableMerger.h"

#include <QTest>

using namespace AscendDeck;
using Mode = RankTableMerger::Mode;

Q_DECLARE_METATYPE(RankTableMerger::Mode)

class TestRankTableMerge : public QObject
{
    Q_OBJECT

    static QList<RankTableMerger::Input> inputs(const QStringList &files)
    {
        QList<RankTableMerger::Input> list;
        for (const QString &file : files)
            list.append({file, RankTableFixtures::read(file)});
        return list;
    }

    static RankTableMerger::Input inline_(const char *name, const char *json)
    {
        return {QString::fromLatin1(name), QByteArray(json)};
    }

private slots:
    // Each row of merge/cases.tsv is one run of merge_hccl.py over hccl_tools.py output (1, 2, 4, 16
    // servers, a 4-device subset, inputs without container_ip). Reference mode must write the same bytes.
    void referenceMode_matchesMergeHccl_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("expected");
        const QList<QStringList> rows = RankTableFixtures::manifest(QStringLiteral("merge/cases.tsv"));
        QCOMPARE(rows.size(), 6);
        for (const QStringList &row : rows)
            QTest::newRow(qPrintable(row.at(0))) << row.at(2).split(QLatin1Char(' ')) << row.at(1);
    }
    void referenceMode_matchesMergeHccl()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        QString error;
        const auto result = RankTableMerger::merge(inputs(files), Mode::Reference, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->json, RankTableFixtures::read(expected));
        QCOMPARE(result->fileName, expected.section(QLatin1Char('/'), -1));
    }

    // For hccl_tools.py output, AscendDeck's mode writes exactly what the script writes too...
    void ascendDeckMode_equalForScriptOutput_data() { referenceMode_matchesMergeHccl_data(); }
    void ascendDeckMode_equalForScriptOutput()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        if (expected.contains(QLatin1String("without-container-ip")))
            QSKIP("covered by ascendDeckMode_fillsContainerIp");
        QString error;
        const auto result = RankTableMerger::merge(inputs(files), Mode::AscendDeck, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->json, RankTableFixtures::read(expected));
    }

    // ...but where container_ip is missing (older hccl_tools.py; the seed adds it by hand) it fills it in,
    // after server_id: the result is what merging the complete tables gives.
    void ascendDeckMode_fillsContainerIp()
    {
        const QStringList files{
            QStringLiteral("merge/inputs-without-container-ip/hccl_8p_01234567_10.20.0.1.json"),
            QStringLiteral("merge/inputs-without-container-ip/hccl_8p_01234567_10.20.0.2.json")};
        QString error;
        const auto filled = RankTableMerger::merge(inputs(files), Mode::AscendDeck, &error);
        QVERIFY2(filled, qPrintable(error));
        QCOMPARE(filled->json, RankTableFixtures::read(QStringLiteral("merge/2s-8p/hccl_2s_16p.json")));
        const auto reference = RankTableMerger::merge(inputs(files), Mode::Reference, &error);
        QVERIFY(!reference->json.contains("container_ip"));
    }

    // merge_hccl.py adds up the server_count fields; MindIE checks the list length.
    void serverCount_referenceSumsFieldsAscendDeckCounts()
    {
        const QList<RankTableMerger::Input> in{
            inline_("a", R"({"server_count": " 2 ", "server_list": [{"server_id": "10.0.0.1", "device": [{"rank_id": "5"}]}]})"),
            inline_("b", R"({"server_count": 1, "server_list": [{"server_id": "10.0.0.2", "device": [{"device_id": "0"}]}]})")};
        QString error;
        const auto reference = RankTableMerger::merge(in, Mode::Reference, &error);
        QVERIFY2(reference, qPrintable(error));
        QCOMPARE(reference->fileName, QStringLiteral("hccl_3s_2p.json"));
        QVERIFY(reference->json.contains("\"server_count\": \"3\""));
        QVERIFY(reference->json.contains("{\n                    \"device_id\": \"0\",\n                    \"rank_id\": \"1\"\n"));
        const auto ours = RankTableMerger::merge(in, Mode::AscendDeck, &error);
        QCOMPARE(ours->fileName, QStringLiteral("hccl_2s_2p.json"));
    }

    void superPods_keptAndJoinedInAscendDeckMode()
    {
        const QList<RankTableMerger::Input> in{
            inline_("a", R"({"version": "1.2", "server_count": "1", "server_list": [{"server_id": "10.0.0.1", "device": []}],
                             "super_pod_list": [{"super_pod_id": "0", "server_list": [{"server_id": "10.0.0.1"}]}]})"),
            inline_("b", R"({"version": "1.2", "server_count": "1", "server_list": [{"server_id": "10.0.0.2", "device": []}],
                             "super_pod_list": [{"super_pod_id": "0", "server_list": [{"server_id": "10.0.0.2"}]}]})")};
        QString error;
        const auto ours = RankTableMerger::merge(in, Mode::AscendDeck, &error);
        QVERIFY2(ours, qPrintable(error));
        const auto json = nlohmann::ordered_json::parse(ours->json.toStdString());
        QVERIFY(json["version"] == "1.2");
        QCOMPARE(json["super_pod_list"].size(), 1u);
        QVERIFY(json["super_pod_list"][0]["server_list"][1]["server_id"] == "10.0.0.2");
        const auto reference = RankTableMerger::merge(in, Mode::Reference, &error);
        QVERIFY(!reference->json.contains("super_pod_list"));
    }

    void errors_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << Mode::Reference << QByteArray("{\n\"server_count\": \"1\",\n}")
                                  << "b.json, line 3: not valid JSON (";
        QTest::newRow("no server_count") << Mode::Reference << QByteArray(R"({"server_list": []})")
                                         << "b.json: \"server_count\" is missing";
        QTest::newRow("bad server_count") << Mode::Reference << QByteArray(R"({"server_count": "two", "server_list": []})")
                                          << "b.json: \"server_count\" is not a whole number: two";
        QTest::newRow("no device") << Mode::Reference
                                   << QByteArray(R"({"server_count": "1", "server_list": [{"server_id": "10.0.0.9"}]})")
                                   << "b.json: server_list[0] (server 10.0.0.9): \"device\" is missing or not a list";
        QTest::newRow("same server twice") << Mode::AscendDeck
                                           << QByteArray(R"({"server_count": "1", "server_list": [{"server_id": "10.0.0.1", "device": []}]})")
                                           << "server 10.0.0.1 is in both a.json and b.json";
        QTest::newRow("mixed versions") << Mode::AscendDeck
                                        << QByteArray(R"({"version": "1.2", "server_count": "1", "server_list": []})")
                                        << "b.json is version 1.2 but a.json is version 1.0: they cannot be merged";
    }
    void errors()
    {
        QFETCH(Mode, mode);
        QFETCH(QByteArray, second);
        QFETCH(QString, message);
        const QList<RankTableMerger::Input> in{
            inline_("a.json", R"({"version": "1.0", "server_count": "1", "server_list": [{"server_id": "10.0.0.1", "device": []}]})"),
            {QStringLiteral("b.json"), second}};
        QString error;
        QVERIFY(!RankTableMerger::merge(in, mode, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRankTableMerge)
#include "tst_ranktable_merge.moc"
