#include "LaunchCommand.h"

#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "engine/LaunchPlan.h"
#include "ops/LaunchOperation.h"
#include "remote/SessionPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <memory>

namespace AscendDeck::Cli {

using nlohmann::ordered_json;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("launch", text);
}

void printTo(FILE *stream, const QString &text)
{
    const QByteArray data = text.toUtf8();
    fwrite(data.constData(), 1, size_t(data.size()), stream);
    fflush(stream);
}

void error(const QString &message)
{
    printTo(stderr, QStringLiteral("ascenddeck-cli: ") + message + QLatin1Char('\n'));
}

// Options shared by launch and stop: what to deploy and how to reach the servers.
struct Invocation
{
    QCommandLineParser parser;
    EngineSettings settings;
    EngineCluster cluster;
    QList<SshTarget> targets;
    SessionOptions options;
};

QList<QCommandLineOption> commonOptions()
{
    return {{QStringLiteral("settings"), tr("The engine settings (JSON)."), QStringLiteral("FILE")},
            {QStringLiteral("cluster"), tr("The servers (JSON), in rank order."), QStringLiteral("FILE")},
            {QStringLiteral("user"), tr("SSH login user (default: ~/.ssh/config, then the local user)."), QStringLiteral("USER")},
            {QStringLiteral("ssh-port"), tr("SSH port of every server (default 22)."), QStringLiteral("PORT")},
            {QStringLiteral("identity"), tr("Private key file."), QStringLiteral("FILE")},
            {QStringLiteral("known-hosts"), tr("known_hosts file (default ~/.ssh/known_hosts)."), QStringLiteral("FILE")},
            {QStringLiteral("ssh-config"), tr("ssh config file (default ~/.ssh/config)."), QStringLiteral("FILE")},
            {QStringLiteral("accept-new-host-key"), tr("Trust and record a host key seen for the first time.")},
            {QStringLiteral("password-stdin"), tr("Read the login password from the first line of stdin.")}};
}

bool readJson(const QString &path, ordered_json *json)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        error(tr("%1: cannot read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    *json = ordered_json::parse(data.constBegin(), data.constEnd(), nullptr, false, true);
    if (json->is_discarded())
        error(tr("%1: not JSON").arg(path));
    return !json->is_discarded();
}

bool readDeployment(Invocation *inv)
{
    ordered_json settingsJson;
    ordered_json clusterJson;
    if (!readJson(inv->parser.value(QStringLiteral("settings")), &settingsJson)
        || !readJson(inv->parser.value(QStringLiteral("cluster")), &clusterJson))
        return false;
    QString problem;
    inv->settings = EngineSettings::fromJson(settingsJson, &problem);
    if (problem.isEmpty())
        inv->cluster = EngineCluster::fromJson(clusterJson, &problem);
    if (!problem.isEmpty())
        error(problem);
    return problem.isEmpty();
}

QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

void setUpSsh(Invocation *inv)
{
    const QCommandLineParser &p = inv->parser;
    for (const ClusterNode &node : std::as_const(inv->cluster.nodes))
        inv->targets << SshTarget{node.serverAddress, p.value(QStringLiteral("user")), p.value(QStringLiteral("ssh-port")).toInt()};
    inv->options.knownHostsFile = p.value(QStringLiteral("known-hosts"));
    inv->options.sshConfigFile = p.value(QStringLiteral("ssh-config"));
    inv->options.credentials.identityFile = p.value(QStringLiteral("identity"));
    if (p.isSet(QStringLiteral("password-stdin")))
        inv->options.credentials.password = readPasswordFromStdin();
    const bool accept = p.isSet(QStringLiteral("accept-new-host-key"));
    inv->options.unknownHostKey = [accept](const HostKeyInfo &info) {
        error(tr("%1: host key %2 %3 is not in %4; %5")
                  .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile,
                       accept ? tr("accepted (--accept-new-host-key)") : tr("refused (pass --accept-new-host-key to trust it)")));
        return accept;
    };
}

// Returns 0 when the invocation is ready to use, else the exit code.
int parse(Invocation *inv, const QStringList &args, const QList<QCommandLineOption> &extra)
{
    inv->parser.addHelpOption();
    inv->parser.addOptions(commonOptions() + extra);
    if (!inv->parser.parse(args)) {
        error(inv->parser.errorText());
        return 2;
    }
    if (inv->parser.isSet(QStringLiteral("help")))
        inv->parser.showHelp(0);
    if (!readDeployment(inv))
        return 2;
    setUpSsh(inv);
    return 0;
}

