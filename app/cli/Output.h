#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace AscendDeck::Cli {

// Unbuffered writes, so that stdout and stderr interleave in the order they happened.
inline void writeBytes(FILE *stream, const QByteArray &data)
{
    fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stream);
    fflush(stream);
}

inline void print(FILE *stream, const QString &text)
{
    writeBytes(stream, text.toUtf8());
}

inline void printLine(FILE *stream, const QString &line)
{
    writeBytes(stream, line.toUtf8() + '\n');
}

// "ascenddeck-cli: message" on stderr, the form every command reports problems in.
inline void printError(const QString &message)
{
    printLine(stderr, QStringLiteral("ascenddeck-cli: ") + message);
}

} // namespace AscendDeck::Cli
