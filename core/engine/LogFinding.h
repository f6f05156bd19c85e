#pragma once

#include "LogPattern.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// A known pattern seen in a log: where it first appeared, how often, and what to do about it.
struct LogFinding
{
    QString patternId;
    QString engine;
    LogPattern::Severity severity = LogPattern::Severity::Error;
    int lineNumber = 0;   // 1-based, of the first occurrence
    QString line;         // that line, cut to a readable length
    QString detail;       // what the pattern captured (a NIC name, a pid, a path), if anything
    int count = 0;
    QString cause;
    QString fix;

    bool isError() const { return severity == LogPattern::Severity::Error; }
    nlohmann::ordered_json toJson() const;
    static QByteArray listToJson(const QList<LogFinding> &findings);
};

} // namespace AscendDeck
