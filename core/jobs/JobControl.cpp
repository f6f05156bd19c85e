#include "JobControl.h"

#include "Job.h"

namespace AscendDeck {

void JobControl::progress(int done, int total, const QString &text) const
{
    if (!m_job)
        return;
    Job *job = m_job;
    m_job->post(m_run, [job, done, total, text] { job->setProgress(done, total, text); });
}

} // namespace AscendDeck
