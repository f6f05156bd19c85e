#include "ApplyCommand.h"

#include "network/HccnBackup.h"
#include "network/HccnPlanValidator.h"
#include "ops/NetworkApply.h"
#include "remote/SessionPool.h"
#include "remote/ShellQuote.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("apply", text);
}

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray data = line.toUtf8() + '\n';
    fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stream);
    fflush(stream);
}

struct Options
{
    QCommandLineOption plan{QStringLiteral("plan"), tr("The plan to apply (from plan --json)."), QStringLiteral("FILE")};
    QCommandLineOption rollback{QStringLiteral("rollback"), tr("Restore the settings saved in this backup."),
                                QStringLiteral("FILE")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("Only print the hccn_tool commands that would run.")};
    QCommandLineOption yes{QStringLiteral("yes"), tr("Really change the servers.")};
    QCommandLineOption backup{QStringLiteral("backup"), tr("Where to save what is replaced (default hccn-backup-TIME.json)."),
                              QStringLiteral("FILE")};
    QCommandLineOption identity{QStringLiteral("identity"), tr("Private key file."), QStringLiteral("FILE")};
    QCommandLineOption passphraseEnv{QStringLiteral("passphrase-env"), tr("Environment variable holding the key's passphrase."),
                                     QStringLiteral("NAME")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"), tr("Read the login password from the first line of stdin.")};
    QCommandLineOption knownHosts{QStringLiteral("known-hosts"), tr("known_hosts file (default ~/.ssh/known_hosts)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption sshConfig{QStringLiteral("ssh-config"), tr("ssh config file (default ~/.ssh/config)."), QStringLiteral("FILE")};
    QCommandLineOption acceptNew{QStringLiteral("accept-new-host-key"), tr("Trust and record a host key seen for the first time.")};

    QList<QCommandLineOption> all() const
    {
        return {plan, rollback, dryRun, yes, backup, identity, passphraseEnv, passwordStdin, knownHosts, sshConfig, acceptNew};
    }
};

SessionOptions sessionOptions(const QCommandLineParser &parser, const Options &o)
{
    SessionOptions options;
    options.knownHostsFile = parser.value(o.knownHosts);
    options.sshConfigFile = parser.value(o.sshConfig);
    options.credentials.identityFile = parser.value(o.identity);
    if (parser.isSet(o.passphraseEnv))
        options.credentials.passphrase = qEnvironmentVariable(parser.value(o.passphraseEnv).toLocal8Bit().constData());
    if (parser.isSet(o.passwordStdin)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            options.credentials.password = QString::fromUtf8(in.readLine()).trimmed();
    }
    const bool accept = parser.isSet(o.acceptNew);
    options.unknownHostKey = [accept](const HostKeyInfo &info) {
        writeLine(stderr, tr("%1: host key %2 %3 is not in %4; %5")
                              .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile,
                                   accept ? tr("accepted") : tr("refused (pass --accept-new-host-key to trust it)")));
        return accept;
    };
    return options;
}

// Pairs each target with the plan's (or backup's) entry for it: by host as typed in the plan, or the target's
// bare host name. Without HOSTS on the command line, the plan's own hosts are the targets.
bool matchTargets(const QString &hostList, const QStringList &planHosts, QList<SshTarget> *targets, QList<int> *indexes,
                  QString *error)
{
    if (!SshTarget::parseList(hostList.isEmpty() ? planHosts.join(QLatin1Char(',')) : hostList, targets, error))
        return false;
    for (const SshTarget &target : std::as_const(*targets)) {
        qsizetype index = planHosts.indexOf(target.displayName());
        if (index < 0)
            index = planHosts.indexOf(target.host);
        if (index < 0) {
            *error = tr("%1 is not a server of the plan (%2)").arg(target.displayName(), planHosts.join(QStringLiteral(", ")));
            return false;
        }
        indexes->append(static_cast<int>(index));
    }
    return true;
}

bool loadPlan(const QString &path, HccnPlan *plan, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!HccnPlan::fromJsonText(file.readAll(), plan, error)) {
        *error = path + QStringLiteral(": ") + *error;
        return false;
    }
    const QList<HccnPlanIssue> issues = HccnPlanValidator::validate(*plan);
    for (const HccnPlanIssue &issue : issues)
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + issue.message);
    if (!issues.isEmpty())
        *error = tr("%1: the plan has %2 conflict(s); nothing was changed").arg(path).arg(issues.size());
    return issues.isEmpty();
}

