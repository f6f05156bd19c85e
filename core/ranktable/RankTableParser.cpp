#include "RankTableParser.h"

namespace AscendDeck {

namespace {
constexpr qsizetype maxBytes = 16 * 1024 * 1024; // a 60-server table is ~100 KB

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "server_list[1] (server 10.0.0.2), " or "" for the top level, so every message reads the same way.
QString prefix(const QString &where)
{
    return where.isEmpty() ? QString() : where + QStringLiteral(": ");
}

QString shown(const nlohmann::ordered_json &value)
{
    return QString::fromStdString(value.dump()).left(60);
}
} // namespace

std::optional<RankTable> RankTableParser::parse(const QByteArray &data, QString *error)
{
    if (data.size() > maxBytes) {
        fail(error, tr("the file is larger than %1 MB; a rank table is a few hundred KB at most").arg(maxBytes >> 20));
        return std::nullopt;
    }
    Json root;
    try {
        root = Json::parse(data.constBegin(), data.constEnd());
    } catch (const Json::parse_error &e) {
        const qsizetype end = qMin(static_cast<qsizetype>(e.byte), data.size());
        fail(error, tr("line %1: not valid JSON (%2)").arg(data.left(end).count('\n') + 1)
                        .arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    RankTable table;
    if (!parseTop(root, &table, error))
        return std::nullopt;
    return table;
}

bool RankTableParser::parseTop(const Json &root, RankTable *table, QString *error)
{
    if (!root.is_object())
        return fail(error, tr("a rank table must be a JSON object"));
    if (!field(root, "version", true, QString(), &table->version, error)
        || !field(root, "server_count", true, QString(), &table->serverCount, error)
        || !field(root, "status", false, QString(), &table->status, error))
        return false;
    if (table->version == QLatin1String("2.0"))
        return fail(error, tr("version 2.0 (the rank_list format of Atlas 950) is not supported"));
    if (table->version != RankTable::version10() && table->version != RankTable::version12())
        return fail(error, tr("\"version\" must be \"1.0\" or \"1.2\", got \"%1\"").arg(table->version));
    const Json *servers = nullptr;
    if (!list(root, "server_list", QString(), &servers, error))
        return false;
    for (std::size_t i = 0; i < servers->size(); ++i) {
        RankTableServer server;
        if (!parseServer(servers->at(i), QStringLiteral("server_list[%1]").arg(i), &server, error))
            return false;
        table->servers.append(server);
    }
    if (!table->isSuperPodTable())
        return true;
    const Json *pods = nullptr;
    if (!list(root, "super_pod_list", QString(), &pods, error))
        return false;
    for (std::size_t i = 0; i < pods->size(); ++i) {
        RankTableSuperPod pod;
        if (!parseSuperPod(pods->at(i), QStringLiteral("super_pod_list[%1]").arg(i), &pod, error))
            return false;
        table->superPods.append(pod);
    }
    return true;
}

bool RankTableParser::parseServer(const Json &json, const QString &where, RankTableServer *server, QString *error)
{
    if (!json.is_object())
        return fail(error, tr("%1: must be an object, got %2").arg(where, shown(json)));
    if (!field(json, "server_id", true, where, &server->serverId, error))
        return false;
    const QString named = tr("%1 (server %2)").arg(where, server->serverId);
    const Json *devices = nullptr;
    if (!field(json, "container_ip", false, named, &server->containerIp, error)
        || !field(json, "host_ip", false, named, &server->hostIp, error)
        || !field(json, "host_nic_ip", false, named, &server->hostNicIp, error)
        || !list(json, "device", named, &devices, error))
        return false;
    for (std::size_t i = 0; i < devices->size(); ++i) {
        RankTableDevice device;
        if (!parseDevice(devices->at(i), QStringLiteral("%1, device[%2]").arg(named).arg(i), &device, error))
            return false;
        server->devices.append(device);
    }
    return true;
}

bool RankTableParser::parseDevice(const Json &json, const QString &where, RankTableDevice *device, QString *error)
{
    if (!json.is_object())
        return fail(error, tr("%1: must be an object, got %2").arg(where, shown(json)));
    return field(json, "device_id", true, where, &device->deviceId, error)
        && field(json, "device_ip", false, where, &device->deviceIp, error)
        && field(json, "super_device_id", false, where, &device->superDeviceId, error)
        && field(json, "rank_id", true, where, &device->rankId, error);
}

bool RankTableParser::parseSuperPod(const Json &json, const QString &where, RankTableSuperPod *pod, QString *error)
{
    if (!json.is_object())
        return fail(error, tr("%1: must be an object, got %2").arg(where, shown(json)));
    const Json *servers = nullptr;
    if (!field(json, "super_pod_id", true, where, &pod->superPodId, error)
        || !list(json, "server_list", where, &servers, error))
        return false;
    for (std::size_t i = 0; i < servers->size(); ++i) {
        QString serverId;
        const QString member = QStringLiteral("%1, server_list[%2]").arg(where).arg(i);
        if (!servers->at(i).is_object())
            return fail(error, tr("%1: must be an object, got %2").arg(member, shown(servers->at(i))));
        if (!field(servers->at(i), "server_id", true, member, &serverId, error))
            return false;
        pod->serverIds.append(serverId);
    }
    return true;
}

// HCCL reads every value as a string: "rank_id": 0 is refused at job start, so it is refused here too.
bool RankTableParser::field(const Json &json, const char *key, bool required, const QString &where, QString *out,
                            QString *error)
{
    const auto found = json.find(key);
    if (found == json.end()) {
        return required ? fail(error, tr("%1\"%2\" is missing").arg(prefix(where), QLatin1String(key))) : true;
    }
    if (!found->is_string())
        return fail(error, tr("%1\"%2\" must be a string, got %3").arg(prefix(where), QLatin1String(key), shown(*found)));
    *out = QString::fromStdString(found->get<std::string>());
    return true;
}

bool RankTableParser::list(const Json &json, const char *key, const QString &where, const Json **out, QString *error)
{
    const auto found = json.find(key);
    if (found == json.end())
        return fail(error, tr("%1\"%2\" is missing").arg(prefix(where), QLatin1String(key)));
    if (!found->is_array())
        return fail(error, tr("%1\"%2\" must be a list, got %3").arg(prefix(where), QLatin1String(key), shown(*found)));
    *out = &*found;
    return true;
}

} // namespace AscendDeck
