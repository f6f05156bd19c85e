#include "EngineCluster.h"

#include <QCoreApplication>

namespace AscendDeck {

using nlohmann::ordered_json;

const ClusterNode &EngineCluster::master() const
{
    static const ClusterNode none;
    for (const ClusterNode &node : nodes) {
        if (node.isMaster)
            return node;
    }
    return nodes.isEmpty() ? none : nodes.first();
}

int EngineCluster::indexOf(const QString &serverAddress) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).serverAddress == serverAddress)
            return i;
    }
    return -1;
}

namespace {
// Reads the text at key into *out; absent leaves it empty. False (with the field named) when mistyped.
bool readText(const ordered_json &json, const char *key, const QString &where, QString *out, QString *error)
{
    const auto it = json.find(key);
    if (it == json.end())
        return true;
    if (!it->is_string()) {
        *error = QCoreApplication::translate("EngineCluster", "%1.%2: expected a string").arg(where, QLatin1String(key));
        return false;
    }
    *out = QString::fromStdString(it->get<std::string>());
    return true;
}

bool readNode(const ordered_json &json, const QString &where, ClusterNode *node, QString *error)
{
    if (!json.is_object()) {
        *error = QCoreApplication::translate("EngineCluster", "%1: expected an object").arg(where);
        return false;
    }
    if (!readText(json, "address", where, &node->serverAddress, error) || !readText(json, "nic", where, &node->nicName, error)
        || !readText(json, "nicAddress", where, &node->nicAddress, error) || !readText(json, "chip", where, &node->chip, error))
        return false;
    if (node->serverAddress.isEmpty()) {
        *error = QCoreApplication::translate("EngineCluster", "%1.address: missing or empty").arg(where);
        return false;
    }
    const auto master = json.find("master");
    if (master != json.end() && !master->is_boolean()) {
        *error = QCoreApplication::translate("EngineCluster", "%1.master: expected true or false").arg(where);
        return false;
    }
    node->isMaster = master != json.end() && master->get<bool>();
    const auto npus = json.find("npus");
    if (npus == json.end())
        return true;
    if (!npus->is_array()) {
        *error = QCoreApplication::translate("EngineCluster", "%1.npus: expected a list of NPU ids").arg(where);
        return false;
    }
    for (size_t i = 0; i < npus->size(); ++i) {
        if (!npus->at(i).is_number_integer()) {
            *error = QCoreApplication::translate("EngineCluster", "%1.npus[%2]: expected an integer").arg(where).arg(i);
            return false;
        }
        node->npuIds << npus->at(i).get<int>();
    }
    return true;
}
} // namespace

EngineCluster EngineCluster::fromJson(const ordered_json &json, QString *error)
{
    EngineCluster cluster;
    const auto list = json.is_object() ? json.find("nodes") : json.end();
    if (list == json.end() || !list->is_array() || list->empty()) {
        *error = QCoreApplication::translate("EngineCluster", "nodes: missing or not a list of servers");
        return {};
    }
    for (size_t i = 0; i < list->size(); ++i) {
        ClusterNode node;
        if (!readNode(list->at(i), QStringLiteral("nodes[%1]").arg(i), &node, error))
            return {};
        cluster.nodes << node;
    }
    return cluster;
}

ordered_json EngineCluster::toJson() const
{
    ordered_json list = ordered_json::array();
    for (const ClusterNode &node : nodes) {
        ordered_json npus = ordered_json::array();
        for (int id : node.npuIds)
            npus.push_back(id);
        list.push_back({{"address", node.serverAddress.toStdString()}, {"nic", node.nicName.toStdString()},
                        {"nicAddress", node.nicAddress.toStdString()}, {"npus", npus}, {"master", node.isMaster}, {"chip", node.chip.toStdString()}});
    }
    return {{"nodes", list}};
}

} // namespace AscendDeck
