#include "MindIeEnvironment.h"

#include <QRegularExpression>

namespace AscendDeck {

bool MindIeEnvironment::wantsRankTableFile(const QString &engineVersion)
{
    static const QRegularExpression majorMinor(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch m = majorMinor.match(engineVersion);
    if (!m.hasMatch())
        return true;
    const int major = m.captured(1).toInt();
    return major > 2 || (major == 2 && m.captured(2).toInt() >= 1);
}

EnvList MindIeEnvironment::forNode(const EngineSettings &s, const ClusterNode &node, const EngineCluster &cluster)
{
    EnvList env;
    // Tells each daemon which server of the rank table it is; overrides ServerConfig.ipAddress.
    env.append({QStringLiteral("MIES_CONTAINER_IP"), node.serverAddress});
    env.append({QStringLiteral("MIES_CONTAINER_MANAGEMENT_IP"), node.serverAddress});
    env.append({QStringLiteral("HOST_IP"), node.serverAddress});
    if (cluster.isMultiNode()) {
        env.append({QStringLiteral("RANKTABLEFILE"), s.rankTablePath});
        if (wantsRankTableFile(s.engineVersion))
            env.append({QStringLiteral("RANK_TABLE_FILE"), s.rankTablePath});
    }
    // The console streams the daemon's output to diagnose it; the seed's 0 would hide it in files.
    env.append({QStringLiteral("MINDIE_LOG_TO_STDOUT"), QStringLiteral("1")});
    env.append({QStringLiteral("MINDIE_LLM_LOG_TO_STDOUT"), QStringLiteral("1")});
    env.append({QStringLiteral("PYTORCH_NPU_ALLOC_CONF"), QStringLiteral("expandable_segments:True")});
    env.append({QStringLiteral("ATB_WORKSPACE_MEM_ALLOC_ALG_TYPE"), QStringLiteral("3")});
    env.append({QStringLiteral("ATB_WORKSPACE_MEM_ALLOC_GLOBAL"), QStringLiteral("1")});
    env.append({QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1")});
    env.append({QStringLiteral("HCCL_DETERMINISTIC"), QStringLiteral("false")});
    env.append({QStringLiteral("HCCL_OP_EXPANSION_MODE"), QStringLiteral("AIV")});
    env.append({QStringLiteral("HCCL_CONNECT_TIMEOUT"), QString::number(s.hcclConnectTimeout)});
    // Without it MindIE serves no /metrics, and the monitor has nothing to chart.
    env.append({QStringLiteral("MIES_SERVICE_MONITOR_MODE"), QStringLiteral("1")});
    env.append({QStringLiteral("NPU_MEMORY_FRACTION"), QString::number(s.memoryFraction)});
    env.append(s.extraEnv);
    return env;
}

} // namespace AscendDeck
