#include "EngineSettings.h"

#include <QCoreApplication>

namespace AscendDeck {

using nlohmann::ordered_json;

namespace {
// Reads the keys present; an absent key keeps the default, a key of the wrong type is an error.
class Reader
{
public:
    explicit Reader(const ordered_json &json) : m_json(json) {}

    void text(const char *key, QString *out) { read(key, &ordered_json::is_string, Expected::Text, [&](const ordered_json &v) {
        *out = QString::fromStdString(v.get<std::string>()); }); }
    void integer(const char *key, int *out) { read(key, &ordered_json::is_number_integer, Expected::Integer, [&](const ordered_json &v) {
        *out = v.get<int>(); }); }
    void number(const char *key, double *out) { read(key, &ordered_json::is_number, Expected::Number, [&](const ordered_json &v) {
        *out = v.get<double>(); }); }
    void flag(const char *key, bool *out) { read(key, &ordered_json::is_boolean, Expected::Flag, [&](const ordered_json &v) {
        *out = v.get<bool>(); }); }
    void list(const char *key, QStringList *out);
    void env(const char *key, EnvList *out);
    QString error() const { return m_error; }

private:
    enum class Expected { Text, Integer, Number, Flag, List, Object };

    static QString expectation(Expected expected)
    {
        switch (expected) {
        case Expected::Text: return QCoreApplication::translate("EngineSettings", "expected a string");
        case Expected::Integer: return QCoreApplication::translate("EngineSettings", "expected an integer");
        case Expected::Number: return QCoreApplication::translate("EngineSettings", "expected a number");
        case Expected::Flag: return QCoreApplication::translate("EngineSettings", "expected true or false");
        case Expected::List: return QCoreApplication::translate("EngineSettings", "expected a list");
        case Expected::Object: return QCoreApplication::translate("EngineSettings", "expected an object");
        }
        return {};
    }

    template<typename Store>
    void read(const char *key, bool (ordered_json::*check)() const noexcept, Expected expected, Store store)
    {
        const auto it = m_json.find(key);
        if (it == m_json.end())
            return;
        if (((*it).*check)())
            store(*it);
        else if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(QString::fromUtf8(key), expectation(expected));
    }

