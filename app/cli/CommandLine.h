#pragma once

#include "ExitCode.h"

#include "remote/SessionOptions.h"
#include "remote/SshTarget.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace AscendDeck::Cli {

// The command line of one command or subcommand. The options several commands share (SSH, --project, --json,
// --timeout, --sudo) are declared here once, and every command gets the same --help, the same usage errors and
// the same exit codes from it.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // command: the words after the program name ("apply", "engine capacity"); synopsis: what follows them on
    // the Usage line ("[options] --plan FILE [HOSTS]"); description: a paragraph under it.
    CommandLine(const QString &command, const QString &synopsis, const QString &description);

    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);
    void addPositional(const QString &name, const QString &description);
    // Everything after the first positional argument is positional too (exec's remote command).
    void stopOptionsAtFirstPositional();

    // --identity, --passphrase-env, --password-stdin, --known-hosts, --ssh-config, --accept-new-host-key,
    // --sudo, --sudo-password-env and --jump.
    void addSshOptions();
    // --user and --ssh-port, for servers named by address only (launch and stop without --project).
    void addLoginOptions();
    // --project FILE: the servers and what the command needs from the project.
    void addProjectOption();
    // --json, with what it prints for this command.
    void addJsonOption(const QString &description);
    // --timeout SECONDS, for commands that run one remote command.
    void addRemoteCommandOptions();

    // Parses arguments (the first is the program name and ignored). Returns the exit code when the command
    // must end at once: after --help (Success) or a usage error (Usage), both printed here.
    std::optional<int> parse(const QStringList &arguments);
    // Prints "ascenddeck-cli COMMAND: message" and the Usage line on stderr; returns ExitCode::Usage.
    int usageError(const QString &message) const;
    QString helpText() const;
    QString usageLine() const;

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    bool hasProject() const { return m_parser.isSet(m_project); }
    QString projectFile() const { return m_parser.value(m_project); }
    bool json() const { return m_parser.isSet(m_json); }
    bool sudo() const { return m_parser.isSet(m_sudo) || m_parser.isSet(m_sudoPasswordEnv); }
    int timeoutMs() const { return m_timeoutMs; }
    // A server named by address only, with --user and --ssh-port.
    SshTarget loginTarget(const QString &host) const;
    // Session options from the SSH options; the host-key policy prints fingerprints on stderr.
    SessionOptions sessionOptions() const;

private:
    std::optional<int> readValues();

    QString m_command;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QList<QPair<QString, QString>> m_positionals;
    int m_timeoutMs = 600 * 1000;
    bool m_hasRemoteCommandOptions = false;
    bool m_hasLoginOptions = false;

    const QCommandLineOption m_help;
    const QCommandLineOption m_identity;
    const QCommandLineOption m_passphraseEnv;
    const QCommandLineOption m_passwordStdin;
    const QCommandLineOption m_knownHosts;
    const QCommandLineOption m_sshConfig;
    const QCommandLineOption m_acceptNew;
    const QCommandLineOption m_user;
    const QCommandLineOption m_sshPort;
    const QCommandLineOption m_project;
    QCommandLineOption m_json;
    const QCommandLineOption m_timeout;
    const QCommandLineOption m_sudo;
    const QCommandLineOption m_sudoPasswordEnv;
    const QCommandLineOption m_jump;
    QList<SshTarget> m_jumpHosts;
    bool m_hasSshOptions = false;
};

} // namespace AscendDeck::Cli
