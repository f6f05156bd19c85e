#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace AscendDeck {

class Job;

// A job's progress where a page runs it: a bar (busy until the first figure), the job's text and a Cancel
// button. Visible while the job runs; a cancelled run leaves "Cancelled." until the next one starts. Bound
// to one job at a time; Cancel calls the job's cancel(), or the handler given when the job's owner has to
// clean up (a launch removes what it started).
class JobProgress : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgress(QWidget *parent = nullptr);

    void bind(Job *job, std::function<void()> cancel = {});
    Job *job() const;
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;

signals:
    // After Cancel was pressed (and the job or its handler was told).
    void cancelRequested();

private:
    void onStarted();
    void onProgress(int done, int total, const QString &text);
    void onFinished();
    void onCancelled();
    void requestCancel();

    QPointer<Job> m_job;
    std::function<void()> m_cancelHandler;
    QProgressBar *m_bar;
    QLabel *m_text;
    QPushButton *m_cancel;
};

} // namespace AscendDeck
