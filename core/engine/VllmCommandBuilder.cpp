#include "VllmCommandBuilder.h"

namespace AscendDeck {

VllmCommandBuilder::VllmCommandBuilder(const EngineSettings &settings, const EngineCluster &cluster)
    : m_settings(settings), m_cluster(cluster)
{
}

int VllmCommandBuilder::masterIndex() const
{
    const int index = m_cluster.indexOf(m_cluster.master().serverAddress);
    return index < 0 ? 0 : index;
}

int VllmCommandBuilder::localDataParallel() const
{
    return m_cluster.size() > 0 ? qMax(1, m_settings.dataParallel / m_cluster.size()) : 1;
}

int VllmCommandBuilder::startRank(int nodeIndex) const
{
    const int master = masterIndex();
    if (nodeIndex == master)
        return 0;
    // The master takes the first ranks; the others follow in cluster order.
    const int position = nodeIndex < master ? nodeIndex + 1 : nodeIndex;
    return position * localDataParallel();
}

QString VllmCommandBuilder::compactJson(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return {};
    try {
        return QString::fromStdString(nlohmann::ordered_json::parse(text.toStdString()).dump());
    } catch (const nlohmann::ordered_json::parse_error &) {
        *ok = false;
        return {};
    }
}

QStringList VllmCommandBuilder::argv(int nodeIndex) const
{
    const EngineSettings &s = m_settings;
    const bool head = nodeIndex == masterIndex();
    QStringList args{QStringLiteral("vllm"), QStringLiteral("serve"), s.effectiveContainerModelPath()};
    if (head) {
        args << QStringLiteral("--host") << (s.listenAddress.isEmpty() ? QStringLiteral("0.0.0.0") : s.listenAddress)
             << QStringLiteral("--port") << QString::number(s.port);
    } else {
        args << QStringLiteral("--headless"); // a worker serves no API, it only runs its DP ranks
    }
    if (!s.modelName.isEmpty())
        args << QStringLiteral("--served-model-name") << s.modelName;
    args << QStringLiteral("--trust-remote-code")
         << QStringLiteral("--gpu-memory-utilization") << QString::number(s.memoryFraction)
         << QStringLiteral("--max-model-len") << QString::number(s.maxSeqLen)
         << QStringLiteral("--max-num-batched-tokens") << QString::number(s.maxPrefillTokens)
         << QStringLiteral("--max-num-seqs") << QString::number(s.maxBatchSize);
    appendParallelArgs(nodeIndex, &args);
    if (!s.quantization.isEmpty())
        args << QStringLiteral("--quantization") << s.quantization;
    bool ok = false;
    const QString extra = compactJson(s.additionalConfig, &ok);
    if (!extra.isEmpty())
        args << QStringLiteral("--additional-config") << extra;
    return args + s.extraArgs;
}

void VllmCommandBuilder::appendParallelArgs(int nodeIndex, QStringList *args) const
{
    const EngineSettings &s = m_settings;
    *args << QStringLiteral("--data-parallel-size") << QString::number(s.dataParallel)
          << QStringLiteral("--data-parallel-size-local") << QString::number(localDataParallel());
    if (nodeIndex != masterIndex())
        *args << QStringLiteral("--data-parallel-start-rank") << QString::number(startRank(nodeIndex));
    // Every node names the head's address: that is where the workers connect.
    *args << QStringLiteral("--data-parallel-address") << m_cluster.master().commAddress()
          << QStringLiteral("--data-parallel-rpc-port") << QString::number(s.rpcPort)
          << QStringLiteral("--tensor-parallel-size") << QString::number(s.tensorParallel);
    if (s.expertParallelEnabled())
        *args << QStringLiteral("--enable-expert-parallel");
}

EnvList VllmCommandBuilder::environment(int nodeIndex) const
{
    const ClusterNode &node = m_cluster.nodes.at(nodeIndex);
    EnvList env;
    // HCCL, gloo and the TP socket each pick a NIC by name; the defaults guess wrong on multi-NIC servers.
    env.append({QStringLiteral("HCCL_IF_IP"), node.commAddress()});
    env.append({QStringLiteral("HCCL_SOCKET_IFNAME"), node.nicName});
    env.append({QStringLiteral("TP_SOCKET_IFNAME"), node.nicName});
    env.append({QStringLiteral("GLOO_SOCKET_IFNAME"), node.nicName});
    env.append({QStringLiteral("HCCL_BUFFSIZE"), QStringLiteral("1024")});
    env.append({QStringLiteral("HCCL_CONNECT_TIMEOUT"), QString::number(m_settings.hcclConnectTimeout)});
    env.append({QStringLiteral("HCCL_OP_EXPANSION_MODE"), QStringLiteral("AIV")});
    env.append({QStringLiteral("PYTORCH_NPU_ALLOC_CONF"), QStringLiteral("expandable_segments:True")});
    env.append({QStringLiteral("TASK_QUEUE_ENABLE"), QStringLiteral("1")});
    env.append({QStringLiteral("OMP_PROC_BIND"), QStringLiteral("false")});
    env.append({QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("100")});
    env.append({QStringLiteral("VLLM_USE_V1"), QStringLiteral("1")});
    env.append(m_settings.extraEnv);
    return env;
}

QList<Finding> VllmCommandBuilder::check() const
{
    QList<Finding> out;
    checkLayout(&out);
    checkNics(&out);
    bool ok = false;
    compactJson(m_settings.additionalConfig, &ok);
    if (!ok) {
        out << Finding{Finding::Severity::Error, QStringLiteral("additional-config-not-json"), QString(), -1,
                             QStringLiteral("additionalConfig"), tr("The additional config is not valid JSON."),
                             tr("Write it as a JSON object, e.g. {\"torchair_graph_config\":{\"enabled\":true}}.")};
    }
    return out;
}

void VllmCommandBuilder::checkLayout(QList<Finding> *out) const
{
    const EngineSettings &s = m_settings;
    if (s.dataParallel % qMax(1, m_cluster.size()) != 0) {
        *out << Finding{Finding::Severity::Error, QStringLiteral("dp-not-divisible"), QString(), -1,
                              QStringLiteral("dataParallel"),
                              tr("The data-parallel size %1 does not split evenly over %2 servers.")
                                  .arg(s.dataParallel).arg(m_cluster.size()),
                              tr("Use a multiple of %1.").arg(m_cluster.size())};
    }
    const int perNode = localDataParallel() * s.tensorParallel;
    for (const ClusterNode &node : m_cluster.nodes) {
        if (perNode <= node.npuIds.size())
            continue;
        *out << Finding{Finding::Severity::Error, QStringLiteral("layout-exceeds-npus"), node.serverAddress, -1,
                              QStringLiteral("tensorParallel"),
                              tr("Local DP %1 x TP %2 needs %3 NPUs but this server has %4.")
                                  .arg(localDataParallel()).arg(s.tensorParallel).arg(perNode).arg(node.npuIds.size()),
                              tr("Lower the tensor-parallel size or add servers.")};
    }
    const int derived = s.dataParallel * s.tensorParallel;
    if (s.expertParallelEnabled() && s.expertParallel != derived) {
        *out << Finding{Finding::Severity::Warning, QStringLiteral("ep-size-derived"), QString(), -1,
                              QStringLiteral("expertParallel"),
                              tr("vLLM sets the expert-parallel size to DP x TP = %1, not %2.")
                                  .arg(derived).arg(s.expertParallel),
                              tr("Set expertParallel to %1 to say what will happen.").arg(derived)};
    }
}

void VllmCommandBuilder::checkNics(QList<Finding> *out) const
{
    for (const ClusterNode &node : m_cluster.nodes) {
        if (!node.nicName.isEmpty())
            continue;
        *out << Finding{Finding::Severity::Error, QStringLiteral("nic-unknown"), node.serverAddress, -1,
                              QStringLiteral("nic"),
                              tr("The NIC of this server is not known; HCCL_SOCKET_IFNAME would be a guess."),
                              tr("Read the servers again so that the NIC carrying %1 is found.").arg(node.commAddress())};
    }
}

} // namespace AscendDeck
