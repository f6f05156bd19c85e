#include "SuperPodRankTableBuilder.h"

#include "ranktable/RankTableBuilder.h"

namespace AscendDeck {

namespace {
bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}
} // namespace

std::optional<RankTable> SuperPodRankTableBuilder::build(const Input &input, QString *error)
{
    std::optional<RankTableServer> server = RankTableBuilder::serverEntry(input.serverIp, input.containerIp, error);
    if (!server || !checkInput(input, error))
        return std::nullopt;
    server->hostIp = input.serverIp;
    for (int die = 0; die < input.vnics.size(); ++die)
        server->devices.append({QString::number(die), input.vnics.at(die).address,
                               QString::number(input.spods.at(die).sdid), QString::number(die)});
    RankTable table;
    table.version = RankTable::version12();
    table.serverCount = QStringLiteral("1");
    table.servers.append(*server);
    table.superPods.append({QString::number(input.spods.first().superPodId), {input.serverIp}});
    return table;
}

QString SuperPodRankTableBuilder::fileName(const Input &input)
{
    return QStringLiteral("hccl_a3_%1p_%2.json").arg(input.vnics.size()).arg(input.serverIp);
}

// A die whose vNIC is down, or that reports another super pod than die 0, would make HCCL wait for a
// peer it cannot reach: refuse the table here, naming the die.
bool SuperPodRankTableBuilder::checkInput(const Input &input, QString *error)
{
    if (input.vnics.isEmpty())
        return fail(error, tr("server %1: no vnic readings").arg(input.serverIp));
    if (input.vnics.size() != input.spods.size())
        return fail(error, tr("server %1: %2 vnic readings but %3 spod-info readings; give one of each per die")
                               .arg(input.serverIp).arg(input.vnics.size()).arg(input.spods.size()));
    for (int die = 0; die < input.vnics.size(); ++die) {
        if (!input.vnics.at(die).linkUp)
            return fail(error, tr("server %1, die %2: vnic link is DOWN").arg(input.serverIp).arg(die));
        if (input.spods.at(die).superPodId != input.spods.first().superPodId)
            return fail(error, tr("server %1, die %2: super pod %3, but die 0 is in super pod %4")
                                   .arg(input.serverIp).arg(die).arg(input.spods.at(die).superPodId)
                                   .arg(input.spods.first().superPodId));
    }
    return true;
}

} // namespace AscendDeck
