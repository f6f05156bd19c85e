#include "ExecCommand.h"

#include "remote/FanOut.h"
#include "remote/SessionPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
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

QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
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
    const QCommandLineOption identity(QStringLiteral("identity"), QCoreApplication::translate("exec", "Private key file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption passphraseEnv(QStringLiteral("passphrase-env"),
                                           QCoreApplication::translate("exec", "Environment variable holding the key's passphrase."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QCoreApplication::translate("exec", "Read the login password from the first line of stdin."));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"),
                                        QCoreApplication::translate("exec", "known_hosts file (default ~/.ssh/known_hosts)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       QCoreApplication::translate("exec", "ssh config file (default ~/.ssh/config)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-key"),
                                       QCoreApplication::translate("exec", "Trust and record a host key seen for the first time."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("exec", "Per-command timeout (default 600; 0 = none)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption sudo(QStringLiteral("sudo"), QCoreApplication::translate("exec", "Run the command through sudo."));
    parser.addOptions({identity, passphraseEnv, passwordStdin, knownHosts, sshConfig, acceptNew, timeout, sudo});
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

    SessionOptions options;
    options.knownHostsFile = parser.value(knownHosts);
    options.sshConfigFile = parser.value(sshConfig);
    options.credentials.identityFile = parser.value(identity);
    if (parser.isSet(passphraseEnv))
        options.credentials.passphrase = qEnvironmentVariable(parser.value(passphraseEnv).toLocal8Bit().constData());
    if (parser.isSet(passwordStdin))
        options.credentials.password = readPasswordFromStdin();
    const bool accept = parser.isSet(acceptNew);
    options.unknownHostKey = [accept](const HostKeyInfo &info) {
        writeLine(stderr, QCoreApplication::translate("exec", "%1: host key %2 %3 is not in %4; %5")
                              .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile,
                                   accept ? QCoreApplication::translate("exec", "accepted (--accept-new-host-key)")
                                          : QCoreApplication::translate("exec", "refused (pass --accept-new-host-key to trust it)")));
        return accept;
    };
    SessionPool pool(options);

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
    const QList<CommandResult> results = FanOut::runAll(
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
