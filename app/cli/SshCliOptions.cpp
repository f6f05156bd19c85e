#include "SshCliOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ssh-options", text);
}
} // namespace

SshCliOptions::SshCliOptions()
    : identity(QStringLiteral("identity"), tr("Private key file."), QStringLiteral("FILE"))
    , passphraseEnv(QStringLiteral("passphrase-env"), tr("Environment variable holding the key's passphrase."), QStringLiteral("NAME"))
    , passwordStdin(QStringLiteral("password-stdin"), tr("Read the login password from the first line of stdin."))
    , knownHosts(QStringLiteral("known-hosts"), tr("known_hosts file (default ~/.ssh/known_hosts)."), QStringLiteral("FILE"))
    , sshConfig(QStringLiteral("ssh-config"), tr("ssh config file (default ~/.ssh/config)."), QStringLiteral("FILE"))
    , acceptNew(QStringLiteral("accept-new-host-key"), tr("Trust and record a host key seen for the first time."))
{
}

void SshCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({identity, passphraseEnv, passwordStdin, knownHosts, sshConfig, acceptNew});
}

SessionOptions SshCliOptions::sessionOptions(const QCommandLineParser &parser) const
{
    SessionOptions options;
    options.knownHostsFile = parser.value(knownHosts);
    options.sshConfigFile = parser.value(sshConfig);
    options.credentials.identityFile = parser.value(identity);
    if (parser.isSet(passphraseEnv))
        options.credentials.passphrase = qEnvironmentVariable(parser.value(passphraseEnv).toLocal8Bit().constData());
    if (parser.isSet(passwordStdin)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            QByteArray line = in.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            options.credentials.password = QString::fromUtf8(line);
        }
    }
    const bool accept = parser.isSet(acceptNew);
    options.unknownHostKey = [accept](const HostKeyInfo &info) {
        const QString line = QCoreApplication::translate("exec", "%1: host key %2 %3 is not in %4; %5")
                                 .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile,
                                      accept ? QCoreApplication::translate("exec", "accepted (--accept-new-host-key)")
                                             : QCoreApplication::translate("exec", "refused (pass --accept-new-host-key to trust it)"));
        fprintf(stderr, "%s\n", line.toUtf8().constData());
        return accept;
    };
    return options;
}

} // namespace AscendDeck::Cli
