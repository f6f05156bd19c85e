#include "MindIeConfigRules.h"

namespace AscendDeck {

using nlohmann::ordered_json;

namespace {
const QString kMaxSeqLen = QStringLiteral("BackendConfig.ModelDeployConfig.maxSeqLen");
const QString kMaxInput = QStringLiteral("BackendConfig.ModelDeployConfig.maxInputTokenLen");
const QString kModel = QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].");
const QString kPrefillTokens = QStringLiteral("BackendConfig.ScheduleConfig.maxPrefillTokens");
const QString kPrefillBatch = QStringLiteral("BackendConfig.ScheduleConfig.maxPrefillBatchSize");
const QString kBatch = QStringLiteral("BackendConfig.ScheduleConfig.maxBatchSize");
const QString kIterTimes = QStringLiteral("BackendConfig.ScheduleConfig.maxIterTimes");
const QString kDevices = QStringLiteral("BackendConfig.npuDeviceIds");
const QString kMultiNode = QStringLiteral("BackendConfig.multiNodesInferEnabled");

// -1 when the field is absent or not a number: a rule about it then has nothing to say.
qint64 integer(const MindIeConfig &config, const QString &path)
{
    const ordered_json v = config.value(path);
    return v.is_number() ? v.get<qint64>() : -1;
}

QString text(const ordered_json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
}

QString lastKey(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
}

Finding finding(Finding::Severity severity, const char *rule, const QString &node, const QString &field,
                      const QString &message, const QString &fix)
{
    return Finding{severity, QString::fromLatin1(rule), node, -1, field, message, fix};
}
} // namespace

QList<Finding> MindIeConfigRules::check(const MindIeConfig &config, const ClusterNode &node,
                                              const EngineCluster &cluster)
{
    QList<Finding> out;
    checkLengths(config, node.serverAddress, &out);
    checkBatches(config, node.serverAddress, &out);
    checkDevices(config, node, &out);
    checkListening(config, node.serverAddress, &out);
    checkMultiNode(config, node, cluster, &out);
    checkModel(config, node.serverAddress, &out);
    return out;
}

void MindIeConfigRules::checkLengths(const MindIeConfig &config, const QString &node, QList<Finding> *out)
{
    const qint64 seq = integer(config, kMaxSeqLen);
    const qint64 prefill = integer(config, kPrefillTokens);
    const qint64 input = integer(config, kMaxInput);
    const qint64 iter = integer(config, kIterTimes);
    if (seq > 0 && prefill >= 0 && prefill < seq) {
        *out << finding(Finding::Severity::Error, "prefill-tokens-below-seq-len", node, kPrefillTokens,
                        tr("maxPrefillTokens (%1) is smaller than maxSeqLen (%2): a request as long as maxSeqLen "
                           "can never be prefilled.").arg(prefill).arg(seq),
                        tr("Set maxPrefillTokens to at least %1.").arg(seq));
    }
    if (seq > 0 && input > seq) {
        *out << finding(Finding::Severity::Error, "input-longer-than-seq-len", node, kMaxInput,
                        tr("maxInputTokenLen (%1) is larger than maxSeqLen (%2).").arg(input).arg(seq),
                        tr("Lower maxInputTokenLen to at most %1, or raise maxSeqLen.").arg(seq));
    }
    if (seq > 0 && input >= 0 && iter >= 0 && input + iter > seq) {
        *out << finding(Finding::Severity::Warning, "input-plus-output-above-seq-len", node, kIterTimes,
                        tr("maxInputTokenLen (%1) plus maxIterTimes (%2) is more than maxSeqLen (%3): long answers "
                           "to long prompts are cut off.").arg(input).arg(iter).arg(seq),
                        tr("Keep maxInputTokenLen + maxIterTimes at or below maxSeqLen (e.g. %1 + %2).")
                            .arg(seq / 2).arg(seq - seq / 2));
    }
}

void MindIeConfigRules::checkBatches(const MindIeConfig &config, const QString &node, QList<Finding> *out)
{
    const qint64 prefillBatch = integer(config, kPrefillBatch);
    const qint64 batch = integer(config, kBatch);
    if (prefillBatch > 0 && batch > 0 && prefillBatch > batch) {
        *out << finding(Finding::Severity::Warning, "prefill-batch-above-batch", node, kPrefillBatch,
                        tr("maxPrefillBatchSize (%1) is larger than maxBatchSize (%2); only %2 requests can run at "
                           "once anyway.").arg(prefillBatch).arg(batch),
                        tr("Set maxPrefillBatchSize to at most %1.").arg(batch));
    }
}

void MindIeConfigRules::checkDevices(const MindIeConfig &config, const ClusterNode &node, QList<Finding> *out)
{
    const QString worldPath = kModel + QStringLiteral("worldSize");
    const qint64 world = integer(config, worldPath);
    if (world >= 0 && !node.npuIds.isEmpty() && world != node.npuIds.size()) {
        *out << finding(Finding::Severity::Error, "world-size-per-server", node.serverAddress, worldPath,
                        tr("worldSize is %1 but this server uses %2 NPUs; worldSize counts the NPUs of one server.")
                            .arg(world).arg(node.npuIds.size()),
                        tr("Set worldSize to %1.").arg(node.npuIds.size()));
    }
    const ordered_json ids = config.value(kDevices);
    const bool listed = ids.is_array() && !ids.empty() && ids.at(0).is_array();
    if (listed && world >= 0 && qint64(ids.at(0).size()) != world) {
        *out << finding(Finding::Severity::Error, "device-ids-match-world-size", node.serverAddress, kDevices,
                        tr("npuDeviceIds lists %1 NPUs but worldSize is %2; MindIE refuses to start.")
                            .arg(ids.at(0).size()).arg(world),
                        tr("List exactly worldSize NPU ids in npuDeviceIds."));
    }
}

