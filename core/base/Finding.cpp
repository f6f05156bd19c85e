#include "Finding.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace AscendDeck {

namespace {
bool sameExceptServer(const Finding &a, const Finding &b)
{
    Finding other = b;
    other.server = a.server;
    return a == other;
}
} // namespace

Finding::Finding(Severity severity_, QString code_, QString server_, int npu_, QString field_, QString message_,
                 QString fix_)
    : severity(severity_)
    , code(std::move(code_))
    , server(std::move(server_))
    , npu(npu_)
    , field(std::move(field_))
    , message(std::move(message_))
    , fix(std::move(fix_))
{
}

bool Finding::operator==(const Finding &other) const
{
    return severity == other.severity && code == other.code && server == other.server && npu == other.npu
        && field == other.field && message == other.message && fix == other.fix && evidence == other.evidence
        && line == other.line && count == other.count;
}

nlohmann::ordered_json Finding::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["severity"] = severityName(severity).toStdString();
    json["code"] = code.toStdString();
    json["server"] = server.toStdString();
    // null rather than -1: a reader should not have to know our sentinel.
    json["npu"] = npu >= 0 ? nlohmann::ordered_json(npu) : nlohmann::ordered_json(nullptr);
    json["field"] = field.toStdString();
    json["message"] = message.toStdString();
    json["fix"] = fix.toStdString();
    if (line > 0 || !evidence.isEmpty()) {
        json["line"] = line;
        json["count"] = count;
        json["evidence"] = evidence.toStdString();
    }
    return json;
}

QByteArray Finding::listToJson(const QList<Finding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Finding &finding : findings)
        list.push_back(finding.toJson());
    return QByteArray::fromStdString(list.dump(2)) + '\n';
}

bool Finding::hasError(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.isError(); });
}

Finding::Severity Finding::worst(const QList<Finding> &findings)
{
    Severity worst = Severity::Info;
    for (const Finding &finding : findings)
        worst = std::min(worst, finding.severity); // Error < Warning < Info
    return worst;
}

int Finding::countOf(const QList<Finding> &findings, Severity severity)
{
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [severity](const Finding &f) { return f.severity == severity; }));
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QList<Finding> Finding::mergeServers(const QList<Finding> &findings)
{
    QList<Finding> merged;
    QList<QStringList> servers;
    for (const Finding &finding : findings) {
        const auto same = std::find_if(merged.begin(), merged.end(),
                                       [&finding](const Finding &known) { return sameExceptServer(known, finding); });
        if (same == merged.end()) {
            merged << finding;
            servers << QStringList{finding.server};
        } else if (!finding.server.isEmpty()) {
            QStringList &names = servers[same - merged.begin()];
            if (!names.contains(finding.server))
                names << finding.server;
        }
    }
    for (int i = 0; i < merged.size(); ++i) {
        servers[i].removeAll(QString());
        merged[i].server = servers.at(i).join(QStringLiteral(", "));
    }
    return merged;
}

} // namespace AscendDeck
