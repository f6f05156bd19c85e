// Projects as documents: File > New, Open, Open Recent, Save, Save As, the title with the modified marker,
// the unsaved-changes prompt on New, Open and close, and the last project reopened at start by the real
// console binary.
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "RecentProjects.h"

#include "deployment/Deployment.h"
#include "project/ProjectFile.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestProjectDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Deployment> m_deployment;
    std::unique_ptr<MainWindow> m_window;

    static Project sample(const QString &name)
    {
        Project p;
        p.name = name;
        p.servers = {ProjectServer{QStringLiteral("10.0.0.1"), 22, QStringLiteral("root"), QString(), true, QString(), std::nullopt}};
        return p;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    ProjectDocument *document() const { return m_window->document(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        RecentProjects::clear();
        m_deployment = std::make_unique<Deployment>(SessionOptions());
        m_window = std::make_unique<MainWindow>(m_deployment.get());
        m_window->show();
    }
    void cleanup()
    {
        ProjectDocument::setNextFileName(std::nullopt);
        ProjectDocument::setNextUnsavedChoice(std::nullopt);
        m_window.reset();
        m_deployment.reset();
    }

    void title_showsNameAndModifiedMarker()
    {
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled project")));
        QVERIFY(!m_window->isWindowModified());
        m_deployment->setName(QStringLiteral("lab-a"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("lab-a[*] - AscendDeck"));
        QVERIFY(m_window->isWindowModified());
    }

    void saveAs_writesTheFileAndClearsModified()
    {
        m_deployment->setProject(sample(QStringLiteral("lab-b")));
        m_deployment->setName(QStringLiteral("lab-b2"));
        QVERIFY(m_deployment->isModified());
        ProjectDocument::setNextFileName(path(QStringLiteral("b")));
        action(QStringLiteral("saveAsAction"))->trigger();
        const QString written = path(QStringLiteral("b.ascenddeck.json"));
        QCOMPARE(m_deployment->projectFile(), written);
        QVERIFY(!m_deployment->isModified());
        QVERIFY(!m_window->isWindowModified());
        Project loaded;
        QString error;
        QVERIFY2(ProjectFile::load(written, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.name, QStringLiteral("lab-b2"));
        QCOMPARE(RecentProjects::files(), QStringList{written});

        // Save goes to the same file without asking.
        m_deployment->setName(QStringLiteral("lab-b3"));
        action(QStringLiteral("saveAction"))->trigger();
        QVERIFY(!m_deployment->isModified());
        QVERIFY(ProjectFile::load(written, &loaded, &error));
        QCOMPARE(loaded.name, QStringLiteral("lab-b3"));
    }

    void newProject_asksAboutUnsavedChanges()
    {
        m_deployment->setProject(sample(QStringLiteral("lab-c")));
        m_deployment->setName(QStringLiteral("lab-c-edited"));
        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Cancel);
        action(QStringLiteral("newAction"))->trigger();
        QCOMPARE(m_deployment->project().name, QStringLiteral("lab-c-edited"));
        QVERIFY(m_deployment->isModified());

        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Discard);
        action(QStringLiteral("newAction"))->trigger();
        QVERIFY(m_deployment->project().servers.isEmpty());
        QVERIFY(m_deployment->project().name.isEmpty());
        QVERIFY(m_deployment->projectFile().isEmpty());
        QVERIFY(!m_deployment->isModified());
    }

    void unsavedSave_withoutFile_asksForOne()
    {
        m_deployment->setName(QStringLiteral("lab-d"));
        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Save);
        ProjectDocument::setNextFileName(path(QStringLiteral("d.ascenddeck.json")));
        QVERIFY(document()->newProject());
        Project loaded;
        QString error;
        QVERIFY2(ProjectFile::load(path(QStringLiteral("d.ascenddeck.json")), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.name, QStringLiteral("lab-d"));
    }

    void openRecent_reopensTheFile()
    {
        QString error;
        QVERIFY(ProjectFile::save(sample(QStringLiteral("lab-e")), path(QStringLiteral("e.ascenddeck.json")), &error));
        QVERIFY(document()->open(path(QStringLiteral("e.ascenddeck.json")), &error));
        QVERIFY(document()->newProject());
        auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QAction *first = nullptr;
        for (QAction *a : recent->actions()) {
            if (a->data().toString() == path(QStringLiteral("e.ascenddeck.json")))
                first = a;
        }
        QVERIFY(first);
        first->trigger();
        QCOMPARE(m_deployment->project().name, QStringLiteral("lab-e"));
        QCOMPARE(m_deployment->projectFile(), path(QStringLiteral("e.ascenddeck.json")));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("lab-e[*] - AscendDeck"));
    }

    void openBrokenFile_keepsTheProjectAndNamesTheField()
    {
        m_deployment->setProject(sample(QStringLiteral("lab-f")));
        QFile broken(path(QStringLiteral("broken.ascenddeck.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format": "ascenddeck-project", "schema": 3, "servers": [{"host": "a", "port": "x"}]})");
        broken.close();
        QString error;
        QVERIFY(!document()->open(broken.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("servers[0].port")), qPrintable(error));
        QCOMPARE(m_deployment->project().name, QStringLiteral("lab-f"));
    }

    void close_withUnsavedChanges_canBeCancelled()
    {
        m_deployment->setName(QStringLiteral("lab-g"));
        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        ProjectDocument::setNextUnsavedChoice(ProjectDocument::UnsavedChoice::Discard);
        QVERIFY(m_window->close());
    }

    // The real console, started with no arguments, opens the last project (its log says so) unless the
    // setting is off.
    void consoleReopensTheLastProjectAtStart()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const QString file = home.filePath(QStringLiteral("lab.ascenddeck.json"));
        QString error;
        Project project;
        project.name = QStringLiteral("lab-h");
        QVERIFY(ProjectFile::save(project, file, &error));
        {
            QSettings settings(home.filePath(QStringLiteral("config/AscendDeck/ascenddeck.conf")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("recentProjects/files"), QStringList{file});
        }
        auto runConsole = [&env]() {
            QProcess console;
            console.setProcessEnvironment(env);
            console.start(QStringLiteral(ASCENDDECK_GUI_PATH), {QStringLiteral("--quit-after-start")});
            if (!console.waitForFinished(60000))
                console.kill();
            return console.exitCode();
        };
        QCOMPARE(runConsole(), 0);
        QFile log(home.filePath(QStringLiteral("data/AscendDeck/ascenddeck/logs/ascenddeck.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const QByteArray first = log.readAll();
        QVERIFY2(first.contains(QByteArray(QByteArray("opened project ") + file.toUtf8())), first.constData());
        log.close();

        {
            QSettings settings(home.filePath(QStringLiteral("config/AscendDeck/ascenddeck.conf")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("recentProjects/reopenAtStart"), false);
        }
        QVERIFY(log.remove());
        QCOMPARE(runConsole(), 0);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains("opened project"));
    }
};

QTEST_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
