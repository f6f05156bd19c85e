#include "RankTableFinding.h"

#include <algorithm>

namespace AscendDeck {

nlohmann::ordered_json RankTableFinding::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["severity"] = isError() ? "error" : "warning";
    json["rule"] = rule.toStdString();
    json["server"] = serverId.toStdString();
    json["device"] = deviceId.toStdString();
    json["message"] = message.toStdString();
    return json;
}

QByteArray RankTableFinding::listToJson(const QList<RankTableFinding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const RankTableFinding &finding : findings)
        list.push_back(finding.toJson());
    return QByteArray::fromStdString(list.dump(2)) + '\n';
}

bool RankTableFinding::hasError(const QList<RankTableFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const RankTableFinding &f) { return f.isError(); });
}

} // namespace AscendDeck
