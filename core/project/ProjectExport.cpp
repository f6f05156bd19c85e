#include "ProjectExport.h"

#include "ProjectFile.h"

#include "base/ShellQuote.h"
#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "engine/LaunchScript.h"
#include "engine/MindIeConfig.h"
#include "engine/MindIeEnvironment.h"
#include "engine/VllmCommandBuilder.h"
#include "network/HccnCommandRenderer.h"
#include "network/HccnPlan.h"
#include "ranktable/RankTableAssembly.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>

namespace AscendDeck {

namespace {
// Host names become folder names: keep them readable but safe.
QString folderName(const QString &host)
{
    QString name = host;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return name;
}

QByteArray envFile(const EnvList &env)
{
    QByteArray out;
    for (const auto &pair : env)
        out += (pair.first + QLatin1Char('=') + shellQuote(pair.second)).toUtf8() + '\n';
    return out;
}

bool readPlan(const Project &project, HccnPlan *plan, QStringList *problems)
{
    if (project.network.empty())
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(project.network.dump()));
    QString error;
    if (!HccnPlan::fromJson(doc.object(), plan, &error)) {
        problems->append(QObject::tr("network: %1").arg(error));
        return false;
    }
    return true;
}

void addNetworkFiles(const HccnPlan &plan, ProjectExport::Result *result)
{
    for (const HccnServerPlan &server : plan.servers) {
        const QString dir = QStringLiteral("network/") + folderName(server.host) + QLatin1Char('/');
        result->files.insert(dir + QStringLiteral("hccn.sh"),
                             HccnCommandRenderer::script(server.host, HccnCommandRenderer::render(server)).toUtf8());
        result->files.insert(dir + QStringLiteral("hccn.conf"), HccnCommandRenderer::hccnConfPreview(server).toUtf8());
    }
}

// The rank table the planned addresses give: exactly what the servers' hccn.conf will say after applying.
void addRankTable(const Project &project, const HccnPlan &plan, const EngineCluster &cluster, ProjectExport::Result *result)
{
    QList<RankTableAssembly::ServerInput> inputs;
    const int master = project.masterIndex();
    for (int i = 0; i < project.servers.size(); ++i) {
        const QString host = project.servers.at(i).host;
        const HccnServerPlan *server = plan.server(host);
        if (!server) {
            result->problems << QObject::tr("rank table: the network plan has no entry for %1").arg(host);
            return;
        }
        const QString address = i < cluster.size() ? cluster.nodes.at(i).serverAddress : host;
        inputs.append({address, HccnCommandRenderer::hccnConfPreview(*server).toUtf8()});
    }
    if (master > 0)
        inputs.move(master, 0);
    const RankTableAssembly::Result table = RankTableAssembly::assemble(inputs);
    if (!table.error.isEmpty()) {
        result->problems << QObject::tr("rank table: %1").arg(table.error);
        return;
    }
    for (const Finding &finding : table.findings) {
        if (finding.isError())
            result->problems << QObject::tr("rank table: %1").arg(finding.message);
    }
    result->files.insert(QStringLiteral("ranktable/") + table.fileName, table.json);
}

void addEngineFiles(const Project &project, const EngineSettings &settings, const EngineCluster &cluster,
                    const QByteArray &baseConfig, ProjectExport::Result *result)
{
    const VllmCommandBuilder vllm(settings, cluster);
    for (int i = 0; i < cluster.size(); ++i) {
        const QString host = i < project.servers.size() ? project.servers.at(i).host : cluster.nodes.at(i).serverAddress;
        const QString dir = QStringLiteral("engine/") + folderName(host) + QLatin1Char('/');
        if (settings.kind == EngineSettings::Kind::MindIE) {
            QString error;
            MindIeConfig config = MindIeConfig::fromText(baseConfig, &error);
            if (config.isNull()) {
                result->problems << QObject::tr("engine: the default config.json: %1").arg(error);
                return;
            }
            config.apply(settings, cluster.nodes.at(i), cluster);
            result->files.insert(dir + QStringLiteral("config.json"), config.toJson());
            result->files.insert(dir + QStringLiteral("engine.env"), envFile(MindIeEnvironment::forNode(settings, cluster.nodes.at(i), cluster)));
        } else {
            result->files.insert(dir + QStringLiteral("engine.env"), envFile(vllm.environment(i)));
        }
        result->files.insert(dir + QStringLiteral("launch.sh"), LaunchScript::render(settings, cluster, i));
    }
}

QByteArray readme(const Project &project, const ProjectExport::Result &result)
{
    QStringList lines;
    lines << QStringLiteral("# %1: files generated by AscendDeck").arg(project.name.isEmpty() ? QStringLiteral("Deployment") : project.name)
          << QString()
          << QStringLiteral("Regenerate with `ascenddeck-cli export --project project.ascenddeck.json -o .`;")
          << QStringLiteral("the same project always gives the same bytes. To apply by hand, in this order:")
          << QString()
          << QStringLiteral("1. On every server, as root: `sh network/<server>/hccn.sh` (sets each NPU's address, netmask,")
          << QStringLiteral("   gateway, netdetect and TLS switch with hccn_tool); `/etc/hccn.conf` should then match")
          << QStringLiteral("   `network/<server>/hccn.conf`.")
          << QStringLiteral("2. Copy `ranktable/*.json` to every server at the path the engine reads, then `chmod 640` it.")
          << QStringLiteral("3. MindIE: copy `engine/<server>/config.json` to the path the launch script mounts, `chmod 640`.")
          << QStringLiteral("4. Start the master first, then the others: `sh engine/<server>/launch.sh`.")
          << QString()
          << QStringLiteral("Servers:");
    for (const ProjectServer &server : project.servers)
        lines << QStringLiteral("- %1@%2:%3%4").arg(server.user, server.host).arg(server.port).arg(server.master ? QStringLiteral(" (master)") : QString());
    lines << QString() << QStringLiteral("Files:");
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        lines << QStringLiteral("- `%1`").arg(it.key());
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}
} // namespace

