#pragma once

#include "ClusterNode.h"
#include "EngineCluster.h"
#include "EngineSettings.h"
#include "EnvList.h"

#include <QList>
#include <QStringList>

namespace AscendDeck {

// `docker run` for an engine container on one Ascend server: the NPU devices (or --privileged=true), the
// driver files the CANN inside the image needs from the host, the model, host networking (HCCL and the
// engines talk over the host's NICs) and a big /dev/shm. Kept as option groups so that the launch script can
// put one option per line and stay readable and byte-stable.
class DockerRunBuilder
{
public:
    DockerRunBuilder(const EngineSettings &settings, const ClusterNode &node);

    // Everything for node nodeIndex of the cluster: environment, mounts and command of its engine.
    static DockerRunBuilder forEngine(const EngineSettings &settings, const EngineCluster &cluster, int nodeIndex);
    // Runs argv inside the container after sourcing whichever Ascend set_env.sh scripts the image has.
    static QStringList wrapWithAscendEnv(EngineSettings::Kind kind, const QStringList &argv);

    void setEnvironment(const EnvList &env) { m_env = env; }
    void addMount(const QString &hostPath, const QString &containerPath, bool readOnly);
    void setCommand(const QStringList &argv) { m_command = argv; }

    QList<QStringList> groups() const;
    QStringList argv() const;

private:
    QList<QStringList> deviceGroups() const;
    QList<QStringList> networkGroups() const;

    EngineSettings m_settings;
    ClusterNode m_node;
    EnvList m_env;
    QStringList m_mounts; // "host:container[:ro]"
    QStringList m_command;
};

} // namespace AscendDeck
