#pragma once

#include "ranktable/RankTable.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// Turns a RankTable into the JSON that HCCL and MindIE read. Keys come in hccl_tools.py's order
// (version, server_count, server_list, status; server_id, container_ip, device, host_nic_ip; device_id,
// device_ip, rank_id) so that a table built here is byte-identical to the script's for the same input.
// v1.2 adds super_device_id before rank_id and super_pod_list last, as in Huawei's A3 examples. Optional
// fields that are empty are left out rather than written as "".
class RankTableWriter
{
public:
    static nlohmann::ordered_json toJson(const RankTable &table);
    // Python json.dump(indent=4) layout, without a trailing newline (see PythonJsonWriter).
    static QByteArray toBytes(const RankTable &table);

private:
    static nlohmann::ordered_json serverJson(const RankTableServer &server);
    static nlohmann::ordered_json deviceJson(const RankTableDevice &device);
    static nlohmann::ordered_json superPodJson(const RankTableSuperPod &pod);
};

} // namespace AscendDeck
