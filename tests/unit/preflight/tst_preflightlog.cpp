// The log of preflight runs and the status step made of it: counts per server, ages, a damaged file.
#include "ops/DeploymentStatus.h"
#include "preflight/PreflightLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;
using State = DeploymentStatus::State;
using Step = DeploymentStatus::Step;

class TestPreflightLog : public QObject
{
    Q_OBJECT

    static DeploymentStatus::Report reportOf(const QStringList &servers)
    {
        DeploymentStatus::Report report;
        for (const QString &server : servers) {
            DeploymentStatus::ServerStatus status;
            status.server = server;
            status.steps.append({Step::Network, State::Done, QString()});
            report.servers << status;
        }
        return report;
    }

private slots:
    void record_countsPerServer_clusterFindingsForEvery()
    {
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-04T08:00:00Z"), Qt::ISODate);
        const QList<Finding> findings{
            Finding(Finding::Severity::Error, QStringLiteral("firewalld"), QStringLiteral("root@a:22"), -1, {}, QStringLiteral("x"), {}),
            Finding(Finding::Severity::Warning, QStringLiteral("shm"), QStringLiteral("root@a:22, root@b:22"), -1, {}, QStringLiteral("y"), {}),
            Finding(Finding::Severity::Warning, QStringLiteral("weights"), QString(), -1, {}, QStringLiteral("z"), {}),
            Finding(Finding::Severity::Info, QStringLiteral("npus"), QStringLiteral("root@b:22"), -1, {}, QStringLiteral("ok"), {}),
        };
        PreflightLog log;
        log.record({QStringLiteral("root@a:22"), QStringLiteral("root@b:22")}, findings, at);
        QCOMPARE(log.entry(QStringLiteral("root@a:22"))->errors, 1);
        QCOMPARE(log.entry(QStringLiteral("root@a:22"))->warnings, 2);
        QCOMPARE(log.entry(QStringLiteral("root@b:22"))->errors, 0);
        QCOMPARE(log.entry(QStringLiteral("root@b:22"))->warnings, 2);
        QVERIFY(!log.entry(QStringLiteral("root@c:22")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/preflight.json"));
        QString error;
        QVERIFY2(log.save(path, &error), qPrintable(error));
        PreflightLog again;
        QVERIFY2(again.load(path, &error), qPrintable(error));
        QCOMPARE(again.entry(QStringLiteral("root@a:22"))->at, at);
        QCOMPARE(again.entry(QStringLiteral("root@b:22"))->warnings, 2);
    }

    void load_damaged_namesFileAndField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preflight.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"servers": {"root@a:22": {"at": "yesterday", "errors": 0}}})");
        file.close();
        PreflightLog log;
        QString error;
        QVERIFY(!log.load(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("servers.root@a:22.at")), qPrintable(error));
        QVERIFY(log.load(dir.filePath(QStringLiteral("absent.json")), &error)); // never run: an empty log
    }

    void addPreflight_statesByAgeAndResult_onlyFailureAsksForAttention()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-04T10:00:00Z"), Qt::ISODate);
        PreflightLog log;
        log.set(QStringLiteral("fresh"), {now.addSecs(-2 * 3600), 0, 1});
        log.set(QStringLiteral("old"), {now.addDays(-8), 0, 0});
        log.set(QStringLiteral("failed"), {now.addSecs(-40), 2, 0});
        DeploymentStatus::Report report = reportOf({QStringLiteral("fresh"), QStringLiteral("old"), QStringLiteral("never")});
        DeploymentStatus::addPreflight(&report, log, now);
        QCOMPARE(report.servers.at(0).steps.first().step, Step::Preflight); // first, in wizard order
        QCOMPARE(report.servers.at(0).step(Step::Preflight)->state, State::Done);
        QVERIFY2(report.servers.at(0).step(Step::Preflight)->detail.contains(QStringLiteral("2 h ago")),
                 qPrintable(report.servers.at(0).step(Step::Preflight)->detail));
        QCOMPARE(report.servers.at(1).step(Step::Preflight)->state, State::Stale);
        QCOMPARE(report.servers.at(2).step(Step::Preflight)->state, State::Missing);
        Step step;
        QVERIFY(!report.firstAttention(&step)); // stale or never run: shown, not asked for

        DeploymentStatus::Report failed = reportOf({QStringLiteral("failed")});
        DeploymentStatus::addPreflight(&failed, log, now);
        QCOMPARE(failed.servers.at(0).step(Step::Preflight)->state, State::Failed);
        QVERIFY(failed.servers.at(0).step(Step::Preflight)->detail.contains(QStringLiteral("errors: 2")));
        QVERIFY(failed.firstAttention(&step));
        QCOMPARE(step, Step::Preflight);
        QCOMPARE(QString::fromStdString(failed.toJson()["servers"][0]["steps"]["preflight"]["state"].get<std::string>()), QStringLiteral("failed"));
    }
};

QTEST_MAIN(TestPreflightLog)
#include "tst_preflightlog.moc"
