#pragma once

#include "ascend/NpuSmiDetail.h"
#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>

namespace AscendDeck {

// Reads the key : value forms of `npu-smi info -t ...`. Indentation (some wrappers add 8 spaces) and
// repeated blank lines are tolerated; a line without " : " or a block without any field is an error.
class NpuSmiDetailParser
{
    Q_DECLARE_TR_FUNCTIONS(NpuSmiDetailParser)

public:
    static NpuSmiDetail parse(const QByteArray &data, ParseError *error = nullptr);
};

} // namespace AscendDeck
