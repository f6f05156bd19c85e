#include "FuzzCheck.h"

#include "ascend/AscendJson.h"
#include "ascend/HccnToolParser.h"

#include <cstddef>
#include <cstdint>

using namespace AscendDeck;

namespace {
// Every getter on the same bytes: a failed parse must leave nothing behind.
template<typename List>
void check(const List &result, const ParseError &error)
{
    FUZZ_CHECK(!error.isError() || result.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParseError e1, e2, e3, e4, e5, e6, e7, e8, e9;
    const QList<HccnIp> ips = HccnToolParser::parseIp(input, &e1);
    check(ips, e1);
    const QList<HccnGateway> gateways = HccnToolParser::parseGateway(input, &e2);
    check(gateways, e2);
    check(HccnToolParser::parseNetdetect(input, &e3), e3);
    check(HccnToolParser::parseNetHealth(input, &e4), e4);
    check(HccnToolParser::parseLink(input, &e5), e5);
    const QList<HccnLldpNeighbour> lldp = HccnToolParser::parseLldp(input, &e6);
    check(lldp, e6);
    const QList<HccnTls> tls = HccnToolParser::parseTls(input, &e7);
    check(tls, e7);
    const QList<HccnPing> pings = HccnToolParser::parsePing(input, &e8);
    check(pings, e8);
    FUZZ_CHECK((HccnToolParser::parseSetterResult(input, &e9) < 0) == e9.isError());
    (void)HccnToolParser::detectGetter(input);
    (void)AscendJson::toJson(ips).dump();
    (void)AscendJson::toJson(gateways).dump();
    (void)AscendJson::toJson(lldp).dump();
    (void)AscendJson::toJson(tls).dump();
    (void)AscendJson::toJson(pings).dump();
    return 0;
}
