#pragma once

#include "ascend/NpuSmiDetail.h"
#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace AscendDeck {

// Reads `npu-smi info -m`: a header "NPU ID  Chip ID  Chip Logic ID  [Chip Phy-ID]  Chip Name", then one
// row per chip with columns separated by runs of spaces (names hold single spaces: "Ascend 910B4").
// Text before the header and after the last row (a pasted URL) is ignored.
class NpuSmiMappingParser
{
    Q_DECLARE_TR_FUNCTIONS(NpuSmiMappingParser)

public:
    static QList<NpuMappingEntry> parse(const QByteArray &data, ParseError *error = nullptr);
};

} // namespace AscendDeck
