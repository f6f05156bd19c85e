#include "AscendVersion.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace AscendDeck {

std::optional<AscendVersion::Part> AscendVersion::parsePart(const QString &part)
{
    static const QRegularExpression re(QStringLiteral("^(rc|t|b)?(\\d{1,9})$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(part);
    if (!m.hasMatch())
        return std::nullopt;
    const QString tag = m.captured(1).toLower();
    const Kind kind = tag == QLatin1String("rc") ? Rc : tag == QLatin1String("t") ? Trial : tag == QLatin1String("b") ? Build : Release;
    return Part{kind, m.captured(2).toLongLong()};
}

std::optional<AscendVersion> AscendVersion::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    if (trimmed.isEmpty() || parts.size() > 12)
        return std::nullopt;
    AscendVersion version;
    version.m_text = trimmed;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).isEmpty() && i == parts.size() - 1 && i > 0) {
            version.m_parts << Part{Any, 0};
            break;
        }
        const std::optional<Part> part = parsePart(parts.at(i));
        // The first part is the major release: a tag there is not a version.
        if (!part || (i == 0 && part->kind != Release))
            return std::nullopt;
        version.m_parts << *part;
    }
    return version;
}

int AscendVersion::compare(const AscendVersion &a, const AscendVersion &b)
{
    const qsizetype n = std::max(a.m_parts.size(), b.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Part pa = a.m_parts.value(i, Part{});
        const Part pb = b.m_parts.value(i, Part{});
        if (pa.kind == Any || pb.kind == Any)
            return 0; // "23.0.rc3." matches everything that continues 23.0.rc3
        if (pa.kind != pb.kind)
            return pa.kind < pb.kind ? -1 : 1;
        if (pa.number != pb.number)
            return pa.number < pb.number ? -1 : 1;
    }
    return 0;
}

std::optional<bool> AscendVersion::atLeast(const QString &have, const QString &need)
{
    const std::optional<AscendVersion> h = parse(have);
    const std::optional<AscendVersion> n = parse(need);
    if (!h || !n)
        return std::nullopt;
    return compare(*h, *n) >= 0;
}

} // namespace AscendDeck
