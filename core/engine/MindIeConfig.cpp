#include "MindIeConfig.h"

#include "MindIeJsonWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace AscendDeck {

using nlohmann::ordered_json;

namespace {
struct Step
{
    std::string key;
    int index = -1; // >= 0: then an element of the list under key
};

QList<Step> parsePath(const QString &path)
{
    static const QRegularExpression segment(QStringLiteral("^([^\\[]+)(?:\\[(\\d+)\\])?$"));
    QList<Step> steps;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = segment.match(part);
        Step step{m.captured(1).toStdString(), m.hasCaptured(2) ? m.captured(2).toInt() : -1};
        steps << step;
    }
    return steps;
}

const QString kServer = QStringLiteral("ServerConfig.");
const QString kBackend = QStringLiteral("BackendConfig.");
const QString kDeploy = QStringLiteral("BackendConfig.ModelDeployConfig.");
const QString kModel = QStringLiteral("BackendConfig.ModelDeployConfig.ModelConfig[0].");
const QString kSchedule = QStringLiteral("BackendConfig.ScheduleConfig.");

ordered_json deviceIds(const QList<int> &ids)
{
    ordered_json inner = ordered_json::array();
    for (int id : ids)
        inner.push_back(id);
    return ordered_json::array({inner});
}
} // namespace

MindIeConfig MindIeConfig::fromText(const QByteArray &text, QString *error)
{
    MindIeConfig config;
    try {
        config.m_doc = ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, true, true);
    } catch (const ordered_json::parse_error &e) {
        *error = QCoreApplication::translate("MindIeConfig", "config.json is not valid JSON: %1")
                     .arg(QString::fromUtf8(e.what()));
        return {};
    }
    if (!config.m_doc.is_object()) {
        *error = QCoreApplication::translate("MindIeConfig", "config.json is not a JSON object.");
        return {};
    }
    return config;
}

ordered_json MindIeConfig::value(const QString &path) const
{
    const ordered_json *at = &m_doc;
    for (const Step &step : parsePath(path)) {
        if (!at->is_object() || !at->contains(step.key))
            return nullptr;
        at = &at->at(step.key);
        if (step.index >= 0) {
            if (!at->is_array() || size_t(step.index) >= at->size())
                return nullptr;
            at = &at->at(size_t(step.index));
        }
    }
    return *at;
}

// Missing objects and list elements on the way are created, so a trimmed config still gets the field.
void MindIeConfig::setValue(const QString &path, const ordered_json &value)
{
    ordered_json *at = &m_doc;
    for (const Step &step : parsePath(path)) {
        if (!at->is_object())
            *at = ordered_json::object();
        at = &(*at)[step.key];
        if (step.index >= 0) {
            if (!at->is_array())
                *at = ordered_json::array();
            while (at->size() <= size_t(step.index))
                at->push_back(ordered_json::object());
            at = &(*at)[size_t(step.index)];
        }
    }
    *at = value;
}

QStringList MindIeConfig::appliedPaths()
{
    return {kServer + QStringLiteral("ipAddress"), kServer + QStringLiteral("managementIpAddress"),
            kServer + QStringLiteral("port"), kServer + QStringLiteral("managementPort"),
            kServer + QStringLiteral("metricsPort"), kServer + QStringLiteral("allowAllZeroIpListening"),
            kServer + QStringLiteral("httpsEnabled"), kServer + QStringLiteral("interCommTLSEnabled"),
            kBackend + QStringLiteral("npuDeviceIds"), kBackend + QStringLiteral("multiNodesInferEnabled"),
            kBackend + QStringLiteral("interNodeTLSEnabled"), kDeploy + QStringLiteral("maxSeqLen"),
            kDeploy + QStringLiteral("maxInputTokenLen"), kModel + QStringLiteral("modelName"),
            kModel + QStringLiteral("modelWeightPath"), kModel + QStringLiteral("worldSize"),
            kSchedule + QStringLiteral("maxPrefillBatchSize"), kSchedule + QStringLiteral("maxPrefillTokens"),
            kSchedule + QStringLiteral("maxBatchSize"), kSchedule + QStringLiteral("maxIterTimes")};
}

void MindIeConfig::apply(const EngineSettings &s, const ClusterNode &node, const EngineCluster &cluster)
{
    // Every node gets the master's address, as the seeds do: only the master serves the API, and
    // MIES_CONTAINER_IP tells each daemon which server it is.
    const QString serving = cluster.isMultiNode() ? cluster.master().serverAddress : node.serverAddress;
    const QString listen = s.listenAddress.isEmpty() ? serving : s.listenAddress;
    setValue(kServer + QStringLiteral("ipAddress"), listen.toStdString());
    // Management and metrics stay on a real address: they are for the console, never for the world.
    setValue(kServer + QStringLiteral("managementIpAddress"), serving.toStdString());
    setValue(kServer + QStringLiteral("port"), s.port);
    setValue(kServer + QStringLiteral("managementPort"), s.managementPort);
    setValue(kServer + QStringLiteral("metricsPort"), s.metricsPort);
    setValue(kServer + QStringLiteral("allowAllZeroIpListening"), s.allowAllZeroIpListening);
    setValue(kServer + QStringLiteral("httpsEnabled"), s.httpsEnabled);
    setValue(kServer + QStringLiteral("interCommTLSEnabled"), s.interCommTlsEnabled);
    setValue(kBackend + QStringLiteral("npuDeviceIds"), deviceIds(node.npuIds));
    setValue(kBackend + QStringLiteral("multiNodesInferEnabled"), cluster.isMultiNode());
    setValue(kBackend + QStringLiteral("interNodeTLSEnabled"), s.interNodeTlsEnabled);
    setValue(kDeploy + QStringLiteral("maxSeqLen"), s.maxSeqLen);
    setValue(kDeploy + QStringLiteral("maxInputTokenLen"), s.maxInputTokenLen);
    setValue(kModel + QStringLiteral("modelName"), s.modelName.toStdString());
    setValue(kModel + QStringLiteral("modelWeightPath"), s.effectiveContainerModelPath().toStdString());
    // worldSize counts the NPUs of one server, not of the cluster (MindIE recomputes the total from the
    // rank table); the seeds' 2x8 deployments all say 8.
    setValue(kModel + QStringLiteral("worldSize"), int(node.npuIds.size()));
    setValue(kSchedule + QStringLiteral("maxPrefillBatchSize"), s.maxPrefillBatchSize);
    setValue(kSchedule + QStringLiteral("maxPrefillTokens"), s.maxPrefillTokens);
    setValue(kSchedule + QStringLiteral("maxBatchSize"), s.maxBatchSize);
    setValue(kSchedule + QStringLiteral("maxIterTimes"), s.maxIterTimes);
}

QByteArray MindIeConfig::toJson() const
{
    return MindIeJsonWriter::write(m_doc);
}

} // namespace AscendDeck