QString serverName(const LaunchPlan &plan, int server)
{
    return server >= 0 && server < plan.nodes.size() ? plan.nodes.at(server).address : tr("the deployment");
}

// Prefixed log lines on stdout, findings and state changes on stderr; quits with the outcome.
void report(LaunchOperation *op, bool follow, int *exitCode)
{
    QObject::connect(op, &LaunchOperation::logLine, op, [op](int server, const QString &line) {
        printTo(stdout, serverName(op->plan(), server) + QStringLiteral(": ") + line + QLatin1Char('\n'));
    });
    QObject::connect(op, &LaunchOperation::diagnosis, op, [op](int server, const Finding &f) {
        if (f.severity != Finding::Severity::Info)
            error(tr("%1: [%2] %3 Fix: %4").arg(serverName(op->plan(), server), f.code, f.message, f.fix));
    });
    QObject::connect(op, &LaunchOperation::ready, op, [op, follow] {
        error(tr("ready: %1").arg(op->plan().healthUrl));
        if (!follow)
            QCoreApplication::exit(0);
    });
    QObject::connect(op, &LaunchOperation::failed, op, [op, exitCode](int server, const QString &why) {
        error(tr("launch failed: %1 failed first: %2").arg(serverName(op->plan(), server), why));
        *exitCode = 1;
        QCoreApplication::exit(1);
    });
}

int dryRun(Invocation *inv, SessionPool *pool)
{
    if (inv->parser.isSet(QStringLiteral("offline"))) {
        const LaunchPlan plan = LaunchPlan::build(inv->settings, inv->cluster, {});
        printTo(stdout, plan.preview());
        return plan.canLaunch() ? 0 : 1;
    }
    LaunchOperation op(pool, inv->targets, inv->settings, inv->cluster);
    int exitCode = 0;
    QObject::connect(&op, &LaunchOperation::planReady, &op, [&exitCode](const LaunchPlan &plan) {
        printTo(stdout, plan.preview());
        exitCode = plan.canLaunch() ? 0 : 1;
    });
    QObject::connect(&op, &LaunchOperation::failed, &op, [&op, &exitCode](int server, const QString &why) {
        error(tr("%1: %2").arg(serverName(op.plan(), server), why));
        exitCode = 1;
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
    Invocation inv;
    const int bad = parse(&inv, arguments,
                          {{QStringLiteral("dry-run"), tr("Print every command per server; change nothing.")},
                           {QStringLiteral("offline"), tr("With --dry-run: do not read the servers.")},
                           {QStringLiteral("follow"), tr("Keep streaming the logs once the deployment is ready.")}});
    if (bad != 0)
        return bad;
    SessionPool pool(inv.options);
    if (inv.parser.isSet(QStringLiteral("dry-run")))
        return dryRun(&inv, &pool);
    LaunchOperation op(&pool, inv.targets, inv.settings, inv.cluster);
    int exitCode = 0;
    report(&op, inv.parser.isSet(QStringLiteral("follow")), &exitCode);
    op.start();
    QCoreApplication::exec();
    return exitCode;
}

int runStop(const QStringList &arguments)
{
    Invocation inv;
    const int bad = parse(&inv, arguments, {});
    if (bad != 0)
        return bad;
    SessionPool pool(inv.options);
    LaunchOperation op(&pool, inv.targets, inv.settings, inv.cluster);
    int exitCode = 0;
    QObject::connect(&op, &LaunchOperation::stopped, &op, [&op, &exitCode] {
        for (int i = 0; i < op.serverCount(); ++i)
            printTo(stdout, serverName(op.plan(), i) + QStringLiteral(": ") + op.serverDetail(i) + QLatin1Char('\n'));
        for (const QString &problem : op.stopProblems())
            error(problem);
        exitCode = op.stopProblems().isEmpty() ? 0 : 1;
    });
    QObject::connect(&op, &LaunchOperation::stopped, &op, [] { QCoreApplication::exit(0); });
    op.stop();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace AscendDeck::Cli
