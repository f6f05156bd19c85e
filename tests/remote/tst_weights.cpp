// The weights' status and the server-to-server copy against four simulated servers: real sshd, real rsync,
// sha256sum and df on the servers, real data (random shards, a few hundred MB), nothing mocked.
#include "CliRun.h"
#include "SimCluster.h"

#include "project/ProjectFile.h"
#include "remote/SessionPool.h"
#include "weights/WeightsStatus.h"
#include "weights/WeightsSyncJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace AscendDeck;

namespace {
const QString kDir = QStringLiteral("/data/models/W");
const qint64 kShardBytes = 50LL * 1024 * 1024;
const QStringList kShards{QStringLiteral("model-00001-of-00004.safetensors"),
                          QStringLiteral("model-00002-of-00004.safetensors"),
                          QStringLiteral("model-00003-of-00004.safetensors"),
                          QStringLiteral("model-00004-of-00004.safetensors")};
} // namespace

class TestWeights : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    QList<QByteArray> m_authorizedKeys; // per server, before any copy
    QByteArray m_keyDirs;               // the sources' temporary key directories before any copy (none)

    // The servers' /tmp is the host's: what a killed run elsewhere left must not count.
    QByteArray keyDirs() { return sh(0, QStringLiteral("ls -d /tmp/ascenddeck-sync.* 2>/dev/null")); }

    QByteArray sh(int server, const QString &script, int *exitCode = nullptr)
    {
        return m_sim.inspect(server, {QStringLiteral("sh"), QStringLiteral("-c"), script}, exitCode);
    }
    // "HASH  ./path" for every file (a symlink: what it points to), sorted: the bytes, as the server has them.
    QByteArray hashes(int server, const QString &dir = kDir)
    {
        return sh(server, QStringLiteral("cd %1 && find . -path ./.ascenddeck-partial -prune -o \\( -type f -o -type l \\) "
                                         "-print | sort | xargs sha256sum").arg(dir));
    }
    WeightsSyncOptions options(const QList<int> &targets, const QString &dir = kDir) const
    {
        WeightsSyncOptions o;
        o.reference = m_sim.target(0);
        for (int t : targets)
            o.targets << m_sim.target(t);
        o.dir = dir;
        return o;
    }
    // `weights SUBCOMMAND` from the reference to the given targets, with the simulator's key.
    CliRun cli(const QString &subcommand, const QList<int> &targets, const QStringList &extra)
    {
        QStringList to;
        for (int t : targets)
            to << QStringLiteral("%1:%2").arg(m_sim.servers().at(t).host).arg(m_sim.servers().at(t).port);
        const SimCluster::Server &from = m_sim.servers().at(0);
        return CliRun::run(QStringList{QStringLiteral("weights"), subcommand, QStringLiteral("--from"),
                                       QStringLiteral("%1@%2:%3:%4").arg(from.user, from.host).arg(from.port).arg(kDir),
                                       QStringLiteral("--to"), to.join(QLatin1Char(',')) + QLatin1Char(':') + kDir,
                                       QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                                       m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")}
                           + extra);
    }
    static QJsonObject lastJsonLine(const QByteArray &out)
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
    void verifyNoKeyLeftBehind()
    {
        for (int i = 0; i < m_sim.servers().size(); ++i)
            QCOMPARE(sh(i, QStringLiteral("cat /root/.ssh/authorized_keys")), m_authorizedKeys.at(i));
        QCOMPARE(keyDirs(), m_keyDirs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(4, QStringLiteral("127.0.0.211"), 2222), qPrintable(m_sim.errorString()));
        // Four shards of random bytes (the last one outside the folder, behind a symlink, as a Hugging Face
        // cache leaves it), a config, and a symlink inside the folder.
        int exitCode = -1;
        sh(0, QStringLiteral("set -e; mkdir -p %1 /data/cache; cd %1; "
                             "for f in %2 %3 %4; do head -c %6 /dev/urandom > $f; done; "
                             "head -c %6 /dev/urandom > /data/cache/%5; ln -s /data/cache/%5 %5; "
                             "echo '{\"model_type\": \"deepseek_v3\"}' > config.json; "
                             "mkdir tok; echo '{}' > tok/tokenizer.json; ln -s tok/tokenizer.json tokenizer.json")
                  .arg(kDir, kShards.at(0), kShards.at(1), kShards.at(2), kShards.at(3))
                  .arg(kShardBytes),
           &exitCode);
        QCOMPARE(exitCode, 0);
        for (int i = 0; i < 4; ++i)
            m_authorizedKeys << sh(i, QStringLiteral("cat /root/.ssh/authorized_keys"));
        QVERIFY(!m_authorizedKeys.first().isEmpty());
        m_keyDirs = keyDirs();
    }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void status_listsFilesSymlinksAndWhatEachTargetLacks()
    {
        SessionPool pool(m_sim.sessionOptions());
        const WeightsStatus status = WeightsStatus::read(&pool, m_sim.target(0), {m_sim.target(1), m_sim.target(2)}, kDir,
                                                         false);
        QVERIFY(status.readEverywhere());
        const WeightsInventory &reference = status.reference().inventory;
        QVERIFY(reference.exists);
        QCOMPARE(reference.payloadCount(), 7); // the tokenizer's link counts: it arrives as a file
        QCOMPARE(reference.payloadBytes(), 4 * kShardBytes + sh(0, QStringLiteral("cat %1/config.json %1/tok/tokenizer.json %1/tokenizer.json | wc -c")
                                                                      .arg(kDir)).trimmed().toLongLong());
        QVERIFY(reference.freeBytes > 0);
        const QList<Finding> links = reference.linkFindings(m_sim.target(0).displayName());
        QCOMPARE(links.size(), 1); // the shard outside the folder; the tokenizer's link stays inside
        QCOMPARE(links.first().code, QStringLiteral("weights.symlink-outside"));
        QCOMPARE(links.first().field, kShards.at(3));
        QVERIFY(!links.first().fix.isEmpty());
        const WeightsServerStatus &target = status.servers.at(1);
        QVERIFY(!target.inventory.exists);
        QCOMPARE(target.comparison.countOf(WeightsDifference::Kind::Missing), 7);
        QCOMPARE(target.comparison.bytesToCopy(false), reference.payloadBytes());
        const nlohmann::ordered_json json = status.toJson(false);
        QCOMPARE(json["servers"].size(), size_t(3));
        QCOMPARE(json["servers"][1]["bytes_to_copy"].get<qint64>(), reference.payloadBytes());
    }

    void fullDisk_isRefusedUpFrontNamingServerAndBytesShort()
    {
        // Server 3's folder on a 16 MiB filesystem of its own: df reads the real free space of it.
        const QString dir = QStringLiteral("/data/models/Small");
        int exitCode = -1;
        sh(0, QStringLiteral("mkdir -p %1 && head -c 12M /dev/urandom > %1/a && head -c 12M /dev/urandom > %1/b").arg(dir),
           &exitCode);
        QCOMPARE(exitCode, 0);
        sh(3, QStringLiteral("mkdir -p %1 && mount -t tmpfs -o size=16m weights-test %1").arg(dir), &exitCode);
        QCOMPARE(exitCode, 0);
        const qint64 free = sh(3, QStringLiteral("df -B1 --output=avail %1 | tail -n 1").arg(dir)).trimmed().toLongLong();
        QVERIFY(free > 0);
        SessionPool pool(m_sim.sessionOptions());
        const WeightsSyncResult result = WeightsSyncJob::run(&pool, options({1, 3}, dir));
        sh(3, QStringLiteral("umount %1").arg(dir));
        QVERIFY(result.refused);
        QVERIFY(!result.ok());
        const auto shortage = std::find_if(result.findings.begin(), result.findings.end(),
                                           [](const Finding &f) { return f.code == QLatin1String("weights.disk-short"); });
        QVERIFY(shortage != result.findings.end());
        QCOMPARE(shortage->server, m_sim.target(3).displayName());
        QVERIFY2(shortage->message.contains(QString::number(24LL * 1024 * 1024 - free)), qPrintable(shortage->message));
        // Nothing was copied anywhere, not even to the target with room.
        sh(1, QStringLiteral("test -e %1").arg(dir), &exitCode);
        QCOMPARE(exitCode, 1);
        verifyNoKeyLeftBehind();
    }

    void cutInTheMiddle_resumesWithoutResendingFinishedFiles()
    {
        SessionPool pool(m_sim.sessionOptions());
        WeightsSyncJob job(&pool);
        WeightsSyncOptions slow = options({1, 2, 3});
        slow.bandwidthLimitKiB = 40 * 1024; // ~40 MB/s: the cut lands in the middle of the first target
        qint64 seenBytes = 0;
        QString seenSource;
        connect(&job, &WeightsSyncJob::targetProgress, &job, [&](const WeightsTargetProgress &p) {
            seenBytes = p.bytes;
            seenSource = p.source;
            if (p.bytes > kShardBytes + kShardBytes / 2 && job.isRunning())
                job.cancel();
        });
        QSignalSpy cancelled(&job, &Job::cancelled);
        job.start(slow);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 120000);
        QVERIFY(job.wait(60000)); // the workers' clean-up (rsync stopped, key lines removed) is done
        QCOMPARE(seenSource, m_sim.target(0).displayName());
        QVERIFY(seenBytes < 4 * kShardBytes);
        verifyNoKeyLeftBehind();

        // What the cut left on the first target: complete files under their names, the cut one hidden in the
        // partial directory, never under its own name with fewer bytes.
        // The target's rsync notices the cut on its own and then moves the cut file there.
        QTRY_VERIFY_WITH_TIMEOUT(!sh(1, QStringLiteral("ls %1/.ascenddeck-partial").arg(kDir)).trimmed().isEmpty(), 30000);
        const QByteArray reference = hashes(0);
        const QList<QByteArray> present = hashes(1).split('\n');
        int complete = 0;
        for (const QByteArray &line : present) {
            if (line.isEmpty())
                continue;
            QVERIFY2(reference.contains(line), line.constData());
            complete += line.contains(".safetensors") ? 1 : 0;
        }
        QVERIFY(complete >= 1);
        QVERIFY(complete < 4);
        const QByteArray finishedBefore = sh(1, QStringLiteral("cd %1 && stat -c '%n %i %Z' *.safetensors 2>/dev/null").arg(kDir));

        // The same limit as before: each copy takes seconds, verifying a target one, so that the first target
        // is verified while the reference still serves the second.
        const WeightsSyncResult result = WeightsSyncJob::run(&pool, slow);
        QVERIFY2(result.ok(), result.toJson(false).dump(2).c_str());
        // A tree: the reference serves the first target, then both serve one more each.
        QCOMPARE(result.rounds, 2);
        QCOMPARE(result.targets.at(0).source, m_sim.target(0).displayName());
        QVERIFY(std::any_of(result.targets.begin(), result.targets.end(), [this](const WeightsTargetOutcome &t) {
            return t.source == m_sim.target(1).displayName();
        }));
        // The files finished before the cut were not sent again (same inode, same change time), and rsync
        // sent fewer files to that target than the folder holds.
        const QByteArray finishedAfter = sh(1, QStringLiteral("cd %1 && stat -c '%n %i %Z' *.safetensors").arg(kDir));
        for (const QByteArray &line : finishedBefore.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(finishedAfter.contains(line), line.constData());
        }
        // config.json and the complete shards are there; rsync sent the other files (the cut one resumed).
        QCOMPARE(result.targets.at(0).filesTransferred, 7 - 1 - complete);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(hashes(i), reference);
            // The symlinked shard arrived as the file itself; nothing is left in the partial directory.
            QCOMPARE(sh(i, QStringLiteral("test -f %1/%2 && ! test -L %1/%2 && echo file").arg(kDir, kShards.at(3))).trimmed(),
                     QByteArray("file"));
            QCOMPARE(sh(i, QStringLiteral("ls -A %1/.ascenddeck-partial 2>/dev/null | wc -l").arg(kDir)).trimmed(), QByteArray("0"));
        }
        verifyNoKeyLeftBehind();
    }

    void cliInterrupted_removesTheKeysAndTheNextRunResumes()
    {
        // SIGTERM (as Ctrl-C's SIGINT) in the middle of a copy: the CLI cancels, cleans up and exits 130.
        const QString dir = QStringLiteral("/data/models/Interrupted");
        int exitCode = -1;
        sh(0, QStringLiteral("mkdir -p %1 && head -c 40M /dev/urandom > %1/one.bin").arg(dir), &exitCode);
        QCOMPARE(exitCode, 0);
        const SimCluster::Server &from = m_sim.servers().at(0);
        const SimCluster::Server &to = m_sim.servers().at(1);
        const QStringList arguments{QStringLiteral("weights"), QStringLiteral("sync"), QStringLiteral("--from"),
                                    QStringLiteral("%1@%2:%3:%4").arg(from.user, from.host).arg(from.port).arg(dir),
                                    QStringLiteral("--to"), QStringLiteral("%1:%2:%3").arg(to.host).arg(to.port).arg(dir),
                                    QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                                    m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null"),
                                    QStringLiteral("--json")};
        QProcess cli;
        cli.start(QStringLiteral(ASCENDDECK_CLI_PATH), arguments + QStringList{QStringLiteral("--bwlimit"), QStringLiteral("4096")});
        QByteArray out; // the progress lines so far (read as they come: QTRY evaluates its condition again)
        QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("\"event\":\"progress\""), 60000);
        QCOMPARE(cli.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(sh(1, QStringLiteral("ls -A %1 2>/dev/null | wc -l").arg(dir)).trimmed() != "0", 30000);
        cli.terminate();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 130);
        verifyNoKeyLeftBehind();
        QVERIFY(hashes(1, dir) != hashes(0, dir));

        QProcess again;
        again.start(QStringLiteral(ASCENDDECK_CLI_PATH), arguments);
        QVERIFY(again.waitForFinished(120000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(hashes(1, dir), hashes(0, dir));
        verifyNoKeyLeftBehind();
    }

    void cliProject_takesTheMasterAsReferenceAndTheEnginesModelPath()
    {
        // After the copies above, every server holds the folder: the project's view of it is complete.
        Project project = m_sim.project();
        project.engine = SimCluster::engineSettings(EngineSettings::Kind::MindIE);
        project.engine->modelPath = kDir;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ascenddeck"));
        QString error;
        QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
        const CliRun status = CliRun::run({QStringLiteral("weights"), QStringLiteral("status"), QStringLiteral("--project"), path,
                                           QStringLiteral("--identity"), m_sim.identityFile(), QStringLiteral("--known-hosts"),
                                           m_sim.knownHostsFile(), QStringLiteral("--ssh-config"), QStringLiteral("/dev/null")});
        const QJsonObject json = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(json.value(QStringLiteral("dir")).toString(), kDir);
        const QJsonArray servers = json.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 4);
        QVERIFY(servers.at(0).toObject().value(QStringLiteral("reference")).toBool());
        QVERIFY2(json.value(QStringLiteral("complete")).toBool(), status.out.constData());
        // Complete, but the reference's shard behind a symlink outside the folder is still an error for its
        // own container: exit 1, with that finding.
        QCOMPARE(status.exitCode, 1);
        QVERIFY(status.out.contains("weights.symlink-outside"));
    }

    void sshConfigAlias_reachesTheTargetAtTheAddressTheConsoleUsed()
    {
        // The console knows target 1 only as an alias of its ~/.ssh/config; the source gets the real address.
        const QString dir = QStringLiteral("/data/models/Alias");
        int exitCode = -1;
        sh(0, QStringLiteral("mkdir -p %1 && head -c 1M /dev/urandom > %1/one.bin").arg(dir), &exitCode);
        QCOMPARE(exitCode, 0);
        QTemporaryDir config;
        QFile file(config.filePath(QStringLiteral("config")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host weights-alias\n  HostName %1\n  Port %2\n")
                       .arg(m_sim.servers().at(1).host).arg(m_sim.servers().at(1).port).toUtf8());
        file.close();
        SessionOptions sessionOptions = m_sim.sessionOptions();
        sessionOptions.sshConfigFile = file.fileName();
        SessionPool pool(sessionOptions);
        WeightsSyncOptions o = options({}, dir);
        o.targets << SshTarget(QStringLiteral("weights-alias"), QStringLiteral("root"), 0);
        const WeightsSyncResult result = WeightsSyncJob::run(&pool, o);
        QVERIFY2(result.ok(), result.toJson(false).dump(2).c_str());
        QCOMPARE(hashes(1, dir), hashes(0, dir));
        verifyNoKeyLeftBehind();
    }

    void corruptedShard_isFoundKeptWithoutOverwriteAndRepairedWithIt()
    {
        const QString shard = kDir + QLatin1Char('/') + kShards.at(1);
        int exitCode = -1;
        sh(2, QStringLiteral("head -c 4096 /dev/urandom | dd of=%1 bs=4096 seek=100 conv=notrunc status=none").arg(shard),
           &exitCode);
        QCOMPARE(exitCode, 0);
        SessionPool pool(m_sim.sessionOptions());
        const WeightsStatus status = WeightsStatus::read(&pool, m_sim.target(0), {m_sim.target(1), m_sim.target(2)}, kDir,
                                                         true);
        QVERIFY(status.servers.at(1).comparison.isIdentical());
        const QList<WeightsDifference> conflicts = status.servers.at(2).comparison.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().path, kShards.at(1));
        QCOMPARE(conflicts.first().kind, WeightsDifference::Kind::ContentDiffers);

        const QByteArray corrupted = sh(2, QStringLiteral("sha256sum %1").arg(shard));
        const WeightsSyncResult kept = WeightsSyncJob::run(&pool, options({1, 2}));
        QVERIFY(!kept.ok());
        QVERIFY(kept.hasConflicts());
        QCOMPARE(kept.targets.at(0).state, WeightsTargetOutcome::State::Verified);
        QCOMPARE(kept.targets.at(1).state, WeightsTargetOutcome::State::Conflicts);
        QCOMPARE(sh(2, QStringLiteral("sha256sum %1").arg(shard)), corrupted);

        // The CLI: status with hashes names the file (exit 1); sync keeps it (exit 1) and lists it; with
        // --overwrite it is replaced (exit 0), progress and result as JSON lines.
        const CliRun statusByCli = cli(QStringLiteral("status"), {1, 2}, {QStringLiteral("--hashes")});
        QCOMPARE(statusByCli.exitCode, 1);
        const QJsonObject statusJson = QJsonDocument::fromJson(statusByCli.out).object();
        const QJsonArray differences = statusJson.value(QStringLiteral("servers")).toArray().at(2).toObject()
                                           .value(QStringLiteral("differences")).toArray();
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("content"));
        const CliRun keptByCli = cli(QStringLiteral("sync"), {1, 2}, {QStringLiteral("--json")});
        QCOMPARE(keptByCli.exitCode, 1);
        const QJsonObject keptJson = lastJsonLine(keptByCli.out);
        QCOMPARE(keptJson.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        QCOMPARE(keptJson.value(QStringLiteral("targets")).toArray().at(1).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("conflicts"));
        QCOMPARE(sh(2, QStringLiteral("sha256sum %1").arg(shard)), corrupted);

        const CliRun repaired = cli(QStringLiteral("sync"), {1, 2}, {QStringLiteral("--json"), QStringLiteral("--overwrite")});
        QVERIFY2(repaired.exitCode == 0, repaired.out.constData());
        QVERIFY(repaired.out.contains("\"event\":\"progress\""));
        QCOMPARE(lastJsonLine(repaired.out).value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(hashes(2), hashes(0));
        verifyNoKeyLeftBehind();
    }
};

QTEST_GUILESS_MAIN(TestWeights)
#include "tst_weights.moc"
