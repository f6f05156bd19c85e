// The item models behind the finding lists, the launch servers and the alerts: each passes
// QAbstractItemModelTester while it is filled, updated and emptied, and shows what it holds.
#include "FindingModel.h"
#include "FindingView.h"
#include "monitor/ClusterSamples.h"
#include "operate/AlertHistoryModel.h"
#include "operate/AlertModel.h"
#include "operate/HottestNpuModel.h"
#include "operate/LaunchServerModel.h"
#include "wizard/WeightsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace AscendDeck;

namespace {
Finding finding(Finding::Severity severity, const QString &code, const QString &server = QString(), int npu = -1,
                const QString &message = QStringLiteral("message"))
{
    return {severity, code, server, npu, QString(), message, QStringLiteral("the fix")};
}

NpuReading reading(int npu, qint64 timeMs, float temperature, float hbmUsedMb, float aiCore)
{
    NpuReading r;
    r.npuId = npu;
    r.sample.timeMs = timeMs;
    r.sample.temperatureC = temperature;
    r.sample.hbmUsedMb = hbmUsedMb;
    r.sample.hbmTotalMb = 65536;
    r.sample.aiCorePercent = aiCore;
    r.sample.health = NpuHealth::Ok;
    return r;
}

Alert alert(int server, int npu, const QString &message, qint64 sinceMs = 1000)
{
    Alert a;
    a.kind = Alert::Kind::MemoryHigh;
    a.severity = Alert::Severity::Critical;
    a.server = server;
    a.npuId = npu;
    a.sinceMs = sinceMs;
    a.message = message;
    return a;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void findingModel_showsServerAndNpu()
    {
        FindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({finding(Finding::Severity::Error, QStringLiteral("duplicate-address"), QStringLiteral("10.0.0.2"), 3)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, FindingModel::ServerColumn), QStringLiteral("10.0.0.2"));
        QCOMPARE(cell(model, 0, FindingModel::NpuColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, FindingModel::SeverityColumn), FindingModel::severityText(Finding::Severity::Error));
        QVERIFY(model.index(0, FindingModel::SeverityColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(0, 0).data(FindingModel::CodeRole).toString(), QStringLiteral("duplicate-address"));
        QVERIFY(model.text().contains(QStringLiteral("10.0.0.2")));
        QVERIFY(model.text().contains(FindingModel::tr("NPU %1").arg(3)));
    }

    void findingModel_toolTipCarriesTheFullText()
    {
        FindingModel model;
        const QString longMessage = QString(QStringLiteral("word ")).repeated(200) + QStringLiteral("end");
        model.setFindings({finding(Finding::Severity::Warning, QStringLiteral("c"), QStringLiteral("s"), -1, longMessage)});
        for (int column = 0; column < FindingModel::ColumnCount; ++column) {
            const QString tip = cell(model, 0, column, Qt::ToolTipRole);
            QVERIFY(tip.contains(longMessage));
            QVERIFY(tip.contains(QStringLiteral("the fix")));
        }
    }

    void findingModel_updatesRowsInPlace()
    {
        FindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const Finding a = finding(Finding::Severity::Error, QStringLiteral("a"));
        const Finding b = finding(Finding::Severity::Warning, QStringLiteral("b"));
        Finding c = finding(Finding::Severity::Info, QStringLiteral("c"));

        model.setFindings({a, b});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);

        model.setFindings({a, b, c}); // a log diagnosis grows: only the new row is inserted
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(changed.size(), 0);

        c.count = 5; // the same finding seen again: its row changes, nothing moves
        model.setFindings({a, b, c});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QVERIFY(cell(model, 2, FindingModel::SeverityColumn).contains(QStringLiteral("5")));

        model.setFindings({b}); // shrinks: row 0 changes to b, rows 1-2 go
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(FindingModel::CodeRole).toString(), QStringLiteral("b"));

        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void findingView_hidesColumnsNoFindingFills()
    {
        FindingView view;
        view.setFindings({finding(Finding::Severity::Error, QStringLiteral("a"))});
        QVERIFY(!view.isColumnHidden(FindingModel::SeverityColumn));
        QVERIFY(!view.isColumnHidden(FindingModel::MessageColumn));
        QVERIFY(!view.isColumnHidden(FindingModel::FixColumn));
        QVERIFY(view.isColumnHidden(FindingModel::ServerColumn));
        QVERIFY(view.isColumnHidden(FindingModel::NpuColumn));
        view.setFindings({finding(Finding::Severity::Error, QStringLiteral("a"), QStringLiteral("10.0.0.1"), 0)});
        QVERIFY(!view.isColumnHidden(FindingModel::ServerColumn));
        QVERIFY(!view.isColumnHidden(FindingModel::NpuColumn));
    }

    void launchServerModel_stateAndDiagnosis()
    {
        LaunchServerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServers({QStringLiteral("node-1 (10.0.0.1)"), QStringLiteral("node-2 (10.0.0.2)")},
                         {QStringLiteral("master"), QStringLiteral("worker")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, LaunchServerModel::NameColumn), QStringLiteral("node-2 (10.0.0.2)"));
        QCOMPARE(cell(model, 0, LaunchServerModel::RoleColumn), LaunchServerModel::roleName(QStringLiteral("master")));
        QCOMPARE(cell(model, 1, LaunchServerModel::StateColumn),
                 LaunchOperation::serverStateName(LaunchOperation::ServerState::Pending));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setState(1, LaunchOperation::ServerState::Failed, QStringLiteral("container exited 137"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, LaunchServerModel::StateColumn));
        QCOMPARE(cell(model, 1, LaunchServerModel::StateColumn), LaunchOperation::serverStateName(LaunchOperation::ServerState::Failed));
        QCOMPARE(cell(model, 1, LaunchServerModel::StateColumn, Qt::ToolTipRole), QStringLiteral("container exited 137"));
        QVERIFY(model.index(1, LaunchServerModel::StateColumn).data(Qt::ForegroundRole).isValid());

        // A consequence first, then its cause: the column shows the cause; a note never takes it.
        model.addFinding(1, finding(Finding::Severity::Info, QStringLiteral("tbe-subprocess"), QString(), -1, QStringLiteral("note")));
        QCOMPARE(cell(model, 1, LaunchServerModel::DiagnosisColumn), QString());
        model.addFinding(1, finding(Finding::Severity::Error, QStringLiteral("worker-exit"), QString(), -1, QStringLiteral("a worker exited")));
        QCOMPARE(cell(model, 1, LaunchServerModel::DiagnosisColumn), QStringLiteral("a worker exited"));
        model.addFinding(1, finding(Finding::Severity::Error, QStringLiteral("npu-oom"), QString(), -1, QStringLiteral("out of memory")));
        QCOMPARE(cell(model, 1, LaunchServerModel::DiagnosisColumn), QStringLiteral("out of memory"));
        QVERIFY(cell(model, 1, LaunchServerModel::DiagnosisColumn, Qt::ToolTipRole).contains(QStringLiteral("the fix")));
        QCOMPARE(cell(model, 0, LaunchServerModel::DiagnosisColumn), QString());

        Finding again = finding(Finding::Severity::Error, QStringLiteral("npu-oom"), QString(), -1, QStringLiteral("out of memory"));
        again.count = 4;
        model.addFinding(1, again); // the same pattern again replaces, not adds
        const QList<Finding> sorted = model.findings(1);
        QCOMPARE(sorted.size(), 3);
        QCOMPARE(sorted.at(0).code, QStringLiteral("npu-oom"));
        QCOMPARE(sorted.at(0).count, 4);
        QCOMPARE(sorted.at(1).code, QStringLiteral("worker-exit"));
        QCOMPARE(sorted.at(2).code, QStringLiteral("tbe-subprocess"));

        model.clearFindings();
        QVERIFY(model.findings(1).isEmpty());
        QCOMPARE(cell(model, 1, LaunchServerModel::DiagnosisColumn), QString());

        model.setServers({QStringLiteral("only")}, {QStringLiteral("single")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.state(0), LaunchOperation::ServerState::Pending);
    }

    void alertModel_newestFirst_fullTextInToolTip()
    {
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServerNames({QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")});
        const QString longText = QStringLiteral("server 10.0.0.2 NPU 5: HBM ") + QString(QStringLiteral("very ")).repeated(80) + QStringLiteral("full");
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.raise(alert(0, 1, QStringLiteral("first")));
        model.raise(alert(1, 5, longText, 2000));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, AlertModel::ServerColumn), QStringLiteral("10.0.0.2"));
        QCOMPARE(cell(model, 0, AlertModel::NpuColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, AlertModel::TextColumn), longText);
        QVERIFY(cell(model, 0, AlertModel::TextColumn, Qt::ToolTipRole).contains(longText));
        QCOMPARE(cell(model, 1, AlertModel::ServerColumn), QStringLiteral("10.0.0.1"));
        QVERIFY(model.texts().at(1).endsWith(QStringLiteral(": first")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.clear(alert(0, 1, QStringLiteral("first")), 3000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QVERIFY(cell(model, 1, AlertModel::SeverityColumn) != cell(model, 0, AlertModel::SeverityColumn));
        model.clear(alert(0, 1, QStringLiteral("first")), 4000); // already cleared: nothing changes
        QCOMPARE(changed.size(), 1);
    }

    void alertModel_dropsTheOldestBeyondTheCap()
    {
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i <= AlertModel::kMaxRows; ++i)
            model.raise(alert(0, i % 8, QStringLiteral("alert %1").arg(i)));
        QCOMPARE(model.rowCount(), AlertModel::kMaxRows);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(cell(model, 0, AlertModel::TextColumn), QStringLiteral("alert %1").arg(AlertModel::kMaxRows));
        QCOMPARE(cell(model, AlertModel::kMaxRows - 1, AlertModel::TextColumn), QStringLiteral("alert 1"));
    }

    void hottestNpuModel_ranksTheClusterAndKeepsTheTop()
    {
        ClusterSamples samples;
        samples.setServers({QStringLiteral("a"), QStringLiteral("b")});
        HottestNpuModel model(&samples);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);

        samples.addReadings(0, {reading(0, 1000, 40, 1024, 90), reading(1, 1000, 71, 60000, 5)});
        samples.addReadings(1, {reading(0, 1000, 55, 30000, 50), reading(3, 1000, 20, 100, 0)});
        model.setLimit(3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, HottestNpuModel::ServerColumn), QStringLiteral("a"));
        QCOMPARE(cell(model, 0, HottestNpuModel::NpuColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 1, HottestNpuModel::ServerColumn), QStringLiteral("b"));
        QCOMPARE(cell(model, 2, HottestNpuModel::TemperatureColumn), QStringLiteral("40"));

        model.setRankBy(HottestNpuModel::ByAiCore);
        QCOMPARE(cell(model, 0, HottestNpuModel::AiCoreColumn), QStringLiteral("90"));
        model.setRankBy(HottestNpuModel::ByHbm);
        QVERIFY2(cell(model, 0, HottestNpuModel::HbmColumn).startsWith(QStringLiteral("92")), qPrintable(cell(model, 0, HottestNpuModel::HbmColumn)));

        // A server that stopped answering leaves the ranking (its last figures are not current).
        samples.addGap(0, 2000);
        model.setLimit(8);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, HottestNpuModel::ServerColumn), QStringLiteral("b"));
    }

