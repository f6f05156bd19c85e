#pragma once

#include "ascend/HccnConf.h"
#include "ascend/HccnToolResults.h"
#include "ascend/NpuSmiDetail.h"
#include "ascend/NpuSmiInfo.h"
#include "ascend/NpuSpodInfo.h"
#include "ascend/VersionInfo.h"

#include <nlohmann/json.hpp>

namespace AscendDeck::AscendJson {

// JSON views of the parsed values, for `ascenddeck-cli parse` and logs. Absent optional values become
// null, never 0, so that "NA" stays distinguishable from a real zero.
nlohmann::ordered_json toJson(const NpuSmiInfo &info);
nlohmann::ordered_json toJson(const HccnConf &conf);
nlohmann::ordered_json toJson(const VersionInfo &info);
nlohmann::ordered_json toJson(const CannInfo &info);
nlohmann::ordered_json toJson(const QList<HccnIp> &ips);
nlohmann::ordered_json toJson(const QList<HccnGateway> &gateways);
nlohmann::ordered_json toJson(const QList<HccnLldpNeighbour> &neighbours);
nlohmann::ordered_json toJson(const QList<HccnTls> &tls);
nlohmann::ordered_json toJson(const QList<HccnVnic> &vnics);
nlohmann::ordered_json toJson(const NpuSpodInfo &info);
nlohmann::ordered_json toJson(const QList<HccnPing> &pings);
nlohmann::ordered_json toJson(const QList<VersionRange> &ranges);
nlohmann::ordered_json toJson(const NpuSmiDetail &detail);
nlohmann::ordered_json toJson(const QList<NpuMappingEntry> &entries);

} // namespace AscendDeck::AscendJson
