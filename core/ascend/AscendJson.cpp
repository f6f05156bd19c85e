#include "AscendJson.h"

namespace AscendDeck::AscendJson {

using nlohmann::ordered_json;

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

template<typename T>
ordered_json orNull(const std::optional<T> &value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json orNull(int value)
{
    return value < 0 ? ordered_json(nullptr) : ordered_json(value);
}

ordered_json chipJson(const NpuChip &chip)
{
    ordered_json j;
    j["npu"] = chip.npuId;
    j["chip"] = chip.chipId;
    j["device"] = orNull(chip.deviceId);
    j["phy_id"] = orNull(chip.phyId);
    j["name"] = s(chip.name);
    j["health"] = s(chip.health);
    j["bus_id"] = s(chip.busId);
    j["power_w"] = orNull(chip.powerW);
    j["temperature_c"] = orNull(chip.temperatureC);
    j["aicore_percent"] = orNull(chip.aiCorePercent);
    j["memory_used_mb"] = orNull(chip.memoryUsedMb);
    j["memory_total_mb"] = orNull(chip.memoryTotalMb);
    j["hbm_used_mb"] = orNull(chip.hbmUsedMb);
    j["hbm_total_mb"] = orNull(chip.hbmTotalMb);
    j["hugepages_used"] = orNull(chip.hugepagesUsed);
    j["hugepages_total"] = orNull(chip.hugepagesTotal);
    return j;
}

ordered_json processJson(const NpuProcess &process)
{
    ordered_json j;
    j["npu"] = process.npuId;
    j["chip"] = process.chipId;
    j["pid"] = process.pid;
    j["name"] = s(process.name);
    j["memory_mb"] = orNull(process.memoryMb);
    if (!process.pidInContainer.isEmpty())
        j["pid_in_container"] = s(process.pidInContainer);
    return j;
}

ordered_json fieldsJson(const QMap<QString, QString> &fields)
{
    ordered_json j = ordered_json::object();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        j[s(it.key())] = s(it.value());
    return j;
}
} // namespace

ordered_json toJson(const NpuSmiInfo &info)
{
    ordered_json j;
    j["npu_smi_version"] = info.npuSmiVersion.isEmpty() ? ordered_json(nullptr) : ordered_json(s(info.npuSmiVersion));
    j["version"] = info.version.isEmpty() ? ordered_json(nullptr) : ordered_json(s(info.version));
    j["chips"] = ordered_json::array();
    for (const NpuChip &chip : info.chips)
        j["chips"].push_back(chipJson(chip));
    j["processes"] = ordered_json::array();
    for (const NpuProcess &process : info.processes)
        j["processes"].push_back(processJson(process));
    j["idle_npus"] = ordered_json::array();
    for (int npu : info.idleNpus)
        j["idle_npus"].push_back(npu);
    return j;
}

ordered_json toJson(const HccnConf &conf)
{
    ordered_json j = ordered_json::array();
    for (auto it = conf.npus.cbegin(); it != conf.npus.cend(); ++it) {
        const HccnNpuSettings &npu = it.value();
        ordered_json d;
        d["device"] = it.key();
        d["address"] = s(npu.address);
        d["netmask"] = s(npu.netmask);
        d["netdetect"] = s(npu.netdetect);
        d["gateway"] = s(npu.gateway);
        d["send_arp_status"] = orNull(npu.sendArpStatus);
        d["tls_enable"] = orNull(npu.tlsEnable);
        if (!npu.other.isEmpty())
            d["other"] = fieldsJson(npu.other);
        j.push_back(d);
    }
    return j;
}

ordered_json toJson(const QList<VersionRange> &ranges)
{
    ordered_json j = ordered_json::array();
    for (const VersionRange &range : ranges)
        j.push_back({{"min", s(range.min)}, {"max", s(range.max)}});
    return j;
}

ordered_json toJson(const VersionInfo &info)
{
    ordered_json j;
    j["version"] = s(info.version);
    j["inner_version"] = s(info.innerVersion);
    j["package_version"] = s(info.packageVersion);
    j["compatible_inner"] = toJson(info.compatibleInner);
    j["compatible_firmware"] = toJson(info.compatibleFirmware);
    j["compatible_driver"] = toJson(info.compatibleDriver);
    j["fields"] = fieldsJson(info.fields);
    return j;
}

ordered_json toJson(const CannInfo &info)
{
    ordered_json j;
    j["package_name"] = s(info.packageName);
    j["version"] = s(info.version);
    j["inner_version"] = s(info.innerVersion);
    j["arch"] = s(info.arch);
    j["path"] = s(info.path);
    j["compatible_inner"] = toJson(info.compatibleInner);
    j["fields"] = fieldsJson(info.fields);
    return j;
}

ordered_json toJson(const QList<HccnIp> &ips)
{
    ordered_json j = ordered_json::array();
    for (const HccnIp &ip : ips)
        j.push_back({{"address", s(ip.address)}, {"netmask", s(ip.netmask)}});
    return j;
}

ordered_json toJson(const QList<HccnGateway> &gateways)
{
    ordered_json j = ordered_json::array();
    for (const HccnGateway &g : gateways)
        j.push_back({{"gateway", s(g.gateway)}, {"iface", s(g.iface)}});
    return j;
}

ordered_json toJson(const QList<HccnLldpNeighbour> &neighbours)
{
    ordered_json j = ordered_json::array();
    for (const HccnLldpNeighbour &n : neighbours)
        j.push_back({{"port_ifname", s(n.portIfname)}, {"chassis_id", s(n.chassisId)},
                     {"system_description", s(n.systemDescription)}, {"management_address", s(n.managementAddress)}});
    return j;
}

ordered_json toJson(const QList<HccnTls> &tls)
{
    ordered_json j = ordered_json::array();
    for (const HccnTls &t : tls)
        j.push_back({{"device", t.deviceId}, {"enabled", t.enabled}, {"preconfigured", t.preconfigured},
                     {"alarm_threshold_days", t.alarmThresholdDays}});
    return j;
}

ordered_json toJson(const QList<HccnVnic> &vnics)
{
    ordered_json j = ordered_json::array();
    for (const HccnVnic &v : vnics)
        j.push_back({{"link", v.linkUp ? "UP" : "DOWN"}, {"address", s(v.address)}, {"netmask", s(v.netmask)}});
    return j;
}

ordered_json toJson(const NpuSpodInfo &info)
{
    ordered_json j;
    j["sdid"] = info.sdid;
    j["super_pod_size"] = info.superPodSize >= 0 ? ordered_json(info.superPodSize) : ordered_json(nullptr);
    j["super_pod_id"] = info.superPodId;
    j["server_index"] = info.serverIndex >= 0 ? ordered_json(info.serverIndex) : ordered_json(nullptr);
    ordered_json fields = ordered_json::object();
    for (const auto &field : info.fields)
        fields[field.first.toStdString()] = s(field.second);
    j["fields"] = fields;
    return j;
}

ordered_json toJson(const QList<HccnPing> &pings)
{
    ordered_json j = ordered_json::array();
    for (const HccnPing &p : pings) {
        ordered_json rtts = ordered_json::array();
        for (double rtt : p.rttMs)
            rtts.push_back(rtt);
        j.push_back({{"device", p.deviceId}, {"target", s(p.target)}, {"rtt_ms", rtts},
                     {"transmitted", orNull(p.transmitted)}, {"received", orNull(p.received)},
                     {"loss_percent", p.lossPercent < 0 ? ordered_json(nullptr) : ordered_json(p.lossPercent)}});
    }
    return j;
}

// Blocks as arrays of [key, value] pairs: keys repeat across blocks and their order carries meaning.
ordered_json toJson(const NpuSmiDetail &detail)
{
    ordered_json j = ordered_json::array();
    for (const NpuSmiFields &block : detail.blocks) {
        ordered_json fields = ordered_json::object();
        for (const auto &field : block)
            fields[s(field.first)] = s(field.second);
        j.push_back(fields);
    }
    return j;
}

ordered_json toJson(const QList<NpuMappingEntry> &entries)
{
    ordered_json j = ordered_json::array();
    for (const NpuMappingEntry &e : entries)
        j.push_back({{"npu", e.npuId}, {"chip", e.chipId}, {"logic_id", orNull(e.logicId)},
                     {"phy_id", orNull(e.phyId)}, {"chip_name", s(e.chipName)}});
    return j;
}

} // namespace AscendDeck::AscendJson