    void alertHistoryModel_newestFirst()
    {
        AlertHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryAlert raised;
        raised.timeMs = 1000;
        raised.server = QStringLiteral("10.0.0.1");
        raised.npuId = 3;
        raised.message = QStringLiteral("NPU 3 hot");
        HistoryAlert cleared = raised;
        cleared.timeMs = 5000;
        cleared.raised = false;
        HistoryAlert service;
        service.timeMs = 6000;
        service.message = QStringLiteral("down");
        model.setAlerts({raised, cleared, service});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, AlertHistoryModel::ServerColumn), AlertHistoryModel::tr("service"));
        QCOMPARE(cell(model, 0, AlertHistoryModel::NpuColumn), QString());
        QCOMPARE(cell(model, 1, AlertHistoryModel::EventColumn), AlertHistoryModel::tr("cleared"));
        QCOMPARE(cell(model, 2, AlertHistoryModel::EventColumn), AlertHistoryModel::tr("raised"));
        QCOMPARE(cell(model, 2, AlertHistoryModel::NpuColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 2, AlertHistoryModel::TimeColumn), QDateTime::fromMSecsSinceEpoch(1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void weightsModel_statusThenProgressThenOutcome()
    {
        WeightsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WeightsStatus status;
        status.dir = QStringLiteral("/data/models/M");
        WeightsServerStatus reference;
        reference.target = SshTarget(QStringLiteral("gpu1"), QString(), 0);
        reference.isReference = true;
        reference.inventory.exists = true;
        reference.inventory.freeBytes = 1024;
        WeightsEntry shard;
        shard.path = QStringLiteral("a.bin");
        shard.size = 2048;
        reference.inventory.entries << shard;
        WeightsServerStatus target;
        target.target = SshTarget(QStringLiteral("gpu2"), QString(), 0);
        target.inventory.freeBytes = 4096;
        target.comparison = WeightsComparison::compare(reference.inventory, target.inventory);
        WeightsServerStatus unreachable;
        unreachable.target = SshTarget(QStringLiteral("gpu3"), QString(), 0);
        unreachable.error = QStringLiteral("gpu3: connection refused");
        status.servers = {reference, target, unreachable};
        model.setStatus(status, false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, WeightsModel::Files).data().toInt(), 1);
        QCOMPARE(model.index(0, WeightsModel::Size).data().toString(), QStringLiteral("2.0 KiB"));
        QCOMPARE(model.index(1, WeightsModel::ToCopy).data().toString(), QStringLiteral("2.0 KiB"));
        QCOMPARE(model.index(1, WeightsModel::State).data().toString(), QStringLiteral("1 missing"));
        QCOMPARE(model.index(2, WeightsModel::State).data().toString(), unreachable.error);
        QVERIFY(model.index(2, WeightsModel::State).data(Qt::ForegroundRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        WeightsTargetProgress progress;
        progress.target = 0;
        progress.source = QStringLiteral("gpu1");
        progress.bytes = 1024;
        progress.total = 2048;
        progress.file = QStringLiteral("a.bin");
        model.setProgress(progress);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1, WeightsModel::State).data().toString().contains(QStringLiteral("50%")));
        progress.target = 7; // no such row: ignored
        model.setProgress(progress);
        QCOMPARE(changed.count(), 1);

        WeightsSyncResult result;
        WeightsTargetOutcome copied;
        copied.state = WeightsTargetOutcome::State::Verified;
        copied.source = QStringLiteral("gpu1");
        result.targets << copied;
        model.setResult(result);
        QCOMPARE(model.index(1, WeightsModel::State).data().toString(), QStringLiteral("copied from gpu1, verified (sha256)"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
