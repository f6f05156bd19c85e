#include "FuzzCheck.h"

#include "ascend/AscendJson.h"
#include "ascend/NpuSmiDetailParser.h"
#include "ascend/NpuSmiMappingParser.h"

#include <cstddef>
#include <cstdint>

using namespace AscendDeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParseError error;
    const NpuSmiDetail detail = NpuSmiDetailParser::parse(input, &error);
    FUZZ_CHECK(error.isError() == detail.blocks.isEmpty());
    (void)AscendJson::toJson(detail).dump();
    ParseError mappingError;
    const QList<NpuMappingEntry> mapping = NpuSmiMappingParser::parse(input, &mappingError);
    FUZZ_CHECK(mappingError.isError() == mapping.isEmpty());
    (void)AscendJson::toJson(mapping).dump();
    return 0;
}
