#pragma once

#include "JobControl.h"
#include "remote/CancelToken.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <type_traits>
#include <utility>

namespace AscendDeck {

// Work off the owner's thread (the GUI thread in the console): the job owns its worker threads, the cancel
// token and progress of its current run, and a run id. Everything it reports (progress, results, finished)
// arrives queued on the thread the job lives in; what a cancelled or superseded run still delivers is dropped
// there. Its destructor cancels and waits for its workers, so a job never outlives what its owner gave it
// (the SSH pool): own a job by the object whose state its results touch, and destroy it before the pool.
//
// Shapes: run() one function in the background (its result handed to a callback), ServerJob one function per
// server in parallel, and long-lived streams (NPU sampling, launch log following) built from begin(),
// startWorker() and post(). waitForFinished() makes any of them synchronous for the CLI and tests.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Runs work(const JobControl &) on a worker thread and then done(result) on this job's thread, unless the
    // run was cancelled or superseded meanwhile. Starting supersedes (and cancels) the current run.
    template<typename Work, typename Done>
    void run(const QString &text, Work work, Done done);

    // Cancels the current run: its token is cancelled, what it still delivers is dropped, cancelled() is
    // emitted. Returns at once; the workers stop at their next check of the token.
    void cancel();
    // Blocks until no worker of this job runs (any run). -1 waits for ever.
    bool wait(int timeoutMs = -1);
    // Runs an event loop until the current run finished or was cancelled: the CLI's and tests' blocking form.
    bool waitForFinished(int timeoutMs = -1);

    bool isRunning() const { return m_running; }
    quint64 runId() const { return m_run; }
    CancelToken cancelToken() const { return m_cancel; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString progressText() const { return m_text; }
    void setMaxThreads(int count);

    // Building blocks for jobs with several workers per run (streams, waves of servers).
    // Starts a new run (cancelling the current one) and returns its control.
    JobControl begin(const QString &text = QString(), int total = 0);
    // Runs work on one of this job's threads. Whatever work captures must stay valid until the job is destroyed
    // or waited for.
    void startWorker(std::function<void()> work);
    // From any thread: calls call on this job's thread if run is still the current run.
    void post(quint64 run, std::function<void()> call);
    // Ends run (on this job's thread): emits finished() if it is the current run.
    void finish(quint64 run);
    void setProgress(int done, int total, const QString &text = QString());

    // Cancels every job below root (a window, a page) at once, so that their destructors, which wait one after
    // the other, wait only for workers that are already stopping.
    static void cancelAll(QObject *root);

signals:
    void started();
    void progressChanged(int done, int total, const QString &text);
    void finished();
    void cancelled();

private:
    friend class JobControl;
    void stopRun();

    QThreadPool m_threads;
    CancelToken m_cancel;
    quint64 m_run = 0;
    int m_done = 0;
    int m_total = 0;
    QString m_text;
    bool m_running = false;
};

template<typename Work, typename Done>
void Job::run(const QString &text, Work work, Done done)
{
    using Result = std::decay_t<std::invoke_result_t<Work, const JobControl &>>;
    const JobControl control = begin(text);
    const quint64 id = control.runId();
    startWorker([this, id, control, work = std::move(work), done = std::move(done)]() mutable {
        Result result = work(control);
        post(id, [this, id, done, result = std::move(result)]() mutable {
            done(std::move(result));
            finish(id);
        });
    });
}

} // namespace AscendDeck
