#include "FuzzCheck.h"

#include "ascend/AscendJson.h"
#include "ascend/HccnConfParser.h"

#include <cstddef>
#include <cstdint>

using namespace AscendDeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParseError error;
    const HccnConf conf = HccnConfParser::parse(input, &error);
    FUZZ_CHECK(error.isError() == conf.npus.isEmpty());
    (void)AscendJson::toJson(conf).dump();
    return 0;
}
