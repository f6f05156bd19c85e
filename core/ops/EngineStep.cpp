#include "EngineStep.h"

#include "ascend/IpAddrParser.h"
#include "jobs/ServerJob.h"
#include "remote/SessionPool.h"

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
const QStringList kReadNics{QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr")};

QString problemOf(const SshTarget &target, const QString &what, const CommandResult &r)
{
    const QString why = r.ran() ? QString::fromUtf8(r.err).trimmed() : r.errorString;
    return EngineStep::tr("%1: cannot read %2: %3").arg(target.displayName(), what, why);
}
} // namespace

QString EngineStep::weightsIndexPath(const QString &modelPath)
{
    return modelPath + QStringLiteral("/model.safetensors.index.json");
}

EngineCluster EngineStep::clusterFrom(const QList<SshTarget> &targets, const QList<ServerFacts> &facts,
                                      const QList<QByteArray> &ipAddrOutputs, int masterIndex)
{
    EngineCluster cluster;
    for (int i = 0; i < targets.size(); ++i) {
        const ServerFacts fact = facts.value(i);
        ClusterNode node;
        node.serverAddress = fact.address.isEmpty() ? targets.at(i).host : fact.address;
        const QList<NetworkInterface> nics = IpAddrParser::parse(ipAddrOutputs.value(i));
        const NetworkInterface *nic = IpAddrParser::interfaceWithAddress(nics, node.serverAddress);
        node.nicName = nic ? nic->name : QString();
        node.nicAddress = node.serverAddress;
        for (int n = 0; n < qMax(1, fact.npuCount); ++n)
            node.npuIds << n;
        node.isMaster = i == masterIndex;
        node.chip = fact.chipName;
        cluster.nodes.append(node);
    }
    return cluster;
}

qint64 EngineStep::weightBytesFrom(const QByteArray &indexJson)
{
    try {
        const nlohmann::json index = nlohmann::json::parse(indexJson.toStdString());
        return index.at("metadata").at("total_size").get<qint64>();
    } catch (const nlohmann::json::exception &) {
        return 0;
    }
}

EngineReading EngineStep::readServers(SessionPool *pool, const QList<SshTarget> &targets, const QList<ServerFacts> &facts,
                                      int masterIndex, const QString &modelPath, const CancelToken &cancel)
{
    EngineReading reading;
    const QList<CommandResult> nics = ServerJob::runAll(pool, targets, [](SessionPool &p, const SshTarget &t, const CancelToken &c) {
        return p.run(t, RemoteCommand::fromArgv(kReadNics), c);
    }, cancel);
    QList<QByteArray> outputs;
    for (int i = 0; i < nics.size(); ++i) {
        outputs << nics.at(i).out;
        if (!nics.at(i).ok())
            reading.problems << problemOf(targets.at(i), QStringLiteral("ip -j addr"), nics.at(i));
    }
    reading.cluster = clusterFrom(targets, facts, outputs, masterIndex);
    if (targets.isEmpty())
        return reading;
    const SshTarget master = targets.value(qBound(0, masterIndex, int(targets.size()) - 1));
    const QString index = weightsIndexPath(modelPath);
    const CommandResult read = pool->run(master, RemoteCommand::fromArgv({QStringLiteral("cat"), index}).asRoot(), cancel);
    reading.weightBytes = read.ok() ? weightBytesFrom(read.out) : 0;
    if (!read.ok())
        reading.problems << problemOf(master, index, read);
    else if (reading.weightBytes == 0)
        reading.problems << tr("%1: %2 has no metadata.total_size").arg(master.displayName(), index);
    return reading;
}

} // namespace AscendDeck
