#pragma once

#include <QString>

namespace AscendDeck {

// Why a parser gave up. line is 1-based; 0 means the input as a whole (empty, too large, not text).
struct ParseError
{
    int line = 0;
    QString message;

    bool isError() const { return !message.isEmpty(); }
    // "line 12: ..." or just the message, for logs and the CLI.
    QString toString() const
    {
        return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
    }
};

} // namespace AscendDeck
