#pragma once

#include "ranktable/RankTable.h"

#include "base/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace AscendDeck {

// Checks a rank table against what HCCL and MindIE enforce at start-up (FORMATS.md "Rank table"), so that
// the mistake shows here, with the server and device named, instead of as an HCCL timeout on 16 servers.
// Rules (rule ids in brackets):
//  table:   version 1.0/1.2 [version], status "completed" [status], server_count a number equal to the
//           list length [server-count] and 2-60 (1 is a warning: fine for HCCL, not for MindIE multi-node)
//  server:  server_id an IPv4 host address [server-id], or any name when host_ip is set, which must then be
//           an IPv4 host address [host-ip]; server_id unique [server-id-duplicate]; container_ip set and an
//           IPv4 host address [container-ip], unique [container-ip-duplicate] (only a warning when missing
//           and host_ip is set: HCCL uses host_ip, MindIE needs container_ip); 1-32 devices, the same number
//           on every server [device-count]
//  device:  device_id 0-63 [device-id], unique on its server [device-id-duplicate], an NPU the server has
//           when its hccn readings are given [device-not-on-server]; device_ip an IPv4 host address
//           [device-ip] (the placeholder -.-.-.- said so), unique in the table [device-ip-duplicate], equal to the server's hccn reading
//           [device-ip-hccn]; rank_id 0-511 [rank-id], unique [rank-id-duplicate], 0..N-1 without gaps
//           [rank-id-gap]
//  v1.2:    super_device_id a number on every device [super-device-id], unique within its pod
//           [super-device-id-duplicate]; every server in exactly one super pod, every pod member a server
//           of the table [super-pod]
// A .0 or .255 last octet is only a warning: it is the network or broadcast address of a /24, but a
// valid host in a wider subnet, and the table does not carry the netmask.
class RankTableValidator
{
    Q_DECLARE_TR_FUNCTIONS(RankTableValidator)

public:
    // server_id -> (physical device id -> address read from that server's hccn.conf or hccn_tool).
    using HccnReadings = QMap<QString, QMap<int, QString>>;

    static QList<Finding> validate(const RankTable &table, const HccnReadings &hccn = {});
    // Empty when text is a usable IPv4 host address, else why not; *warningOnly for the .0/.255 case.
    static QString hostAddressProblem(const QString &text, bool *warningOnly);

private:
    RankTableValidator(const RankTable &table, const HccnReadings &hccn);

    void checkTable();
    void checkServerCount();
    void checkServer(const RankTableServer &server);
    void checkServerIdentity(const RankTableServer &server);
    void checkAddress(const QString &rule, const QString &field, const QString &value, const QString &serverId,
                      const QString &deviceId);
    void checkDeviceCounts();
    void checkDevice(const RankTableServer &server, const RankTableDevice &device);
    void checkDeviceAgainstHccn(const RankTableServer &server, const RankTableDevice &device, int deviceId);
    void checkUniqueness();
    void checkRanks();
    void checkSuperPods();
    void checkHccnServersKnown();

    void error(const QString &rule, const QString &serverId, const QString &deviceId, const QString &message);
    void warning(const QString &rule, const QString &serverId, const QString &deviceId, const QString &message);
    void add(Finding::Severity severity, const QString &rule, const QString &serverId, const QString &deviceId,
             const QString &message);
    static QString where(const QString &serverId, const QString &deviceId);

    const RankTable &m_table;
    const HccnReadings &m_hccn;
    QList<Finding> m_findings;
};

} // namespace AscendDeck
