#include "CheckCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"

#include "base/Finding.h"
#include "history/HistoryLocation.h"
#include "ops/PreflightRunner.h"
#include "preflight/PreflightCheck.h"
#include "preflight/PreflightLog.h"
#include "remote/SessionPool.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace AscendDeck::Cli {

namespace {
struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

struct Options
{
    QCommandLineOption image{QStringLiteral("image"),
                             CheckCommand::tr("Docker image the engine will run (its CANN decides the driver needed)."),
                             QStringLiteral("IMAGE")};
    QCommandLineOption modelPath{QStringLiteral("model-path"), CheckCommand::tr("Weights folder, the same path on every server."),
                                 QStringLiteral("PATH")};
    QCommandLineOption mountPath{QStringLiteral("mount-path"),
                                 CheckCommand::tr("Folder the container mounts (default: the model path)."), QStringLiteral("PATH")};
    QCommandLineOption npus{QStringLiteral("npus"), CheckCommand::tr("NPUs every server must have (default: the same on all)."),
                            QStringLiteral("N")};
};

// The findings as every command prints them, each with its check's title, and how many of each severity.
QByteArray report(const QList<Finding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    nlohmann::ordered_json summary = nlohmann::ordered_json::object();
    for (const Finding::Severity severity : {Finding::Severity::Error, Finding::Severity::Warning, Finding::Severity::Info})
        summary[Finding::severityName(severity).toStdString()] = Finding::countOf(findings, severity);
    for (const Finding &finding : findings) {
        nlohmann::ordered_json json = finding.toJson();
        json["title"] = PreflightCheck::title(finding.code).toStdString();
        list.push_back(json);
    }
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    root["findings"] = list;
    root["summary"] = summary;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

// The servers and what is about to be launched: from the options, else from the project's engine settings.
std::optional<int> readRequest(const CommandLine &cli, const Options &o, QList<SshTarget> *targets, PreflightRequest *request)
{
    QString error;
    if (cli.hasProject()) {
        Project project;
        EngineSettings settings;
        EngineCluster cluster;
        if (!ProjectInput::load(cli.projectFile(), &project, &error))
            return cli.usageError(error);
        if (ProjectInput::engine(project, &settings, &cluster, &error)) {
            request->image = settings.image;
            request->modelPath = settings.modelPath;
        }
        *targets = ProjectInput::targets(project);
    }
    for (const QString &arg : cli.positionalArguments()) {
        QList<SshTarget> some;
        if (!SshTarget::parseList(arg, &some, &error))
            return cli.usageError(error);
        *targets += some;
    }
    if (cli.isSet(o.image))
        request->image = cli.value(o.image);
    if (cli.isSet(o.modelPath))
        request->modelPath = cli.value(o.modelPath);
    request->mountPath = cli.value(o.mountPath);
    if (request->image.isEmpty() || request->modelPath.isEmpty())
        return cli.usageError(CheckCommand::tr("--image IMAGE and --model-path PATH are required (or a --project with an engine)"));
    if (targets->isEmpty())
        return cli.usageError(CheckCommand::tr("no servers given (HOSTS or --project FILE)"));
    bool ok = true;
    if (cli.isSet(o.npus))
        request->expectedNpus = cli.value(o.npus).toInt(&ok);
    if (!ok || request->expectedNpus < 0)
        return cli.usageError(CheckCommand::tr("--npus '%1' is not a count").arg(cli.value(o.npus)));
    return std::nullopt;
}
// A project's checks are remembered beside its history, for `status` and the console ("passed 2 h ago").
void recordRun(const QString &projectFile, const QList<SshTarget> &targets, const QList<Finding> &findings)
{
    QStringList servers;
    for (const SshTarget &target : targets)
        servers << target.displayName();
    QString error;
    if (!PreflightLog::recordRun(HistoryLocation::preflightFile(HistoryLocation::forProject(projectFile)), servers, findings, &error))
        printError(error);
}
} // namespace

int runCheck(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("check"),
                    QStringLiteral("[options] (--image IMAGE --model-path PATH HOSTS | --project FILE)"),
                    CheckCommand::tr("Checks servers before a launch: NPUs, driver against the image's CANN, HwHiAiUser, "
                                     "Docker and the image, firewalld, /dev/shm, disk space and the weights (present, same "
                                     "everywhere, no symlink leaving the mounted folder). Prints the findings as JSON; exits 1 "
                                     "if any check failed."));
    const Options o;
    cli.addOptions({o.image, o.modelPath, o.mountPath, o.npus});
    cli.addProjectOption();
    cli.addSshOptions();
    cli.addPositional(QStringLiteral("hosts"), CheckCommand::tr("[USER@]HOST[:PORT][,HOST...]"));
    if (const auto done = cli.parse(arguments))
        return *done;
    QList<SshTarget> targets;
    PreflightRequest request;
    if (const auto bad = readRequest(cli, o, &targets, &request))
        return *bad;

    SessionPool pool(cli.sessionOptions());
    const QList<Finding> findings = PreflightRunner::check(&pool, targets, request);
    writeBytes(stdout, report(findings));
    if (cli.hasProject())
        recordRun(cli.projectFile(), targets, findings);
    return code(Finding::hasError(findings) ? ExitCode::Failure : ExitCode::Success);
}

} // namespace AscendDeck::Cli
