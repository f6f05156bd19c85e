#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// One problem found in an engine configuration. rule is a stable id for scripts and tests; field is the
// config path it is about (e.g. "BackendConfig.ScheduleConfig.maxPrefillTokens"); message says what is
// wrong in words an admin knows, fix what to do about it.
struct EngineFinding
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString rule;
    QString node;  // server address; empty for the cluster as a whole
    QString field;
    QString message;
    QString fix;

    bool isError() const { return severity == Severity::Error; }
    nlohmann::ordered_json toJson() const;
    static QByteArray listToJson(const QList<EngineFinding> &findings);
    static bool hasError(const QList<EngineFinding> &findings);
};

} // namespace AscendDeck
