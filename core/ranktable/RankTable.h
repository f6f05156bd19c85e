#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// One NPU of a rank table server. Every value is kept as the string the file holds: HCCL and MindIE read
// strings, and a table that writes "7" must read back as "7", not as a number that was reformatted.
struct RankTableDevice
{
    QString deviceId;
    QString deviceIp;
    QString superDeviceId; // v1.2 (A3 super pods) only
    QString rankId;
};

struct RankTableServer
{
    QString serverId;
    QString containerIp;
    QString hostIp;    // optional in the HCCL spec, absent from hccl_tools.py output
    QString hostNicIp; // "reserve" in hccl_tools.py output, empty when the file has none
    QList<RankTableDevice> devices;
};

// v1.2: which servers form one A3 super pod.
struct RankTableSuperPod
{
    QString superPodId;
    QStringList serverIds;
};

// An HCCL rank table, v1.0 or v1.2 (the A3 super pod variant).
struct RankTable
{
    static QString version10() { return QStringLiteral("1.0"); }
    static QString version12() { return QStringLiteral("1.2"); }

    QString version = version10();
    QString serverCount;
    QString status = QStringLiteral("completed");
    QList<RankTableServer> servers;
    QList<RankTableSuperPod> superPods; // v1.2 only

    bool isSuperPodTable() const { return version == version12(); }
    int deviceCount() const;
    const RankTableServer *server(const QString &serverId) const;
};

} // namespace AscendDeck
