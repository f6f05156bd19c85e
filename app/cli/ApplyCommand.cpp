#include "ApplyCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"

#include "base/ShellQuote.h"
#include "network/HccnBackup.h"
#include "network/HccnPlanValidator.h"
#include "ops/NetworkApply.h"
#include "remote/SessionPool.h"

#include <QFile>
#include <QMutex>

#include <optional>

namespace AscendDeck::Cli {

namespace {
struct ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)
};

struct Options
{
    QCommandLineOption plan{QStringLiteral("plan"), ApplyCommand::tr("The plan to apply (from plan --json)."), QStringLiteral("FILE")};
    QCommandLineOption rollback{QStringLiteral("rollback"), ApplyCommand::tr("Restore the settings saved in this backup."),
                                QStringLiteral("FILE")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), ApplyCommand::tr("Only print the hccn_tool commands that would run.")};
    QCommandLineOption yes{QStringLiteral("yes"), ApplyCommand::tr("Really change the servers.")};
    QCommandLineOption backup{QStringLiteral("backup"),
                              ApplyCommand::tr("Where to save what is replaced (default hccn-backup-TIME.json)."),
                              QStringLiteral("FILE")};
};

// A server named on the command line, with the project's login (user, port) when the project has it.
SshTarget withProjectLogin(const SshTarget &target, const Project *project)
{
    if (!project || !target.user.isEmpty() || target.port > 0)
        return target;
    return ProjectInput::targetFor(*project, target.host);
}

// Pairs each target with the plan's (or backup's) entry for it: by host as typed in the plan, or the target's
// bare host name. Without HOSTS on the command line, the plan's own hosts are the targets.
bool matchTargets(const QString &hostList, const Project *project, const QStringList &planHosts, QList<SshTarget> *targets,
                  QList<int> *indexes, QString *error)
{
    QList<SshTarget> named;
    if (!SshTarget::parseList(hostList.isEmpty() ? planHosts.join(QLatin1Char(',')) : hostList, &named, error))
        return false;
    for (const SshTarget &target : std::as_const(named)) {
        qsizetype index = planHosts.indexOf(target.displayName());
        if (index < 0)
            index = planHosts.indexOf(target.host);
        if (index < 0) {
            *error = ApplyCommand::tr("%1 is not a server of the plan (%2)").arg(target.displayName(), planHosts.join(QStringLiteral(", ")));
            return false;
        }
        targets->append(withProjectLogin(target, project));
        indexes->append(static_cast<int>(index));
    }
    return true;
}

// The plan of --plan FILE, else the project's; a plan with conflicts is refused (its conflicts are printed).
int loadPlan(const CommandLine &cli, const Options &o, const Project *project, HccnPlan *plan)
{
    QString error;
    const QString path = cli.isSet(o.plan) ? cli.value(o.plan) : cli.projectFile();
    if (cli.isSet(o.plan)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cli.usageError(ApplyCommand::tr("cannot read %1: %2").arg(path, file.errorString()));
        if (!HccnPlan::fromJsonText(file.readAll(), plan, &error))
            return cli.usageError(path + QStringLiteral(": ") + error);
    } else if (!ProjectInput::plan(*project, plan, &error)) {
        return cli.usageError(path + QStringLiteral(": ") + error);
    }
    const QList<Finding> issues = HccnPlanValidator::validate(*plan);
    for (const Finding &issue : issues)
        printError(issue.message);
    if (issues.isEmpty())
        return code(ExitCode::Success);
    printError(ApplyCommand::tr("%1: the plan has %2 conflict(s); nothing was changed").arg(path).arg(issues.size()));
    return code(ExitCode::Failure);
}

// "# host: N command(s)" then one shell-quoted line per command, so the output can be reviewed or run by hand.
int report(const QList<HccnServerChange> &changes, bool ran)
{
    int failures = 0;
    for (const HccnServerChange &change : changes) {
        printLine(stdout, ApplyCommand::tr("# %1: %2 command(s)%3")
                              .arg(change.host)
                              .arg(change.commands.size())
                              .arg(ran ? ApplyCommand::tr(", %1 done").arg(change.done) : QString()));
        for (const HccnCommand &command : change.commands)
            printLine(stdout, NetworkApply::previewLine(change, command));
        for (const QString &note : change.notes)
            printError(ApplyCommand::tr("note: %1").arg(note));
        for (const QString &error : change.errors)
            printError(error);
        failures += change.ok() ? 0 : 1;
    }
    return code(failures == 0 ? ExitCode::Success : ExitCode::Failure);
}

NetworkApply::Progress progressPrinter()
{
    static QMutex mutex;
    return [](const QString &host, int done, int total, const HccnCommand &command) {
        const QMutexLocker lock(&mutex);
        printLine(stderr, QStringLiteral("%1: [%2/%3] %4").arg(host).arg(done).arg(total).arg(shellJoin(command.argv)));
    };
}

