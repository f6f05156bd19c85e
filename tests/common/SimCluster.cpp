#include "SimCluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

QString SimCluster::sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("ASCENDDECK_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(ASCENDDECK_SOURCE_DIR_DEFAULT) : fromEnv;
}

QString SimCluster::simScript()
{
    return sourceDir() + QStringLiteral("/tests/sim/ascend_sim.py");
}

SimCluster::SimCluster() = default;

SimCluster::~SimCluster()
{
    stop();
}

bool SimCluster::runSim(const QStringList &args, QByteArray *out, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList{simScript()} + args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("ascend_sim.py %1: did not finish").arg(args.join(QLatin1Char(' ')));
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("ascend_sim.py %1 failed (%2): %3")
                      .arg(args.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool SimCluster::start(int servers, const QString &firstIp, int port, const QStringList &extraArgs)
{
    QStringList args{QStringLiteral("start"), QStringLiteral("--state"), m_dir.path(), QStringLiteral("--servers"),
                     QString::number(servers), QStringLiteral("--first-ip"), firstIp, QStringLiteral("--port"),
                     QString::number(port)};
    if (!runSim(args + extraArgs, nullptr, 120000))
        return false;
    m_running = true;
    QFile file(m_dir.path() + QStringLiteral("/cluster.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no cluster.json in %1").arg(m_dir.path());
        return false;
    }
    m_json = QJsonDocument::fromJson(file.readAll()).object();
    m_servers.clear();
    const QJsonArray list = m_json.value(QStringLiteral("servers")).toArray();
    for (const auto &value : list) {
        const QJsonObject o = value.toObject();
        Server s;
        s.index = o.value(QStringLiteral("index")).toInt();
        s.name = o.value(QStringLiteral("name")).toString();
        s.host = o.value(QStringLiteral("host")).toString();
        s.port = o.value(QStringLiteral("port")).toInt();
        s.user = o.value(QStringLiteral("user")).toString();
        s.password = o.value(QStringLiteral("password")).toString();
        s.fingerprint = o.value(QStringLiteral("host_key_fingerprint")).toString();
        m_servers.append(s);
    }
    return m_servers.size() == servers;
}

bool SimCluster::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return runSim({QStringLiteral("stop"), QStringLiteral("--state"), m_dir.path()});
}

bool SimCluster::restart(int index, bool newHostKey)
{
    QStringList args{QStringLiteral("restart"), QStringLiteral("--state"), m_dir.path(), QStringLiteral("--server"),
                     QString::number(index)};
    if (newHostKey)
        args << QStringLiteral("--new-host-key");
    return runSim(args);
}

bool SimCluster::drop(int index)
{
    return runSim({QStringLiteral("drop"), QStringLiteral("--state"), m_dir.path(), QStringLiteral("--server"),
                   QString::number(index)});
}

bool SimCluster::fault(int index, const QString &knob, bool clear)
{
    QStringList args{QStringLiteral("fault"), QStringLiteral("--state"), m_dir.path(), QStringLiteral("--server"),
                     QString::number(index)};
    if (clear)
        args << QStringLiteral("--clear");
    return runSim(args << knob);
}

QByteArray SimCluster::inspect(int index, const QStringList &command, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList{simScript(), QStringLiteral("exec"), QStringLiteral("--state"),
                                                         m_dir.path(), QStringLiteral("--server"),
                                                         QString::number(index), QStringLiteral("--")}
                                                 + command);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

QString SimCluster::passphraseIdentityFile() const
{
    return identityFile() + QStringLiteral("_pass");
}

QString SimCluster::passphrase() const
{
    return QStringLiteral("sim-passphrase");
}

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject bastionOf(const QString &stateDir)
{
    return QJsonDocument::fromJson(readAll(stateDir + QStringLiteral("/cluster.json"))).object().value(QStringLiteral("bastion")).toObject();
}
} // namespace

