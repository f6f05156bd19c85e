#pragma once

#include <QRegularExpression>
#include <QString>

namespace AscendDeck {

// One known failure: what its log line looks like, why it happens and what fixes it.
struct LogPattern
{
    enum class Severity { Info, Warning, Error };

    QString id;        // stable, e.g. "hccl-socket-timeout"
    QString engine;    // "mindie", "vllm", "hccl" or "any"
    Severity severity = Severity::Error;
    QRegularExpression regex;
    QString cause;
    QString fix;

    static QString severityName(Severity severity)
    {
        return severity == Severity::Error ? QStringLiteral("error")
                                           : severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("info");
    }
};

} // namespace AscendDeck
