#include "RankTableValidator.h"

#include "ascend/AddressCheck.h"

#include <QSet>
#include <QStringList>

#include <limits>

namespace AscendDeck {

namespace {
constexpr int minServers = 2;  // MindIE multi-node
constexpr int maxServers = 60;
constexpr int maxDevicesPerServer = 32;
constexpr int maxDeviceId = 63;
constexpr int maxRankId = 511;

// Decimal without sign or padding: "07" or "+7" would be a different string in another server's table.
bool number(const QString &text, int max, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && QString::number(*value) == text && *value >= 0 && *value <= max;
}
} // namespace

QList<Finding> RankTableValidator::validate(const RankTable &table, const HccnReadings &hccn)
{
    RankTableValidator validator(table, hccn);
    validator.checkTable();
    for (const RankTableServer &server : table.servers)
        validator.checkServer(server);
    validator.checkDeviceCounts();
    validator.checkUniqueness();
    validator.checkRanks();
    validator.checkSuperPods();
    validator.checkHccnServersKnown();
    return validator.m_findings;
}

QString RankTableValidator::hostAddressProblem(const QString &text, bool *warningOnly)
{
    *warningOnly = false;
    if (!isIpv4Address(text))
        return tr("is not an IPv4 address");
    const QStringList octets = text.split(QLatin1Char('.'));
    const int first = octets.at(0).toInt();
    const int last = octets.at(3).toInt();
    if (text == QLatin1String("255.255.255.255"))
        return tr("is the broadcast address");
    if (first == 0)
        return tr("is in 0.0.0.0/8, which no host can have");
    // 127.0.0.1 and 127.0.1.1 are what `hostname -i` gives on a server whose /etc/hosts maps its own name
    // to loopback: the classic way a wrong server_id gets into a rank table. Another 127.x address can only
    // work when every "server" shares one host (a test bench), so it is a warning.
    if (text == QLatin1String("127.0.0.1") || text == QLatin1String("127.0.1.1"))
        return tr("is this machine's loopback address (often from /etc/hosts via `hostname -i`), which other servers cannot reach");
    if (first == 127) {
        *warningOnly = true;
        return tr("is a loopback address: only servers on the same host can reach it");
    }
    if (first >= 224)
        return first < 240 ? tr("is a multicast address") : tr("is in the reserved range 240.0.0.0/4");
    *warningOnly = last == 0 || last == 255;
    if (*warningOnly)
        return tr("ends in .%1: the %2 address of a /24 network, check the netmask")
            .arg(last)
            .arg(last == 0 ? tr("network") : tr("broadcast"));
    return {};
}

RankTableValidator::RankTableValidator(const RankTable &table, const HccnReadings &hccn)
    : m_table(table)
    , m_hccn(hccn)
{
}

void RankTableValidator::checkTable()
{
    if (m_table.version != RankTable::version10() && m_table.version != RankTable::version12())
        error(QStringLiteral("version"), {}, {}, tr("version \"%1\" is not 1.0 or 1.2").arg(m_table.version));
    if (m_table.status != QLatin1String("completed"))
        error(QStringLiteral("status"), {}, {},
              tr("status is \"%1\", HCCL only uses a table whose status is \"completed\"").arg(m_table.status));
    checkServerCount();
}

void RankTableValidator::checkServerCount()
{
    const QString rule = QStringLiteral("server-count");
    const int listed = static_cast<int>(m_table.servers.size());
    int declared = 0;
    if (!number(m_table.serverCount, 1 << 20, &declared))
        return error(rule, {}, {}, tr("server_count \"%1\" is not a whole number").arg(m_table.serverCount));
    if (declared != listed)
        return error(rule, {}, {}, tr("server_count is %1 but server_list has %2 servers").arg(declared).arg(listed));
    if (listed == 1)
        return warning(rule, {}, {}, tr("a single server: fine for HCCL, but MindIE multi-node needs 2-60 servers"));
    if (listed < minServers || listed > maxServers)
        error(rule, {}, {}, tr("%1 servers: MindIE accepts 2-60").arg(listed));
}

void RankTableValidator::checkServer(const RankTableServer &server)
{
    checkServerIdentity(server);
    if (server.containerIp.isEmpty() && !server.hostIp.isEmpty())
        warning(QStringLiteral("container-ip"), server.serverId, {},
                tr("%1: container_ip is not set; HCCL reaches the server at host_ip %2, but MindIE needs container_ip")
                    .arg(where(server.serverId, {}), server.hostIp));
    else if (server.containerIp.isEmpty())
        error(QStringLiteral("container-ip"), server.serverId, {},
              tr("%1: container_ip is not set; MindIE needs it (usually the server ip, %2)")
                  .arg(where(server.serverId, {}), server.serverId));
    else
        checkAddress(QStringLiteral("container-ip"), QStringLiteral("container_ip"), server.containerIp,
                     server.serverId, {});
    const int count = static_cast<int>(server.devices.size());
    if (count < 1 || count > maxDevicesPerServer)
        error(QStringLiteral("device-count"), server.serverId, {},
              tr("%1: has %2 devices, MindIE accepts 1-32").arg(where(server.serverId, {})).arg(count));
    QSet<int> deviceIds;
    for (const RankTableDevice &device : server.devices) {
        checkDevice(server, device);
        int id = -1;
        if (!number(device.deviceId, maxDeviceId, &id))
            continue; // checkDevice() reported it
        if (deviceIds.contains(id))
            error(QStringLiteral("device-id-duplicate"), server.serverId, device.deviceId,
                  tr("%1: device_id is listed twice on this server").arg(where(server.serverId, device.deviceId)));
        deviceIds.insert(id);
    }
}

// The HCCL spec (v1.2, and v1.0 with host_ip) makes server_id any globally unique name and puts the address
// in host_ip: the CANN documentation's own example names its servers "node_0".. So a server_id that is not
// an address at all is a name when host_ip is there, and host_ip is the address checked. A server_id that
// looks like an address is still checked as one: 127.0.0.1 there is the /etc/hosts mistake either way.
void RankTableValidator::checkServerIdentity(const RankTableServer &server)
{
    if (!server.hostIp.isEmpty())
        checkAddress(QStringLiteral("host-ip"), QStringLiteral("host_ip"), server.hostIp, server.serverId, {});
    if (server.hostIp.isEmpty() || isIpv4Address(server.serverId))
        checkAddress(QStringLiteral("server-id"), QStringLiteral("server_id"), server.serverId, server.serverId, {});
}

void RankTableValidator::checkAddress(const QString &rule, const QString &field, const QString &value,
                                      const QString &serverId, const QString &deviceId)
{
    bool warningOnly = false;
    const QString problem = hostAddressProblem(value, &warningOnly);
    if (problem.isEmpty())
        return;
    const QString message = tr("%1: %2 \"%3\" %4").arg(where(serverId, deviceId), field, value, problem);
    if (warningOnly)
        warning(rule, serverId, deviceId, message);
    else
        error(rule, serverId, deviceId, message);
}

// MindIE splits the model evenly over the servers: a server with fewer NPUs breaks the layout.
void RankTableValidator::checkDeviceCounts()
{
    if (m_table.servers.isEmpty())
        return;
    const RankTableServer &first = m_table.servers.first();
    for (const RankTableServer &server : m_table.servers) {
        if (server.devices.size() != first.devices.size())
            error(QStringLiteral("device-count"), server.serverId, {},
                  tr("%1: has %2 devices but server %3 has %4; every server needs the same number")
                      .arg(where(server.serverId, {}))
                      .arg(server.devices.size())
                      .arg(first.serverId)
                      .arg(first.devices.size()));
    }
}

void RankTableValidator::checkDevice(const RankTableServer &server, const RankTableDevice &device)
{
    const QString at = where(server.serverId, device.deviceId);
    int id = -1;
    int rank = -1;
    if (!number(device.deviceId, maxDeviceId, &id))
        error(QStringLiteral("device-id"), server.serverId, device.deviceId,
              tr("%1: device_id \"%2\" is not a number 0-63").arg(at, device.deviceId));
    if (!number(device.rankId, maxRankId, &rank))
        error(QStringLiteral("rank-id"), server.serverId, device.deviceId,
              tr("%1: rank_id \"%2\" is not a number 0-511").arg(at, device.rankId));
    if (device.deviceIp.isEmpty())
        error(QStringLiteral("device-ip"), server.serverId, device.deviceId, tr("%1: device_ip is not set").arg(at));
    else if (device.deviceIp == QLatin1String("-.-.-.-"))
        // What GPUStack and MindIE's own scripts write for an NPU without a RoCE address; MindIE then refuses
        // the table ("device_ip is invalid in ranktable file") or HCCL times out.
        error(QStringLiteral("device-ip"), server.serverId, device.deviceId,
              tr("%1: device_ip is the placeholder \"-.-.-.-\": this NPU has no RoCE address (hccn_tool -i N -ip -g); "
                 "give it one with hccn_tool -i N -ip -s address A netmask M and regenerate the table")
                  .arg(at));
    else
        checkAddress(QStringLiteral("device-ip"), QStringLiteral("device_ip"), device.deviceIp, server.serverId,
                     device.deviceId);
    int superId = -1;
    if (m_table.isSuperPodTable() && !number(device.superDeviceId, std::numeric_limits<int>::max(), &superId))
        error(QStringLiteral("super-device-id"), server.serverId, device.deviceId,
              tr("%1: super_device_id \"%2\" is not a number; v1.2 tables need it on every device")
                  .arg(at, device.superDeviceId));
    if (id >= 0)
        checkDeviceAgainstHccn(server, device, id);
}

void RankTableValidator::checkDeviceAgainstHccn(const RankTableServer &server, const RankTableDevice &device,
                                                int deviceId)
{
    const auto readings = m_hccn.constFind(server.serverId);
    if (readings == m_hccn.constEnd())
        return;
    const QString at = where(server.serverId, device.deviceId);
    if (!readings->contains(deviceId)) {
        QStringList known;
        for (int id : readings->keys())
            known.append(QString::number(id));
        return error(QStringLiteral("device-not-on-server"), server.serverId, device.deviceId,
                     tr("%1: the server's hccn readings have no NPU %2 (they list %3)")
                         .arg(at)
                         .arg(deviceId)
                         .arg(known.join(QLatin1Char(','))));
    }
    const QString actual = readings->value(deviceId);
    if (!device.deviceIp.isEmpty() && actual != device.deviceIp)
        error(QStringLiteral("device-ip-hccn"), server.serverId, device.deviceId,
              tr("%1: device_ip is %2 but the server's hccn readings say %3").arg(at, device.deviceIp, actual));
}

void RankTableValidator::checkUniqueness()
{
    QMap<QString, QString> servers;
    QMap<QString, QString> containers;
    QMap<QString, QString> deviceIps;
    for (const RankTableServer &server : m_table.servers) {
        if (servers.contains(server.serverId))
            error(QStringLiteral("server-id-duplicate"), server.serverId, {},
                  tr("%1: server_id appears twice in server_list").arg(where(server.serverId, {})));
        servers.insert(server.serverId, server.serverId);
        if (!server.containerIp.isEmpty() && containers.contains(server.containerIp))
            error(QStringLiteral("container-ip-duplicate"), server.serverId, {},
                  tr("%1: container_ip %2 is also the container_ip of server %3")
                      .arg(where(server.serverId, {}), server.containerIp, containers.value(server.containerIp)));
        containers.insert(server.containerIp, server.serverId);
        for (const RankTableDevice &device : server.devices) {
            const QString at = where(server.serverId, device.deviceId);
            // A non-address is reported by checkDevice already; eight placeholders are not eight duplicates.
            if (!isIpv4Address(device.deviceIp))
                continue;
            if (deviceIps.contains(device.deviceIp))
                error(QStringLiteral("device-ip-duplicate"), server.serverId, device.deviceId,
                      tr("%1: device_ip %2 is also used by %3").arg(at, device.deviceIp, deviceIps.value(device.deviceIp)));
            deviceIps.insert(device.deviceIp, at);
        }
    }
}

// HCCL numbers its communicator 0..N-1; a gap or a repeat makes it wait forever for a rank that never comes.
void RankTableValidator::checkRanks()
{
    const int total = m_table.deviceCount();
    QMap<int, QString> seen;
    for (const RankTableServer &server : m_table.servers) {
        for (const RankTableDevice &device : server.devices) {
            int rank = -1;
            if (!number(device.rankId, maxRankId, &rank))
                continue; // checkDevice() reported it
            const QString at = where(server.serverId, device.deviceId);
            if (seen.contains(rank))
                error(QStringLiteral("rank-id-duplicate"), server.serverId, device.deviceId,
                      tr("%1: rank_id %2 is also the rank of %3").arg(at).arg(rank).arg(seen.value(rank)));
            else if (rank >= total)
                error(QStringLiteral("rank-id-gap"), server.serverId, device.deviceId,
                      tr("%1: rank_id %2 is out of range; %3 devices need ranks 0-%4")
                          .arg(at).arg(rank).arg(total).arg(total - 1));
            seen.insert(rank, at);
        }
    }
    for (int rank = 0; rank < total; ++rank) {
        if (!seen.contains(rank))
            error(QStringLiteral("rank-id-gap"), {}, {}, tr("no device has rank_id %1; ranks must be 0-%2 without gaps")
                                                              .arg(rank).arg(total - 1));
    }
}

void RankTableValidator::checkSuperPods()
{
    if (!m_table.isSuperPodTable())
        return;
    const QString rule = QStringLiteral("super-pod");
    if (m_table.superPods.isEmpty())
        return error(rule, {}, {}, tr("a v1.2 table needs a super_pod_list"));
    QMap<QString, QString> podOf;
    for (const RankTableSuperPod &pod : m_table.superPods) {
        QMap<QString, QString> superIds;
        for (const QString &serverId : pod.serverIds) {
            const RankTableServer *server = m_table.server(serverId);
            if (!server) {
                error(rule, serverId, {}, tr("super pod %1 lists server %2, which is not in server_list")
                                              .arg(pod.superPodId, serverId));
                continue;
            }
            if (podOf.contains(serverId))
                error(rule, serverId, {}, tr("server %1 is in super pod %2 and in super pod %3")
                                              .arg(serverId, podOf.value(serverId), pod.superPodId));
            podOf.insert(serverId, pod.superPodId);
            for (const RankTableDevice &device : server->devices) {
                const QString at = where(serverId, device.deviceId);
                if (!device.superDeviceId.isEmpty() && superIds.contains(device.superDeviceId))
                    error(QStringLiteral("super-device-id-duplicate"), serverId, device.deviceId,
                          tr("%1: super_device_id %2 is also used by %3 in super pod %4")
                              .arg(at, device.superDeviceId, superIds.value(device.superDeviceId), pod.superPodId));
                superIds.insert(device.superDeviceId, at);
            }
        }
    }
    for (const RankTableServer &server : m_table.servers) {
        if (!podOf.contains(server.serverId))
            error(rule, server.serverId, {}, tr("server %1 is in no super pod").arg(server.serverId));
    }
}

void RankTableValidator::checkHccnServersKnown()
{
    for (auto it = m_hccn.constBegin(); it != m_hccn.constEnd(); ++it) {
        if (!m_table.server(it.key()))
            warning(QStringLiteral("hccn-server"), it.key(), {},
                    tr("hccn readings were given for server %1, which is not in the rank table").arg(it.key()));
    }
}

void RankTableValidator::error(const QString &rule, const QString &serverId, const QString &deviceId,
                               const QString &message)
{
    add(Finding::Severity::Error, rule, serverId, deviceId, message);
}

void RankTableValidator::warning(const QString &rule, const QString &serverId, const QString &deviceId,
                                 const QString &message)
{
    add(Finding::Severity::Warning, rule, serverId, deviceId, message);
}

// The device is the NPU of the finding when it is a device id at all; the message names it either way.
void RankTableValidator::add(Finding::Severity severity, const QString &rule, const QString &serverId,
                             const QString &deviceId, const QString &message)
{
    bool isNumber = false;
    const int npu = deviceId.toInt(&isNumber);
    m_findings.append({severity, rule, serverId, isNumber && npu >= 0 ? npu : -1, QString(), message, QString()});
}

QString RankTableValidator::where(const QString &serverId, const QString &deviceId)
{
    return deviceId.isEmpty() ? tr("server %1").arg(serverId) : tr("server %1, device %2").arg(serverId, deviceId);
}

} // namespace AscendDeck
