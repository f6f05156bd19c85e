#include "RankTableMerger.h"

#include "ranktable/PythonJsonWriter.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace AscendDeck {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString text(const nlohmann::ordered_json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString::fromStdString(value.dump());
}

// 1-based line of a byte offset, for "file.json, line 12: ..." messages.
int lineOf(const QByteArray &data, std::size_t byte)
{
    const qsizetype end = qMin(static_cast<qsizetype>(byte), data.size());
    return static_cast<int>(data.left(end).count('\n')) + 1;
}

// Python's int() on a string: surrounding blanks, a sign, digits with single '_' between them.
bool pythonInt(const QString &value, long long *out)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d+(_\\d+)*$"));
    const QString trimmed = value.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return false;
    bool ok = false;
    *out = QString(trimmed).remove(QLatin1Char('_')).toLongLong(&ok);
    return ok;
}
} // namespace

std::optional<RankTableMerger::Result> RankTableMerger::merge(const QList<Input> &inputs, Mode mode, QString *error)
{
    if (inputs.isEmpty()) {
        fail(error, tr("nothing to merge: give at least one rank table"));
        return std::nullopt;
    }
    QList<Json> tables;
    long long declared = 0;
    for (const Input &input : inputs) {
        Json table;
        long long count = 0;
        if (!load(input, &table, error) || !declaredServerCount(input, table, &count, error))
            return std::nullopt;
        declared += count;
        tables.append(table);
    }
    const QString version10 = QStringLiteral("1.0");
    QString version = version10;
    if (mode == Mode::AscendDeck
        && (!checkUniqueServers(inputs, tables, error) || !mergedVersion(inputs, tables, &version, error)))
        return std::nullopt;

    Json servers = Json::array();
    int rank = 0;
    for (int i = 0; i < tables.size(); ++i) {
        Json &list = tables[i]["server_list"];
        if (!renumber(inputs.at(i), &list, &rank, error))
            return std::nullopt;
        for (const Json &server : list)
            servers.push_back(mode == Mode::AscendDeck ? withContainerIp(server) : server);
    }
    Result result;
    result.serverCount = mode == Mode::AscendDeck ? static_cast<long long>(servers.size()) : declared;
    result.rankCount = rank;
    Json root = Json::object();
    root["version"] = version.toStdString();
    root["server_count"] = std::to_string(result.serverCount);
    root["server_list"] = servers;
    root["status"] = "completed";
    if (version != version10)
        root["super_pod_list"] = mergedSuperPods(tables);
    if (!PythonJsonWriter::write(root, &result.json, error))
        return std::nullopt;
    result.fileName = QStringLiteral("hccl_%1s_%2p.json").arg(result.serverCount).arg(rank);
    return result;
}

bool RankTableMerger::load(const Input &input, Json *table, QString *error)
{
    try {
        *table = Json::parse(input.data.constBegin(), input.data.constEnd());
    } catch (const Json::parse_error &e) {
        return fail(error, tr("%1, line %2: not valid JSON (%3)")
                               .arg(input.name).arg(lineOf(input.data, e.byte)).arg(QString::fromUtf8(e.what())));
    }
    if (!table->is_object())
        return fail(error, tr("%1: a rank table must be a JSON object").arg(input.name));
    if (!table->contains("server_list") || !(*table)["server_list"].is_array())
        return fail(error, tr("%1: \"server_list\" is missing or not a list").arg(input.name));
    return true;
}

// The script adds up int(server_count) of every input, so we accept exactly what Python's int() accepts.
bool RankTableMerger::declaredServerCount(const Input &input, const Json &table, long long *count, QString *error)
{
    const auto found = table.find("server_count");
    if (found == table.end())
        return fail(error, tr("%1: \"server_count\" is missing").arg(input.name));
    if (found->is_number_integer() || found->is_boolean()) {
        *count = found->is_boolean() ? found->get<bool>() : found->get<long long>();
        return true;
    }
    if (found->is_number_float()) {
        *count = static_cast<long long>(found->get<double>());
        return true;
    }
    if (found->is_string() && pythonInt(text(*found), count))
        return true;
    return fail(error, tr("%1: \"server_count\" is not a whole number: %2").arg(input.name, text(*found)));
}

