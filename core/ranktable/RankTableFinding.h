#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// One problem RankTableValidator found. rule is a stable id for scripts and tests; message is for people
// and already names the server and device it is about.
struct RankTableFinding
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString rule;
    QString serverId; // empty for the table as a whole
    QString deviceId; // empty for a whole server or the table
    QString message;

    bool isError() const { return severity == Severity::Error; }
    nlohmann::ordered_json toJson() const;
    // A JSON list of findings, one object per finding, for `ascenddeck-cli ranktable validate`.
    static QByteArray listToJson(const QList<RankTableFinding> &findings);
    static bool hasError(const QList<RankTableFinding> &findings);
};

} // namespace AscendDeck
