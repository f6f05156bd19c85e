#include "CommandLine.h"

#include "Output.h"

#include <QFile>

#include <algorithm>

namespace AscendDeck::Cli {

namespace {
// QCommandLineParser's own words (errorText(), and the help of the GUI's parser): listed here so that lupdate
// files them under Qt's context in AscendDeck's translation and they read in Chinese even without Qt's
// qtbase_zh_CN.qm.
[[maybe_unused]] const char *const qtParserMessages[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
};

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
    return syntax;
}

// One line per entry, the descriptions in one column, never wrapped: a translated line stays whole.
QString table(const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, std::min<qsizetype>(row.first.size(), 34));
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width) + QStringLiteral("  ") + row.second + QLatin1Char('\n');
    return text;
}

// The first line of stdin without its line break; the rest of the line (spaces too) is the password.
QString readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
} // namespace

CommandLine::CommandLine(const QString &command, const QString &synopsis, const QString &description)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_description(description)
    , m_help({QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."))
    , m_identity(QStringLiteral("identity"), tr("Private key file."), QStringLiteral("FILE"))
    , m_passphraseEnv(QStringLiteral("passphrase-env"), tr("Environment variable holding the key's passphrase."), QStringLiteral("NAME"))
    , m_passwordStdin(QStringLiteral("password-stdin"), tr("Read the login password from the first line of stdin."))
    , m_knownHosts(QStringLiteral("known-hosts"), tr("known_hosts file (default ~/.ssh/known_hosts)."), QStringLiteral("FILE"))
    , m_sshConfig(QStringLiteral("ssh-config"), tr("ssh config file (default ~/.ssh/config)."), QStringLiteral("FILE"))
    , m_acceptNew(QStringLiteral("accept-new-host-key"), tr("Trust and record a host key seen for the first time."))
    , m_user(QStringLiteral("user"), tr("SSH login user (default: ~/.ssh/config, then the local user)."), QStringLiteral("USER"))
    , m_sshPort(QStringLiteral("ssh-port"), tr("SSH port of every server (default 22)."), QStringLiteral("PORT"))
    , m_project(QStringLiteral("project"), tr("Project file: the servers and their settings."), QStringLiteral("FILE"))
    , m_json(QStringLiteral("json"), QString())
    , m_timeout(QStringLiteral("timeout"), tr("Per-command timeout (default 600; 0 = none)."), QStringLiteral("SECONDS"),
                QStringLiteral("600"))
    , m_sudo(QStringLiteral("sudo"), tr("Run what needs root through sudo when the login user is not root (exec: the "
                                        "command)."))
    , m_sudoPasswordEnv(QStringLiteral("sudo-password-env"),
                        tr("Environment variable holding the sudo password (implies --sudo)."), QStringLiteral("NAME"))
    , m_jump(QStringLiteral("jump"), tr("Jump hosts to connect through, first hop first, as ssh -J takes them."),
             QStringLiteral("[USER@]HOST[:PORT][,...]"))
{
    addOption(m_help);
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options << option;
}

void CommandLine::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        addOption(option);
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals.append({name, description});
}

void CommandLine::stopOptionsAtFirstPositional()
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

void CommandLine::addSshOptions()
{
    addOptions({m_identity, m_passphraseEnv, m_passwordStdin, m_knownHosts, m_sshConfig, m_acceptNew, m_sudo,
                m_sudoPasswordEnv, m_jump});
    m_hasSshOptions = true;
}

void CommandLine::addLoginOptions()
{
    addOptions({m_user, m_sshPort});
    m_hasLoginOptions = true;
}

void CommandLine::addProjectOption()
{
    addOption(m_project);
}

void CommandLine::addJsonOption(const QString &description)
{
    m_json.setDescription(description);
    addOption(m_json);
}

void CommandLine::addRemoteCommandOptions()
{
    addOption(m_timeout);
    m_hasRemoteCommandOptions = true;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        print(stdout, helpText());
        return code(ExitCode::Success);
    }
    return readValues();
}

