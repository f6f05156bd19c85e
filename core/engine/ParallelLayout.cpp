#include "ParallelLayout.h"

#include "CapacityCheck.h"

namespace AscendDeck {

ParallelLayout ParallelLayout::of(const EngineSettings &settings, int servers, int npusPerServer)
{
    ParallelLayout layout;
    if (settings.kind == EngineSettings::Kind::MindIE) {
        layout.tensorParallel = qMax(1, servers) * qMax(1, npusPerServer);
        return layout;
    }
    layout.tensorParallel = qMax(1, settings.tensorParallel);
    layout.dataParallel = qMax(1, settings.dataParallel);
    layout.expertParallel = settings.expertParallelEnabled();
    return layout;
}

ParallelLayout ParallelLayout::suggested(EngineSettings::Kind kind, const CapacityInput &hardware)
{
    const int servers = qMax(1, hardware.servers);
    const int npus = qMax(1, hardware.npusPerServer);
    if (kind == EngineSettings::Kind::MindIE) {
        ParallelLayout layout;
        layout.tensorParallel = servers * npus;
        return layout;
    }
    // One replica per server, TP over its NPUs; then the same with the experts spread over the cluster.
    QList<ParallelLayout> candidates;
    ParallelLayout replicas;
    replicas.tensorParallel = npus;
    replicas.dataParallel = servers;
    candidates << replicas;
    if (servers > 1) {
        ParallelLayout experts = replicas;
        experts.expertParallel = true;
        candidates << experts;
    }
    for (const ParallelLayout &candidate : std::as_const(candidates)) {
        if (CapacityCheck::evaluate(candidate.capacityInput(hardware)).verdict != CapacityResult::Verdict::Fail)
            return candidate;
    }
    return candidates.last();
}

int ParallelLayout::weightShards() const
{
    return tensorParallel * (expertParallel ? dataParallel : 1);
}

CapacityInput ParallelLayout::capacityInput(CapacityInput hardware) const
{
    hardware.tensorParallel = tensorParallel;
    hardware.dataParallel = dataParallel;
    hardware.expertParallel = expertParallel;
    return hardware;
}

void ParallelLayout::applyTo(EngineSettings *settings) const
{
    if (settings->kind == EngineSettings::Kind::MindIE)
        return;
    settings->tensorParallel = tensorParallel;
    settings->dataParallel = dataParallel;
    // vLLM derives the expert-parallel size as DP x TP; the settings say so rather than a number of their own.
    settings->expertParallel = expertParallel ? dataParallel * tensorParallel : 1;
}

QString ParallelLayout::describe() const
{
    const QString split = tr("DP %1 x TP %2").arg(dataParallel).arg(tensorParallel);
    return expertParallel ? tr("%1, expert parallel").arg(split) : split;
}

} // namespace AscendDeck
