#include "EngineFinding.h"

#include <algorithm>

namespace AscendDeck {

nlohmann::ordered_json EngineFinding::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["severity"] = isError() ? "error" : "warning";
    json["rule"] = rule.toStdString();
    json["node"] = node.toStdString();
    json["field"] = field.toStdString();
    json["message"] = message.toStdString();
    json["fix"] = fix.toStdString();
    return json;
}

QByteArray EngineFinding::listToJson(const QList<EngineFinding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const EngineFinding &finding : findings)
        list.push_back(finding.toJson());
    return QByteArray::fromStdString(list.dump(2)) + '\n';
}

bool EngineFinding::hasError(const QList<EngineFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const EngineFinding &f) { return f.isError(); });
}

} // namespace AscendDeck
