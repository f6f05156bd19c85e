#include "ProjectDocument.h"

#include "RecentProjects.h"

#include "deployment/Deployment.h"
#include "history/HistoryLocation.h"
#include "log/Log.h"
#include "project/ProjectFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace AscendDeck {

namespace {
std::optional<QString> s_nextFileName;
std::optional<ProjectDocument::UnsavedChoice> s_nextUnsavedChoice;
const QString kSuffix = QStringLiteral(".ascenddeck.json");
} // namespace

ProjectDocument::ProjectDocument(Deployment *deployment, QWidget *window)
    : QObject(window)
    , m_deployment(deployment)
    , m_window(window)
{
    connect(deployment, &Deployment::nameChanged, this, &ProjectDocument::titleChanged);
    connect(deployment, &Deployment::projectFileChanged, this, &ProjectDocument::titleChanged);
    connect(deployment, &Deployment::modifiedChanged, this, &ProjectDocument::titleChanged);
}

void ProjectDocument::setNextFileName(std::optional<QString> path)
{
    s_nextFileName = std::move(path);
}

void ProjectDocument::setNextUnsavedChoice(std::optional<UnsavedChoice> choice)
{
    s_nextUnsavedChoice = choice;
}

bool ProjectDocument::open(const QString &path, QString *error)
{
    Project project;
    if (!ProjectFile::load(path, &project, error))
        return false;
    m_deployment->setProject(project);
    m_deployment->setProjectFile(QFileInfo(path).absoluteFilePath());
    RecentProjects::add(path);
    Log::app()->info("opened project {}", path.toStdString());
    emit opened();
    return true;
}

bool ProjectDocument::saveTo(const QString &path, QString *error)
{
    if (!ProjectFile::save(m_deployment->project(), path, error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    HistoryLocation::carryPreflightLog(HistoryLocation::forProject(m_deployment->projectFile(), m_deployment->project().name),
                                       HistoryLocation::forProject(absolute));
    m_deployment->setProjectFile(absolute);
    m_deployment->markSaved();
    RecentProjects::add(path);
    return true;
}

bool ProjectDocument::newProject()
{
    if (!maybeSave())
        return false;
    m_deployment->setProject(Project());
    m_deployment->setProjectFile(QString());
    return true;
}

bool ProjectDocument::openWithDialog()
{
    if (!maybeSave())
        return false;
    const QString path = askFileName(false);
    if (path.isEmpty())
        return false;
    QString error;
    if (!open(path, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool ProjectDocument::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!open(path, &error)) {
        RecentProjects::remove(path);
        showError(error);
        return false;
    }
    return true;
}

bool ProjectDocument::save()
{
    if (m_deployment->projectFile().isEmpty())
        return saveAs();
    QString error;
    if (!saveTo(m_deployment->projectFile(), &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool ProjectDocument::saveAs()
{
    QString path = askFileName(true);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += kSuffix;
    QString error;
    if (!saveTo(path, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool ProjectDocument::maybeSave()
{
    if (!m_deployment->isModified())
        return true;
    switch (askUnsaved()) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

QString ProjectDocument::displayName() const
{
    if (!m_deployment->project().name.isEmpty())
        return m_deployment->project().name;
    if (!m_deployment->projectFile().isEmpty())
        return QFileInfo(m_deployment->projectFile()).fileName();
    return tr("Untitled project");
}

QString ProjectDocument::windowTitle() const
{
    //: The window title: the project's name, the modified marker Qt shows as '*', the application
    return tr("%1[*] - AscendDeck").arg(displayName());
}

QString ProjectDocument::askFileName(bool forSave)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    const QString filter = tr("AscendDeck projects (*.ascenddeck.json *.json)");
    const QString start = m_deployment->projectFile();
    return forSave ? QFileDialog::getSaveFileName(m_window, tr("Save project as"), start, filter)
                   : QFileDialog::getOpenFileName(m_window, tr("Open project"), QFileInfo(start).path(), filter);
}

ProjectDocument::UnsavedChoice ProjectDocument::askUnsaved()
{
    if (s_nextUnsavedChoice) {
        const UnsavedChoice choice = *s_nextUnsavedChoice;
        s_nextUnsavedChoice.reset();
        return choice;
    }
    const auto button = QMessageBox::warning(m_window, tr("Unsaved changes"),
                                             tr("The project \"%1\" has changes that are not saved. Save them?").arg(displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (button == QMessageBox::Save)
        return UnsavedChoice::Save;
    return button == QMessageBox::Discard ? UnsavedChoice::Discard : UnsavedChoice::Cancel;
}

void ProjectDocument::showError(const QString &text)
{
    Log::app()->warn("{}", text.toStdString());
    if (m_window->isVisible())
        QMessageBox::warning(m_window, tr("Project"), text);
}

} // namespace AscendDeck
