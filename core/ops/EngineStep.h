#pragma once

#include "ServerFacts.h"
#include "engine/EngineCluster.h"
#include "remote/CancelToken.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace AscendDeck {

class SessionPool;

// What the engine step reads from the servers: the cluster as the engine artifacts need it (each server's
// address, the NIC carrying it, its NPUs, the master) and the size of the weights.
struct EngineReading
{
    EngineCluster cluster;
    qint64 weightBytes = 0; // metadata.total_size of the weights' index; 0 when it could not be read
    QStringList problems;   // servers whose NICs could not be read, an index that is missing or unreadable
};

// The engine step, the same for the wizard's page and the CLI: reads each server's NICs (`ip -j addr`,
// read-only) to find the one its address is on (HCCL_SOCKET_IFNAME and friends bind to it), and the weights'
// index (model.safetensors.index.json) on the master for the capacity check.
class EngineStep
{
    Q_DECLARE_TR_FUNCTIONS(EngineStep)

public:
    // targets and facts index-aligned (facts from the server probe: address, NPU count); blocking, so run it
    // in a job. A server that cannot be read is still in the cluster, without a NIC name.
    static EngineReading readServers(SessionPool *pool, const QList<SshTarget> &targets, const QList<ServerFacts> &facts,
                                     int masterIndex, const QString &modelPath, const CancelToken &cancel = {});

    // The pure halves, for tests: the cluster from each server's `ip -j addr` output, and the weights' size
    // from the index's text (0 when it has none).
    static EngineCluster clusterFrom(const QList<SshTarget> &targets, const QList<ServerFacts> &facts,
                                     const QList<QByteArray> &ipAddrOutputs, int masterIndex);
    static qint64 weightBytesFrom(const QByteArray &indexJson);
    static QString weightsIndexPath(const QString &modelPath);
};

} // namespace AscendDeck