QStringList SimCluster::labAccessArgs(const QString &loginUser, const QString &sudoPassword)
{
    return {QStringLiteral("--login-user"), loginUser, QStringLiteral("--sudo-password"), sudoPassword, QStringLiteral("--bastion")};
}

QString SimCluster::bastionLogin() const
{
    const QJsonObject bastion = bastionOf(stateDir());
    return bastion.isEmpty() ? QString() : QStringLiteral("root@") + bastion.value(QStringLiteral("host")).toString();
}

QString SimCluster::knownHostsWithBastion() const
{
    const QJsonObject bastion = bastionOf(stateDir());
    if (bastion.isEmpty())
        return {};
    const QString path = stateDir() + QStringLiteral("/known_hosts_with_bastion");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(readAll(knownHostsFile()) + readAll(bastion.value(QStringLiteral("known_hosts")).toString()));
    return path;
}

QByteArray SimCluster::sudoLog(int index) const
{
    return readAll(stateDir() + QStringLiteral("/srv%1/etc-upper/ascend-sim/sudo.log").arg(index));
}

AscendDeck::SshTarget SimCluster::target(int index) const
{
    const Server &s = m_servers.at(index);
    AscendDeck::SshTarget t;
    t.host = s.host;
    t.port = s.port;
    t.user = s.user;
    return t;
}

QList<AscendDeck::SshTarget> SimCluster::targets() const
{
    QList<AscendDeck::SshTarget> list;
    for (int i = 0; i < m_servers.size(); ++i)
        list << target(i);
    return list;
}

AscendDeck::Project SimCluster::project() const
{
    AscendDeck::Project project;
    for (const AscendDeck::SshTarget &t : targets()) {
        AscendDeck::ProjectServer server;
        server.host = t.host;
        server.port = t.port;
        server.user = t.user;
        server.master = project.servers.isEmpty();
        project.servers << server;
    }
    return project;
}

AscendDeck::EngineCluster SimCluster::engineCluster(const QString &nicName) const
{
    AscendDeck::EngineCluster cluster;
    for (int i = 0; i < m_servers.size(); ++i) {
        AscendDeck::ClusterNode node;
        node.serverAddress = m_servers.at(i).host;
        node.nicName = nicName;
        node.npuIds = {0, 1, 2, 3, 4, 5, 6, 7};
        node.isMaster = i == 0;
        cluster.nodes << node;
    }
    return cluster;
}

AscendDeck::EngineSettings SimCluster::engineSettings(AscendDeck::EngineSettings::Kind kind)
{
    AscendDeck::EngineSettings s;
    s.kind = kind;
    s.modelName = QStringLiteral("deepseek-r1");
    s.modelPath = QStringLiteral("/data/models/DeepSeek-R1");
    s.tensorParallel = 8;
    s.hcclConnectTimeout = 30;
    s.extraEnv = {{QStringLiteral("ASCEND_SIM_LOAD_SECONDS"), QStringLiteral("1")},
                  {QStringLiteral("VLLM_ENGINE_READY_TIMEOUT_S"), QStringLiteral("30")}};
    if (kind == AscendDeck::EngineSettings::Kind::MindIE) {
        s.image = QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts");
        s.engineVersion = QStringLiteral("2.1.RC1");
        // mindieConfigHostPath stays the default (/etc/ascenddeck/...), not the image's own conf/config.json:
        // the simulated docker maps the -v mount over the image's file as Docker does, so a launch that does
        // not mount the generated config reads the image's default and fails, as on a real server.
    } else {
        s.image = QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.1");
        s.engineVersion = QStringLiteral("0.9.1");
        s.port = 8000;
        s.dataParallel = 2;
        s.expertParallel = 16;
        s.quantization = QStringLiteral("ascend");
    }
    return s;
}

AscendDeck::SessionOptions SimCluster::sessionOptions() const
{
    AscendDeck::SessionOptions options;
    options.knownHostsFile = knownHostsFile();
    options.credentials.identityFile = identityFile();
    options.credentials.useAgent = false;
    options.sshConfigFile = QStringLiteral("/dev/null");
    return options;
}
