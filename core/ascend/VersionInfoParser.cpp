#include "VersionInfoParser.h"

#include "ascend/AscendVersion.h"
#include "ascend/KeyValueText.h"
#include "ascend/TextLines.h"

#include <QRegularExpression>

namespace AscendDeck {

bool VersionInfoParser::parseRanges(const QString &value, QList<VersionRange> *ranges)
{
    static const QRegularExpression item(QStringLiteral("\\[([^\\[\\],]+)(?:,([^\\[\\],]+))?\\]"));
    ranges->clear();
    qsizetype pos = 0;
    for (QRegularExpressionMatchIterator it = item.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Items are separated by exactly one comma; anything else in between is not this format.
        const QString between = value.mid(pos, m.capturedStart() - pos);
        if (between != (pos == 0 ? QString() : QStringLiteral(",")))
            return false;
        const QString min = m.captured(1).trimmed();
        ranges->append(VersionRange{min, m.captured(2).isNull() ? min : m.captured(2).trimmed()});
        pos = m.capturedEnd();
    }
    return pos == value.size() && !ranges->isEmpty();
}

namespace {
bool readRanges(const QList<KeyValueLine> &lines, const QString &key, QList<VersionRange> *ranges, ParseError *error)
{
    const KeyValueLine *line = KeyValueText::find(lines, key);
    if (!line || VersionInfoParser::parseRanges(line->value, ranges))
        return true;
    return TextLines::fail(error, line->number,
                           VersionInfoParser::tr("%1 is not a list of [min,max] ranges: \"%2\"").arg(key, line->value.left(80)));
}
} // namespace

VersionInfo VersionInfoParser::parse(const QByteArray &data, ParseError *error)
{
    QList<KeyValueLine> lines;
    if (!KeyValueText::parse(data, &lines, error))
        return {};
    const KeyValueLine *version = KeyValueText::find(lines, QStringLiteral("Version"));
    if (!version) {
        TextLines::fail(error, 0, tr("no Version= line: is this a version.info file?"));
        return {};
    }
    if (!AscendVersion::parse(version->value)) {
        TextLines::fail(error, version->number, tr("unreadable version \"%1\"").arg(version->value.left(80)));
        return {};
    }
    VersionInfo info;
    for (const KeyValueLine &line : std::as_const(lines))
        info.fields.insert(line.key, line.value);
    info.version = version->value;
    info.innerVersion = info.fields.value(QStringLiteral("Innerversion"));
    info.packageVersion = info.fields.value(QStringLiteral("package_version"));
    if (!readRanges(lines, QStringLiteral("compatible_version"), &info.compatibleInner, error)
        || !readRanges(lines, QStringLiteral("compatible_version_fw"), &info.compatibleFirmware, error)
        || !readRanges(lines, QStringLiteral("compatible_version_drv"), &info.compatibleDriver, error))
        return {};
    return info;
}

} // namespace AscendDeck
