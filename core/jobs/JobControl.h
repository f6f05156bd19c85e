#pragma once

#include "remote/CancelToken.h"

#include <QPointer>
#include <QString>

namespace AscendDeck {

class Job;

// What a job's work function gets on its worker thread: the run's cancel token and a way to report progress.
// Cheap to copy; progress from a run that was cancelled or superseded is dropped on the owner's thread.
class JobControl
{
public:
    JobControl() = default;

    const CancelToken &cancelToken() const { return m_cancel; }
    bool isCancelled() const { return m_cancel.isCancelled(); }
    quint64 runId() const { return m_run; }
    // Thread-safe: queued to the job's thread, where it updates the job's progress and emits progressChanged.
    void progress(int done, int total, const QString &text = QString()) const;

private:
    friend class Job;
    JobControl(Job *job, quint64 run, CancelToken cancel) : m_job(job), m_run(run), m_cancel(std::move(cancel)) {}

    Job *m_job = nullptr; // the job outlives its workers: its destructor waits for them
    quint64 m_run = 0;
    CancelToken m_cancel;
};

} // namespace AscendDeck
