#include "RankTableWriter.h"

#include "ranktable/PythonJsonWriter.h"

namespace AscendDeck {

namespace {
std::string utf8(const QString &text)
{
    return text.toStdString();
}
} // namespace

nlohmann::ordered_json RankTableWriter::toJson(const RankTable &table)
{
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    root["version"] = utf8(table.version);
    root["server_count"] = utf8(table.serverCount);
    nlohmann::ordered_json servers = nlohmann::ordered_json::array();
    for (const RankTableServer &server : table.servers)
        servers.push_back(serverJson(server));
    root["server_list"] = servers;
    root["status"] = utf8(table.status);
    if (table.isSuperPodTable()) {
        nlohmann::ordered_json pods = nlohmann::ordered_json::array();
        for (const RankTableSuperPod &pod : table.superPods)
            pods.push_back(superPodJson(pod));
        root["super_pod_list"] = pods;
    }
    return root;
}

QByteArray RankTableWriter::toBytes(const RankTable &table)
{
    QByteArray out;
    // Every string came from a QString, so it is valid UTF-8 and writing cannot fail.
    PythonJsonWriter::write(toJson(table), &out);
    return out;
}

nlohmann::ordered_json RankTableWriter::serverJson(const RankTableServer &server)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["server_id"] = utf8(server.serverId);
    if (!server.containerIp.isEmpty())
        json["container_ip"] = utf8(server.containerIp);
    if (!server.hostIp.isEmpty())
        json["host_ip"] = utf8(server.hostIp);
    nlohmann::ordered_json devices = nlohmann::ordered_json::array();
    for (const RankTableDevice &device : server.devices)
        devices.push_back(deviceJson(device));
    json["device"] = devices;
    if (!server.hostNicIp.isEmpty())
        json["host_nic_ip"] = utf8(server.hostNicIp);
    return json;
}

nlohmann::ordered_json RankTableWriter::deviceJson(const RankTableDevice &device)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["device_id"] = utf8(device.deviceId);
    json["device_ip"] = utf8(device.deviceIp);
    if (!device.superDeviceId.isEmpty())
        json["super_device_id"] = utf8(device.superDeviceId);
    json["rank_id"] = utf8(device.rankId);
    return json;
}

nlohmann::ordered_json RankTableWriter::superPodJson(const RankTableSuperPod &pod)
{
    nlohmann::ordered_json servers = nlohmann::ordered_json::array();
    for (const QString &serverId : pod.serverIds)
        servers.push_back(nlohmann::ordered_json{{"server_id", utf8(serverId)}});
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["super_pod_id"] = utf8(pod.superPodId);
    json["server_list"] = servers;
    return json;
}

} // namespace AscendDeck
