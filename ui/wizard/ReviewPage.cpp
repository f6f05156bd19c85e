#include "ReviewPage.h"

#include "ops/ClusterSession.h"
#include "project/ProjectFile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace AscendDeck {

ReviewPage::ReviewPage(ClusterSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review and export"));
    setSubTitle(tr("Everything AscendDeck will deploy. Save the project, and export its files to keep them in git."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setReadOnly(true);
    layout->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save project…"), this);
    save->setObjectName(QStringLiteral("saveProjectButton"));
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), QString(),
                                                          tr("AscendDeck project (*.ascenddeck.json)"));
        if (!path.isEmpty()) {
            const QString error = saveProject(path);
            m_message->setText(error.isEmpty() ? tr("Saved %1").arg(path) : error);
        }
    });
}

void ReviewPage::initializePage()
{
    m_summary->setPlainText(summary());
}

QString ReviewPage::summary() const
{
    const Project &project = m_session->project();
    QStringList lines;
    lines << tr("Servers: %1").arg(project.servers.size());
    for (int i = 0; i < project.servers.size(); ++i) {
        const ServerFacts &facts = m_session->facts(i);
        lines << tr("  %1%2: %3 × %4, driver %5")
                     .arg(m_session->target(i).displayName(), project.servers.at(i).master ? tr(" (master)") : QString())
                     .arg(facts.npuCount)
                     .arg(facts.chipName, facts.driverVersion);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReviewPage::saveProject(const QString &path)
{
    QString error;
    return ProjectFile::save(m_session->project(), path, &error) ? QString() : error;
}

} // namespace AscendDeck
