#include "Job.h"

#include <QEventLoop>
#include <QTimer>

namespace AscendDeck {

Job::Job(QObject *parent)
    : QObject(parent)
{
    m_threads.setMaxThreadCount(64);
}

// No signal here: the owner is being destroyed, its slots must not run.
Job::~Job()
{
    stopRun();
    m_threads.waitForDone();
}

void Job::setMaxThreads(int count)
{
    m_threads.setMaxThreadCount(qMax(1, count));
}

JobControl Job::begin(const QString &text, int total)
{
    stopRun();
    m_cancel = CancelToken();
    m_running = true;
    m_done = 0;
    m_total = total;
    m_text = text;
    emit started();
    emit progressChanged(m_done, m_total, m_text);
    return JobControl(this, m_run, m_cancel);
}

// A new run id makes every result still queued from the old run stale.
void Job::stopRun()
{
    m_cancel.cancel();
    ++m_run;
    m_running = false;
}

void Job::startWorker(std::function<void()> work)
{
    m_threads.start(std::move(work));
}

void Job::post(quint64 run, std::function<void()> call)
{
    // Queued to this object: if it is destroyed first, Qt discards the event with it.
    QMetaObject::invokeMethod(
        this,
        [this, run, call = std::move(call)] {
            if (run == m_run && m_running)
                call();
        },
        Qt::QueuedConnection);
}

void Job::finish(quint64 run)
{
    if (run != m_run || !m_running)
        return;
    m_running = false;
    emit finished();
}

void Job::setProgress(int done, int total, const QString &text)
{
    m_done = done;
    m_total = total;
    if (!text.isEmpty())
        m_text = text;
    emit progressChanged(m_done, m_total, m_text);
}

void Job::cancel()
{
    if (!m_running) {
        m_cancel.cancel();
        return;
    }
    stopRun();
    emit cancelled();
}

bool Job::wait(int timeoutMs)
{
    return m_threads.waitForDone(timeoutMs);
}

bool Job::waitForFinished(int timeoutMs)
{
    if (!m_running)
        return true;
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    connect(this, &Job::cancelled, &loop, &QEventLoop::quit);
    QTimer timer;
    if (timeoutMs >= 0) {
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
    }
    loop.exec();
    return !m_running;
}

void Job::cancelAll(QObject *root)
{
    if (!root)
        return;
    for (Job *job : root->findChildren<Job *>())
        job->cancel();
}

} // namespace AscendDeck
