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

    static QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &data)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void realLog_namesTheClassAndExits1()
    {
        const CliRun run = diagnose({AscendDeck::EngineFixtures::path(QStringLiteral("diagnosis/invalid-dp-per-node_gpustack-3551.log"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(codes(run.out), QStringList{QStringLiteral("mindie-dp-per-node")});
    }

    void labFile_addsItsPatternsFirst()
    {
        QTemporaryDir dir;
        const QString lab = writeFile(dir, "lab.json",
            "{\"patterns\": [{\"code\": \"lab-abort\", \"regex\": \"terminate called after throwing\", \"severity\": \"warning\","
            " \"cause\": \"c\", \"fix\": \"f\"}]}");
        const CliRun run = diagnose({QStringLiteral("--patterns"), lab,
                                  AscendDeck::EngineFixtures::path(QStringLiteral("diagnosis/invalid-dp-per-node_gpustack-3551.log"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(codes(run.out), (QStringList{QStringLiteral("mindie-dp-per-node"), QStringLiteral("lab-abort")}));
    }

    void badLabFile_isAUsageErrorNamingFilePatternAndField()
    {
        QTemporaryDir dir;
        const QString lab = writeFile(dir, "lab.json",
            "{\"patterns\": [{\"code\": \"a\", \"regex\": \"x\", \"severity\": \"error\", \"cause\": \"c\", \"fix\": \"f\"},"
            " {\"code\": \"b\", \"regex\": \"x\", \"severity\": \"error\", \"cause\": \"c\"}]}");
        const CliRun run = diagnose({QStringLiteral("--patterns"), lab,
                                  AscendDeck::EngineFixtures::path(QStringLiteral("diagnosis/invalid-dp-per-node_gpustack-3551.log"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains((lab + QStringLiteral(": pattern 1: field \"fix\": missing")).toUtf8()), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEngineDiagnoseCli)
#include "tst_engine_diagnose_cli.moc"