    const ordered_json &m_json;
    QString m_error;
};

void Reader::list(const char *key, QStringList *out)
{
    read(key, &ordered_json::is_array, Expected::List, [&](const ordered_json &v) {
        for (const ordered_json &item : v)
            *out << QString::fromStdString(item.is_string() ? item.get<std::string>() : item.dump());
    });
}

// {"NAME": "value", ...} in the order written.
void Reader::env(const char *key, EnvList *out)
{
    read(key, &ordered_json::is_object, Expected::Object, [&](const ordered_json &v) {
        for (const auto &item : v.items()) {
            const std::string value = item.value().is_string() ? item.value().get<std::string>() : item.value().dump();
            out->append({QString::fromStdString(item.key()), QString::fromStdString(value)});
        }
    });
}

// The additional config may be given as a JSON object (natural in a settings file) or as text.
QString additionalConfigText(const ordered_json &json)
{
    const auto it = json.find("additionalConfig");
    if (it == json.end())
        return {};
    return QString::fromStdString(it->is_string() ? it->get<std::string>() : it->dump());
}
} // namespace

EngineSettings EngineSettings::fromJson(const ordered_json &json, QString *error)
{
    EngineSettings s;
    if (!json.is_object()) {
        *error = QCoreApplication::translate("EngineSettings", "The engine settings are not a JSON object.");
        return s;
    }
    Reader r(json);
    QString kind;
    r.text("engine", &kind);
    if (kind == QLatin1String("vllm-ascend") || kind == QLatin1String("vllm"))
        s.kind = Kind::VllmAscend;
    r.text("image", &s.image);
    r.text("containerName", &s.containerName);
    r.text("engineVersion", &s.engineVersion);
    r.text("modelName", &s.modelName);
    r.text("modelPath", &s.modelPath);
    r.text("containerModelPath", &s.containerModelPath);
    r.integer("maxSeqLen", &s.maxSeqLen);
    r.integer("maxInputTokenLen", &s.maxInputTokenLen);
    r.integer("maxPrefillTokens", &s.maxPrefillTokens);
    r.integer("maxPrefillBatchSize", &s.maxPrefillBatchSize);
    r.integer("maxBatchSize", &s.maxBatchSize);
    r.integer("maxIterTimes", &s.maxIterTimes);
    r.integer("tensorParallel", &s.tensorParallel);
    r.integer("dataParallel", &s.dataParallel);
    r.integer("expertParallel", &s.expertParallel);
    r.number("memoryFraction", &s.memoryFraction);
    r.text("listenAddress", &s.listenAddress);
    r.integer("port", &s.port);
    r.integer("managementPort", &s.managementPort);
    r.integer("metricsPort", &s.metricsPort);
    r.integer("rpcPort", &s.rpcPort);
    r.flag("httpsEnabled", &s.httpsEnabled);
    r.flag("interCommTLSEnabled", &s.interCommTlsEnabled);
    r.flag("interNodeTLSEnabled", &s.interNodeTlsEnabled);
    r.flag("allowAllZeroIpListening", &s.allowAllZeroIpListening);
    r.text("quantization", &s.quantization);
    s.additionalConfig = additionalConfigText(json);
    r.list("extraArgs", &s.extraArgs);
    r.text("rankTablePath", &s.rankTablePath);
    r.text("mindieConfigHostPath", &s.mindieConfigHostPath);
    r.text("shmSize", &s.shmSize);
    r.flag("privileged", &s.privileged);
    r.flag("hostNetwork", &s.hostNetwork);
    r.integer("hcclConnectTimeout", &s.hcclConnectTimeout);
    r.env("extraEnv", &s.extraEnv);
    if (!r.error().isEmpty())
        *error = r.error();
    return s;
}

ordered_json EngineSettings::toJson() const
{
    ordered_json env = ordered_json::object();
    for (const auto &pair : extraEnv)
        env[pair.first.toStdString()] = pair.second.toStdString();
    ordered_json args = ordered_json::array();
    for (const QString &arg : extraArgs)
        args.push_back(arg.toStdString());
    return {{"engine", kind == Kind::MindIE ? "mindie" : "vllm-ascend"}, {"image", image.toStdString()},
            {"containerName", containerName.toStdString()}, {"engineVersion", engineVersion.toStdString()},
            {"modelName", modelName.toStdString()}, {"modelPath", modelPath.toStdString()},
            {"containerModelPath", containerModelPath.toStdString()}, {"maxSeqLen", maxSeqLen},
            {"maxInputTokenLen", maxInputTokenLen}, {"maxPrefillTokens", maxPrefillTokens},
            {"maxPrefillBatchSize", maxPrefillBatchSize}, {"maxBatchSize", maxBatchSize},
            {"maxIterTimes", maxIterTimes}, {"tensorParallel", tensorParallel}, {"dataParallel", dataParallel},
            {"expertParallel", expertParallel}, {"memoryFraction", memoryFraction},
            {"listenAddress", listenAddress.toStdString()}, {"port", port}, {"managementPort", managementPort},
            {"metricsPort", metricsPort}, {"rpcPort", rpcPort}, {"httpsEnabled", httpsEnabled},
            {"interCommTLSEnabled", interCommTlsEnabled}, {"interNodeTLSEnabled", interNodeTlsEnabled},
            {"allowAllZeroIpListening", allowAllZeroIpListening}, {"quantization", quantization.toStdString()},
            {"additionalConfig", additionalConfig.toStdString()}, {"extraArgs", args},
            {"rankTablePath", rankTablePath.toStdString()}, {"mindieConfigHostPath", mindieConfigHostPath.toStdString()},
            {"shmSize", shmSize.toStdString()}, {"privileged", privileged}, {"hostNetwork", hostNetwork},
            {"hcclConnectTimeout", hcclConnectTimeout}, {"extraEnv", env}};
}

} // namespace AscendDeck
