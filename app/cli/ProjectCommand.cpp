#include "ProjectCommand.h"

#include "SshCliOptions.h"

#include "engine/EngineSettings.h"
#include "ops/ProjectDrift.h"
#include "project/ProjectExport.h"
#include "project/ProjectFile.h"
#include "remote/SessionPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("project", text);
}

void printError(const QString &message)
{
    fprintf(stderr, "ascenddeck-cli: %s\n", message.toUtf8().constData());
}

bool loadProject(const QCommandLineParser &parser, const QCommandLineOption &option, Project *project)
{
    if (!parser.isSet(option)) {
        printError(tr("--project FILE is required"));
        return false;
    }
    QString error;
    if (!ProjectFile::load(parser.value(option), project, &error)) {
        printError(error);
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes every file the project generates (hccn scripts, rank table, config.json, "
                                        "launch scripts, env files, README) into a folder for version control."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), tr("Project file."), QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption baseConfig(QStringLiteral("mindie-default-config"),
                                        tr("The image's default MindIE config.json (default: the one AscendDeck ships)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption check(QStringLiteral("check"), tr("Write nothing; exit 1 if the folder differs from what the project generates."));
    parser.addOptions({projectOption, output, baseConfig, check});
    parser.process(arguments);
    Project project;
    if (!loadProject(parser, projectOption, &project))
        return 2;
    if (!parser.isSet(output)) {
        printError(tr("-o DIR is required"));
        return 2;
    }
    const ProjectExport::Result result = ProjectExport::build(project, parser.isSet(baseConfig) ? readFile(parser.value(baseConfig)) : QByteArray());
    for (const QString &problem : result.problems)
        printError(problem);
    const QDir dir(parser.value(output));
    if (parser.isSet(check)) {
        int differences = 0;
        for (auto it = result.files.cbegin(); it != result.files.cend(); ++it) {
            if (readFile(dir.filePath(it.key())) != it.value()) {
                printf("%s\n", qPrintable(it.key()));
                ++differences;
            }
        }
        return differences == 0 && result.problems.isEmpty() ? 0 : 1;
    }
    QString error;
    if (!ProjectExport::write(result, dir.path(), &error)) {
        printError(error);
        return 1;
    }
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        printf("%s\n", qPrintable(it.key()));
    return result.problems.isEmpty() ? 0 : 1;
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads the servers of a project and reports, as JSON, where they differ from it."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), tr("Project file."), QStringLiteral("FILE"));
    const SshCliOptions ssh;
    parser.addOption(projectOption);
    ssh.addTo(&parser);
    parser.process(arguments);
    Project project;
    if (!loadProject(parser, projectOption, &project))
        return 2;
    SessionPool pool(ssh.sessionOptions(parser));
    const ProjectDrift::Report report = ProjectDrift::read(&pool, project);
    printf("%s\n", report.toJson().dump(2).c_str());
    return report.unreachable > 0 ? 255 : (report.items.isEmpty() ? 0 : 1);
}

} // namespace AscendDeck::Cli
