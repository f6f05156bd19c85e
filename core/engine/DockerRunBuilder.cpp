#include "DockerRunBuilder.h"

#include "MindIeEnvironment.h"
#include "VllmCommandBuilder.h"

namespace AscendDeck {

namespace {
const QString kMindieHome = QStringLiteral("/usr/local/Ascend/mindie/latest/mindie-service");

// What the CANN inside the image needs from the host (seeds 001, 002, 004). Read-only: a container has no
// business changing the host's driver or NPU network settings.
const QStringList kHostMounts = {QStringLiteral("/usr/local/Ascend/driver"), QStringLiteral("/usr/local/dcmi"),
                                 QStringLiteral("/usr/local/bin/npu-smi"), QStringLiteral("/etc/ascend_install.info"),
                                 QStringLiteral("/etc/hccn.conf")};
} // namespace

DockerRunBuilder::DockerRunBuilder(const EngineSettings &settings, const ClusterNode &node)
    : m_settings(settings), m_node(node)
{
    for (const QString &path : kHostMounts)
        addMount(path, path, true);
    addMount(settings.modelPath, settings.effectiveContainerModelPath(), true);
}

void DockerRunBuilder::addMount(const QString &hostPath, const QString &containerPath, bool readOnly)
{
    m_mounts << hostPath + QLatin1Char(':') + containerPath + (readOnly ? QStringLiteral(":ro") : QString());
}

QStringList DockerRunBuilder::wrapWithAscendEnv(EngineSettings::Kind kind, const QStringList &argv)
{
    // The images differ in which of these they ship; sourcing only those present works with all of them.
    QString script = QStringLiteral(
        "for f in /usr/local/Ascend/ascend-toolkit/set_env.sh /usr/local/Ascend/nnal/atb/set_env.sh "
        "/usr/local/Ascend/llm_model/set_env.sh /usr/local/Ascend/mindie/set_env.sh; "
        "do if [ -f \"$f\" ]; then . \"$f\"; fi; done; ");
    // The daemon finds conf/ and security/ relative to its bin/ folder, as the docs start it from there.
    if (kind == EngineSettings::Kind::MindIE)
        script += QStringLiteral("cd ") + kMindieHome + QStringLiteral("/bin && ");
    script += QStringLiteral("exec \"$@\"");
    return QStringList{QStringLiteral("bash"), QStringLiteral("-c"), script, QStringLiteral("bash")} + argv;
}

DockerRunBuilder DockerRunBuilder::forEngine(const EngineSettings &s, const EngineCluster &cluster, int nodeIndex)
{
    const ClusterNode &node = cluster.nodes.at(nodeIndex);
    DockerRunBuilder docker(s, node);
    if (s.kind == EngineSettings::Kind::MindIE) {
        docker.setEnvironment(MindIeEnvironment::forNode(s, node, cluster));
        // Writable: the daemon rewrites worldSize and npuDeviceIds from the rank table in multi-node mode.
        docker.addMount(s.mindieConfigHostPath, kMindieHome + QStringLiteral("/conf/config.json"), false);
        if (cluster.isMultiNode())
            docker.addMount(s.rankTablePath, s.rankTablePath, true);
        docker.setCommand(wrapWithAscendEnv(s.kind, {QStringLiteral("./mindieservice_daemon")}));
    } else {
        const VllmCommandBuilder vllm(s, cluster);
        docker.setEnvironment(vllm.environment(nodeIndex));
        docker.setCommand(wrapWithAscendEnv(s.kind, vllm.argv(nodeIndex)));
    }
    return docker;
}

QList<QStringList> DockerRunBuilder::deviceGroups() const
{
    if (m_settings.privileged)
        return {{QStringLiteral("--privileged=true")}};
    QList<int> ids = m_node.npuIds;
    if (ids.isEmpty())
        ids = {0, 1, 2, 3, 4, 5, 6, 7};
    QList<QStringList> groups;
    for (int id : ids)
        groups << QStringList{QStringLiteral("--device"), QStringLiteral("/dev/davinci%1").arg(id)};
    for (const char *dev : {"/dev/davinci_manager", "/dev/devmm_svm", "/dev/hisi_hdc"})
        groups << QStringList{QStringLiteral("--device"), QString::fromLatin1(dev)};
    return groups;
}

// With host networking Docker ignores -p (and warns), so ports are published only without it.
QList<QStringList> DockerRunBuilder::networkGroups() const
{
    if (m_settings.hostNetwork)
        return {{QStringLiteral("--net=host")}};
    QList<QStringList> groups;
    QList<int> ports{m_settings.port};
    if (m_settings.kind == EngineSettings::Kind::MindIE)
        ports << m_settings.managementPort << m_settings.metricsPort;
    for (int port : ports)
        groups << QStringList{QStringLiteral("-p"), QStringLiteral("%1:%1").arg(port)};
    return groups;
}

QList<QStringList> DockerRunBuilder::groups() const
{
    QList<QStringList> groups{{QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-d")},
                              {QStringLiteral("--name"), m_settings.containerName}};
    groups += networkGroups();
    groups += deviceGroups();
    groups << QStringList{QStringLiteral("--shm-size"), m_settings.shmSize};
    for (const auto &pair : m_env)
        groups << QStringList{QStringLiteral("-e"), pair.first + QLatin1Char('=') + pair.second};
    for (const QString &mount : m_mounts)
        groups << QStringList{QStringLiteral("-v"), mount};
    groups << QStringList{m_settings.image};
    if (!m_command.isEmpty())
        groups << m_command;
    return groups;
}

QStringList DockerRunBuilder::argv() const
{
    QStringList all;
    for (const QStringList &group : groups())
        all += group;
    return all;
}

} // namespace AscendDeck
