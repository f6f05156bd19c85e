#pragma once

#include "ascend/NpuSmiInfo.h"
#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

// Reads the box-drawn table of `npu-smi info` from 20.2 to 26.0: 310 and 310P ("Chip Device"), 910A/B
// ("Chip" + HBM), Atlas A3 ("Chip Phy-ID", two dies per NPU) and the wider 26.0 layout, plus the process
// table. Text before the first and after the last table line (a shell prompt, a pasted URL) is ignored;
// anything unreadable inside the table is an error naming the line.
class NpuSmiInfoParser
{
    Q_DECLARE_TR_FUNCTIONS(NpuSmiInfoParser)

public:
    static NpuSmiInfo parse(const QByteArray &data, ParseError *error = nullptr);

    // Splits "| a | b |" into trimmed cells; exposed for the tests.
    static QStringList cells(const QString &row);
};

} // namespace AscendDeck
