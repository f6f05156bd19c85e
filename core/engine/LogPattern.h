#pragma once

#include "base/Finding.h"

#include <QRegularExpression>
#include <QString>

namespace AscendDeck {

// One known failure: what its log line looks like, why it happens and what fixes it.
struct LogPattern
{
    using Severity = Finding::Severity;

    QString id;        // stable, e.g. "hccl-socket-timeout"
    QString engine;    // "mindie", "vllm", "hccl" or "any"
    Severity severity = Severity::Error;
    QRegularExpression regex;
    QString cause;
    QString fix;
    // Only reports that something else failed (often on another server): not the cause to name first.
    bool consequence = false;
};

} // namespace AscendDeck
