#pragma once

#include "EnvList.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// What the admin chose for one inference deployment: the engine, its image, the model and how it is split
// over the NPUs. A plain value; the artifacts (config.json, command lines, docker run, scripts) are pure
// functions of it and the cluster. Defaults are those of the seeds' 2x8 910B DeepSeek-R1 deployments.
struct EngineSettings
{
    enum class Kind { MindIE, VllmAscend };

    Kind kind = Kind::MindIE;
    QString image;
    QString containerName = QStringLiteral("ascenddeck-engine");
    QString engineVersion;   // e.g. "2.1.RC2" for MindIE, "0.9.1" for vLLM-Ascend; empty = unknown

    QString modelName;
    QString modelPath;       // on the host
    QString containerModelPath; // inside the container; empty = same as modelPath

    int maxSeqLen = 32768;
    int maxInputTokenLen = 16384;
    int maxPrefillTokens = 32768;
    int maxPrefillBatchSize = 10;
    int maxBatchSize = 200;
    int maxIterTimes = 16384;

    int tensorParallel = 8;
    int dataParallel = 1;
    int expertParallel = 1;  // > 1 turns expert parallelism on
    double memoryFraction = 0.9;

    QString listenAddress;   // empty = the master's address; "0.0.0.0" needs allowAllZeroIpListening
    int port = 1025;         // OpenAI API (MindIE 1025, vLLM usually 8000)
    int managementPort = 1026;
    int metricsPort = 1027;
    int rpcPort = 13389;     // vLLM --data-parallel-rpc-port

    bool httpsEnabled = false;
    bool interCommTlsEnabled = false;
    bool interNodeTlsEnabled = false;
    bool allowAllZeroIpListening = false;

    QString quantization;    // vLLM --quantization, e.g. "ascend"
    QString additionalConfig; // vLLM --additional-config as JSON text
    QStringList extraArgs;   // appended to the vLLM command line as they are

    QString rankTablePath = QStringLiteral("/etc/ascenddeck/ranktable.json");
    QString mindieConfigHostPath = QStringLiteral("/etc/ascenddeck/mindie-config.json");
    QString shmSize = QStringLiteral("500g");
    bool privileged = false; // --privileged=true instead of the device list
    bool hostNetwork = true;
    int hcclConnectTimeout = 7200; // model loading is slow; HCCL's default 120 s is not enough
    EnvList extraEnv;

    QString effectiveContainerModelPath() const
    {
        return containerModelPath.isEmpty() ? modelPath : containerModelPath;
    }
    bool expertParallelEnabled() const { return expertParallel > 1; }

    // Absent keys keep their defaults; a key of the wrong type sets *error naming it ("port: expected an
    // integer").
    static EngineSettings fromJson(const nlohmann::ordered_json &json, QString *error);
    nlohmann::ordered_json toJson() const;
    // toJson() holds every field, so comparing it compares them all (and a new field cannot be forgotten).
    bool operator==(const EngineSettings &other) const { return toJson() == other.toJson(); }
    bool operator!=(const EngineSettings &other) const { return !(*this == other); }
};

} // namespace AscendDeck
