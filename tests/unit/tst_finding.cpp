// The one finding type: its JSON (what every CLI command prints), severities and the merge of a rule
// broken the same way on several servers.
#include "base/Finding.h"

#include <QTest>

using namespace AscendDeck;

class TestFinding : public QObject
{
    Q_OBJECT

private slots:
    void json_isStable()
    {
        const Finding f{Finding::Severity::Warning, QStringLiteral("r"), QStringLiteral("n"), 3, QStringLiteral("a.b"),
                        QStringLiteral("m"), QStringLiteral("f")};
        QCOMPARE(Finding::listToJson({f}),
                 QByteArray("[\n  {\n    \"severity\": \"warning\",\n    \"code\": \"r\",\n    \"server\": \"n\",\n"
                            "    \"npu\": 3,\n    \"field\": \"a.b\",\n    \"message\": \"m\",\n    \"fix\": \"f\"\n  }\n]\n"));
    }

    void json_logEvidence_andNoNpu()
    {
        Finding f{Finding::Severity::Error, QStringLiteral("npu-oom"), QString(), -1, QString(), QStringLiteral("m")};
        f.line = 22;
        f.count = 4;
        f.evidence = QStringLiteral("NPU out of memory");
        const auto json = f.toJson();
        QVERIFY(json["npu"].is_null());
        QCOMPARE(json["line"].get<int>(), 22);
        QCOMPARE(json["count"].get<int>(), 4);
        QVERIFY(json["evidence"] == "NPU out of memory");
    }

    void severities()
    {
        const Finding error{Finding::Severity::Error, QStringLiteral("e"), QString(), -1, QString(), QString()};
        const Finding warning{Finding::Severity::Warning, QStringLiteral("w"), QString(), -1, QString(), QString()};
        const Finding info{Finding::Severity::Info, QStringLiteral("i"), QString(), -1, QString(), QString()};
        QCOMPARE(Finding::worst({}), Finding::Severity::Info);
        QCOMPARE(Finding::worst({info, warning}), Finding::Severity::Warning);
        QCOMPARE(Finding::worst({info, error, warning}), Finding::Severity::Error);
        QVERIFY(!Finding::hasError({info, warning}));
        QVERIFY(Finding::hasError({warning, error}));
        QCOMPARE(Finding::countOf({info, error, info}, Finding::Severity::Info), 2);
        QCOMPARE(Finding::severityName(Finding::Severity::Info), QStringLiteral("info"));
    }

    void mergeServers_oneFindingPerProblem()
    {
        const auto on = [](const QString &server, const QString &message) {
            return Finding{Finding::Severity::Error, QStringLiteral("rule"), server, -1, QStringLiteral("f"), message};
        };
        const QList<Finding> merged = Finding::mergeServers(
            {on(QStringLiteral("10.0.0.1"), QStringLiteral("same")), on(QStringLiteral("10.0.0.1"), QStringLiteral("other")),
             on(QStringLiteral("10.0.0.2"), QStringLiteral("same")), on(QStringLiteral("10.0.0.2"), QStringLiteral("same"))});
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged.at(0).server, QStringLiteral("10.0.0.1, 10.0.0.2"));
        QCOMPARE(merged.at(0).message, QStringLiteral("same"));
        QCOMPARE(merged.at(1).server, QStringLiteral("10.0.0.1"));
        QCOMPARE(merged.at(1).message, QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
