#include "LaunchPlan.h"

#include "base/ShellQuote.h"
#include "engine/DockerRunBuilder.h"
#include "engine/MindIeConfig.h"
#include "engine/MindIeConfigRules.h"
#include "engine/VllmCommandBuilder.h"
#include "ranktable/RankTableAssembly.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace AscendDeck {

namespace {
const QString kDocker = QStringLiteral("docker");

QByteArray packagedDefaultConfig()
{
    QFile file(QStringLiteral(":/ascenddeck/mindie-default-config.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addFindings(const QList<Finding> &findings, QStringList *errors, QStringList *warnings)
{
    for (const Finding &f : findings) {
        const QString where = f.server.isEmpty() ? QString() : f.server + QStringLiteral(": ");
        (f.isError() ? errors : warnings)->append(where + f.message + QLatin1Char(' ') + f.fix);
    }
}
} // namespace

QString LaunchPlan::mindieConfigInImage()
{
    return QStringLiteral("/usr/local/Ascend/mindie/latest/mindie-service/conf/config.json");
}

QStringList LaunchPlan::readHccnArgv()
{
    return RankTableAssembly::readHccnConfArgv();
}

// The default ships inside the image, not on the host: a throw-away container prints it. Named rather than
// --rm so that its exit status and output survive however fast it ends.
QStringList LaunchPlan::readDefaultConfigArgv(const EngineSettings &settings)
{
    return {kDocker, QStringLiteral("run"), QStringLiteral("--name"), settings.containerName + QStringLiteral("-config"),
            settings.image, QStringLiteral("cat"), mindieConfigInImage()};
}

QStringList LaunchPlan::removeConfigReaderArgv(const EngineSettings &settings)
{
    return {kDocker, QStringLiteral("rm"), QStringLiteral("-f"), settings.containerName + QStringLiteral("-config")};
}

LaunchPlan LaunchPlan::build(const EngineSettings &settings, const EngineCluster &cluster, const Inputs &inputs)
{
    LaunchPlan plan;
    plan.settings = settings;
    plan.cluster = cluster;
    if (cluster.size() == 0) {
        plan.errors << tr("The deployment has no servers.");
        return plan;
    }
    plan.masterIndex = qMax(0, cluster.indexOf(cluster.master().serverAddress));
    QByteArray defaultConfig = inputs.mindieDefaultConfig;
    QList<LaunchFile> shared;
    if (plan.isMindIe()) {
        if (defaultConfig.isEmpty()) {
            defaultConfig = packagedDefaultConfig();
            plan.notes << tr("config.json starts from AscendDeck's packaged MindIE default; the launch reads the "
                             "image's own default first.");
        }
        if (cluster.isMultiNode())
            plan.addRankTable(inputs, &shared);
        plan.checkMindIeConfigs(defaultConfig);
    } else {
        addFindings(VllmCommandBuilder(settings, cluster).check(), &plan.errors, &plan.warnings);
    }
    for (int i = 0; i < cluster.size(); ++i)
        plan.addNode(i, defaultConfig, shared);
    plan.arrangeWaves();
    plan.healthUrl = QStringLiteral("%1://%2:%3%4")
                         .arg(plan.isMindIe() && settings.httpsEnabled ? QStringLiteral("https") : QStringLiteral("http"),
                              plan.healthAddress())
                         .arg(settings.port)
                         .arg(plan.isMindIe() ? QStringLiteral("/v2/health/ready") : QStringLiteral("/health"));
    const QString scheme = plan.isMindIe() && settings.httpsEnabled ? QStringLiteral("https") : QStringLiteral("http");
    plan.apiUrl = QStringLiteral("%1://%2:%3").arg(scheme, plan.healthAddress()).arg(settings.port);
    plan.metricsUrl = QStringLiteral("%1://%2:%3/metrics")
                          .arg(scheme, plan.healthAddress())
                          .arg(plan.isMindIe() ? settings.metricsPort : settings.port);
    return plan;
}

// The master goes first so that it holds rank 0, as MindIE expects of the server it calls master.
void LaunchPlan::addRankTable(const Inputs &inputs, QList<LaunchFile> *out)
{
    LaunchFile file{settings.rankTablePath, {}, 0640, tr("rank table (every server the same)")};
    QList<RankTableAssembly::ServerInput> servers;
    for (int i = 0; i < cluster.size(); ++i) {
        if (i >= inputs.hccnConfs.size() || inputs.hccnConfs.at(i).isEmpty()) {
            notes << tr("The rank table is assembled from every server's /etc/hccn.conf at launch.");
            out->append(file);
            return;
        }
        servers.append({cluster.nodes.at(i).serverAddress, inputs.hccnConfs.at(i)});
    }
    const RankTableAssembly::Result table = RankTableAssembly::assembleMasterFirst(servers, masterIndex);
    if (!table.error.isEmpty())
        errors << tr("Rank table: %1").arg(table.error);
    for (const Finding &f : table.findings)
        (f.isError() ? errors : warnings) << tr("Rank table: %1").arg(f.message);
    file.data = table.json;
    out->append(file);
}

void LaunchPlan::checkMindIeConfigs(const QByteArray &defaultConfig)
{
    QString error;
    const MindIeConfig base = MindIeConfig::fromText(defaultConfig, &error);
    if (!error.isEmpty()) {
        errors << tr("The image's default config.json is not readable: %1").arg(error);
        return;
    }
    addFindings(MindIeConfigRules::checkCluster(base, settings, cluster), &errors, &warnings);
}

void LaunchPlan::addNode(int index, const QByteArray &defaultConfig, const QList<LaunchFile> &shared)
{
    const ClusterNode &node = cluster.nodes.at(index);
    const QString &name = settings.containerName;
    LaunchNodePlan p;
    p.node = index;
    p.address = node.serverAddress;
    p.role = nodeRole(index);
    if (isMindIe()) {
        QString error;
        MindIeConfig config = MindIeConfig::fromText(defaultConfig, &error);
        config.apply(settings, node, cluster);
        p.files << LaunchFile{settings.mindieConfigHostPath, config.isNull() ? QByteArray() : config.toJson(), 0640,
                              tr("MindIE config.json of this server")};
        p.files += shared;
    }
    QSet<QString> folders;
    for (const LaunchFile &file : std::as_const(p.files))
        folders.insert(QFileInfo(file.remotePath).path());
    QStringList sorted(folders.cbegin(), folders.cend());
    sorted.sort();
    if (!sorted.isEmpty())
        p.prepare << (QStringList{QStringLiteral("mkdir"), QStringLiteral("-p")} + sorted);
    p.removeArgv = QStringList{kDocker, QStringLiteral("rm"), QStringLiteral("-f"), name};
    p.runArgv = DockerRunBuilder::forEngine(settings, cluster, index).argv();
    p.logsArgv = QStringList{kDocker, QStringLiteral("logs"), QStringLiteral("-f"), name};
    // The daemons exit cleanly on SIGTERM within seconds; ten is docker's own default grace.
    p.stopArgv = QStringList{kDocker, QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("10"), name};
    p.removeAfterStopArgv = p.removeArgv;
    nodes.append(p);
}

// vLLM workers connect to the head's RPC port, so the head goes first; MindIE daemons wait for each other.
void LaunchPlan::arrangeWaves()
{
    QList<int> others;
    for (int i = 0; i < nodes.size(); ++i) {
        if (i != masterIndex)
            others << i;
    }
    if (isMindIe()) {
        waves = {QList<int>{masterIndex} + others};
    } else {
        waves = {{masterIndex}};
        if (!others.isEmpty())
            waves << others;
    }
    for (int w = 0; w < waves.size(); ++w) {
        for (int i : waves.at(w))
            nodes[i].wave = w;
    }
}

QString LaunchPlan::nodeRole(int index) const
{
    if (!cluster.isMultiNode())
        return QStringLiteral("single");
    if (index == masterIndex)
        return isMindIe() ? QStringLiteral("master") : QStringLiteral("head");
    return QStringLiteral("worker");
}

// "0.0.0.0" listens everywhere; the master's own address is where a client reaches it.
QString LaunchPlan::healthAddress() const
{
    const QString listen = settings.listenAddress;
    if (listen.isEmpty() || listen == QLatin1String("0.0.0.0") || listen == QLatin1String("::"))
        return cluster.nodes.at(masterIndex).serverAddress;
    return listen;
}

QString LaunchPlan::preview() const
{
    QString out;
    for (const QString &e : errors)
        out += tr("# error: %1").arg(e) + QLatin1Char('\n');
    for (const QString &w : warnings)
        out += tr("# warning: %1").arg(w) + QLatin1Char('\n');
    for (const QString &n : notes)
        out += tr("# note: %1").arg(n) + QLatin1Char('\n');
    out += readPreview();
    for (int w = 0; w < waves.size(); ++w) {
        for (int i : waves.at(w)) {
            const LaunchNodePlan &p = nodes.at(i);
            out += tr("# server %1 of %2: %3 (%4), step %5").arg(i + 1).arg(nodes.size()).arg(p.address, p.role).arg(w + 1)
                + QLatin1Char('\n');
            // "sudo " marks what runs through sudo on this server's login.
            const QString root = p.rootThroughSudo ? QStringLiteral("sudo ") : QString();
            const QString docker = p.dockerThroughSudo ? QStringLiteral("sudo ") : QString();
            for (const QStringList &argv : p.prepare)
                out += root + shellJoin(argv) + QLatin1Char('\n');
            for (const LaunchFile &f : p.files) {
                const QString size = f.data.isEmpty() ? tr("generated at launch") : tr("%1 bytes").arg(f.data.size());
                out += tr("# upload %1 (mode %2, %3): %4").arg(f.remotePath, QString::number(f.mode, 8), size, f.description)
                    + (p.rootThroughSudo ? tr(" (through sudo install)") : QString()) + QLatin1Char('\n');
            }
            out += docker + shellJoin(p.removeArgv) + QLatin1Char('\n') + docker + shellJoin(p.runArgv) + QLatin1Char('\n')
                + docker + shellJoin(p.logsArgv) + QLatin1Char('\n');
        }
    }
    out += tr("# ready when every engine logged its ready line and %1 answers").arg(healthUrl) + QLatin1Char('\n');
    if (!nodes.isEmpty()) {
        out += tr("# stop (every server): %1; %2")
                   .arg(shellJoin(nodes.first().stopArgv), shellJoin(nodes.first().removeAfterStopArgv))
            + QLatin1Char('\n');
    }
    return out;
}

// The reads come first and change nothing; listed so that the preview holds every command that will run.
QString LaunchPlan::readPreview() const
{
    if (!isMindIe() || nodes.isEmpty())
        return {};
    QString out;
    if (cluster.isMultiNode())
        out += tr("# read (every server, changes nothing): %1").arg(shellJoin(readHccnArgv())) + QLatin1Char('\n');
    out += tr("# read (%1, changes nothing): %2; %3; %2")
               .arg(nodes.at(masterIndex).address, shellJoin(removeConfigReaderArgv(settings)),
                    shellJoin(readDefaultConfigArgv(settings)))
        + QLatin1Char('\n');
    return out;
}

} // namespace AscendDeck
