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
        if (!value.at("port").is_number_integer() || value.at("port").get<int>() < 1 || value.at("port").get<int>() > 65535) {
            *error = QObject::tr("%1.port: expected a number between 1 and 65535").arg(where);
            return false;
        }
        server->port = value.at("port").get<int>();
    }
    for (const char *key : {"user", "name"}) {
        if (value.contains(key) && !value.at(key).is_string()) {
            *error = QObject::tr("%1.%2: expected a string").arg(where, QString::fromLatin1(key));
            return false;
        }
    }
    if (value.contains("user"))
        server->user = qstr(value.at("user"));
    if (value.contains("name"))
        server->name = qstr(value.at("name"));
    if (value.contains("master")) {
        if (!value.at("master").is_boolean()) {
            *error = QObject::tr("%1.master: expected true or false").arg(where);
            return false;
        }
        server->master = value.at("master").get<bool>();
    }
    return true;
}

bool readSection(const json &document, const char *key, json *section, QString *error)
{
    if (!document.contains(key))
        return true;
    if (!document.at(key).is_object()) {
        *error = QObject::tr("%1: expected an object").arg(QString::fromLatin1(key));
        return false;
    }
    *section = document.at(key);
    return true;
}
} // namespace

QByteArray ProjectFile::serialize(const Project &project)
{
    json document;
    document["format"] = kFormat;
    document["schema"] = Project::kSchemaVersion;
    document["name"] = utf8(project.name);
    json servers = json::array();
    for (const ProjectServer &server : project.servers) {
        json entry;
        entry["host"] = utf8(server.host);
        entry["port"] = server.port;
        entry["user"] = utf8(server.user);
        entry["name"] = utf8(server.name);
        entry["master"] = server.master;
        servers.push_back(entry);
    }
    document["servers"] = servers;
    document["network"] = project.network;
    document["engine"] = project.engine;
    return QByteArray::fromStdString(document.dump(2)) + '\n';
}

bool ProjectFile::migrate(json &document, QString *error)
{
    if (!document.contains("schema") || !document.at("schema").is_number_integer()) {
        *error = QObject::tr("schema: missing or not a number");
        return false;
    }
    int schema = document.at("schema").get<int>();
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
    if (schema == 1) {
        // Schema 1 (the prototype) held "hosts": ["user@host:port", ...] and "master": "host".
        json servers = json::array();
        const std::string master = document.value("master", std::string());
        const json hosts = document.value("hosts", json::array());
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
        schema = 2;
    }
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
    if (!document.is_object() || document.value("format", std::string()) != kFormat) {
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
    if (!readSection(document, "network", &loaded.network, error) || !readSection(document, "engine", &loaded.engine, error))
        return false;
    *project = loaded;
    return true;
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    json check = json::object();
    check["network"] = project.network;
    check["engine"] = project.engine;
    const QString secret = findSecret(check, QString());
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
    file.write(serialize(project));
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
