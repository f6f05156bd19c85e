#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace AscendDeck {

class Deployment;

// The project as a document, the way desktop applications handle their files: new, open, save, save as, the
// unsaved-changes prompt and the window title with the name and a modified marker. The Deployment holds the
// project and its file path; this class adds the dialogs and the recent-files list around them. Tests answer
// the dialogs ahead with setNextFileName and setNextUnsavedChoice, so the real code path runs without a
// modal dialog.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    ProjectDocument(Deployment *deployment, QWidget *window);

    // Without dialogs: false and *error naming the file and the field when it cannot be read or written.
    bool open(const QString &path, QString *error);
    bool saveTo(const QString &path, QString *error);

    // With dialogs; each returns false when the user cancelled or an error was shown.
    bool newProject();
    bool openWithDialog();
    bool openFile(const QString &path); // Open Recent: asks about unsaved changes first
    bool save();                        // to the project's file, or Save As when it has none
    bool saveAs();
    // Before the project is replaced or the window closes: true when it may go (saved, discarded or
    // unmodified), false when the user cancelled.
    bool maybeSave();

    // "name[*] - AscendDeck" for QWidget::setWindowTitle, with setWindowModified showing the marker.
    QString windowTitle() const;
    QString displayName() const;

    static void setNextFileName(std::optional<QString> path);
    static void setNextUnsavedChoice(std::optional<UnsavedChoice> choice);

signals:
    void opened(); // a project was opened from a file (connect to its servers now)
    void titleChanged();

private:
    QString askFileName(bool forSave);
    UnsavedChoice askUnsaved();
    void showError(const QString &text);

    Deployment *m_deployment;
    QWidget *m_window;
};

} // namespace AscendDeck
