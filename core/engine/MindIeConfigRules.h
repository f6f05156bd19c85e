#pragma once

#include "ClusterNode.h"
#include "EngineCluster.h"
#include "EngineSettings.h"
#include "MindIeConfig.h"

#include "base/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace AscendDeck {

// The checks an admin would otherwise learn from a failed start: each maps to a way MindIE refuses to run
// or runs badly (seeds 000-004 and the MindIE docs), said in words, with the field and the fix.
class MindIeConfigRules
{
    Q_DECLARE_TR_FUNCTIONS(MindIeConfigRules)

public:
    // The rules one node's config must pass on its own.
    static QList<Finding> check(const MindIeConfig &config, const ClusterNode &node,
                                      const EngineCluster &cluster);
    // What must agree between the nodes: TLS settings (a mismatch fails the inter-node handshake) and the
    // model itself.
    static QList<Finding> checkAcrossNodes(const QList<QPair<ClusterNode, MindIeConfig>> &configs);
    // The whole cluster: every node's config (base with the settings applied for that node) on its own, then
    // across the nodes. What the engine page, the launch plan and `engine check` judge a MindIE cluster by.
    static QList<Finding> checkCluster(const MindIeConfig &base, const EngineSettings &settings,
                                       const EngineCluster &cluster);

private:
    static void checkLengths(const MindIeConfig &config, const QString &node, QList<Finding> *out);
    static void checkBatches(const MindIeConfig &config, const QString &node, QList<Finding> *out);
    static void checkDevices(const MindIeConfig &config, const ClusterNode &node, QList<Finding> *out);
    static void checkListening(const MindIeConfig &config, const QString &node, QList<Finding> *out);
    static void checkMultiNode(const MindIeConfig &config, const ClusterNode &node, const EngineCluster &cluster,
                               QList<Finding> *out);
    static void checkModel(const MindIeConfig &config, const QString &node, QList<Finding> *out);
};

} // namespace AscendDeck
