#pragma once

#include "ascend/NpuSpodInfo.h"
#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>

#include <QList>

#include <optional>

namespace AscendDeck {

// Reads `npu-smi info -t spod-info`: "Key : Value" lines. SDID and Super Pod ID must be there, and every
// one of the four known keys that is there must be a whole number; unknown keys are kept. Lines starting
// with '#' (a saved file's header) are skipped. Errors name the line.
class NpuSpodInfoParser
{
    Q_DECLARE_TR_FUNCTIONS(NpuSpodInfoParser)

public:
    static std::optional<NpuSpodInfo> parse(const QByteArray &data, ParseError *error = nullptr);
    // The outputs of a loop over the dies (`for i in {0..15}; npu-smi info -t spod-info -i $((i/2)) -c
    // $((i%2))`), in order: a key seen again starts the next die's record. Empty on any error.
    static QList<NpuSpodInfo> parseAll(const QByteArray &data, ParseError *error = nullptr);

private:
    static bool checkComplete(const NpuSpodInfo &info, int firstLine, ParseError *error);
};

} // namespace AscendDeck
