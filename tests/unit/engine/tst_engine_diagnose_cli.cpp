// `ascenddeck-cli engine diagnose` as a check from outside runs it: on real logs, with and without a lab's
// own pattern file, and with a pattern file it cannot use.
#include "CliRun.h"
#include "EngineFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestEngineDiagnoseCli : public QObject
{
    Q_OBJECT

    static CliRun diagnose(const QStringList &arguments)
    {
        return CliRun::run(QStringList{QStringLiteral("engine"), QStringLiteral("diagnose")} + arguments);
    }

    static QStringList codes(const QByteArray &json)
    {
        QStringList list;
        for (const QJsonValue &finding : QJsonDocument::fromJson(json).array())
            list << finding.toObject().value(QStringLiteral("code")).toString();
        return list;
    }

    static QString realLog()
    {
        return AscendDeck::EngineFixtures::path(QStringLiteral("diagnosis/invalid-dp-per-node_gpustack-3551.log"));
    }

    // The real log diagnosed with this pattern file, written to *labPath.
    static CliRun diagnoseWithLab(const QTemporaryDir &dir, const QByteArray &patterns, QString *labPath)
    {
        *labPath = dir.filePath(QStringLiteral("lab.json"));
        QFile file(*labPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(patterns) != patterns.size())
            qFatal("cannot write %s", qPrintable(*labPath));
        file.close();
        return diagnose({QStringLiteral("--patterns"), *labPath, realLog()});
    }

private slots:
    void realLog_namesTheClassAndExits1()
    {
        const CliRun run = diagnose({realLog()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(codes(run.out), QStringList{QStringLiteral("mindie-dp-per-node")});
    }

    void labFile_addsItsPatterns()
    {
        QTemporaryDir dir;
        QString lab;
        const CliRun run = diagnoseWithLab(dir, "{\"patterns\": [{\"code\": \"lab-abort\", \"regex\": \"terminate called after "
                                                "throwing\", \"severity\": \"warning\", \"cause\": \"c\", \"fix\": \"f\"}]}", &lab);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(codes(run.out), (QStringList{QStringLiteral("mindie-dp-per-node"), QStringLiteral("lab-abort")}));
    }

    void badLabFile_isAUsageErrorNamingFilePatternAndField()
    {
        QTemporaryDir dir;
        QString lab;
        const CliRun run = diagnoseWithLab(dir, "{\"patterns\": [{\"code\": \"a\", \"regex\": \"x\", \"severity\": \"error\", \"cause\": "
                                                "\"c\", \"fix\": \"f\"}, {\"code\": \"b\", \"regex\": \"x\", \"severity\": \"error\", "
                                                "\"cause\": \"c\"}]}", &lab);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains((lab + QStringLiteral(": pattern 1: field \"fix\": missing")).toUtf8()), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEngineDiagnoseCli)
#include "tst_engine_diagnose_cli.moc"
