#include "ReviewPage.h"

#include "RecentProjects.h"
#include "ui_ReviewPage.h"

#include "deployment/Deployment.h"
#include "project/ProjectExport.h"
#include "project/ProjectFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace AscendDeck {

ReviewPage::ReviewPage(Deployment *deployment, QWidget *parent)
    : DeploymentPage(parent)
    , m_deployment(deployment)
    , m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    m_summary = m_ui->reviewSummary;
    m_message = m_ui->reviewMessage;
    setFinalPage(true);
    QPushButton *save = m_ui->saveProjectButton;
    QPushButton *exportButton = m_ui->exportButton;
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to folder"));
        if (!folder.isEmpty()) {
            const QString error = exportTo(folder);
            m_message->setText(error.isEmpty() ? tr("Exported to %1").arg(folder) : error);
        }
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), QString(),
                                                          tr("AscendDeck project (*.ascenddeck.json)"));
        if (!path.isEmpty()) {
            const QString error = saveProject(path);
            m_message->setText(error.isEmpty() ? tr("Saved %1").arg(path) : error);
        }
    });
}

ReviewPage::~ReviewPage() = default;

QString ReviewPage::exportTo(const QString &folder)
{
    const ProjectExport::Result result = ProjectExport::build(m_deployment->project());
    QString error;
    if (!ProjectExport::write(result, folder, &error))
        return error;
    return result.problems.join(QLatin1Char('\n'));
}

void ReviewPage::initializePage()
{
    m_summary->setPlainText(summary());
}

QString ReviewPage::summary() const
{
    const Project &project = m_deployment->project();
    QStringList lines;
    lines << tr("Servers: %1").arg(project.servers.size());
    for (int i = 0; i < project.servers.size(); ++i) {
        const ServerFacts &facts = m_deployment->facts(i);
        lines << tr("  %1%2: %3 × %4, driver %5")
                     .arg(m_deployment->target(i).displayName(), project.servers.at(i).master ? tr(" (master)") : QString())
                     .arg(facts.npuCount)
                     .arg(facts.chipName, facts.driverVersion);
    }
    const ProjectExport::Result result = ProjectExport::build(project);
    lines << QString() << tr("Files that will be exported (%1):").arg(result.files.size());
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        lines << QStringLiteral("  ") + it.key();
    for (const QString &problem : result.problems)
        lines << tr("Problem: %1").arg(problem);
    return lines.join(QLatin1Char('\n'));
}

QString ReviewPage::saveProject(const QString &path)
{
    QString error;
    if (!ProjectFile::save(m_deployment->project(), path, &error))
        return error;
    m_deployment->setProjectFile(QFileInfo(path).absoluteFilePath());
    m_deployment->markSaved();
    RecentProjects::add(path);
    return {};
}

} // namespace AscendDeck
