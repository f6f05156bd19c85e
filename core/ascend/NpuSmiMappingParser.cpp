#include "NpuSmiMappingParser.h"

#include "ascend/NpuSmiValues.h"
#include "ascend/TextLines.h"

#include <QRegularExpression>

namespace AscendDeck {

namespace {
QStringList columns(const QString &line)
{
    static const QRegularExpression gap(QStringLiteral("\\s{2,}|\\t"));
    return line.trimmed().split(gap, Qt::SkipEmptyParts);
}

bool readRow(const QStringList &cols, bool hasPhyId, NpuMappingEntry *entry)
{
    if (cols.size() != (hasPhyId ? 5 : 4) || !NpuSmiValues::toInt(cols.at(0), &entry->npuId)
        || !NpuSmiValues::toInt(cols.at(1), &entry->chipId))
        return false;
    for (int i = 2; i < cols.size() - 1; ++i) {
        int *target = i == 2 ? &entry->logicId : &entry->phyId;
        if (cols.at(i) != QLatin1String("-") && !NpuSmiValues::toInt(cols.at(i), target))
            return false;
    }
    entry->chipName = cols.last();
    return true;
}
} // namespace

QList<NpuMappingEntry> NpuSmiMappingParser::parse(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size() && header < 0; ++i) {
        if (lines.at(i).text.trimmed().startsWith(QLatin1String("NPU ID")) && lines.at(i).text.contains(QLatin1String("Chip Logic ID")))
            header = i;
    }
    if (header < 0) {
        TextLines::fail(error, 0, tr("no \"NPU ID ... Chip Logic ID\" header found"));
        return {};
    }
    const bool hasPhyId = lines.at(header).text.contains(QLatin1String("Phy-ID"));
    QList<NpuMappingEntry> entries;
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const QString text = lines.at(i).text.trimmed();
        if (text.isEmpty() || TextLines::isElision(text))
            continue;
        NpuMappingEntry entry;
        if (readRow(columns(text), hasPhyId, &entry)) {
            entries << entry;
            continue;
        }
        // Rows start with a digit; the first line that does not ends the table (trailing notes).
        if (!text.at(0).isDigit() && !entries.isEmpty())
            break;
        TextLines::fail(error, lines.at(i).number, tr("cannot read the mapping row \"%1\"").arg(text.left(80)));
        return {};
    }
    if (entries.isEmpty())
        TextLines::fail(error, lines.at(header).number, tr("no mapping rows after the header"));
    return entries;
}

} // namespace AscendDeck
