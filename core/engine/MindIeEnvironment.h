#pragma once

#include "ClusterNode.h"
#include "EngineCluster.h"
#include "EngineSettings.h"
#include "EnvList.h"

namespace AscendDeck {

// The environment mindieservice_daemon needs on one node, in a fixed order (seed 001's order, then ours).
class MindIeEnvironment
{
public:
    static EnvList forNode(const EngineSettings &settings, const ClusterNode &node, const EngineCluster &cluster);
    // RANK_TABLE_FILE is read from MindIE 2.1 on, RANKTABLEFILE before; an unknown version gets both.
    static bool wantsRankTableFile(const QString &engineVersion);
};

} // namespace AscendDeck
