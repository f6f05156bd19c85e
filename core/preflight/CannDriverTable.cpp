#include "CannDriverTable.h"

#include "ascend/AscendVersion.h"

#include <array>

namespace AscendDeck {

namespace {
struct Row
{
    const char *cann;
    const char *paired;
    const char *oldest;
};

// Sources (hiascend.com release notes, checked 2025):
//  - 7.0.0 / 23.0.0 and 8.0.x / 24.1.x pairs: CANN and MindCluster "版本配套说明" (e.g. MindCluster 6.0.RC1:
//    HDK 24.1.RC1 + CANN 8.0.RC1). No compatibility window is published for these, so oldest = paired.
//  - 8.1.RC1 pairs with HDK 25.0.RC1; Huawei keeps "a compatibility lifecycle of four versions"
//    (MindCluster toolbox notes), which reaches back to 24.1.RC2.
//  - 8.2.RC1 pairs with HDK 25.2.0 (seed 003, GPUStack v0.7.1); MindIE 2.1.RC1's release note lists
//    HDK 25.2.0, 25.0.RC1, 24.1.0, 24.1.RC3 and 24.1.RC2 as compatible with it.
//  - 8.3.RC1 pairs with HDK 25.3.RC1; four-version window back to 24.1.0.
//  - 8.5.0: release note lists HDK 25.5.X, 25.3.X, 25.2.X and 25.0.X.
// Sorted by CANN version, oldest first.
constexpr std::array<Row, 9> rows{{
    {"7.0.0", "23.0.0", "23.0.0"},
    {"8.0.RC1", "24.1.RC1", "24.1.RC1"},
    {"8.0.RC2", "24.1.RC2", "24.1.RC2"},
    {"8.0.RC3", "24.1.RC3", "24.1.RC3"},
    {"8.0.0", "24.1.0", "24.1.0"},
    {"8.1.RC1", "25.0.RC1", "24.1.RC2"},
    {"8.2.RC1", "25.2.0", "24.1.RC2"},
    {"8.3.RC1", "25.3.RC1", "24.1.0"},
    {"8.5.0", "25.5.0", "25.0.RC1"},
}};
} // namespace

std::optional<CannDriverRequirement> CannDriverTable::lookup(const QString &cannVersion)
{
    const std::optional<AscendVersion> asked = AscendVersion::parse(cannVersion);
    if (!asked)
        return std::nullopt;
    std::optional<CannDriverRequirement> found;
    for (const Row &row : rows) {
        const std::optional<AscendVersion> rowVersion = AscendVersion::parse(QString::fromLatin1(row.cann));
        if (!rowVersion || *asked < *rowVersion)
            break;
        found = CannDriverRequirement{QString::fromLatin1(row.cann), QString::fromLatin1(row.paired),
                                      QString::fromLatin1(row.oldest)};
    }
    return found;
}

} // namespace AscendDeck
