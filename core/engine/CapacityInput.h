#pragma once

#include <QtGlobal>

namespace AscendDeck {

// What CapacityCheck weighs: the model's weights against the NPUs that will hold them.
struct CapacityInput
{
    static constexpr qint64 GiB = qint64(1) << 30;

    qint64 weightBytes = 0;          // total of the safetensors (index metadata.total_size)
    int npusPerServer = 8;
    int servers = 1;
    qint64 hbmBytesPerNpu = 64 * GiB; // 910B: 64 GB HBM
    double memoryFraction = 0.9;     // NPU_MEMORY_FRACTION / --gpu-memory-utilization
    // The runtime, HCCL buffers and workspaces take this much per NPU before any weight (npu-smi shows about
    // 3 GB in use on an idle 910B).
    qint64 reservedBytesPerNpu = qint64(3000) << 20;
    // How the weights are split: tensorParallel NPUs share one copy, or all NPUs when expert parallelism
    // spreads the experts over the data-parallel groups too. 0 = all NPUs of all servers.
    int tensorParallel = 0;
    int dataParallel = 1;
    bool expertParallel = false;
};

} // namespace AscendDeck
