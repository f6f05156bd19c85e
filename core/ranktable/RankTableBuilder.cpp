#include "RankTableBuilder.h"

#include "ascend/AddressCheck.h"

namespace AscendDeck {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

std::optional<RankTable> RankTableBuilder::build(const Input &input, QString *error)
{
    std::optional<RankTableServer> server = serverEntry(input.serverIp, input.containerIp, error);
    if (!server || !checkInput(input, error))
        return std::nullopt;
    for (int physicalId : input.devices.physicalIds()) {
        if (!addDevice(input, physicalId, &*server, error))
            return std::nullopt;
    }
    RankTable table;
    table.serverCount = QStringLiteral("1");
    table.servers.append(*server);
    if (!input.superPodId.isEmpty()) {
        table.version = RankTable::version12();
        table.superPods.append(RankTableSuperPod{input.superPodId, {input.serverIp}});
    }
    return table;
}

QString RankTableBuilder::fileName(const Input &input)
{
    return QStringLiteral("hccl_%1_%2.json").arg(input.devices.fileNameTag(), input.serverIp);
}

std::optional<RankTableServer> RankTableBuilder::serverEntry(const QString &serverIp, const QString &containerIp,
                                                            QString *error)
{
    // The script falls back to resolving the host name; a console building tables for other machines
    // has no such fallback, and a wrong server_id only shows up later as an HCCL timeout.
    if (!isIpv4Address(serverIp)) {
        fail(error, tr("server ip \"%1\" is not an IPv4 address").arg(serverIp));
        return std::nullopt;
    }
    if (!containerIp.isEmpty() && !isIpv4Address(containerIp)) {
        fail(error, tr("server %1: container ip \"%2\" is not an IPv4 address").arg(serverIp, containerIp));
        return std::nullopt;
    }
    RankTableServer server;
    server.serverId = serverIp;
    server.containerIp = containerIp.isEmpty() ? serverIp : containerIp;
    server.hostNicIp = QStringLiteral("reserve");
    return server;
}

bool RankTableBuilder::checkInput(const Input &input, QString *error)
{
    if (input.devices.physicalIds().isEmpty())
        return fail(error, tr("server %1: no device selected").arg(input.serverIp));
    if (input.superPodId.isEmpty() != input.superDeviceIds.isEmpty())
        return fail(error, tr("server %1: a super pod table needs both the super pod id and super_device_ids")
                               .arg(input.serverIp));
    return true;
}

bool RankTableBuilder::addDevice(const Input &input, int physicalId, RankTableServer *server, QString *error)
{
    const QString ip = input.deviceIps.value(physicalId);
    if (ip.isEmpty())
        return fail(error, tr("server %1, device %2: no address_%2 in hccn.conf").arg(input.serverIp).arg(physicalId));
    RankTableDevice device;
    device.deviceId = QString::number(physicalId);
    device.deviceIp = ip;
    device.rankId = QString::number(server->devices.size());
    if (!input.superPodId.isEmpty()) {
        device.superDeviceId = input.superDeviceIds.value(physicalId);
        if (device.superDeviceId.isEmpty())
            return fail(error, tr("server %1, device %2: no super_device_id given").arg(input.serverIp).arg(physicalId));
    }
    server->devices.append(device);
    return true;
}

} // namespace AscendDeck