// "# host: N command(s)" then one shell-quoted line per command, so the output can be reviewed or run by hand.
int report(const QList<HccnServerChange> &changes, bool ran)
{
    int failures = 0;
    for (const HccnServerChange &change : changes) {
        writeLine(stdout, tr("# %1: %2 command(s)%3")
                              .arg(change.host)
                              .arg(change.commands.size())
                              .arg(ran ? tr(", %1 done").arg(change.done) : QString()));
        for (const HccnCommand &command : change.commands)
            writeLine(stdout, shellJoin(command.argv));
        for (const QString &note : change.notes)
            writeLine(stderr, QStringLiteral("ascenddeck-cli: note: ") + note);
        for (const QString &error : change.errors)
            writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        failures += change.ok() ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}

NetworkApply::Progress progressPrinter()
{
    static QMutex mutex;
    return [](const QString &host, int done, int total, const HccnCommand &command) {
        const QMutexLocker lock(&mutex);
        writeLine(stderr, QStringLiteral("%1: [%2/%3] %4").arg(host).arg(done).arg(total).arg(shellJoin(command.argv)));
    };
}

int runPlanApply(SessionPool *pool, const QCommandLineParser &parser, const Options &o, const QString &hostList)
{
    HccnPlan plan;
    QString error;
    QStringList hosts;
    QList<SshTarget> targets;
    QList<int> indexes;
    if (!loadPlan(parser.value(o.plan), &plan, &error)) {
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        return 1;
    }
    for (const HccnServerPlan &server : plan.servers)
        hosts << server.host;
    if (!matchTargets(hostList, hosts, &targets, &indexes, &error)) {
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        return 2;
    }
    QList<HccnServerPlan> servers;
    for (int index : std::as_const(indexes))
        servers << plan.servers.at(index);
    if (!parser.isSet(o.yes))
        return report(NetworkApply::preview(pool, targets, servers), false);
    const QString backup = parser.isSet(o.backup)
                               ? parser.value(o.backup)
                               : QStringLiteral("hccn-backup-%1.json")
                                     .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QList<HccnServerChange> changes;
    const bool ok = NetworkApply::apply(pool, targets, servers, backup, &changes, progressPrinter());
    writeLine(stderr, tr("ascenddeck-cli: previous settings saved in %1 (apply --rollback %1 --yes restores them)").arg(backup));
    return ok ? report(changes, true) : qMax(1, report(changes, true));
}

int runRollback(SessionPool *pool, const QCommandLineParser &parser, const Options &o, const QString &hostList)
{
    HccnBackup backup;
    QString error;
    QStringList hosts;
    QList<SshTarget> targets;
    QList<int> indexes;
    if (!HccnBackup::load(parser.value(o.rollback), &backup, &error)) {
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        return 1;
    }
    for (const HccnServerReadings &server : std::as_const(backup.servers))
        hosts << server.host;
    if (!matchTargets(hostList, hosts, &targets, &indexes, &error)) {
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        return 2;
    }
    QList<HccnServerReadings> servers;
    for (int index : std::as_const(indexes))
        servers << backup.servers.at(index);
    if (!parser.isSet(o.yes))
        return report(NetworkApply::previewRollback(pool, targets, servers), false);
    QList<HccnServerChange> changes;
    NetworkApply::rollback(pool, targets, servers, &changes, progressPrinter());
    return report(changes, true);
}
} // namespace

int runApply(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads the NPU settings of each server and changes only what differs from the "
                                        "plan. Without --yes nothing is changed: the commands are printed."));
    parser.addHelpOption();
    const Options o;
    parser.addOptions(o.all());
    parser.addPositionalArgument(QStringLiteral("hosts"), tr("[USER@]HOST[:PORT][,HOST...] (default: the plan's hosts)"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.plan) == parser.isSet(o.rollback) || positional.size() > 1 ||
        (parser.isSet(o.dryRun) && parser.isSet(o.yes))) {
        writeLine(stderr, tr("usage: ascenddeck-cli apply (--plan PLAN.json | --rollback BACKUP.json) "
                             "(--dry-run | --yes) [ssh options] [HOSTS]"));
        return 2;
    }
    if (!parser.isSet(o.dryRun) && !parser.isSet(o.yes))
        writeLine(stderr, tr("ascenddeck-cli: neither --dry-run nor --yes: showing what would change, changing nothing"));
    SessionPool pool(sessionOptions(parser, o));
    const QString hostList = positional.value(0);
    return parser.isSet(o.plan) ? runPlanApply(&pool, parser, o, hostList) : runRollback(&pool, parser, o, hostList);
}

} // namespace AscendDeck::Cli
