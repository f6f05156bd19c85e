#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace AscendDeck {

using NpuSmiFields = QList<QPair<QString, QString>>;

// `npu-smi info -t board|usages|memory|common|power|temp -i N`: "Key : Value" lines in blank-line
// separated blocks (the NPU, then each chip, then often the MCU). Which block holds "Chip ID" differs
// between forms (first line in -t common, last line in -t usages), so blocks are kept as printed.
struct NpuSmiDetail
{
    QList<NpuSmiFields> blocks;

    // The value of key in the first block that has it (or in block `block`); null QString when absent.
    QString value(const QString &key, int block = -1) const;
};

// `npu-smi info -m`: one row per chip; the MCU has no logic id.
struct NpuMappingEntry
{
    int npuId = -1;
    int chipId = -1;
    int logicId = -1; // "-" for the MCU
    int phyId = -1;   // Atlas A3 layout only
    QString chipName;
};

} // namespace AscendDeck
