#pragma once

#include "ascend/ParseError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AscendDeck {

struct TextLine
{
    int number = 0; // 1-based
    QString text;   // without the line break and a trailing '\r'
};

// The input checks every text parser shares: tool output must be UTF-8 text of sane size. Binary or
// enormous input is rejected here, once, so that no parser has to guess what garbage means.
class TextLines
{
    Q_DECLARE_TR_FUNCTIONS(TextLines)

public:
    static constexpr qsizetype maxBytes = 16 * 1024 * 1024;

    // False (and *error set) when data is not parseable text.
    static bool split(const QByteArray &data, QList<TextLine> *lines, ParseError *error);
    // Documentation and blog copies of tool output cut rows with a lone "..."; the tools never print it.
    static bool isElision(const QString &trimmed);
    // A saved output may start with "# source: ..." or a root prompt "# hccn_tool ..."; the key : value
    // tools (hccn_tool -vnic, npu-smi -t spod-info) never print a line that starts with '#'.
    static bool isComment(const QString &trimmed);
    // Sets *error (if given) and returns false, so parsers can `return fail(...)`.
    static bool fail(ParseError *error, int line, const QString &message);
};

} // namespace AscendDeck
