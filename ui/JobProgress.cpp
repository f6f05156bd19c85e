#include "JobProgress.h"

#include "jobs/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace AscendDeck {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("jobProgress"));
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_text->setObjectName(QStringLiteral("jobProgressText"));
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_bar->setMaximumWidth(220);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgress::requestCancel);
    setVisible(false);
}

void JobProgress::bind(Job *job, std::function<void()> cancel)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    m_cancelHandler = std::move(cancel);
    if (!job) {
        setVisible(false);
        return;
    }
    connect(job, &Job::started, this, &JobProgress::onStarted);
    connect(job, &Job::progressChanged, this, &JobProgress::onProgress);
    connect(job, &Job::finished, this, &JobProgress::onFinished);
    connect(job, &Job::cancelled, this, &JobProgress::onCancelled);
    if (job->isRunning()) {
        onStarted();
        onProgress(job->done(), job->total(), job->progressText());
    } else {
        setVisible(false);
    }
}

Job *JobProgress::job() const
{
    return m_job.data();
}

QString JobProgress::text() const
{
    return m_text->text();
}

void JobProgress::onStarted()
{
    m_bar->setRange(0, 0); // busy until the first real figure
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_text->clear();
    setVisible(true);
}

void JobProgress::onProgress(int done, int total, const QString &text)
{
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(qMin(done, total));
    }
    m_text->setText(text);
}

void JobProgress::onFinished()
{
    setVisible(false);
}

void JobProgress::onCancelled()
{
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    m_text->setText(tr("Cancelled."));
}

void JobProgress::requestCancel()
{
    if (!m_job || !m_job->isRunning())
        return;
    m_cancel->setEnabled(false); // once: the job stops at its next check of the token
    if (m_cancelHandler)
        m_cancelHandler();
    else
        m_job->cancel();
    emit cancelRequested();
}

} // namespace AscendDeck
