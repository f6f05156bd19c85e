#include "FuzzCheck.h"

#include "ascend/AscendJson.h"
#include "ascend/NpuSmiInfoParser.h"

#include <cstddef>
#include <cstdint>

using namespace AscendDeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParseError error;
    const NpuSmiInfo info = NpuSmiInfoParser::parse(input, &error);
    // Contract: either an error and nothing, or at least one chip and no error.
    FUZZ_CHECK(error.isError() == info.chips.isEmpty());
    FUZZ_CHECK(!error.isError() || error.line >= 0);
    // dump() throws on invalid UTF-8: everything the parser returns must be clean text.
    (void)AscendJson::toJson(info).dump();
    return 0;
}
