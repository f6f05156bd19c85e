#include "NpuSpodInfoParser.h"

#include "ascend/TextLines.h"

#include <algorithm>
#include <limits>

namespace AscendDeck {

namespace {
// The known keys and where their value goes; a value that is not a whole number fails its line.
bool storeKnown(const QString &key, const QString &value, NpuSpodInfo *info, bool *known)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    *known = true;
    if (key == QLatin1String("SDID"))
        info->sdid = number;
    else if (key == QLatin1String("Super Pod Size"))
        info->superPodSize = static_cast<int>(number);
    else if (key == QLatin1String("Super Pod ID"))
        info->superPodId = static_cast<int>(number);
    else if (key == QLatin1String("Server Index"))
        info->serverIndex = static_cast<int>(number);
    else
        *known = false;
    return !*known || (ok && number >= 0 && number <= std::numeric_limits<int>::max());
}
} // namespace

std::optional<NpuSpodInfo> NpuSpodInfoParser::parse(const QByteArray &data, ParseError *error)
{
    const QList<NpuSpodInfo> all = parseAll(data, error);
    if (all.isEmpty())
        return std::nullopt;
    if (all.size() > 1) {
        TextLines::fail(error, 0, tr("holds %1 spod-info outputs, expected one").arg(all.size()));
        return std::nullopt;
    }
    return all.first();
}

QList<NpuSpodInfo> NpuSpodInfoParser::parseAll(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    QList<NpuSpodInfo> all;
    NpuSpodInfo info;
    int firstLine = 0;
    for (const TextLine &line : std::as_const(lines)) {
        const QString text = line.text.trimmed();
        if (text.isEmpty() || TextLines::isComment(text) || TextLines::isElision(text))
            continue;
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString key = text.left(colon).simplified();
        const QString value = text.mid(colon + 1).trimmed();
        if (colon <= 0 || key.isEmpty()) {
            TextLines::fail(error, line.number, tr("expected \"Key : Value\", got \"%1\"").arg(text.left(80)));
            return {};
        }
        const bool repeated = std::any_of(info.fields.cbegin(), info.fields.cend(),
                                          [&key](const auto &field) { return field.first == key; });
        if (repeated) {
            if (!checkComplete(info, firstLine, error))
                return {};
            all << info;
            info = NpuSpodInfo();
        }
        if (info.fields.isEmpty())
            firstLine = line.number;
        bool known = false;
        if (!storeKnown(key, value, &info, &known)) {
            TextLines::fail(error, line.number, tr("%1 is \"%2\", expected a whole number").arg(key, value.left(40)));
            return {};
        }
        info.fields.append({key, value});
    }
    if (!checkComplete(info, firstLine, error))
        return {};
    all << info;
    return all;
}

bool NpuSpodInfoParser::checkComplete(const NpuSpodInfo &info, int firstLine, ParseError *error)
{
    if (info.sdid >= 0 && info.superPodId >= 0)
        return true;
    return TextLines::fail(error, firstLine,
                           tr("no \"SDID\" and \"Super Pod ID\" lines: not the output of npu-smi info -t spod-info"));
}

} // namespace AscendDeck
