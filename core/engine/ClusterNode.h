#pragma once

#include <QList>
#include <QString>

namespace AscendDeck {

// One server of the deployment as the engine artifacts need it. nicName and nicAddress are the host NIC
// the servers reach each other through, read from the server itself: HCCL, gloo and the vLLM data-parallel
// handshake bind to it, and a wrong name is the most common multi-node failure.
struct ClusterNode
{
    QString serverAddress; // the host's address (rank table server_id / container_ip)
    QString nicName;       // e.g. "enp189s0f0"
    QString nicAddress;    // that NIC's IPv4 address; empty means serverAddress
    QList<int> npuIds;     // physical NPU ids used on this server
    bool isMaster = false; // holds rank 0 (MindIE) or runs the vLLM head
    QString chip;          // the NPU chip as npu-smi names it, e.g. "910B3" or "Ascend910_9382"; empty = unknown

    bool operator==(const ClusterNode &other) const
    {
        return serverAddress == other.serverAddress && nicName == other.nicName && nicAddress == other.nicAddress
            && npuIds == other.npuIds && isMaster == other.isMaster && chip == other.chip;
    }

    QString commAddress() const { return nicAddress.isEmpty() ? serverAddress : nicAddress; }
};

} // namespace AscendDeck
