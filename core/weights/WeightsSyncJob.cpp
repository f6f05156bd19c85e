#include "WeightsSyncJob.h"

#include "WeightsPairCopy.h"
#include "WeightsRemote.h"

#include "remote/SessionPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QUuid>
#include <QWaitCondition>

#include <future>
#include <utility>

namespace AscendDeck {

namespace {
struct WeightsSyncText
{
    Q_DECLARE_TR_FUNCTIONS(WeightsSyncJob)
};

using State = WeightsTargetOutcome::State;

// One run of the copy, on one worker thread (each copy and verification on a thread of its own).
class SyncRun
{
public:
    SyncRun(SessionPool *pool, const WeightsSyncOptions &options, const CancelToken &cancel,
            const WeightsSyncJob::ProgressHandler &progress)
        : m_pool(pool)
        , m_options(options)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_copier(pool, options.dir, QStringLiteral("ascenddeck-sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                   options.overwrite, options.bandwidthLimitKiB)
    {
    }

    WeightsSyncResult execute();

private:
    bool plan();
    void verifyComplete(const QList<int> &targets, QList<int> *pending);
    void copyTree(QList<int> sources, QList<int> pending);
    // sourceFree is called once the bytes are there, before the target is verified.
    void copyOne(int source, int target, const std::function<void()> &sourceFree);
    void verify(int target);
    void checkSourceUnchanged();
    const SshTarget &server(int index) const { return index < 0 ? m_options.reference : m_options.targets.at(index); }
    // The reference's listing with hashes (empty and error set when it cannot be read).
    WeightsInventory readReference(QString *error) const;
    const WeightsInventory *hashedReference(QString *error);
    WeightsPairCopy::Key keyOn(int source, QString *error);
    void removeKeys();
    template<typename Each>
    void inParallel(const QList<int> &indices, Each each);

    SessionPool *m_pool;
    WeightsSyncOptions m_options;
    CancelToken m_cancel;
    WeightsSyncJob::ProgressHandler m_progress;
    WeightsPairCopy m_copier;
    WeightsSyncResult m_result;
    // Hashing the reference runs while the first copies start: only verifying needs it.
    std::shared_future<std::pair<WeightsInventory, QString>> m_referenceHashes;
    QMutex m_keysLock;
    QHash<int, WeightsPairCopy::Key> m_keys; // by source
};

template<typename Each>
void SyncRun::inParallel(const QList<int> &indices, Each each)
{
    QThreadPool threads;
    threads.setMaxThreadCount(qMax(1, int(indices.size())));
    for (int index : indices)
        threads.start([&each, index] { each(index); });
    threads.waitForDone();
}

WeightsInventory SyncRun::readReference(QString *error) const
{
    const CommandResult result = m_pool->run(m_options.reference, WeightsRemote::inventory(m_options.dir, true), m_cancel);
    WeightsInventory inventory;
    if (!result.ran())
        *error = result.errorString;
    else
        WeightsInventory::parse(result.out, m_options.dir, &inventory, error);
    return inventory;
}

const WeightsInventory *SyncRun::hashedReference(QString *error)
{
    const std::pair<WeightsInventory, QString> &reference = m_referenceHashes.get();
    *error = reference.second;
    return reference.second.isEmpty() ? &reference.first : nullptr;
}

bool SyncRun::plan()
{
    m_result.before = WeightsStatus::read(m_pool, m_options.reference, m_options.targets, m_options.dir, false, m_cancel);
    for (const SshTarget &target : m_options.targets) {
        WeightsTargetOutcome outcome;
        outcome.target = target;
        m_result.targets << outcome;
    }
    if (m_cancel.isCancelled())
        return false;
    const QList<Finding> findings = m_result.before.findings(m_options.overwrite);
    // What is missing is what the copy is for; the rest it reports.
    for (const Finding &finding : findings) {
        if (finding.code != QLatin1String("weights.missing"))
            m_result.findings << finding;
    }
    const bool blocked = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.code == QLatin1String("weights.unreadable") || f.code == QLatin1String("weights.reference-missing")
               || f.code == QLatin1String("weights.disk-short")
               || (f.code == QLatin1String("weights.symlink-dangling"));
    });
    if (blocked) {
        m_result.refused = true;
        return false;
    }
    m_referenceHashes = std::async(std::launch::async, [this] {
                            QString error;
                            WeightsInventory inventory = readReference(&error);
                            return std::make_pair(std::move(inventory), error);
                        }).share();
    return true;
}

// Targets that hold every file by size already: hashed at once; those that match serve from the start.
void SyncRun::verifyComplete(const QList<int> &targets, QList<int> *pending)
{
    inParallel(targets, [this](int target) { verify(target); });
    for (int target : targets) {
        if (m_result.targets.at(target).state == State::Failed && m_result.targets.at(target).error.isEmpty()) {
            m_result.targets[target].state = State::NotStarted; // differs in content: copy it
            pending->append(target);
        }
    }
}

void SyncRun::verify(int target)
{
    WeightsTargetOutcome &outcome = m_result.targets[target];
    const CommandResult result = m_pool->run(server(target), WeightsRemote::inventory(m_options.dir, true), m_cancel);
    WeightsInventory now;
    QString error;
    if (!result.ran() || !WeightsInventory::parse(result.out, m_options.dir, &now, &error)) {
        outcome.state = m_cancel.isCancelled() ? State::Cancelled : State::Failed;
        outcome.error = result.ran() ? error : result.errorString;
        return;
    }
    const WeightsInventory *reference = hashedReference(&error);
    if (!reference) {
        outcome.state = State::Failed;
        outcome.error = error;
        return;
    }
    const WeightsInventory &before = m_result.before.servers.at(target + 1).inventory;
    outcome.differences.clear();
    bool onlyKept = true;
    for (const WeightsDifference &difference : WeightsComparison::compare(*reference, now).differences) {
        if (difference.kind == WeightsDifference::Kind::Extra)
            continue;
        outcome.differences << difference;
        // Without --overwrite a file the target held before is never touched: a difference there is kept.
        onlyKept = onlyKept && !m_options.overwrite && difference.kind != WeightsDifference::Kind::Missing
                   && before.find(difference.path);
    }
    if (outcome.differences.isEmpty())
        outcome.state = State::Verified;
    else
        outcome.state = onlyKept ? State::Conflicts : State::Failed;
}

WeightsPairCopy::Key SyncRun::keyOn(int source, QString *error)
{
    {
        QMutexLocker lock(&m_keysLock);
        if (m_keys.contains(source))
            return m_keys.value(source);
    }
    WeightsPairCopy::Key key;
    if (!m_copier.createKey(server(source), &key, error, m_cancel))
        return key;
    QMutexLocker lock(&m_keysLock);
    m_keys.insert(source, key);
    return key;
}

void SyncRun::removeKeys()
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        m_copier.removeKey(server(it.key()), it.value());
    m_keys.clear();
}

void SyncRun::copyOne(int source, int target, const std::function<void()> &sourceFree)
{
    WeightsTargetOutcome &outcome = m_result.targets[target];
    outcome.source = server(source).displayName();
    QString error;
    const WeightsPairCopy::Key key = keyOn(source, &error);
    if (key.dir.isEmpty()) {
        outcome.state = m_cancel.isCancelled() ? State::Cancelled : State::Failed;
        outcome.error = error;
        sourceFree();
        return;
    }
    WeightsTargetProgress progress;
    progress.target = target;
    progress.source = outcome.source;
    progress.total = m_result.before.servers.at(target + 1).comparison.bytesToCopy(m_options.overwrite);
    QElapsedTimer sinceShown;
    sinceShown.start();
    const WeightsPairCopy::Outcome copied = m_copier.copy(
        server(source), key, server(target), m_cancel, [&](const WeightsRsyncProgress &rsync) {
            if (!m_progress || (sinceShown.elapsed() < 250 && rsync.bytes() < progress.total))
                return;
            sinceShown.restart();
            progress.bytes = rsync.bytes();
            progress.bytesPerSecond = rsync.bytesPerSecond();
            progress.file = rsync.currentFile();
            m_progress(progress);
        });
    sourceFree();
    outcome.filesTransferred = copied.filesTransferred;
    outcome.bytesSent = copied.literalBytes;
    if (copied.cancelled) {
        outcome.state = State::Cancelled;
        return;
    }
    if (!copied.ok) {
        outcome.state = State::Failed;
        outcome.error = copied.error;
        return;
    }
    verify(target);
}

// As soon as a copy ends, its source and (verified) target each take the next pending target: no round waits
// for its slowest copy, and the servers holding the folder double at each step, about log2(N) steps in all.
// round is a target's depth in that tree (1: copied from the reference).
void SyncRun::copyTree(QList<int> sources, QList<int> pending)
{
    QHash<int, int> depth;
    for (int source : sources)
        depth.insert(source, 0);
    QMutex lock;
    QWaitCondition changed;
    int running = 0;
    QThreadPool threads;
    threads.setMaxThreadCount(qMax(1, int(m_options.targets.size())));
    QMutexLocker locker(&lock);
    for (;;) {
        while (!m_cancel.isCancelled() && !sources.isEmpty() && !pending.isEmpty()) {
            const int source = sources.takeFirst();
            const int target = pending.takeFirst();
            m_result.targets[target].round = depth.value(source) + 1;
            m_result.rounds = qMax(m_result.rounds, m_result.targets.at(target).round);
            ++running;
            threads.start([&, source, target] {
                copyOne(source, target, [&] {
                    QMutexLocker free(&lock);
                    sources.append(source);
                    changed.wakeAll();
                });
                QMutexLocker done(&lock);
                --running;
                if (m_result.targets.at(target).state == State::Verified) {
                    depth.insert(target, depth.value(source) + 1);
                    sources.append(target);
                }
                changed.wakeAll();
            });
        }
        if (running == 0)
            break;
        changed.wait(&lock);
    }
    locker.unlock();
    threads.waitForDone();
}

void SyncRun::checkSourceUnchanged()
{
    QString error;
    const WeightsInventory *before = hashedReference(&error);
    const WeightsInventory now = readReference(&error);
    if (!before || !error.isEmpty())
        return;
    for (const WeightsDifference &difference : WeightsComparison::compare(*before, now).differences) {
        m_result.findings << Finding(Finding::Severity::Error, QStringLiteral("weights.source-changed"),
                                     m_options.reference.displayName(), -1, difference.path,
                                     WeightsSyncText::tr("%1: %2 changed on the reference during the copy")
                                         .arg(m_options.reference.displayName(), difference.path),
                                     WeightsSyncText::tr("Let whatever writes the folder finish, then copy again."));
    }
}

WeightsSyncResult SyncRun::execute()
{
    QElapsedTimer clock;
    clock.start();
    if (plan()) {
        QList<int> complete;
        QList<int> pending;
        for (int i = 0; i < m_options.targets.size(); ++i) {
            const WeightsServerStatus &status = m_result.before.servers.at(i + 1);
            const bool nothingToCopy = status.inventory.exists && status.comparison.bytesToCopy(m_options.overwrite) == 0
                                       && status.comparison.countOf(WeightsDifference::Kind::Missing) == 0;
            (nothingToCopy ? complete : pending).append(i);
        }
        verifyComplete(complete, &pending);
        QList<int> sources{-1};
        for (int target : complete) {
            if (m_result.targets.at(target).state == State::Verified)
                sources << target;
        }
        copyTree(sources, pending);
        removeKeys();
        const bool failedVerification = std::any_of(m_result.targets.begin(), m_result.targets.end(), [](const auto &t) {
            return t.state == State::Failed && !t.differences.isEmpty();
        });
        if (failedVerification && !m_cancel.isCancelled())
            checkSourceUnchanged();
    }
    m_result.cancelled = m_cancel.isCancelled();
    for (const WeightsTargetOutcome &target : m_result.targets) {
        if (target.state == State::Failed)
            m_result.findings << Finding(Finding::Severity::Error, QStringLiteral("weights.copy-failed"),
                                         target.target.displayName(), -1, m_options.dir,
                                         target.error.isEmpty()
                                             ? WeightsSyncText::tr("%1: %n file(s) differ from the reference after "
                                                                   "the copy", nullptr, int(target.differences.size()))
                                                   .arg(target.target.displayName())
                                             : target.error);
    }
    m_result.elapsedMs = clock.elapsed();
    return m_result;
}
} // namespace

WeightsSyncJob::WeightsSyncJob(SessionPool *pool, QObject *parent)
    : Job(parent)
    , m_pool(pool)
{
    qRegisterMetaType<AscendDeck::WeightsTargetProgress>();
    qRegisterMetaType<AscendDeck::WeightsSyncResult>();
}

void WeightsSyncJob::start(const WeightsSyncOptions &options)
{
    m_result = WeightsSyncResult();
    SessionPool *pool = m_pool;
    Job::run(
        tr("Copying the weights"),
        [this, pool, options](const JobControl &control) {
            const quint64 id = control.runId();
            return WeightsSyncJob::run(pool, options, control.cancelToken(), [this, id](const WeightsTargetProgress &p) {
                post(id, [this, p] { emit targetProgress(p); });
            });
        },
        [this](WeightsSyncResult result) {
            m_result = std::move(result);
            emit resultReady(m_result);
        });
}

WeightsSyncResult WeightsSyncJob::run(SessionPool *pool, const WeightsSyncOptions &options, const CancelToken &cancel,
                                      const ProgressHandler &progress)
{
    SyncRun run(pool, options, cancel, progress);
    return run.execute();
}

} // namespace AscendDeck