bool RankTableMerger::renumber(const Input &input, Json *servers, int *nextRank, QString *error)
{
    for (std::size_t s = 0; s < servers->size(); ++s) {
        Json &server = (*servers)[s];
        const QString where = tr("%1: server_list[%2]").arg(input.name).arg(s);
        if (!server.is_object())
            return fail(error, tr("%1 is not an object").arg(where));
        const QString serverId = server.contains("server_id") ? text(server["server_id"]) : tr("(no server_id)");
        if (!server.contains("device") || !server["device"].is_array())
            return fail(error, tr("%1 (server %2): \"device\" is missing or not a list").arg(where, serverId));
        Json &devices = server["device"];
        for (std::size_t d = 0; d < devices.size(); ++d) {
            if (!devices[d].is_object())
                return fail(error, tr("%1 (server %2): device[%3] is not an object").arg(where, serverId).arg(d));
            devices[d]["rank_id"] = std::to_string((*nextRank)++);
        }
    }
    return true;
}

// container_ip right after server_id, where hccl_tools.py puts it.
RankTableMerger::Json RankTableMerger::withContainerIp(const Json &server)
{
    const auto current = server.find("container_ip");
    const auto serverId = server.find("server_id");
    const bool missing = current == server.end() || (current->is_string() && current->get<std::string>().empty());
    if (!missing || serverId == server.end())
        return server;
    Json out = Json::object();
    for (auto it = server.begin(); it != server.end(); ++it) {
        if (it.key() == "container_ip")
            continue;
        out[it.key()] = it.value();
        if (it.key() == "server_id")
            out["container_ip"] = it.value();
    }
    return out;
}

bool RankTableMerger::checkUniqueServers(const QList<Input> &inputs, const QList<Json> &tables, QString *error)
{
    QMap<QString, QString> seenIn;
    for (int i = 0; i < tables.size(); ++i) {
        for (const Json &server : tables.at(i)["server_list"]) {
            if (!server.is_object() || !server.contains("server_id"))
                continue; // renumber() reports the shape problem
            const QString id = text(server["server_id"]);
            if (seenIn.contains(id))
                return fail(error, tr("server %1 is in both %2 and %3").arg(id, seenIn.value(id), inputs.at(i).name));
            seenIn.insert(id, inputs.at(i).name);
        }
    }
    return true;
}

// A v1.2 table without super_device_id is refused by HCCL, so v1.0 and v1.2 inputs do not mix.
bool RankTableMerger::mergedVersion(const QList<Input> &inputs, const QList<Json> &tables, QString *version,
                                    QString *error)
{
    QString first;
    for (int i = 0; i < tables.size(); ++i) {
        const auto found = tables.at(i).find("version");
        const QString current = found == tables.at(i).end() ? QStringLiteral("1.0") : text(*found);
        if (current != QLatin1String("1.0") && current != QLatin1String("1.2"))
            return fail(error, tr("%1: version %2 cannot be merged (only 1.0 and 1.2)").arg(inputs.at(i).name, current));
        if (i > 0 && current != first)
            return fail(error, tr("%1 is version %2 but %3 is version %4: they cannot be merged")
                                   .arg(inputs.at(i).name, current, inputs.at(0).name, first));
        first = current;
    }
    *version = first;
    return true;
}

// Pods with the same super_pod_id in several inputs become one pod listing all their servers.
RankTableMerger::Json RankTableMerger::mergedSuperPods(const QList<Json> &tables)
{
    Json pods = Json::array();
    for (const Json &table : tables) {
        const auto list = table.find("super_pod_list");
        if (list == table.end() || !list->is_array())
            continue;
        for (const Json &pod : *list) {
            auto same = std::find_if(pods.begin(), pods.end(), [&pod](const Json &known) {
                return pod.is_object() && known.is_object() && known.value("super_pod_id", Json()) == pod.value("super_pod_id", Json());
            });
            if (same == pods.end() || !pod.contains("server_list") || !(*same)["server_list"].is_array()) {
                pods.push_back(pod);
                continue;
            }
            for (const Json &member : pod["server_list"])
                (*same)["server_list"].push_back(member);
        }
    }
    return pods;
}

} // namespace AscendDeck
