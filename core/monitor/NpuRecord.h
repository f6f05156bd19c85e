#pragma once

#include "monitor/NpuSample.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace AscendDeck {

// One NPU's reading with where it comes from: what `ascenddeck-cli monitor` prints per NPU and per sample, and
// what its /metrics serves. The figures are the monitor's (NpuSample): device memory is HBM, or the DDR
// ("Memory-Usage") on models without HBM (310, 310P), which memoryIsDdr tells.
struct NpuRecord
{
    QString server;      // the server as the user named it (the project's name, else USER@HOST[:PORT])
    QString host;        // its address
    int npuId = -1;      // the "NPU" column of npu-smi info
    int chipId = 0;      // the chip of that NPU (310 cards, Atlas A3 dies)
    QString model;       // the "Name" column (910B3, 310P3...); empty when not known
    bool memoryIsDdr = false;
    NpuSample sample;
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::NpuRecord)
