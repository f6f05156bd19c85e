#include "HccnPlan.h"

#include <QCoreApplication>

namespace AscendDeck {

using nlohmann::ordered_json;

namespace {
const char *const kFormat = "ascenddeck-hccn-plan";

// Readers that leave out what is absent (a hand-edited plan may omit keys) but name a mistyped field,
// e.g. "servers[1].npus[3].address: expected a string".
class FieldReader
{
public:
    FieldReader(const ordered_json &json, const QString &where) : m_json(json), m_where(where) {}

    bool text(const char *key, QString *out) const
    {
        return read(key, &ordered_json::is_string, QCoreApplication::translate("HccnPlan", "expected a string"),
                    [out](const ordered_json &v) { *out = QString::fromStdString(v.get<std::string>()); });
    }
    bool integer(const char *key, int *out) const
    {
        return read(key, &ordered_json::is_number_integer, QCoreApplication::translate("HccnPlan", "expected an integer"),
                    [out](const ordered_json &v) { *out = v.get<int>(); });
    }
    // The list at key; an absent key gives an empty list.
    bool list(const char *key, const ordered_json **out) const
    {
        static const ordered_json none = ordered_json::array();
        *out = &none;
        return read(key, &ordered_json::is_array, QCoreApplication::translate("HccnPlan", "expected a list"),
                    [out](const ordered_json &v) { *out = &v; });
    }
    QString field(const char *key) const { return m_where.isEmpty() ? QString::fromLatin1(key) : m_where + QLatin1Char('.') + QLatin1String(key); }
    QString error() const { return m_error; }

private:
    // Stores the value at key when it passes check; an absent key is fine, another type the error.
    template<typename Store>
    bool read(const char *key, bool (ordered_json::*check)() const noexcept, const QString &expected, Store store) const
    {
        const auto it = m_json.find(key);
        if (it == m_json.end())
            return true;
        if (!((*it).*check)()) {
            m_error = QStringLiteral("%1: %2").arg(field(key), expected);
            return false;
        }
        store(*it);
        return true;
    }

    const ordered_json &m_json;
    QString m_where;
    mutable QString m_error;
};

ordered_json npuToJson(const HccnNpuPlan &npu)
{
    return {{"npu", npu.npu}, {"address", npu.address.toStdString()}, {"netmask", npu.netmask.toStdString()},
            {"gateway", npu.gateway.toStdString()}, {"netdetect", npu.netdetect.toStdString()}, {"tls", npu.tls}};
}

bool npuFromJson(const ordered_json &json, const QString &where, HccnNpuPlan *npu, QString *error)
{
    if (!json.is_object()) {
        *error = QCoreApplication::translate("HccnPlan", "%1: expected an object").arg(where);
        return false;
    }
    npu->npu = -1;
    const FieldReader r(json, where);
    if (r.integer("npu", &npu->npu) && r.text("address", &npu->address) && r.text("netmask", &npu->netmask)
        && r.text("gateway", &npu->gateway) && r.text("netdetect", &npu->netdetect) && r.integer("tls", &npu->tls))
        return true;
    *error = r.error();
    return false;
}

bool serverFromJson(const ordered_json &json, const QString &where, HccnServerPlan *server, QString *error)
{
    if (!json.is_object()) {
        *error = QCoreApplication::translate("HccnPlan", "%1: expected an object").arg(where);
        return false;
    }
    const FieldReader r(json, where);
    const ordered_json *npus = nullptr;
    if (!r.text("host", &server->host) || !r.list("npus", &npus)) {
        *error = r.error();
        return false;
    }
    for (size_t i = 0; i < npus->size(); ++i) {
        HccnNpuPlan npu;
        if (!npuFromJson(npus->at(i), r.field("npus") + QStringLiteral("[%1]").arg(i), &npu, error))
            return false;
        server->npus.append(npu);
    }
    if (server->host.isEmpty() || server->npus.isEmpty()) {
        *error = QCoreApplication::translate("HccnPlan", "%1: the server has no host or no NPUs").arg(where);
        return false;
    }
    return true;
}
} // namespace

QString topologyName(HccnTopology topology)
{
    switch (topology) {
    case HccnTopology::FibrePairs: return QStringLiteral("fibre-pairs");
    case HccnTopology::Switch: return QStringLiteral("switch");
    case HccnTopology::Routed: return QStringLiteral("routed");
    }
    return {};
}

bool topologyFromName(const QString &name, HccnTopology *topology)
{
    for (HccnTopology t : {HccnTopology::FibrePairs, HccnTopology::Switch, HccnTopology::Routed}) {
        if (topologyName(t) == name) {
            *topology = t;
            return true;
        }
    }
    return false;
}

const HccnNpuPlan *HccnServerPlan::npu(int id) const
{
    for (const HccnNpuPlan &n : npus) {
        if (n.npu == id)
            return &n;
    }
    return nullptr;
}

const HccnServerPlan *HccnPlan::server(const QString &host) const
{
    for (const HccnServerPlan &s : servers) {
        if (s.host == host)
            return &s;
    }
    return nullptr;
}

QStringList HccnPlan::peerAddresses(int serverIndex, int npu) const
{
    QStringList peers;
    for (int i = 0; i < servers.size(); ++i) {
        const bool peer = topology == HccnTopology::FibrePairs ? i == (serverIndex ^ 1) : i != serverIndex;
        const HccnNpuPlan *other = peer ? servers.at(i).npu(npu) : nullptr;
        if (other && !other->address.isEmpty())
            peers.append(other->address);
    }
    return peers;
}

ordered_json HccnPlan::toJson() const
{
    ordered_json serverArray = ordered_json::array();
    for (const HccnServerPlan &s : servers) {
        ordered_json npuArray = ordered_json::array();
        for (const HccnNpuPlan &n : s.npus)
            npuArray.push_back(npuToJson(n));
        serverArray.push_back({{"host", s.host.toStdString()}, {"npus", npuArray}});
    }
    return {{"format", kFormat}, {"version", 1}, {"topology", topologyName(topology).toStdString()},
            {"subnet", subnet.toStdString()}, {"servers", serverArray}};
}

bool HccnPlan::fromJson(const ordered_json &json, HccnPlan *plan, QString *error)
{
    QString format;
    if (!json.is_object() || !FieldReader(json, QString()).text("format", &format) || format != QLatin1String(kFormat)) {
        *error = QCoreApplication::translate("HccnPlan", "format: not an AscendDeck NPU network plan (\"format\" is not \"%1\")").arg(QLatin1String(kFormat));
        return false;
    }
    HccnPlan result;
    const FieldReader r(json, QString());
    QString topology;
    const ordered_json *servers = nullptr;
    if (!r.text("topology", &topology) || !r.text("subnet", &result.subnet) || !r.list("servers", &servers)) {
        *error = r.error();
        return false;
    }
    if (!topologyFromName(topology, &result.topology)) {
        *error = QCoreApplication::translate("HccnPlan", "topology: unknown topology \"%1\"").arg(topology);
        return false;
    }
    for (size_t i = 0; i < servers->size(); ++i) {
        HccnServerPlan server;
        if (!serverFromJson(servers->at(i), QStringLiteral("servers[%1]").arg(i), &server, error))
            return false;
        result.servers.append(server);
    }
    *plan = result;
    return true;
}

bool HccnPlan::fromJsonText(const QByteArray &text, HccnPlan *plan, QString *error)
{
    const ordered_json json = ordered_json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (json.is_discarded()) {
        *error = QCoreApplication::translate("HccnPlan", "not valid JSON");
        return false;
    }
    return fromJson(json, plan, error);
}

} // namespace AscendDeck
