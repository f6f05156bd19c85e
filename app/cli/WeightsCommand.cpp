#include "WeightsCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"
#include "Subcommands.h"

#include "remote/SessionPool.h"
#include "weights/WeightsStatus.h"
#include "weights/WeightsSyncJob.h"

#include <QDir>
#include <QMap>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace AscendDeck::Cli {

namespace {
struct WeightsCommand
{
    Q_DECLARE_TR_FUNCTIONS(WeightsCommand)
};

volatile std::sig_atomic_t g_interrupted = 0;
void onInterrupt(int)
{
    g_interrupted = 1;
}

QCommandLineOption fromOption()
{
    return {QStringLiteral("from"), WeightsCommand::tr("The reference server and folder."),
            QStringLiteral("[USER@]HOST[:PORT]:DIR")};
}
QCommandLineOption toOption()
{
    return {QStringLiteral("to"), WeightsCommand::tr("The target servers and folder (the same path as --from's)."),
            QStringLiteral("[USER@]HOST[:PORT][,HOST...]:DIR")};
}

struct Invocation
{
    SshTarget reference;
    QList<SshTarget> targets;
    QString dir;
};

// "[USER@]HOST[:PORT][,HOST...]:/DIR": the servers before the first ":/", the absolute folder after it.
bool splitServersAndDir(const QString &text, QString *servers, QString *dir)
{
    const qsizetype split = text.indexOf(QLatin1String(":/"));
    if (split <= 0)
        return false;
    *servers = text.left(split);
    *dir = text.mid(split + 1);
    return true;
}

bool readFromTo(const CommandLine &cli, Invocation *inv, QString *error)
{
    QString fromServers, fromDir, toServers, toDir;
    if (!splitServersAndDir(cli.value(fromOption()), &fromServers, &fromDir)
        || !splitServersAndDir(cli.value(toOption()), &toServers, &toDir)) {
        *error = WeightsCommand::tr("--from and --to take SERVER:DIR with an absolute DIR");
        return false;
    }
    if (QDir::cleanPath(fromDir) != QDir::cleanPath(toDir)) {
        *error = WeightsCommand::tr("the folder must be the same path on every server (%1, %2)").arg(fromDir, toDir);
        return false;
    }
    inv->dir = QDir::cleanPath(fromDir);
    return SshTarget::parse(fromServers, &inv->reference, error) && SshTarget::parseList(toServers, &inv->targets, error);
}

// The project's master (or first server) is the reference, the others the targets, the engine's model
// folder the folder; --from HOST picks another reference among them.
bool readProject(const CommandLine &cli, Invocation *inv, QString *error)
{
    Project project;
    if (!ProjectInput::load(cli.projectFile(), &project, error))
        return false;
    if (!project.engine || project.engine->modelPath.isEmpty()) {
        *error = WeightsCommand::tr("%1 names no model folder (the Engine step's model path)").arg(cli.projectFile());
        return false;
    }
    const QList<SshTarget> all = ProjectInput::targets(project);
    if (all.size() < 2) {
        *error = WeightsCommand::tr("%1 lists fewer than two servers").arg(cli.projectFile());
        return false;
    }
    int reference = 0;
    for (int i = 0; i < project.servers.size(); ++i)
        reference = project.servers.at(i).master ? i : reference;
    if (cli.isSet(fromOption())) {
        const QString host = cli.value(fromOption());
        reference = int(std::find_if(all.begin(), all.end(), [&host](const SshTarget &t) { return t.host == host; })
                        - all.begin());
        if (reference >= all.size()) {
            *error = WeightsCommand::tr("%1 is not a server of %2").arg(host, cli.projectFile());
            return false;
        }
    }
    inv->dir = project.engine->modelPath;
    inv->reference = all.at(reference);
    inv->targets = all;
    inv->targets.removeAt(reference);
    return true;
}

bool readInvocation(const CommandLine &cli, Invocation *inv, int *exitCode)
{
    QString error;
    bool ok = false;
    if (cli.hasProject())
        ok = readProject(cli, inv, &error);
    else if (!cli.isSet(fromOption()) || !cli.isSet(toOption()))
        error = WeightsCommand::tr("give --from and --to, or --project FILE");
    else
        ok = readFromTo(cli, inv, &error);
    if (!ok)
        *exitCode = cli.usageError(error);
    return ok;
}

// Parses the command line and reads the servers and the folder; the exit code when the command must end.
std::optional<int> parse(CommandLine &cli, const QStringList &arguments, Invocation *inv)
{
    if (const auto done = cli.parse(arguments))
        return done;
    int exitCode = code(ExitCode::Usage);
    if (!readInvocation(cli, inv, &exitCode))
        return exitCode;
    return std::nullopt;
}

void addServerOptions(CommandLine *cli)
{
    cli->addOptions({fromOption(), toOption()});
    cli->addProjectOption();
    cli->addSshOptions();
}

int runStatus(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("weights status"), QStringLiteral("[options] (--from SERVER:DIR --to SERVERS:DIR | --project FILE)"),
                    WeightsCommand::tr("Lists the model folder on the reference and on every target (files, sizes, "
                                       "symlinks, free disk) and what each target lacks or holds differently, as JSON."));
    addServerOptions(&cli);
    const QCommandLineOption hashes(QStringLiteral("hashes"), WeightsCommand::tr("Compare the content too (sha256 of "
                                                                                 "every file on every server)."));
    cli.addOption(hashes);
    Invocation inv;
    if (const auto done = parse(cli, arguments, &inv))
        return *done;
    SessionPool pool(cli.sessionOptions());
    const WeightsStatus status = WeightsStatus::read(&pool, inv.reference, inv.targets, inv.dir, cli.isSet(hashes));
    printLine(stdout, QString::fromStdString(status.toJson(false).dump(2)));
    if (!status.readEverywhere())
        return code(ExitCode::Connection);
    return code(status.isComplete() && !Finding::hasError(status.findings(false)) ? ExitCode::Success : ExitCode::Failure);
}

