#include "LaunchCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "engine/LaunchPlan.h"
#include "ops/LaunchOperation.h"
#include "remote/SessionPool.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace AscendDeck::Cli {

using nlohmann::ordered_json;

namespace {
struct LaunchCommand
{
    Q_DECLARE_TR_FUNCTIONS(LaunchCommand)
};

// What launch and stop work on: the engine settings, the servers in rank order and how to reach them, from
// --project FILE or from --settings and --cluster files.
struct Invocation
{
    Invocation(const QString &command, const QString &synopsis, const QString &description)
        : cli(command, synopsis, description)
    {
    }

    CommandLine cli;
    QCommandLineOption settingsOption{QStringLiteral("settings"), LaunchCommand::tr("The engine settings (JSON)."), QStringLiteral("FILE")};
    QCommandLineOption clusterOption{QStringLiteral("cluster"), LaunchCommand::tr("The servers (JSON), in rank order."),
                                     QStringLiteral("FILE")};
    EngineSettings settings;
    EngineCluster cluster;
    QList<SshTarget> targets;
};

bool readJson(const QString &path, ordered_json *json)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        printError(LaunchCommand::tr("%1: cannot read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    *json = ordered_json::parse(data.constBegin(), data.constEnd(), nullptr, false, true);
    if (json->is_discarded())
        printError(LaunchCommand::tr("%1: not JSON").arg(path));
    return !json->is_discarded();
}

bool readFiles(Invocation *inv)
{
    ordered_json settingsJson;
    ordered_json clusterJson;
    if (!readJson(inv->cli.value(inv->settingsOption), &settingsJson) || !readJson(inv->cli.value(inv->clusterOption), &clusterJson))
        return false;
    QString problem;
    inv->settings = EngineSettings::fromJson(settingsJson, &problem);
    if (problem.isEmpty())
        inv->cluster = EngineCluster::fromJson(clusterJson, &problem);
    if (!problem.isEmpty())
        printError(problem);
    for (const ClusterNode &node : std::as_const(inv->cluster.nodes))
        inv->targets << inv->cli.loginTarget(node.serverAddress);
    return problem.isEmpty();
}

// The project's engine and cluster; each node is reached as the project's server of that address.
bool readProject(Invocation *inv)
{
    Project project;
    QString problem;
    if (!ProjectInput::load(inv->cli.projectFile(), &project, &problem)
        || !ProjectInput::engine(project, &inv->settings, &inv->cluster, &problem)) {
        printError(problem);
        return false;
    }
    for (const ClusterNode &node : std::as_const(inv->cluster.nodes)) {
        SshTarget target = ProjectInput::targetFor(project, node.serverAddress);
        const SshTarget login = inv->cli.loginTarget(node.serverAddress);
        if (!login.user.isEmpty())
            target.user = login.user;
        if (login.port > 0)
            target.port = login.port;
        inv->targets << target;
    }
    return true;
}

// Returns the exit code when the command must end now (help, usage error, unusable input).
std::optional<int> parse(Invocation *inv, const QStringList &args, const QList<QCommandLineOption> &extra)
{
    inv->cli.addProjectOption();
    inv->cli.addOptions({inv->settingsOption, inv->clusterOption});
    inv->cli.addLoginOptions();
    inv->cli.addSshOptions();
    inv->cli.addOptions(extra);
    if (const auto done = inv->cli.parse(args))
        return done;
    const bool files = inv->cli.isSet(inv->settingsOption) || inv->cli.isSet(inv->clusterOption);
    if (inv->cli.hasProject() == files)
        return inv->cli.usageError(LaunchCommand::tr("give --project FILE, or --settings FILE and --cluster FILE"));
    if (!(inv->cli.hasProject() ? readProject(inv) : readFiles(inv)))
        return code(ExitCode::Usage);
    return std::nullopt;
}

QString serverName(const LaunchPlan &plan, int server)
{
    return server >= 0 && server < plan.nodes.size() ? plan.nodes.at(server).address : LaunchCommand::tr("the deployment");
}

// Prefixed log lines on stdout, findings and state changes on stderr; quits with the outcome.
void report(LaunchOperation *op, bool follow, int *exitCode)
{
    QObject::connect(op, &LaunchOperation::logLine, op, [op](int server, const QString &line) {
        print(stdout, serverName(op->plan(), server) + QStringLiteral(": ") + line + QLatin1Char('\n'));
    });
    QObject::connect(op, &LaunchOperation::diagnosis, op, [op](int server, const Finding &f) {
        if (f.severity != Finding::Severity::Info)
            printError(LaunchCommand::tr("%1: [%2] %3 Fix: %4").arg(serverName(op->plan(), server), f.code, f.message, f.fix));
    });
    QObject::connect(op, &LaunchOperation::ready, op, [op, follow] {
        printError(LaunchCommand::tr("ready: %1").arg(op->plan().healthUrl));
        if (!follow)
            QCoreApplication::exit(0);
    });
    QObject::connect(op, &LaunchOperation::failed, op, [op, exitCode](int server, const QString &why) {
        printError(LaunchCommand::tr("launch failed: %1 failed first: %2").arg(serverName(op->plan(), server), why));
        *exitCode = code(ExitCode::Failure);
        QCoreApplication::exit(1);
    });
}

int dryRun(Invocation *inv, SessionPool *pool)
{
    if (inv->cli.parser().isSet(QStringLiteral("offline"))) {
        const LaunchPlan plan = LaunchPlan::build(inv->settings, inv->cluster, {});
        print(stdout, plan.preview());
        return code(plan.canLaunch() ? ExitCode::Success : ExitCode::Failure);
    }
    LaunchOperation op(pool, inv->targets, inv->settings, inv->cluster);
    int exitCode = 0;
    QObject::connect(&op, &LaunchOperation::planReady, &op, [&exitCode](const LaunchPlan &plan) {
        print(stdout, plan.preview());
        exitCode = code(plan.canLaunch() ? ExitCode::Success : ExitCode::Failure);
    });
    QObject::connect(&op, &LaunchOperation::failed, &op, [&op, &exitCode](int server, const QString &why) {
        printError(LaunchCommand::tr("%1: %2").arg(serverName(op.plan(), server), why));
        exitCode = code(ExitCode::Failure);
    });
    QObject::connect(&op, &LaunchOperation::stateChanged, &op, [](LaunchOperation::State state) {
        if (state == LaunchOperation::State::Idle || state == LaunchOperation::State::Failed)
            QCoreApplication::exit(0);
    });
    op.preview();
    QCoreApplication::exec();
    return exitCode;
}
} // namespace

int runLaunch(const QStringList &arguments)
{
    Invocation inv(QStringLiteral("launch"),
                               QStringLiteral("[options] (--project FILE | --settings FILE --cluster FILE) [--dry-run [--offline]] [--follow]"),
                               LaunchCommand::tr("Starts the engine on every server, in order, streams the logs and waits until "
                                                 "the deployment is ready."));
    const auto bad = parse(&inv, arguments,
                          {{QStringLiteral("dry-run"), LaunchCommand::tr("Print every command per server; change nothing.")},
                           {QStringLiteral("offline"), LaunchCommand::tr("With --dry-run: do not read the servers.")},
                           {QStringLiteral("follow"), LaunchCommand::tr("Keep streaming the logs once the deployment is ready.")}});
    if (bad)
        return *bad;
    SessionPool pool(inv.cli.sessionOptions());
    if (inv.cli.parser().isSet(QStringLiteral("dry-run")))
        return dryRun(&inv, &pool);
    LaunchOperation op(&pool, inv.targets, inv.settings, inv.cluster);
    int exitCode = 0;
    report(&op, inv.cli.parser().isSet(QStringLiteral("follow")), &exitCode);
    op.start();
    QCoreApplication::exec();
    return exitCode;
}

int runStop(const QStringList &arguments)
{
    Invocation inv(QStringLiteral("stop"), QStringLiteral("[options] (--project FILE | --settings FILE --cluster FILE)"),
                               LaunchCommand::tr("Stops and removes the engine container on every server."));
    if (const auto bad = parse(&inv, arguments, {}))
        return *bad;
    SessionPool pool(inv.cli.sessionOptions());
    LaunchOperation op(&pool, inv.targets, inv.settings, inv.cluster);
    int exitCode = 0;
    QObject::connect(&op, &LaunchOperation::stopped, &op, [&op, &exitCode] {
        for (int i = 0; i < op.serverCount(); ++i)
            print(stdout, serverName(op.plan(), i) + QStringLiteral(": ") + op.serverDetail(i) + QLatin1Char('\n'));
        for (const QString &problem : op.stopProblems())
            printError(problem);
        exitCode = code(op.stopProblems().isEmpty() ? ExitCode::Success : ExitCode::Failure);
    });
    QObject::connect(&op, &LaunchOperation::stopped, &op, [] { QCoreApplication::exit(0); });
    op.stop();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace AscendDeck::Cli
