#include "FuzzCheck.h"

#include "ascend/AscendJson.h"
#include "ascend/AscendVersion.h"
#include "ascend/CannInfoParser.h"
#include "ascend/VersionInfoParser.h"

#include <cstddef>
#include <cstdint>

using namespace AscendDeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParseError error;
    const VersionInfo info = VersionInfoParser::parse(input, &error);
    FUZZ_CHECK(error.isError() == info.version.isEmpty());
    (void)AscendJson::toJson(info).dump();
    ParseError cannError;
    const CannInfo cann = CannInfoParser::parse(input, &cannError);
    FUZZ_CHECK(cannError.isError() == cann.version.isEmpty());
    (void)AscendJson::toJson(cann).dump();
    // The comparison must be a total order on whatever parses: antisymmetric at least.
    const QList<QByteArray> words = input.left(256).split('\n');
    if (words.size() >= 2) {
        const auto a = AscendVersion::parse(QString::fromUtf8(words.at(0)));
        const auto b = AscendVersion::parse(QString::fromUtf8(words.at(1)));
        if (a && b)
            FUZZ_CHECK(AscendVersion::compare(*a, *b) == -AscendVersion::compare(*b, *a));
    }
    return 0;
}
