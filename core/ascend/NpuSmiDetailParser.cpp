#include "NpuSmiDetailParser.h"

#include "ascend/TextLines.h"

namespace AscendDeck {

QString NpuSmiDetail::value(const QString &key, int block) const
{
    for (int i = 0; i < blocks.size(); ++i) {
        if (block >= 0 && i != block)
            continue;
        for (const auto &field : blocks.at(i)) {
            if (field.first == key)
                return field.second;
        }
    }
    return {};
}

NpuSmiDetail NpuSmiDetailParser::parse(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    NpuSmiDetail detail;
    NpuSmiFields block;
    for (const TextLine &line : std::as_const(lines)) {
        const QString text = line.text.trimmed();
        if (text.isEmpty() || TextLines::isElision(text)) {
            if (!block.isEmpty())
                detail.blocks << block;
            block.clear();
            continue;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString key = text.left(colon).trimmed();
        if (colon <= 0 || key.isEmpty()) {
            TextLines::fail(error, line.number, tr("expected \"Key : Value\", got \"%1\"").arg(text.left(80)));
            return {};
        }
        block.append({key, text.mid(colon + 1).trimmed()});
    }
    if (!block.isEmpty())
        detail.blocks << block;
    if (detail.blocks.isEmpty())
        TextLines::fail(error, 0, tr("no \"Key : Value\" lines found"));
    return detail;
}

} // namespace AscendDeck
