#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// One chip row pair of `npu-smi info`. Optional fields are absent when the column is missing on this
// model (310 has no Hugepages on old drivers, 310P has no HBM) or the tool printed NA / "-".
struct NpuChip
{
    int npuId = -1;   // the "NPU" column: card id on 310 (several chips), device id elsewhere
    int chipId = -1;
    int deviceId = -1; // "Chip Device" layouts (310, 310P): logical device id
    int phyId = -1;    // "Chip Phy-ID" layout (Atlas A3): physical die id
    QString name;
    QString health;    // as printed: OK, Warning, Alarm, Critical, ...
    QString busId;
    std::optional<double> powerW;
    std::optional<double> temperatureC;
    std::optional<qint64> hugepagesUsed;
    std::optional<qint64> hugepagesTotal;
    std::optional<double> aiCorePercent;
    std::optional<qint64> memoryUsedMb; // DDR ("Memory-Usage")
    std::optional<qint64> memoryTotalMb;
    std::optional<qint64> hbmUsedMb;
    std::optional<qint64> hbmTotalMb;
};

struct NpuProcess
{
    int npuId = -1;
    int chipId = -1;
    qint64 pid = -1;
    QString name; // may be empty: npu-smi cannot always read it from inside a container
    std::optional<qint64> memoryMb;
    QString pidInContainer; // 26.0+ extra column; empty when absent
};

struct NpuSmiInfo
{
    QString npuSmiVersion; // banner "npu-smi 24.1.0"; empty when the banner was cut
    QString version;       // banner "Version: 24.1.0"
    QList<NpuChip> chips;
    QList<NpuProcess> processes;
    QList<int> idleNpus; // "No running processes found in NPU N"
};

} // namespace AscendDeck
