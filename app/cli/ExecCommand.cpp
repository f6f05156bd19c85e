#include "ExecCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"

#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"

#include <algorithm>

namespace AscendDeck::Cli {

namespace {
struct ExecCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)
};

// "host: " before every line, like pssh -i, so that several servers' output can be told apart.
QByteArray prefixLines(const QByteArray &data, const QByteArray &prefix)
{
    if (data.isEmpty())
        return data;
    QByteArray out;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break; // trailing newline
        out += prefix + lines.at(i) + '\n';
    }
    return out;
}

// The servers (the host list, or the project's) and the remote command; false after a usage error.
bool readInvocation(const CommandLine &cli, QList<SshTarget> *targets, RemoteCommand *command, int *exitCode)
{
    QStringList positional = cli.positionalArguments();
    QString error;
    if (cli.hasProject()) {
        Project project;
        if (!ProjectInput::load(cli.projectFile(), &project, &error)) {
            *exitCode = cli.usageError(error);
            return false;
        }
        *targets = ProjectInput::targets(project);
        if (targets->isEmpty()) {
            *exitCode = cli.usageError(ExecCommand::tr("%1 lists no servers").arg(cli.projectFile()));
            return false;
        }
    } else if (positional.isEmpty()) {
        *exitCode = cli.usageError(ExecCommand::tr("no host list given (HOSTS or --project FILE)"));
        return false;
    } else if (!SshTarget::parseList(positional.takeFirst(), targets, &error)) {
        *exitCode = cli.usageError(error);
        return false;
    }
    // With options parsed as positionals after the host list, a "--" right after it is still ours.
    if (!positional.isEmpty() && positional.first() == QLatin1String("--"))
        positional.removeFirst();
    if (positional.isEmpty()) {
        *exitCode = cli.usageError(ExecCommand::tr("no command given after the host list"));
        return false;
    }
    command->argv = positional;
    command->timeoutMs = cli.timeoutMs();
    if (cli.sudo())
        *command = command->asRoot();
    return true;
}
} // namespace

int runExec(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("exec"), QStringLiteral("[options] (HOSTS | --project FILE) -- COMMAND [ARG...]"),
                    ExecCommand::tr("Runs COMMAND with ARGs on one or more servers over SSH. Each ARG reaches the "
                                    "server unchanged."));
    // Everything after the host list belongs to the remote command, even without "--".
    cli.stopOptionsAtFirstPositional();
    cli.addSshOptions();
    cli.addProjectOption();
    cli.addRemoteCommandOptions();
    cli.addPositional(QStringLiteral("hosts"), ExecCommand::tr("[USER@]HOST[:PORT][,HOST...] (not with --project)"));
    cli.addPositional(QStringLiteral("command"), ExecCommand::tr("-- COMMAND [ARG...]"));
    if (const auto done = cli.parse(arguments))
        return *done;
    QList<SshTarget> targets;
    RemoteCommand command;
    int exitCode = code(ExitCode::Usage);
    if (!readInvocation(cli, &targets, &command, &exitCode))
        return exitCode;

    SessionPool pool(cli.sessionOptions());
    const bool several = targets.size() > 1;
    const QList<CommandResult> results = ServerJob::runAll(
        &pool, targets, [&command](SessionPool &p, const SshTarget &target, const CancelToken &cancel) {
            return p.run(target, command, cancel);
        });

    int worst = code(ExitCode::Success);
    for (int i = 0; i < results.size(); ++i) {
        const CommandResult &result = results.at(i);
        const QByteArray prefix = several ? targets.at(i).displayName().toUtf8() + ": " : QByteArray();
        writeBytes(stdout, several ? prefixLines(result.out, prefix) : result.out);
        writeBytes(stderr, several ? prefixLines(result.err, prefix) : result.err);
        if (!result.ran())
            printError(result.errorString);
        worst = std::max(worst, exitCodeOf(result));
    }
    return worst;
}

} // namespace AscendDeck::Cli
