#include "FuzzCheck.h"

#include "engine/PrometheusTextParser.h"

#include <cstddef>
#include <cstdint>

using namespace AscendDeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParseError error;
    const PrometheusMetrics metrics = PrometheusTextParser::parse(input, &error);
    FUZZ_CHECK(error.isError() == metrics.samples.isEmpty());
    for (const PrometheusSample &sample : metrics.samples)
        FUZZ_CHECK(!sample.name.isEmpty() && sample.line > 0);
    for (const PrometheusHistogram &h : PrometheusTextParser::histograms(metrics))
        FUZZ_CHECK(!h.name.isEmpty());
    return 0;
}
