#include "TextLines.h"

#include <QStringDecoder>

namespace AscendDeck {

namespace {
// Control characters other than tab and carriage return never occur in the tools' text output.
int firstControlCharLine(const QByteArray &data)
{
    int line = 1;
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            ++line;
        else if ((u < 0x20 && c != '\t' && c != '\r') || u == 0x7f)
            return line;
    }
    return 0;
}
} // namespace

bool TextLines::isComment(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('#'));
}

bool TextLines::fail(ParseError *error, int line, const QString &message)
{
    if (error)
        *error = ParseError{line, message};
    return false;
}

bool TextLines::isElision(const QString &trimmed)
{
    return trimmed == QLatin1String("...") || trimmed == QStringLiteral("\u2026");
}

bool TextLines::split(const QByteArray &data, QList<TextLine> *lines, ParseError *error)
{
    lines->clear();
    if (data.size() > maxBytes)
        return fail(error, 0, tr("input is larger than %1 MiB").arg(maxBytes / (1024 * 1024)));
    if (const int bad = firstControlCharLine(data))
        return fail(error, bad, tr("binary data (control character) in text"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError())
        return fail(error, 0, tr("input is not valid UTF-8 text"));
    const QStringList raw = text.split(QLatin1Char('\n'));
    lines->reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == raw.size() - 1 && line.isEmpty())
            break; // the final newline does not open another line
        lines->append(TextLine{i + 1, line});
    }
    return true;
}

} // namespace AscendDeck
