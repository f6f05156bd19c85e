#include "CannInfoParser.h"

#include "ascend/AscendVersion.h"
#include "ascend/KeyValueText.h"
#include "ascend/TextLines.h"
#include "ascend/VersionInfoParser.h"

namespace AscendDeck {

CannInfo CannInfoParser::parse(const QByteArray &data, ParseError *error)
{
    QList<KeyValueLine> lines;
    if (!KeyValueText::parse(data, &lines, error))
        return {};
    const KeyValueLine *version = KeyValueText::find(lines, QStringLiteral("version"));
    if (!version) {
        TextLines::fail(error, 0, tr("no version= line: is this a CANN install.info file?"));
        return {};
    }
    if (!AscendVersion::parse(version->value)) {
        TextLines::fail(error, version->number, tr("unreadable version \"%1\"").arg(version->value.left(80)));
        return {};
    }
    CannInfo info;
    for (const KeyValueLine &line : std::as_const(lines))
        info.fields.insert(line.key, line.value);
    info.version = version->value;
    info.packageName = info.fields.value(QStringLiteral("package_name"));
    info.innerVersion = info.fields.value(QStringLiteral("innerversion"));
    info.arch = info.fields.value(QStringLiteral("arch"));
    info.path = info.fields.value(QStringLiteral("path"));
    const KeyValueLine *compatible = KeyValueText::find(lines, QStringLiteral("compatible_version"));
    if (compatible && !VersionInfoParser::parseRanges(compatible->value, &info.compatibleInner)) {
        TextLines::fail(error, compatible->number, tr("compatible_version is not a list of ranges"));
        return {};
    }
    return info;
}

} // namespace AscendDeck
