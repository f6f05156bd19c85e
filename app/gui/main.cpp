#include "MainWindow.h"
#include "ProjectDocument.h"
#include "RecentProjects.h"
#include "Translations.h"

#include "deployment/Deployment.h"
#include "log/Log.h"
#include "project/ProjectFile.h"
#include "remote/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace AscendDeck;

namespace {
// A cluster file as the demo writes it: {"servers": [{"host": ..., "port": ..., "user": ...}]}.
QList<SshTarget> readClusterFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("main", "cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<SshTarget> targets;
    const QByteArray data = file.readAll();
    const nlohmann::json document = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    const auto servers = document.is_object() ? document.find("servers") : document.end();
    if (servers != document.end() && servers->is_array()) {
        for (const nlohmann::json &server : *servers) {
            if (!server.is_object())
                continue;
            const auto text = [&server](const char *key) {
                const auto it = server.find(key);
                return it != server.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
            };
            const auto port = server.find("port");
            SshTarget target;
            target.host = text("host");
            target.port = port != server.end() && port->is_number_integer() ? port->get<int>() : 0;
            target.user = text("user");
            targets << target;
        }
    }
    if (targets.isEmpty())
        *error = QCoreApplication::translate("main", "%1 lists no servers").arg(path);
    return targets;
}

// --lang LOCALE (or --lang=LOCALE) read before the parser, so that --help and the parser's errors are in it too.
QString languageArgument(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang"))
            return args.value(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AscendDeck"));
    QApplication::setApplicationName(QStringLiteral("ascenddeck"));
    QApplication::setApplicationVersion(QStringLiteral(ASCENDDECK_VERSION));

    // --lang, else the language chosen in Settings, else the system's.
    const QString argument = languageArgument(QCoreApplication::arguments());
    const QString chosen = !argument.isEmpty() ? argument : QSettings().value(QStringLiteral("language")).toString();
    Translations::install(&app, chosen.isEmpty() ? QLocale() : QLocale(chosen));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "AscendDeck: deploy and monitor LLM serving on Ascend NPU servers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectFile(QStringLiteral("project"), QCoreApplication::translate("main", "Project file to open."), QStringLiteral("FILE"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), QCoreApplication::translate("main", "Cluster file listing the servers."), QStringLiteral("FILE"));
    const QCommandLineOption identity(QStringLiteral("identity"), QCoreApplication::translate("main", "Private key file."), QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QCoreApplication::translate("main", "known_hosts file."), QStringLiteral("FILE"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"), QCoreApplication::translate("main", "ssh config file."), QStringLiteral("FILE"));
    const QCommandLineOption connectNow(QStringLiteral("connect"), QCoreApplication::translate("main", "Connect to the servers at start."));
    const QCommandLineOption language(QStringLiteral("lang"), QCoreApplication::translate("main", "Language, e.g. zh_CN or en."), QStringLiteral("LOCALE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "After connecting, save the window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption quitAfterStart(QStringLiteral("quit-after-start"),
                                            QCoreApplication::translate("main", "Show the window, then quit (checks that the installed GUI starts)."));
    parser.addOptions({projectFile, cluster, identity, knownHosts, sshConfig, connectNow, language, screenshot, quitAfterStart});
    parser.addPositionalArgument(QStringLiteral("servers"), QCoreApplication::translate("main", "[USER@]HOST[:PORT] ..."));
    parser.process(app);

    Log::init();

    QList<SshTarget> targets;
    QString error;
    if (parser.isSet(cluster))
        targets = readClusterFile(parser.value(cluster), &error);
    for (const QString &text : parser.positionalArguments()) {
        QList<SshTarget> parsed;
        if (!SshTarget::parseList(text, &parsed, &error))
            break;
        targets += parsed;
    }
    if (!error.isEmpty()) {
        fprintf(stderr, "ascenddeck: %s\n", qPrintable(error));
        return 2;
    }

    SessionOptions options;
    options.knownHostsFile = parser.value(knownHosts);
    options.sshConfigFile = parser.value(sshConfig);
    options.credentials.identityFile = parser.value(identity);
    Deployment deployment(options);
    // The keyring when one is running, else memory only; the Servers page says which.
    deployment.setSecretStore(SecretStore::open());
    Log::app()->info("secrets: {}", deployment.secrets()->description().toStdString());
    MainWindow window(&deployment);

    // --project FILE, else (with no servers named) the last project when the setting says so.
    QString file = parser.value(projectFile);
    const bool reopen = file.isEmpty() && targets.isEmpty() && RecentProjects::reopenAtStart();
    if (reopen)
        file = RecentProjects::last();
    const bool opened = !file.isEmpty() && window.document()->open(file, &error);
    if (!error.isEmpty() && !reopen) {
        fprintf(stderr, "ascenddeck: %s\n", qPrintable(error));
        return 2;
    }
    QList<ProjectServer> servers = deployment.project().servers;
    for (const SshTarget &target : targets) {
        ProjectServer server;
        server.host = target.host;
        server.port = target.port > 0 ? target.port : 22;
        server.user = target.user.isEmpty() ? QStringLiteral("root") : target.user;
        server.master = servers.isEmpty();
        servers << server;
    }
    if (!targets.isEmpty())
        deployment.setServers(servers);
    if (!opened)
        deployment.markSaved(); // servers named on the command line are a start, not an unsaved change
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/ascenddeck-%1.png").arg(size));
    window.setWindowIcon(QIcon::fromTheme(QStringLiteral("ascenddeck"), icon));
    window.show();
    if (parser.isSet(quitAfterStart))
        QTimer::singleShot(0, &app, &QApplication::quit);
    if (!opened && (parser.isSet(connectNow) || parser.isSet(screenshot)))
        QTimer::singleShot(0, &window, &MainWindow::connectAll);
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::connectFinished, &app, [&window, path] {
            window.grab().save(path);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
