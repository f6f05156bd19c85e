#include "ProjectFile.h"

#include "remote/SshTarget.h"

#include <QFile>
#include <QObject>
#include <QSaveFile>

#include <cctype>

namespace AscendDeck {

using json = nlohmann::ordered_json;

namespace {
const char *const kFormat = "ascenddeck-project";

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString qstr(const json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

// Keys that would hold a secret. A project file is meant for git: none of these may ever be in it.
// Matched on the whole key (ignoring case, '_' and '-') so that e.g. maxPrefillTokens is not a "token".
bool isSecretKey(const std::string &key)
{
    std::string k;
    for (char c : key) {
        if (c != '_' && c != '-')
            k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    static const std::string exact[] = {"token", "apikey", "privatekey", "accesstoken", "authtoken", "bearertoken",
                                        "hftoken", "credentials"};
    for (const std::string &e : exact) {
        if (k == e)
            return true;
    }
    auto endsWith = [&k](const std::string &suffix) {
        return k.size() >= suffix.size() && k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith("password") || endsWith("passwd") || endsWith("passphrase") || endsWith("secret");
}

QString findSecret(const json &value, const QString &path)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString child = path.isEmpty() ? QString::fromStdString(it.key())
                                                 : path + QLatin1Char('.') + QString::fromStdString(it.key());
            if (isSecretKey(it.key()))
                return child;
            const QString found = findSecret(it.value(), child);
            if (!found.isEmpty())
                return found;
        }
    } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i) {
            const QString found = findSecret(value.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

int lineOfOffset(const QByteArray &data, size_t offset)
{
    const qsizetype end = qMin<qsizetype>(static_cast<qsizetype>(offset), data.size());
    return static_cast<int>(data.left(end).count('\n')) + 1;
}

// A jump list as `ssh -J` takes it, checked here so that ProjectTargets never meets a bad one.
bool readJump(const json &value, const QString &where, QString *jump, QString *error)
{
    if (!value.is_string()) {
        *error = QObject::tr("%1: expected a string").arg(where);
        return false;
    }
    const QString text = qstr(value);
    QList<SshTarget> hops;
    QString message;
    if (!text.trimmed().isEmpty() && !SshTarget::parseList(text, &hops, &message)) {
        *error = QStringLiteral("%1: %2").arg(where, message);
        return false;
    }
    *jump = text.trimmed();
    return true;
}

bool readServer(const json &value, int index, ProjectServer *server, QString *error)
{
    const QString where = QStringLiteral("servers[%1]").arg(index);
    if (!value.is_object()) {
        *error = QObject::tr("%1: expected an object").arg(where);
        return false;
    }
    if (!value.contains("host") || !value.at("host").is_string() || value.at("host").get<std::string>().empty()) {
        *error = QObject::tr("%1.host: missing or not a non-empty string").arg(where);
        return false;
    }
    server->host = qstr(value.at("host"));
    if (value.contains("port")) {
        if (!value.at("port").is_number_integer()) {
            *error = QObject::tr("%1.port: expected an integer").arg(where);
            return false;
        }
        if (value.at("port").get<int>() < 1 || value.at("port").get<int>() > 65535) {
            *error = QObject::tr("%1.port: expected a number between 1 and 65535").arg(where);
            return false;
        }
        server->port = value.at("port").get<int>();
    }
    for (const char *key : {"user", "name", "via", "sudo"}) {
        if (value.contains(key) && !value.at(key).is_string()) {
            *error = QObject::tr("%1.%2: expected a string").arg(where, QString::fromLatin1(key));
            return false;
        }
    }
    if (value.contains("user"))
        server->user = qstr(value.at("user"));
    if (!SshTarget::isLoginName(server->user)) {
        *error = QObject::tr("%1.user: '%2' has characters no login name has").arg(where, server->user);
        return false;
    }
    if (value.contains("name"))
        server->name = qstr(value.at("name"));
    if (value.contains("via") && !readJump(value.at("via"), where + QStringLiteral(".via"), &server->via, error))
        return false;
    if (value.contains("sudo")) {
        server->sudo = sudoModeFromName(qstr(value.at("sudo")));
        if (!server->sudo) {
            *error = QObject::tr("%1.sudo: expected \"off\", \"nopasswd\" or \"password\"").arg(where);
            return false;
        }
    }
    if (value.contains("master")) {
        if (!value.at("master").is_boolean()) {
            *error = QObject::tr("%1.master: expected true or false").arg(where);
            return false;
        }
        server->master = value.at("master").get<bool>();
    }
    return true;
}

// The object at key, or nullptr when absent; false when it is there but not an object.
bool section(const json &document, const char *key, const json **out, QString *error)
{
    *out = nullptr;
    if (!document.contains(key))
        return true;
    if (!document.at(key).is_object()) {
        *error = QObject::tr("%1: expected an object").arg(QString::fromLatin1(key));
        return false;
    }
    *out = &document.at(key);
    return true;
}

// The error of a section's reader, which names the field inside the section, prefixed with the section.
QString inSection(const char *key, const QString &error)
{
    return QString::fromLatin1(key) + QLatin1Char('.') + error;
}

bool readSections(const json &document, Project *project, QString *error)
{
    const json *network = nullptr;
    const json *engine = nullptr;
    const json *cluster = nullptr;
    if (!section(document, "network", &network, error) || !section(document, "engine", &engine, error)
        || !section(document, "cluster", &cluster, error))
        return false;
    QString message;
    if (network && !HccnPlan::fromJson(*network, &project->network, &message)) {
        *error = inSection("network", message);
        return false;
    }
    if (engine) {
        project->engine = EngineSettings::fromJson(*engine, &message);
        if (!message.isEmpty()) {
            *error = inSection("engine", message);
            return false;
        }
    }
    if (cluster) {
        project->cluster = EngineCluster::fromJson(*cluster, &message);
        if (!message.isEmpty()) {
            *error = inSection("cluster", message);
            return false;
        }
    }
    return true;
}

// Schema 1 (the prototype) held "hosts": ["user@host:port", ...] and "master": "host".
bool migrateFrom1(json &document, QString *error)
{
    json servers = json::array();
    const std::string master = document.contains("master") && document.at("master").is_string()
        ? document.at("master").get<std::string>() : std::string();
    const json hosts = document.contains("hosts") && document.at("hosts").is_array() ? document.at("hosts") : json::array();
    for (size_t i = 0; i < hosts.size(); ++i) {
        SshTarget target;
        QString message;
        if (!hosts.at(i).is_string() || !SshTarget::parse(qstr(hosts.at(i)), &target, &message)) {
            *error = QObject::tr("hosts[%1]: %2").arg(i).arg(message.isEmpty() ? QObject::tr("expected \"user@host:port\"") : message);
            return false;
        }
        json entry;
        entry["host"] = utf8(target.host);
        entry["port"] = target.port > 0 ? target.port : 22;
        entry["user"] = utf8(target.user.isEmpty() ? QStringLiteral("root") : target.user);
        entry["name"] = "";
        entry["master"] = utf8(target.host) == master;
        servers.push_back(entry);
    }
    document.erase("hosts");
    document.erase("master");
    document["servers"] = servers;
    document["schema"] = 2;
    return true;
}

// Schema 2 kept the sections as their modules wrote them: "network" the plan ({} when none), "engine"
// {"settings": {...}, "cluster": {"nodes": [...]}} ({} when none). Schema 3 has the plan, the settings and
// the cluster each at the top, absent when there is none.
bool migrateFrom2(json &document, QString *error)
{
    const json *network = nullptr;
    const json *engine = nullptr;
    if (!section(document, "network", &network, error) || !section(document, "engine", &engine, error))
        return false;
    if (network && network->empty())
        document.erase("network");
    if (engine) {
        const json old = *engine;
        document.erase("engine");
        for (const char *key : {"settings", "cluster"}) {
            if (old.contains(key) && !old.at(key).is_object()) {
                *error = QObject::tr("engine.%1: expected an object").arg(QLatin1String(key));
                return false;
            }
        }
        if (old.contains("settings"))
            document["engine"] = old.at("settings");
        if (old.contains("cluster"))
            document["cluster"] = old.at("cluster");
    }
    document["schema"] = 3;
    return true;
}
} // namespace

json ProjectFile::toDocument(const Project &project)
{
    json document;
    document["format"] = kFormat;
    document["schema"] = Project::kSchemaVersion;
    document["name"] = utf8(project.name);
    if (!project.jump.isEmpty())
        document["jump"] = utf8(project.jump);
    json servers = json::array();
    for (const ProjectServer &server : project.servers) {
        json entry;
        entry["host"] = utf8(server.host);
        entry["port"] = server.port;
        entry["user"] = utf8(server.user);
        entry["name"] = utf8(server.name);
        entry["master"] = server.master;
        // Written only when set, so that a project without them reads the same in older versions.
        if (!server.via.isEmpty())
            entry["via"] = utf8(server.via);
        if (server.sudo)
            entry["sudo"] = utf8(sudoModeName(*server.sudo));
        servers.push_back(entry);
    }
    document["servers"] = servers;
    if (!project.network.isEmpty())
        document["network"] = project.network.toJson();
    if (project.engine)
        document["engine"] = project.engine->toJson();
    if (!project.cluster.nodes.isEmpty())
        document["cluster"] = project.cluster.toJson();
    return document;
}

QByteArray ProjectFile::serialize(const Project &project)
{
    return QByteArray::fromStdString(toDocument(project).dump(2)) + '\n';
}

bool ProjectFile::migrate(json &document, QString *error)
{
    if (!document.contains("schema") || !document.at("schema").is_number_integer()) {
        *error = QObject::tr("schema: missing or not a number");
        return false;
    }
    const int schema = document.at("schema").get<int>();
    if (schema > Project::kSchemaVersion) {
        *error = QObject::tr("schema %1 is newer than this AscendDeck understands (%2): please upgrade AscendDeck")
                     .arg(schema)
                     .arg(Project::kSchemaVersion);
        return false;
    }
    if (schema < 1) {
        *error = QObject::tr("schema %1 is not a valid version").arg(schema);
        return false;
    }
    if (schema == 1 && !migrateFrom1(document, error))
        return false;
    if (schema <= 2 && !migrateFrom2(document, error))
        return false;
    return true;
}

bool ProjectFile::deserialize(const QByteArray &data, Project *project, QString *error)
{
    json document;
    try {
        document = json::parse(data.constData(), data.constData() + data.size());
    } catch (const json::parse_error &e) {
        *error = QObject::tr("line %1: not valid JSON (%2)").arg(lineOfOffset(data, e.byte)).arg(QString::fromUtf8(e.what()));
        return false;
    }
    if (!document.is_object() || !document.contains("format") || document.at("format") != kFormat) {
        *error = QObject::tr("format: not an AscendDeck project (expected \"format\": \"%1\")").arg(QLatin1String(kFormat));
        return false;
    }
    const QString secret = findSecret(document, QString());
    if (!secret.isEmpty()) {
        *error = QObject::tr("%1: project files must not hold secrets; remove this key").arg(secret);
        return false;
    }
    if (!migrate(document, error))
        return false;
    Project loaded;
    if (document.contains("name")) {
        if (!document.at("name").is_string()) {
            *error = QObject::tr("name: expected a string");
            return false;
        }
        loaded.name = qstr(document.at("name"));
    }
    if (document.contains("jump") && !readJump(document.at("jump"), QStringLiteral("jump"), &loaded.jump, error))
        return false;
    const json servers = document.value("servers", json::array());
    if (!servers.is_array()) {
        *error = QObject::tr("servers: expected a list");
        return false;
    }
    for (size_t i = 0; i < servers.size(); ++i) {
        ProjectServer server;
        if (!readServer(servers.at(i), static_cast<int>(i), &server, error))
            return false;
        loaded.servers.append(server);
    }
    if (!readSections(document, &loaded, error))
        return false;
    *project = loaded;
    return true;
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    const json document = toDocument(project);
    const QString secret = findSecret(document, QString());
    if (!secret.isEmpty()) {
        *error = QObject::tr("%1: refusing to write a secret into the project file").arg(secret);
        return false;
    }
    // QSaveFile writes a temporary file and renames it over the target on commit: readers (and a crash)
    // see either the old file or the new one, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QByteArray::fromStdString(document.dump(2)) + '\n');
    if (!file.commit()) {
        *error = QObject::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ProjectFile::load(const QString &path, Project *project, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString message;
    if (!deserialize(file.readAll(), project, &message)) {
        *error = path + QStringLiteral(": ") + message;
        return false;
    }
    return true;
}

} // namespace AscendDeck