QByteArray ProjectExport::defaultMindIeConfig()
{
    QFile file(QStringLiteral(":/ascenddeck/mindie-default-config.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProjectExport::Result ProjectExport::build(const Project &project, const QByteArray &baseMindIeConfig)
{
    Result result;
    result.files.insert(projectFileName(), ProjectFile::serialize(project));
    HccnPlan plan;
    const bool hasPlan = readPlan(project, &plan, &result.problems);
    if (hasPlan)
        addNetworkFiles(plan, &result);
    if (!project.engine.empty()) {
        QString error;
        const EngineSettings settings = EngineSettings::fromProjectSection(project.engine, &error);
        const EngineCluster cluster = EngineCluster::fromJson(project.engine.value("cluster", nlohmann::ordered_json::object()), &error);
        if (!error.isEmpty())
            result.problems << QObject::tr("engine: %1").arg(error);
        else {
            if (hasPlan)
                addRankTable(project, plan, cluster, &result);
            addEngineFiles(project, settings, cluster, baseMindIeConfig.isEmpty() ? defaultMindIeConfig() : baseMindIeConfig, &result);
        }
    }
    result.files.insert(QStringLiteral("README.md"), readme(project, result));
    return result;
}

bool ProjectExport::write(const Result &result, const QString &folder, QString *error)
{
    // Absolute, so that the clean-up below compares like with like (a relative folder made it remove
    // every file it had just written).
    QDir root(QFileInfo(folder).absoluteFilePath());
    if (!root.mkpath(QStringLiteral("."))) {
        *error = QObject::tr("%1: cannot create the folder").arg(folder);
        return false;
    }
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it) {
        const QString path = root.filePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            *error = QObject::tr("%1: %2").arg(path, file.errorString());
            return false;
        }
        // After commit() the QSaveFile no longer names the file: set the mode by path.
        if (it.key().endsWith(QLatin1String(".sh"))
            && !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup)) {
            *error = QObject::tr("%1: cannot make it executable").arg(path);
            return false;
        }
    }
    // Files an earlier export wrote that this project no longer generates (a removed server, say).
    for (const QString &sub : {QStringLiteral("network"), QStringLiteral("ranktable"), QStringLiteral("engine")}) {
        QDirIterator it(root.filePath(sub), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!result.files.contains(root.relativeFilePath(path)))
                QFile::remove(path);
        }
    }
    return true;
}

bool ProjectExport::import(const QString &folder, Project *project, QString *error)
{
    return ProjectFile::load(QDir(folder).filePath(projectFileName()), project, error);
}

} // namespace AscendDeck
