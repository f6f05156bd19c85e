#pragma once

// Runs the simulated vLLM (tests/sim/engine) as a plain local process on a loopback address, with its
// own state folder, as tests/sim/test_engine.py does: an OpenAI API and /metrics without any SSH, and a
// requests.log that says what the engine really served. Used by the sim tests of the monitor and the
// load test.

#include "SimCluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class SimEngineProcess
{
public:
    ~SimEngineProcess() { stop(); }

    // Starts `vllm serve` on host:port and returns once Uvicorn says it listens (or false). extraArgs go
    // to `vllm serve` (e.g. --max-num-seqs 4: the batch slots, beyond which requests queue).
    bool start(const QString &host, int port, const QString &itlSeconds = QStringLiteral("0.01"),
               const QStringList &extraArgs = {})
    {
        const QString root = m_dir.path();
        const QString engine = SimCluster::sourceDir() + QStringLiteral("/tests/sim/engine");
        const QString simlib = SimCluster::sourceDir() + QStringLiteral("/tests/sim/simlib");
        if (!makeModel(root + QStringLiteral("/models/Qwen3-8B")) || !makeState(simlib, host))
            return false;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASCEND_SIM_STATE_DIR"), stateDir());
        env.insert(QStringLiteral("ASCEND_SIM_FABRIC_DIR"), root + QStringLiteral("/no-fabric"));
        env.insert(QStringLiteral("ASCEND_SIM_ENGINE_DIR"), engine);
        env.insert(QStringLiteral("ASCEND_SIM_LOAD_SECONDS"), QStringLiteral("0.2"));
        env.insert(QStringLiteral("ASCEND_SIM_ITL"), itlSeconds);
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList args{engine + QStringLiteral("/vllm"), QStringLiteral("serve"), root + QStringLiteral("/models/Qwen3-8B"),
                               QStringLiteral("--served-model-name"), QStringLiteral("qwen3"), QStringLiteral("--host"), host,
                               QStringLiteral("--port"), QString::number(port), QStringLiteral("--tensor-parallel-size"),
                               QStringLiteral("8")};
        m_process.start(QStringLiteral("python3"), args + extraArgs);
        return QTest::qWaitFor([this] { return output().contains("Uvicorn running") || m_process.state() == QProcess::NotRunning; },
                               30000)
               && output().contains("Uvicorn running");
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }

    QByteArray output()
    {
        m_output += m_process.readAll();
        return m_output;
    }
    QString stateDir() const { return m_dir.path() + QStringLiteral("/state"); }

    // requests.log: one JSON object per request the engine finished or aborted.
    QList<QJsonObject> requests() const
    {
        QFile file(stateDir() + QStringLiteral("/requests.log"));
        QList<QJsonObject> result;
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                result.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }

private:
    bool makeModel(const QString &dir)
    {
        if (!QDir().mkpath(dir))
            return false;
        QFile config(dir + QStringLiteral("/config.json"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(R"({"architectures": ["Qwen3ForCausalLM"]})");
        QFile weights(dir + QStringLiteral("/model-00001-of-00001.safetensors"));
        // Sparse: 16 GiB apparent size fits the simulated HBM without using the disk.
        return weights.open(QIODevice::WriteOnly) && weights.resize(16LL << 30);
    }

    bool makeState(const QString &simlib, const QString &host)
    {
        QDir().mkpath(stateDir());
        const QString script = QStringLiteral("import sys, json; sys.path.insert(0, sys.argv[1]); import simstate; "
                                              "json.dump(simstate.default_state(0, 'sim-01', sys.argv[2], 22, preset_ips=True), "
                                              "open(sys.argv[3], 'w'))");
        return QProcess::execute(QStringLiteral("python3"), {QStringLiteral("-c"), script, simlib, host,
                                                              stateDir() + QStringLiteral("/state.json")}) == 0;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
};