QString progressLine(const QMap<int, WeightsTargetProgress> &progress, const QList<SshTarget> &targets)
{
    QStringList parts;
    for (const WeightsTargetProgress &p : progress) {
        const int percent = p.total > 0 ? int(qMin<qint64>(100, p.bytes * 100 / p.total)) : 100;
        const int left = p.secondsLeft();
        parts << WeightsCommand::tr("%1 %2% %3/%4 %5/s %6 %7")
                     .arg(targets.at(p.target).displayName())
                     .arg(percent)
                     .arg(WeightsStatus::formatBytes(p.bytes), WeightsStatus::formatBytes(p.total),
                          WeightsStatus::formatBytes(qint64(p.bytesPerSecond)),
                          left < 0 ? QStringLiteral("-") : QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')),
                          p.file.section(QLatin1Char('/'), -1));
    }
    return parts.join(QLatin1String(" | "));
}

nlohmann::ordered_json progressJson(const WeightsTargetProgress &p, const QList<SshTarget> &targets)
{
    nlohmann::ordered_json json;
    json["event"] = "progress";
    json["server"] = targets.at(p.target).displayName().toStdString();
    json["source"] = p.source.toStdString();
    json["bytes"] = p.bytes;
    json["total"] = p.total;
    json["bytes_per_second"] = qint64(p.bytesPerSecond);
    json["seconds_left"] = p.secondsLeft();
    json["file"] = p.file.toStdString();
    return json;
}

