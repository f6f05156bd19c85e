#include "HccnPlanner.h"

#include "Ipv4Subnet.h"

namespace AscendDeck {

namespace {
HccnServerPlan emptyServer(const QString &host)
{
    HccnServerPlan server;
    server.host = host;
    return server;
}

HccnNpuPlan npuPlan(int npu, quint32 address, const QString &netmask)
{
    HccnNpuPlan plan;
    plan.npu = npu;
    plan.address = Ipv4Subnet::formatAddress(address);
    plan.netmask = netmask;
    return plan;
}
} // namespace

bool HccnPlanner::suggest(const HccnPlanRequest &request, HccnPlan *plan, QString *error)
{
    Ipv4Subnet subnet;
    if (!Ipv4Subnet::parse(request.subnet, &subnet, error))
        return false;
    if (request.servers.isEmpty() || request.npuCount < 1) {
        *error = tr("a plan needs at least one server and one NPU");
        return false;
    }
    if (!request.gateway.isEmpty() && !subnet.contains(request.gateway)) {
        *error = tr("gateway %1 is not inside %2").arg(request.gateway, subnet.toString());
        return false;
    }
    HccnPlan result;
    result.topology = request.topology;
    result.subnet = subnet.toString();
    bool ok = false;
    switch (request.topology) {
    case HccnTopology::FibrePairs: ok = suggestFibrePairs(request, subnet, &result, error); break;
    case HccnTopology::Switch: ok = suggestShared(request, subnet, &result, error); break;
    case HccnTopology::Routed:
        ok = request.gateway.isEmpty() ? suggestRoutedBlocks(request, subnet, &result, error)
                                       : suggestShared(request, subnet, &result, error);
        break;
    }
    if (ok)
        *plan = result;
    return ok;
}

bool HccnPlanner::suggestFibrePairs(const HccnPlanRequest &request, const Ipv4Subnet &subnet, HccnPlan *plan,
                                    QString *error)
{
    if (request.servers.size() % 2 != 0) {
        *error = tr("back-to-back fibre pairs need an even number of servers, got %1").arg(request.servers.size());
        return false;
    }
    if (!request.gateway.isEmpty()) {
        *error = tr("back-to-back fibre pairs have no gateway: each NPU uses its own address");
        return false;
    }
    const int servers = static_cast<int>(request.servers.size());
    QList<quint32> shared;
    const bool perLink = request.linkPrefix > 0;
    if (perLink && (request.linkPrefix < subnet.prefix() || request.linkPrefix > 31)) {
        *error = tr("a per-link prefix of /%1 does not fit in %2").arg(request.linkPrefix).arg(subnet.toString());
        return false;
    }
    if (perLink) {
        const quint64 links = quint64(servers / 2) * quint64(request.npuCount);
        if (links > (quint64(1) << (request.linkPrefix - subnet.prefix()))) {
            *error = tr("%1 has room for fewer than %2 /%3 link subnets").arg(subnet.toString()).arg(links).arg(request.linkPrefix);
            return false;
        }
    } else if (!takeHosts(subnet, servers * request.npuCount, 0, &shared, error)) {
        return false;
    }
    for (const QString &host : request.servers)
        plan->servers.append(emptyServer(host));
    for (int pair = 0; pair < servers / 2; ++pair) {
        for (int n = 0; n < request.npuCount; ++n) {
            quint32 a = 0;
            quint32 b = 0;
            QString netmask = subnet.netmask();
            if (perLink) {
                const quint64 link = quint64(pair) * quint64(request.npuCount) + quint64(n);
                const Ipv4Subnet linkNet(subnet.network() + static_cast<quint32>(link << (32 - request.linkPrefix)),
                                         request.linkPrefix);
                a = linkNet.host(0);
                b = linkNet.host(1);
                netmask = linkNet.netmask();
            } else {
                a = shared.at(2 * pair * request.npuCount + n);
                b = shared.at((2 * pair + 1) * request.npuCount + n);
            }
            HccnNpuPlan left = npuPlan(n, a, netmask);
            HccnNpuPlan right = npuPlan(n, b, netmask);
            left.gateway = left.address;
            right.gateway = right.address;
            left.netdetect = right.address;
            right.netdetect = left.address;
            plan->servers[2 * pair].npus.append(left);
            plan->servers[2 * pair + 1].npus.append(right);
        }
    }
    return true;
}

bool HccnPlanner::suggestShared(const HccnPlanRequest &request, const Ipv4Subnet &subnet, HccnPlan *plan, QString *error)
{
    const int servers = static_cast<int>(request.servers.size());
    quint32 gateway = 0;
    if (!request.gateway.isEmpty())
        Ipv4Subnet::parseAddress(request.gateway, &gateway);
    QList<quint32> hosts;
    if (!takeHosts(subnet, servers * request.npuCount, gateway, &hosts, error))
        return false;
    for (int s = 0; s < servers; ++s) {
        HccnServerPlan server = emptyServer(request.servers.at(s));
        for (int n = 0; n < request.npuCount; ++n) {
            HccnNpuPlan npu = npuPlan(n, hosts.at(s * request.npuCount + n), subnet.netmask());
            npu.gateway = request.gateway;
            if (!request.gateway.isEmpty())
                npu.netdetect = request.gateway;
            else if (servers > 1)
                npu.netdetect = Ipv4Subnet::formatAddress(hosts.at(((s + 1) % servers) * request.npuCount + n));
            server.npus.append(npu);
        }
        plan->servers.append(server);
    }
    return true;
}

bool HccnPlanner::suggestRoutedBlocks(const HccnPlanRequest &request, const Ipv4Subnet &subnet, HccnPlan *plan,
                                      QString *error)
{
    const int servers = static_cast<int>(request.servers.size());
    // The smallest block that holds network, gateway, the NPUs and broadcast.
    int blockPrefix = 30;
    while (blockPrefix > 0 && (quint64(1) << (32 - blockPrefix)) < quint64(request.npuCount) + 3)
        --blockPrefix;
    if (blockPrefix < subnet.prefix() || quint64(servers) > (quint64(1) << (blockPrefix - subnet.prefix()))) {
        *error = tr("%1 cannot be split into %2 server subnets of %3 NPUs each; give a larger subnet or --gateway")
                     .arg(subnet.toString()).arg(servers).arg(request.npuCount);
        return false;
    }
    for (int s = 0; s < servers; ++s) {
        const Ipv4Subnet block(subnet.network() + (quint32(s) << (32 - blockPrefix)), blockPrefix);
        const QString gateway = Ipv4Subnet::formatAddress(block.host(0));
        HccnServerPlan server = emptyServer(request.servers.at(s));
        for (int n = 0; n < request.npuCount; ++n) {
            HccnNpuPlan npu = npuPlan(n, block.host(quint64(n) + 1), block.netmask());
            npu.gateway = gateway;
            npu.netdetect = gateway;
            server.npus.append(npu);
        }
        plan->servers.append(server);
    }
    return true;
}

bool HccnPlanner::takeHosts(const Ipv4Subnet &subnet, int count, quint32 skip, QList<quint32> *hosts, QString *error)
{
    const quint64 available = subnet.hostCount() - (skip != 0 && subnet.contains(skip) ? 1 : 0);
    if (available < quint64(count)) {
        *error = tr("%1 has %2 usable addresses, the plan needs %3").arg(subnet.toString()).arg(available).arg(count);
        return false;
    }
    for (quint64 i = 0; hosts->size() < count; ++i) {
        const quint32 address = subnet.host(i);
        if (address != skip)
            hosts->append(address);
    }
    return true;
}

} // namespace AscendDeck
