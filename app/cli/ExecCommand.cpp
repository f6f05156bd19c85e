#include "ExecCommand.h"

#include "SshCliOptions.h"

#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace AscendDeck::Cli {

namespace {
void writeTo(FILE *stream, const QByteArray &data)
{
    fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stream);
    fflush(stream);
}

void writeLine(FILE *stream, const QString &line)
{
    writeTo(stream, line.toUtf8() + '\n');
}

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

} // namespace

int runExec(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "exec", "Runs COMMAND with ARGs on one or more servers over SSH. Each ARG reaches the server unchanged."));
    parser.addHelpOption();
    // Everything after the host list belongs to the remote command, even without "--".
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const SshCliOptions ssh;
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("exec", "Per-command timeout (default 600; 0 = none)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption sudo(QStringLiteral("sudo"), QCoreApplication::translate("exec", "Run the command through sudo."));
    ssh.addTo(&parser);
    parser.addOptions({timeout, sudo});
    parser.addPositionalArgument(QStringLiteral("hosts"), QCoreApplication::translate("exec", "[USER@]HOST[:PORT][,HOST...]"));
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("exec", "-- COMMAND [ARG...]"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        writeLine(stderr, QCoreApplication::translate("exec", "usage: ascenddeck-cli exec [options] [USER@]HOST[:PORT][,HOST...] -- COMMAND [ARG...]"));
        return 2;
    }
    QList<SshTarget> targets;
    QString error;
    if (!SshTarget::parseList(positional.first(), &targets, &error)) {
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        return 2;
    }
    bool ok = false;
    const double timeoutSec = parser.value(timeout).toDouble(&ok);
    if (!ok || timeoutSec < 0) {
        writeLine(stderr, QCoreApplication::translate("exec", "ascenddeck-cli: --timeout '%1' is not a number of seconds").arg(parser.value(timeout)));
        return 2;
    }

    SessionPool pool(ssh.sessionOptions(parser));

    RemoteCommand command;
    command.argv = positional.mid(1);
    // With options parsed as positionals after the host list, a "--" right after it is still ours.
    if (command.argv.first() == QLatin1String("--"))
        command.argv.removeFirst();
    if (command.argv.isEmpty()) {
        writeLine(stderr, QCoreApplication::translate("exec", "ascenddeck-cli: no command given after the host list"));
        return 2;
    }
    command.timeoutMs = static_cast<int>(timeoutSec * 1000);
    command.sudo = parser.isSet(sudo);

    const bool several = targets.size() > 1;
    const QList<CommandResult> results = ServerJob::runAll(
        &pool, targets, [&command](SessionPool &p, const SshTarget &target, const CancelToken &cancel) {
            return p.run(target, command, cancel);
        });

    int worst = 0;
    for (int i = 0; i < results.size(); ++i) {
        const CommandResult &result = results.at(i);
        const QByteArray prefix = several ? targets.at(i).displayName().toUtf8() + ": " : QByteArray();
        writeTo(stdout, several ? prefixLines(result.out, prefix) : result.out);
        writeTo(stderr, several ? prefixLines(result.err, prefix) : result.err);
        if (!result.ran())
            writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + result.errorString);
        worst = std::max(worst, result.processExitCode());
    }
    return worst;
}

} // namespace AscendDeck::Cli
