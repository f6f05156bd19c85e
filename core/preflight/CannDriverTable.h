#pragma once

#include <QString>

#include <optional>

namespace AscendDeck {

// Which Ascend HDK (driver) a CANN release needs. Two figures per release:
//  - paired: the HDK Huawei ships and tests with it (the download page's "配套" pair). Below it the
//    engine usually starts, but vendors such as GPUStack state the paired driver as the requirement
//    (seed 003: CANN 8.2.RC1 in GPUStack's image "依赖 25.2 及以上驱动"), so we warn.
//  - oldest: the oldest HDK the release notes list as compatible. Below it the runtime refuses to open
//    the device (drvGetDevNum / "driver version mismatch"), so we fail.
struct CannDriverRequirement
{
    QString cann;    // the table row that matched (<= the asked version)
    QString paired;
    QString oldest;
};

class CannDriverTable
{
public:
    // The row of the newest table release not newer than cannVersion (8.2.RC2 uses the 8.2.RC1 row, as
    // Huawei keeps one HDK line per CANN minor). nullopt when cannVersion is unreadable or older than
    // every row.
    static std::optional<CannDriverRequirement> lookup(const QString &cannVersion);
};

} // namespace AscendDeck
