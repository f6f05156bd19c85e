#pragma once

#include "ClusterNode.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// The servers one engine runs on, in rank order. The first node marked master is the master; when none is
// marked, the first node is (as MindIE does with the server holding rank 0).
struct EngineCluster
{
    QList<ClusterNode> nodes;

    int size() const { return int(nodes.size()); }
    bool isMultiNode() const { return nodes.size() > 1; }
    const ClusterNode &master() const;
    int indexOf(const QString &serverAddress) const; // -1 when absent
    bool operator==(const EngineCluster &other) const { return nodes == other.nodes; }

    // {"nodes":[{"address","nic","nicAddress","npus":[0,...],"master":true,"chip"}]} ("chip" may be absent).
    // Throws nothing: a bad document gives an empty cluster and *error set, naming the field
    // ("nodes[1].npus: ...").
    static EngineCluster fromJson(const nlohmann::ordered_json &json, QString *error);
    nlohmann::ordered_json toJson() const;
};

} // namespace AscendDeck