// What one run works on: the parsed command line, the project (with --project) and the host list.
struct Invocation
{
    const CommandLine &cli;
    const Options &o;
    const Project *project;
    QString hostList;
};

int runPlanApply(const Invocation &in)
{
    HccnPlan plan;
    if (const int loaded = loadPlan(in.cli, in.o, in.project, &plan); loaded != code(ExitCode::Success))
        return loaded;
    QString error;
    QStringList hosts;
    QList<SshTarget> targets;
    QList<int> indexes;
    for (const HccnServerPlan &server : plan.servers)
        hosts << server.host;
    if (!matchTargets(in.hostList, in.project, hosts, &targets, &indexes, &error))
        return in.cli.usageError(error);
    QList<HccnServerPlan> servers;
    for (int index : std::as_const(indexes))
        servers << plan.servers.at(index);
    SessionPool pool(in.cli.sessionOptions());
    if (!in.cli.isSet(in.o.yes))
        return report(NetworkApply::preview(&pool, targets, servers), false);
    // The working directory, by the rule the console uses for its own folder.
    const QString backup = in.cli.isSet(in.o.backup) ? in.cli.value(in.o.backup) : HccnBackup::defaultPath(QString());
    QList<HccnServerChange> changes;
    const bool ok = NetworkApply::apply(&pool, targets, servers, backup, &changes, progressPrinter());
    printError(ApplyCommand::tr("previous settings saved in %1 (apply --rollback %1 --yes restores them)").arg(backup));
    const int reported = report(changes, true);
    return ok ? reported : code(ExitCode::Failure);
}

int runRollback(const Invocation &in)
{
    HccnBackup backup;
    QString error;
    QStringList hosts;
    QList<SshTarget> targets;
    QList<int> indexes;
    if (!HccnBackup::load(in.cli.value(in.o.rollback), &backup, &error))
        return in.cli.usageError(error);
    for (const HccnServerReadings &server : std::as_const(backup.servers))
        hosts << server.host;
    if (!matchTargets(in.hostList, in.project, hosts, &targets, &indexes, &error))
        return in.cli.usageError(error);
    QList<HccnServerReadings> servers;
    for (int index : std::as_const(indexes))
        servers << backup.servers.at(index);
    SessionPool pool(in.cli.sessionOptions());
    if (!in.cli.isSet(in.o.yes))
        return report(NetworkApply::previewRollback(&pool, targets, servers), false);
    QList<HccnServerChange> changes;
    NetworkApply::rollback(&pool, targets, servers, &changes, progressPrinter());
    return report(changes, true);
}

// Which plan, which servers, and whether to change them: the combinations that make no sense are usage errors.
std::optional<int> checkChoices(const CommandLine &cli, const Options &o)
{
    if (cli.isSet(o.plan) && cli.isSet(o.rollback))
        return cli.usageError(ApplyCommand::tr("--plan and --rollback cannot be combined"));
    if (!cli.isSet(o.plan) && !cli.isSet(o.rollback) && !cli.hasProject())
        return cli.usageError(ApplyCommand::tr("give --plan FILE, --project FILE or --rollback FILE"));
    if (cli.isSet(o.dryRun) && cli.isSet(o.yes))
        return cli.usageError(ApplyCommand::tr("--dry-run and --yes cannot be combined"));
    if (cli.positionalArguments().size() > 1)
        return cli.usageError(ApplyCommand::tr("unexpected argument '%1'").arg(cli.positionalArguments().at(1)));
    return std::nullopt;
}
} // namespace

int runApply(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("apply"),
                    QStringLiteral("[options] (--plan FILE | --project FILE | --rollback FILE) [--dry-run | --yes] [HOSTS]"),
                    ApplyCommand::tr("Reads the NPU settings of each server and changes only what differs from the plan. "
                                     "Without --yes nothing is changed: the commands are printed."));
    const Options o;
    cli.addOptions({o.plan, o.rollback, o.dryRun, o.yes, o.backup});
    cli.addProjectOption();
    cli.addSshOptions();
    cli.addPositional(QStringLiteral("hosts"),
                      ApplyCommand::tr("[USER@]HOST[:PORT][,HOST...] (default: the plan's hosts)"));
    if (const auto done = cli.parse(arguments))
        return *done;
    if (const auto bad = checkChoices(cli, o))
        return *bad;
    Project project;
    QString error;
    if (cli.hasProject() && !ProjectInput::load(cli.projectFile(), &project, &error))
        return cli.usageError(error);
    if (!cli.isSet(o.dryRun) && !cli.isSet(o.yes))
        printError(ApplyCommand::tr("neither --dry-run nor --yes: showing what would change, changing nothing"));
    const Invocation in{cli, o, cli.hasProject() ? &project : nullptr, cli.positionalArguments().value(0)};
    return cli.isSet(o.rollback) ? runRollback(in) : runPlanApply(in);
}

} // namespace AscendDeck::Cli