// The shared options that take numbers, checked once for every command.
std::optional<int> CommandLine::readValues()
{
    if (m_hasRemoteCommandOptions) {
        bool ok = false;
        const double seconds = m_parser.value(m_timeout).toDouble(&ok);
        if (!ok || seconds < 0)
            return usageError(tr("--timeout '%1' is not a number of seconds").arg(m_parser.value(m_timeout)));
        m_timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (m_hasSshOptions && m_parser.isSet(m_jump)) {
        QString error;
        if (!SshTarget::parseList(m_parser.value(m_jump), &m_jumpHosts, &error))
            return usageError(tr("--jump: %1").arg(error));
    }
    if (m_hasSshOptions && m_parser.isSet(m_sudoPasswordEnv)
        && qEnvironmentVariable(m_parser.value(m_sudoPasswordEnv).toLocal8Bit().constData()).isEmpty())
        return usageError(tr("--sudo-password-env: the environment variable %1 is not set").arg(m_parser.value(m_sudoPasswordEnv)));
    if (m_hasLoginOptions && m_parser.isSet(m_sshPort)) {
        bool ok = false;
        const int port = m_parser.value(m_sshPort).toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return usageError(tr("--ssh-port '%1' is not a port number").arg(m_parser.value(m_sshPort)));
    }
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
    print(stderr, QStringLiteral("ascenddeck-cli %1: %2\n").arg(m_command, message)
                      + usageLine() + QLatin1Char('\n')
                      + tr("Run '%1 --help' for the options.").arg(QStringLiteral("ascenddeck-cli ") + m_command) + QLatin1Char('\n'));
    return code(ExitCode::Usage);
}

// Qt's own words (and Qt's translation when qtbase_*.qm is installed), with the command instead of the binary's path.
QString CommandLine::usageLine() const
{
    return QCoreApplication::translate("QCommandLineParser", "Usage: %1")
        .arg(QStringLiteral("ascenddeck-cli ") + m_command + QLatin1Char(' ') + m_synopsis);
}

QString CommandLine::helpText() const
{
    QString text = usageLine() + QLatin1Char('\n');
    if (!m_description.isEmpty())
        text += m_description + QStringLiteral("\n");
    QList<QPair<QString, QString>> options;
    for (const QCommandLineOption &option : m_options)
        options.append({optionSyntax(option), option.description()});
    text += QLatin1Char('\n') + QCoreApplication::translate("QCommandLineParser", "Options:") + QLatin1Char('\n') + table(options);
    if (!m_positionals.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("QCommandLineParser", "Arguments:") + QLatin1Char('\n') + table(m_positionals);
    return text;
}

SshTarget CommandLine::loginTarget(const QString &host) const
{
    if (!m_hasLoginOptions)
        return SshTarget{host, QString(), 0};
    return SshTarget{host, m_parser.value(m_user), m_parser.value(m_sshPort).toInt()};
}

SessionOptions CommandLine::sessionOptions() const
{
    SessionOptions options;
    options.knownHostsFile = m_parser.value(m_knownHosts);
    options.sshConfigFile = m_parser.value(m_sshConfig);
    options.credentials.identityFile = m_parser.value(m_identity);
    if (m_parser.isSet(m_passphraseEnv))
        options.credentials.passphrase = qEnvironmentVariable(m_parser.value(m_passphraseEnv).toLocal8Bit().constData());
    if (m_parser.isSet(m_passwordStdin))
        options.credentials.password = readPasswordLine();
    // With --sudo, a login password (--password-stdin) is the sudo password too, unless one is given.
    options.credentials.sudo = !sudo() ? SudoMode::Off
                                       : options.credentials.hasPassword() ? SudoMode::Password : SudoMode::NoPassword;
    if (m_parser.isSet(m_sudoPasswordEnv)) {
        options.credentials.sudo = SudoMode::Password;
        options.credentials.sudoPassword = qEnvironmentVariable(m_parser.value(m_sudoPasswordEnv).toLocal8Bit().constData());
    }
    options.jumpHosts = m_jumpHosts;
    const bool accept = m_parser.isSet(m_acceptNew);
    options.unknownHostKey = [accept](const HostKeyInfo &info) {
        print(stderr, tr("%1: host key %2 %3 is not in %4; %5")
                          .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile,
                               accept ? tr("accepted (--accept-new-host-key)") : tr("refused (pass --accept-new-host-key to trust it)"))
                          + QLatin1Char('\n'));
        return accept;
    };
    return options;
}

} // namespace AscendDeck::Cli
