#include "KeyValueText.h"

#include "ascend/TextLines.h"

#include <QRegularExpression>

namespace AscendDeck {

bool KeyValueText::parse(const QByteArray &data, QList<KeyValueLine> *out, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return false;
    out->clear();
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    for (const TextLine &line : std::as_const(lines)) {
        const QString text = line.text.trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString key = text.left(eq).trimmed();
        if (eq <= 0 || !keyRe.match(key).hasMatch()) {
            out->clear();
            return TextLines::fail(error, line.number, tr("expected key=value, got \"%1\"").arg(text.left(80)));
        }
        if (find(*out, key)) {
            out->clear();
            return TextLines::fail(error, line.number, tr("%1 appears twice").arg(key));
        }
        out->append(KeyValueLine{line.number, key, text.mid(eq + 1).trimmed()});
    }
    return true;
}

const KeyValueLine *KeyValueText::find(const QList<KeyValueLine> &lines, const QString &key)
{
    for (const KeyValueLine &line : lines) {
        if (line.key == key)
            return &line;
    }
    return nullptr;
}

} // namespace AscendDeck
