#include "ProjectCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"

#include "history/HistoryLocation.h"
#include "ops/DeploymentStatus.h"
#include "preflight/PreflightLog.h"
#include "project/ProjectExport.h"
#include "remote/SessionPool.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <optional>

namespace AscendDeck::Cli {

namespace {
struct ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)
};

std::optional<int> loadProject(const CommandLine &cli, Project *project)
{
    if (!cli.hasProject())
        return cli.usageError(ProjectCommand::tr("--project FILE is required"));
    QString error;
    if (!ProjectInput::load(cli.projectFile(), project, &error))
        return cli.usageError(error);
    return std::nullopt;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// export --check: the files that differ from what the project generates, one per line.
int compareFolder(const ProjectExport::Result &result, const QDir &dir)
{
    int differences = 0;
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it) {
        if (readFile(dir.filePath(it.key())) != it.value()) {
            printLine(stdout, it.key());
            ++differences;
        }
    }
    return code(differences == 0 && result.problems.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}
} // namespace

int runExport(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("export"), QStringLiteral("[options] --project FILE -o DIR"),
                    ProjectCommand::tr("Writes every file the project generates (hccn scripts, rank table, config.json, "
                                       "launch scripts, env files, README) into a folder for version control."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, ProjectCommand::tr("Output folder."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption baseConfig(QStringLiteral("mindie-default-config"),
                                        ProjectCommand::tr("The image's default MindIE config.json (default: the one AscendDeck ships)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   ProjectCommand::tr("Write nothing; exit 1 if the folder differs from what the project generates."));
    cli.addProjectOption();
    cli.addOptions({output, baseConfig, check});
    if (const auto done = cli.parse(arguments))
        return *done;
    Project project;
    if (const auto bad = loadProject(cli, &project))
        return *bad;
    if (!cli.isSet(output))
        return cli.usageError(ProjectCommand::tr("-o DIR is required"));
    const ProjectExport::Result result =
        ProjectExport::build(project, cli.isSet(baseConfig) ? readFile(cli.value(baseConfig)) : QByteArray());
    for (const QString &problem : result.problems)
        printError(problem);
    const QDir dir(cli.value(output));
    if (cli.isSet(check))
        return compareFolder(result, dir);
    QString error;
    if (!ProjectExport::write(result, dir.path(), &error)) {
        printError(error);
        return code(ExitCode::Failure);
    }
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        printLine(stdout, it.key());
    return code(result.problems.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}

int runStatus(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("status"), QStringLiteral("[options] --project FILE"),
                    ProjectCommand::tr("Reads the servers of a project and reports, as JSON, where each server stands at each step "
                                       "(network, rank table, engine config, weights, engine) and where they differ from it."));
    cli.addProjectOption();
    cli.addSshOptions();
    if (const auto done = cli.parse(arguments))
        return *done;
    Project project;
    if (const auto bad = loadProject(cli, &project))
        return *bad;
    SessionPool pool(cli.sessionOptions());
    DeploymentStatus::Report status = DeploymentStatus::read(&pool, project);
    PreflightLog preflight;
    QString logError;
    if (!preflight.load(HistoryLocation::preflightFile(HistoryLocation::forProject(cli.projectFile())), &logError))
        printError(logError); // the other steps are still worth reporting
    DeploymentStatus::addPreflight(&status, preflight, QDateTime::currentDateTimeUtc());
    printLine(stdout, QString::fromStdString(status.toJson().dump(2)));
    if (status.unreachable > 0)
        return code(ExitCode::Connection);
    // Drift is a failure; an engine that is not running is a state the JSON reports, not an error.
    return code(status.drift.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}

} // namespace AscendDeck::Cli
