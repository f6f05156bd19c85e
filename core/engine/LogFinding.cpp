#include "LogFinding.h"

namespace AscendDeck {

nlohmann::ordered_json LogFinding::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["pattern"] = patternId.toStdString();
    json["severity"] = LogPattern::severityName(severity).toStdString();
    json["engine"] = engine.toStdString();
    json["line"] = lineNumber;
    json["count"] = count;
    json["detail"] = detail.toStdString();
    json["text"] = line.toStdString();
    json["cause"] = cause.toStdString();
    json["fix"] = fix.toStdString();
    return json;
}

QByteArray LogFinding::listToJson(const QList<LogFinding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const LogFinding &finding : findings)
        list.push_back(finding.toJson());
    return QByteArray::fromStdString(list.dump(2)) + '\n';
}

} // namespace AscendDeck
