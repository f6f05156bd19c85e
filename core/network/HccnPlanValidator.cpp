#include "HccnPlanValidator.h"

#include <QHash>

namespace AscendDeck {

QList<Finding> HccnPlanValidator::validate(const HccnPlan &plan, const QMap<QString, QStringList> &hostNetworks)
{
    QList<Finding> issues;
    const QList<Npu> npus = collect(plan, &issues);
    for (const Npu &npu : npus)
        checkAddress(npu, &issues);
    checkDuplicates(npus, &issues);
    if (plan.topology == HccnTopology::Switch)
        checkMixedSubnets(npus, &issues);
    if (plan.topology == HccnTopology::FibrePairs)
        checkFibrePeers(plan, npus, &issues);
    checkHostNetworks(npus, hostNetworks, &issues);
    return issues;
}

Finding HccnPlanValidator::issue(const QString &code, const HccnServerPlan &server, int npu, const QString &what)
{
    return {Finding::Severity::Error, code, server.host, npu, QString(), tr("server %1 NPU %2: %3").arg(server.host).arg(npu).arg(what),
            QString()};
}

// Only NPUs with a well-formed address and netmask take part in the later rules; the others are reported here.
QList<HccnPlanValidator::Npu> HccnPlanValidator::collect(const HccnPlan &plan, QList<Finding> *issues)
{
    QList<Npu> npus;
    for (const HccnServerPlan &server : plan.servers) {
        QList<int> seen;
        for (const HccnNpuPlan &npu : server.npus) {
            if (npu.npu < 0 || seen.contains(npu.npu)) {
                issues->append(issue(QStringLiteral("duplicate-npu"), server, npu.npu,
                                     tr("the NPU id is negative or listed twice")));
                continue;
            }
            seen.append(npu.npu);
            Ipv4Subnet subnet;
            if (!Ipv4Subnet::fromAddress(npu.address, npu.netmask, &subnet)) {
                issues->append(issue(QStringLiteral("bad-address"), server, npu.npu,
                                     tr("\"%1\" netmask \"%2\" is not an IPv4 address and netmask")
                                         .arg(npu.address, npu.netmask)));
                continue;
            }
            npus.append({&server, &npu, subnet});
        }
    }
    return npus;
}

void HccnPlanValidator::checkAddress(const Npu &npu, QList<Finding> *issues)
{
    quint32 address = 0;
    Ipv4Subnet::parseAddress(npu.npu->address, &address);
    const HccnServerPlan &server = *npu.server;
    const int id = npu.npu->npu;
    if (npu.subnet.prefix() < 31 && address == npu.subnet.network())
        issues->append(issue(QStringLiteral("network-address"), server, id,
                             tr("%1 is the network address of %2").arg(npu.npu->address, npu.subnet.toString())));
    if (npu.subnet.prefix() < 31 && address == npu.subnet.broadcast())
        issues->append(issue(QStringLiteral("broadcast-address"), server, id,
                             tr("%1 is the broadcast address of %2").arg(npu.npu->address, npu.subnet.toString())));
    const QString &gateway = npu.npu->gateway;
    if (!gateway.isEmpty() && !npu.subnet.contains(gateway))
        issues->append(issue(QStringLiteral("gateway-outside-subnet"), server, id,
                             tr("gateway %1 is outside the NPU's subnet %2").arg(gateway, npu.subnet.toString())));
    quint32 ignored = 0;
    if (!npu.npu->netdetect.isEmpty() && !Ipv4Subnet::parseAddress(npu.npu->netdetect, &ignored))
        issues->append(issue(QStringLiteral("bad-address"), server, id,
                             tr("netdetect \"%1\" is not an IPv4 address").arg(npu.npu->netdetect)));
}

void HccnPlanValidator::checkDuplicates(const QList<Npu> &npus, QList<Finding> *issues)
{
    QHash<QString, const Npu *> owners;
    for (const Npu &npu : npus) {
        const Npu *first = owners.value(npu.npu->address);
        if (!first) {
            owners.insert(npu.npu->address, &npu);
            continue;
        }
        issues->append(issue(QStringLiteral("duplicate-address"), *npu.server, npu.npu->npu,
                             tr("address %1 is already used by server %2 NPU %3")
                                 .arg(npu.npu->address, first->server->host)
                                 .arg(first->npu->npu)));
    }
}

void HccnPlanValidator::checkMixedSubnets(const QList<Npu> &npus, QList<Finding> *issues)
{
    if (npus.isEmpty())
        return;
    // On one L2 switch every NPU must reach every other directly: one subnet, one netmask.
    const Npu &first = npus.first();
    for (const Npu &npu : npus) {
        if (npu.subnet == first.subnet)
            continue;
        issues->append(issue(QStringLiteral("mixed-subnets"), *npu.server, npu.npu->npu,
                             tr("subnet %1 differs from %2 of server %3 NPU %4; one switch needs one subnet")
                                 .arg(npu.subnet.toString(), first.subnet.toString(), first.server->host)
                                 .arg(first.npu->npu)));
    }
}

void HccnPlanValidator::checkFibrePeers(const HccnPlan &plan, const QList<Npu> &npus, QList<Finding> *issues)
{
    // Pairs follow HccnPlanner's convention: servers 2k and 2k+1, NPU n with NPU n.
    for (const Npu &npu : npus) {
        const int index = static_cast<int>(npu.server - plan.servers.constData());
        const int peerIndex = index ^ 1;
        if (peerIndex >= plan.servers.size())
            continue;
        const HccnServerPlan &peerServer = plan.servers.at(peerIndex);
        const HccnNpuPlan *peer = peerServer.npu(npu.npu->npu);
        if (!peer)
            continue;
        if (!npu.subnet.contains(peer->address)) {
            issues->append(issue(QStringLiteral("peer-other-subnet"), *npu.server, npu.npu->npu,
                                 tr("its direct-connect peer server %1 NPU %2 (%3) is not in its subnet %4")
                                     .arg(peerServer.host)
                                     .arg(peer->npu)
                                     .arg(peer->address, npu.subnet.toString())));
        } else if (!npu.npu->netdetect.isEmpty() && npu.npu->netdetect != peer->address) {
            issues->append(issue(QStringLiteral("netdetect-not-peer"), *npu.server, npu.npu->npu,
                                 tr("netdetect %1 is not its direct-connect peer server %2 NPU %3 (%4)")
                                     .arg(npu.npu->netdetect, peerServer.host)
                                     .arg(peer->npu)
                                     .arg(peer->address)));
        }
    }
}

void HccnPlanValidator::checkHostNetworks(const QList<Npu> &npus, const QMap<QString, QStringList> &hostNetworks,
                                          QList<Finding> *issues)
{
    for (const Npu &npu : npus) {
        for (const QString &cidr : hostNetworks.value(npu.server->host)) {
            Ipv4Subnet hostNet;
            if (!Ipv4Subnet::parse(cidr, &hostNet, nullptr, true) || !hostNet.overlaps(npu.subnet))
                continue;
            issues->append(issue(QStringLiteral("host-network-overlap"), *npu.server, npu.npu->npu,
                                 tr("subnet %1 overlaps the host network %2 of that server")
                                     .arg(npu.subnet.toString(), cidr)));
        }
    }
}

} // namespace AscendDeck
