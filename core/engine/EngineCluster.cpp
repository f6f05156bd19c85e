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
QString text(const ordered_json &node, const char *key)
{
    const auto it = node.find(key);
    return it != node.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool readNode(const ordered_json &json, ClusterNode *node)
{
    if (!json.is_object())
        return false;
    node->serverAddress = text(json, "address");
    node->nicName = text(json, "nic");
    node->nicAddress = text(json, "nicAddress");
    node->isMaster = json.value("master", false);
    const auto npus = json.find("npus");
    if (npus != json.end() && npus->is_array()) {
        for (const ordered_json &id : *npus) {
            if (!id.is_number_integer())
                return false;
            node->npuIds << id.get<int>();
        }
    }
    return !node->serverAddress.isEmpty();
}
} // namespace

EngineCluster EngineCluster::fromJson(const ordered_json &json, QString *error)
{
    EngineCluster cluster;
    const auto list = json.is_object() ? json.find("nodes") : json.end();
    if (list == json.end() || !list->is_array() || list->empty()) {
        *error = QCoreApplication::translate("EngineCluster", "The cluster has no \"nodes\" list.");
        return {};
    }
    for (const ordered_json &entry : *list) {
        ClusterNode node;
        if (!readNode(entry, &node)) {
            *error = QCoreApplication::translate("EngineCluster",
                                                 "A node needs an \"address\" and whole-number \"npus\".");
            return {};
        }
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
                        {"nicAddress", node.nicAddress.toStdString()}, {"npus", npus}, {"master", node.isMaster}});
    }
    return {{"nodes", list}};
}

} // namespace AscendDeck