void MindIeConfigRules::checkListening(const MindIeConfig &config, const QString &node, QList<Finding> *out)
{
    if (config.value(QStringLiteral("ServerConfig.allowAllZeroIpListening")) == ordered_json(true))
        return;
    for (const QString &path : {QStringLiteral("ServerConfig.ipAddress"), QStringLiteral("ServerConfig.managementIpAddress")}) {
        if (config.value(path) != ordered_json("0.0.0.0"))
            continue;
        *out << finding(Finding::Severity::Error, "zero-ip-needs-allow", node, path,
                        tr("%1 is 0.0.0.0 but allowAllZeroIpListening is false: the daemon stops with "
                           "\"Failed to init endpoint\".").arg(lastKey(path)),
                        tr("Listen on the server's own address, or set allowAllZeroIpListening to true (only on a "
                           "closed network)."));
    }
}

void MindIeConfigRules::checkMultiNode(const MindIeConfig &config, const ClusterNode &node,
                                       const EngineCluster &cluster, QList<Finding> *out)
{
    const ordered_json multi = config.value(kMultiNode);
    if (!multi.is_boolean() || multi.get<bool>() == cluster.isMultiNode())
        return;
    const QString message = cluster.isMultiNode()
        ? tr("multiNodesInferEnabled is false but the model is deployed on %1 servers.").arg(cluster.size())
        : tr("multiNodesInferEnabled is true but the model runs on one server; MindIE then waits for a rank "
             "table of several servers.");
    *out << finding(Finding::Severity::Error, "multi-node-flag", node.serverAddress, kMultiNode, message,
                    tr("Set multiNodesInferEnabled to %1.")
                        .arg(cluster.isMultiNode() ? QStringLiteral("true") : QStringLiteral("false")));
}

void MindIeConfigRules::checkModel(const MindIeConfig &config, const QString &node, QList<Finding> *out)
{
    const QString path = kModel + QStringLiteral("modelWeightPath");
    const ordered_json weights = config.value(path);
    if (!weights.is_string() || weights.get<std::string>().empty()) {
        *out << finding(Finding::Severity::Error, "model-path-missing", node, path,
                        tr("No model weight path is set."),
                        tr("Set modelWeightPath to the weights folder as the container sees it."));
    }
    if (config.value(QStringLiteral("ServerConfig.httpsEnabled")) == ordered_json(true)) {
        *out << finding(Finding::Severity::Warning, "https-needs-certificates", node,
                        QStringLiteral("ServerConfig.httpsEnabled"),
                        tr("httpsEnabled is true: the daemon needs the server certificate and key under "
                           "mindie-service/security/ or it stops with \"Failed to init endpoint\"."),
                        tr("Import the certificates first, or set httpsEnabled to false on a closed network."));
    }
}

QList<Finding> MindIeConfigRules::checkCluster(const MindIeConfig &base, const EngineSettings &settings,
                                               const EngineCluster &cluster)
{
    QList<Finding> findings;
    QList<QPair<ClusterNode, MindIeConfig>> configs;
    for (const ClusterNode &node : cluster.nodes) {
        MindIeConfig config = base;
        config.apply(settings, node, cluster);
        findings += check(config, node, cluster);
        configs.append({node, config});
    }
    findings += checkAcrossNodes(configs);
    return findings;
}

QList<Finding> MindIeConfigRules::checkAcrossNodes(const QList<QPair<ClusterNode, MindIeConfig>> &configs)
{
    static const QList<QPair<QString, const char *>> mustAgree = {
        {QStringLiteral("ServerConfig.interCommTLSEnabled"), "tls-differs-between-nodes"},
        {QStringLiteral("BackendConfig.interNodeTLSEnabled"), "tls-differs-between-nodes"},
        {QStringLiteral("ServerConfig.httpsEnabled"), "tls-differs-between-nodes"},
        {kModel + QStringLiteral("modelName"), "model-differs-between-nodes"},
        {kModel + QStringLiteral("modelWeightPath"), "model-differs-between-nodes"},
        {kMaxSeqLen, "model-differs-between-nodes"},
    };
    QList<Finding> out;
    if (configs.size() < 2)
        return out;
    for (const auto &[path, rule] : mustAgree) {
        QStringList seen;
        bool differs = false;
        const ordered_json first = configs.first().second.value(path);
        for (const auto &[node, config] : configs) {
            const ordered_json v = config.value(path);
            differs = differs || v != first;
            seen << tr("%1 on %2").arg(text(v), node.serverAddress);
        }
        if (!differs)
            continue;
        const bool tls = qstrcmp(rule, "tls-differs-between-nodes") == 0;
        const QString why = tls ? tr("the nodes fail their handshake (HCCL EI0006 or a TLS error)")
                                : tr("every node must load the same model the same way");
        out << finding(Finding::Severity::Error, rule, QString(), path,
                       tr("%1 is not the same on every node (%2): %3.")
                           .arg(lastKey(path), seen.join(QStringLiteral(", ")), why),
                       tr("Use the same %1 on every node.").arg(lastKey(path)));
    }
    return out;
}

} // namespace AscendDeck
