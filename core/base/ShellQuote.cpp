#include "ShellQuote.h"

namespace AscendDeck {

namespace {
bool isSafeUnquoted(QChar c)
{
    // Characters no POSIX shell treats specially anywhere in a word.
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral("_-./=:,+@%").contains(c);
}
} // namespace

QString shellQuote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : argument) {
        if (!isSafeUnquoted(c)) {
            safe = false;
            break;
        }
    }
    // '=' or '@' at the start would still be fine, but a leading '~' is not in the safe set anyway.
    if (safe)
        return argument;
    // Single quotes preserve everything literally, including newlines; a single quote itself is closed,
    // escaped and reopened.
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList &argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const QString &arg : argv)
        quoted << shellQuote(arg);
    return quoted.join(QLatin1Char(' '));
}

} // namespace AscendDeck
