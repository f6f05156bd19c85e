#include "CapacityCheck.h"

#include <cmath>

namespace AscendDeck {

namespace {
QString gb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e9, 'f', 1);
}

int shards(const CapacityInput &in)
{
    if (in.tensorParallel <= 0)
        return qMax(1, in.servers * in.npusPerServer);
    return in.tensorParallel * (in.expertParallel ? qMax(1, in.dataParallel) : 1);
}
} // namespace

CapacityResult CapacityCheck::evaluate(const CapacityInput &in)
{
    CapacityResult r;
    r.shardCount = shards(in);
    r.weightSharePerNpu = (in.weightBytes + r.shardCount - 1) / r.shardCount;
    r.usablePerNpu = qint64(std::floor(double(in.hbmBytesPerNpu) * in.memoryFraction)) - in.reservedBytesPerNpu;
    r.kvHeadroomPerNpu = r.usablePerNpu - r.weightSharePerNpu;
    if (r.kvHeadroomPerNpu < 0)
        r.verdict = CapacityResult::Verdict::Fail;
    else if (double(r.kvHeadroomPerNpu) < kMinKvShare * double(r.usablePerNpu))
        r.verdict = CapacityResult::Verdict::Warn;
    else
        r.verdict = CapacityResult::Verdict::Pass;
    r.minimumServers = minimumServers(in, r.usablePerNpu);
    r.suggestedLayouts = layouts(in, r.minimumServers);
    r.message = message(in, r);
    return r;
}

// The weights split over every NPU of n servers, leaving the KV share free.
int CapacityCheck::minimumServers(const CapacityInput &in, qint64 usable)
{
    const double budget = (1.0 - kMinKvShare) * double(usable);
    if (budget <= 0 || in.npusPerServer <= 0)
        return 0;
    const double npus = std::ceil(double(in.weightBytes) / budget);
    return qMax(1, int(std::ceil(npus / in.npusPerServer)));
}

QStringList CapacityCheck::layouts(const CapacityInput &in, int servers)
{
    if (servers <= 0)
        return {};
    const int total = servers * in.npusPerServer;
    const QString hardware = tr("%1 x %2 NPUs x %3 GB").arg(servers).arg(in.npusPerServer).arg(in.hbmBytesPerNpu / CapacityInput::GiB);
    if (servers == 1)
        return {tr("%1: TP%2 (MindIE worldSize %2)").arg(hardware).arg(total)};
    return {tr("%1: MindIE worldSize %2 per server, %3 servers in the rank table (TP%4)")
                .arg(hardware).arg(in.npusPerServer).arg(servers).arg(total),
            tr("%1: vLLM-Ascend DP%2 x TP%3 with --enable-expert-parallel (MoE models)")
                .arg(hardware).arg(servers).arg(in.npusPerServer)};
}

QString CapacityCheck::message(const CapacityInput &in, const CapacityResult &r)
{
    const QString shareText = tr("%1 GB of weights over %2 NPUs is %3 GB per NPU; at memory fraction %4 each NPU "
                                 "has %5 GB usable")
                                  .arg(gb(in.weightBytes)).arg(r.shardCount).arg(gb(r.weightSharePerNpu))
                                  .arg(in.memoryFraction).arg(gb(r.usablePerNpu));
    switch (r.verdict) {
    case CapacityResult::Verdict::Pass:
        return tr("%1, leaving %2 GB per NPU for the KV cache.").arg(shareText, gb(r.kvHeadroomPerNpu));
    case CapacityResult::Verdict::Warn:
        return tr("%1, leaving only %2 GB per NPU for the KV cache: expect few concurrent requests, or lower "
                  "maxSeqLen.").arg(shareText, gb(r.kvHeadroomPerNpu));
    case CapacityResult::Verdict::Fail:
        break;
    }
    return tr("%1: the weights do not fit (NPU out of memory while loading). At least %2 servers are needed.")
        .arg(shareText).arg(r.minimumServers);
}

} // namespace AscendDeck