void printSummary(const WeightsSyncResult &result)
{
    for (const WeightsTargetOutcome &target : result.targets) {
        printLine(stdout, WeightsCommand::tr("%1: %2 (from %3, round %4, %5 files sent)")
                              .arg(target.target.displayName(), WeightsTargetOutcome::stateName(target.state),
                                   target.source.isEmpty() ? QStringLiteral("-") : target.source)
                              .arg(target.round)
                              .arg(qMax(0, target.filesTransferred)));
        for (const WeightsDifference &difference : target.differences)
            printLine(stdout, QStringLiteral("  %1 %2").arg(WeightsDifference::kindName(difference.kind), difference.path));
    }
    for (const Finding &finding : result.findings) {
        printLine(stderr, finding.message);
        if (!finding.fix.isEmpty())
            printLine(stderr, QStringLiteral("  ") + finding.fix);
    }
}

int runSync(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("weights sync"), QStringLiteral("[options] (--from SERVER:DIR --to SERVERS:DIR | --project FILE)"),
                    WeightsCommand::tr("Copies the model folder from the reference to every target, server to server "
                                       "(rsync over SSH with a temporary key, never through this machine), finished "
                                       "targets serving the others; resumes a cut copy; verifies every file by size "
                                       "and sha256. Files a target holds with other content are kept unless "
                                       "--overwrite is given (exit 1)."));
    addServerOptions(&cli);
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       WeightsCommand::tr("Replace target files that differ from the reference's."));
    const QCommandLineOption bwlimit(QStringLiteral("bwlimit"), WeightsCommand::tr("Limit each copy to KIB KiB/s."),
                                     QStringLiteral("KIB"));
    cli.addOptions({overwrite, bwlimit});
    cli.addJsonOption(WeightsCommand::tr("Print progress and the result as JSON lines."));
    Invocation inv;
    if (const auto done = parse(cli, arguments, &inv))
        return *done;
    WeightsSyncOptions options;
    options.reference = inv.reference;
    options.targets = inv.targets;
    options.dir = inv.dir;
    options.overwrite = cli.isSet(overwrite);
    options.bandwidthLimitKiB = cli.value(bwlimit).toInt();

    SessionPool pool(cli.sessionOptions());
    WeightsSyncJob job(&pool);
    QMap<int, WeightsTargetProgress> progress;
    const bool terminal = isatty(STDERR_FILENO);
    QObject::connect(&job, &WeightsSyncJob::targetProgress, [&](const WeightsTargetProgress &p) {
        progress.insert(p.target, p);
        if (cli.json())
            printLine(stdout, QString::fromStdString(progressJson(p, inv.targets).dump()));
        else if (terminal)
            print(stderr, QStringLiteral("\r\033[K") + progressLine(progress, inv.targets));
    });
    // Ctrl-C cancels: the copies stop, their partial files stay for the next run, the keys are removed.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interrupt;
    QObject::connect(&interrupt, &QTimer::timeout, [&job] {
        if (g_interrupted)
            job.cancel();
    });
    interrupt.start(100);
    job.start(options);
    job.waitForFinished();
    job.wait();
    if (terminal && !cli.json() && !progress.isEmpty())
        print(stderr, QStringLiteral("\n"));
    if (g_interrupted) {
        printError(WeightsCommand::tr("interrupted; run the same command again to resume"));
        return code(ExitCode::Cancelled);
    }
    const WeightsSyncResult &result = job.result();
    if (cli.json())
        printLine(stdout, QString::fromStdString(result.toJson(options.overwrite).dump()));
    else
        printSummary(result);
    return code(result.ok() ? ExitCode::Success : ExitCode::Failure);
}
} // namespace

int runWeights(const QStringList &arguments)
{
    Subcommands weights(QStringLiteral("weights"),
                        WeightsCommand::tr("The model folder on every server: its state, and its copy from server to server."));
    weights.add(QStringLiteral("status"), WeightsCommand::tr("the folder on every server against the reference, as JSON"),
                &runStatus);
    weights.add(QStringLiteral("sync"), WeightsCommand::tr("copy the folder from the reference to every target, server to server"),
                &runSync);
    return weights.run(arguments);
}

} // namespace AscendDeck::Cli
