#pragma once

#include "CapacityInput.h"
#include "EngineSettings.h"

#include <QCoreApplication>

namespace AscendDeck {

// How the NPUs of the cluster share the model, one model for both engines, so that the form, the rules
// and the capacity check all count the same way:
// - MindIE has no parallel knob of its own across servers: worldSize is the NPUs of one server and the rank
//   table joins every NPU it lists into one tensor-parallel group. Its layout is therefore fixed by the
//   cluster: TP = servers x NPUs per server, DP 1.
// - vLLM-Ascend takes --tensor-parallel-size per replica (inside one server here) and --data-parallel-size
//   across the cluster (a multiple of the servers); --enable-expert-parallel spreads the experts of a MoE
//   model over DP x TP NPUs, so that the weights are split over all of them, not over one replica.
class ParallelLayout
{
    Q_DECLARE_TR_FUNCTIONS(ParallelLayout)

public:
    int tensorParallel = 1;
    int dataParallel = 1;
    bool expertParallel = false;

    // The layout the settings describe on servers x npusPerServer NPUs.
    static ParallelLayout of(const EngineSettings &settings, int servers, int npusPerServer);
    // The first layout of the engine that passes the capacity check on this hardware (the largest split
    // when none does). Only hardware's servers, NPUs, memory and weight fields are read.
    static ParallelLayout suggested(EngineSettings::Kind kind, const CapacityInput &hardware);

    // Over how many NPUs one copy of the weights is split.
    int weightShards() const;
    // hardware with this layout's split filled in, ready for CapacityCheck::evaluate.
    CapacityInput capacityInput(CapacityInput hardware) const;
    // Writes the layout into vLLM settings (MindIE's follows from the cluster and is left alone).
    void applyTo(EngineSettings *settings) const;
    // "DP 2 x TP 8, expert parallel": what a button or a message says of the layout.
    QString describe() const;

    bool operator==(const ParallelLayout &other) const
    {
        return tensorParallel == other.tensorParallel && dataParallel == other.dataParallel
               && expertParallel == other.expertParallel;
    }
    bool operator!=(const ParallelLayout &other) const { return !(*this == other); }
};

} // namespace AscendDeck
