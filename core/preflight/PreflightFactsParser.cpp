#include "PreflightFactsParser.h"

#include "ascend/VersionInfoParser.h"

#include <QRegularExpression>

namespace AscendDeck {

QMap<QString, DiskSpace> PreflightFactsParser::parseDf(const QByteArray &out)
{
    // The header ("Avail 1B-blocks File") does not match; the path is the rest of the line, spaces included.
    static const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s(.+)$"));
    QMap<QString, DiskSpace> disks;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        DiskSpace space;
        space.availBytes = match.captured(1).toLongLong();
        space.sizeBytes = match.captured(2).toLongLong();
        disks.insert(match.captured(3).trimmed(), space);
    }
    return disks;
}

QStringList PreflightFactsParser::parseIsActive(const QByteArray &out, int services)
{
    QStringList states = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &state : states)
        state = state.trimmed();
    while (states.size() < services)
        states.append(QStringLiteral("unknown"));
    return states.mid(0, services);
}

QStringList PreflightFactsParser::parseImages(const QByteArray &out)
{
    QStringList images;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString image = line.trimmed();
        if (!image.isEmpty() && !image.endsWith(QLatin1String(":<none>")))
            images.append(image);
    }
    return images;
}

QString PreflightFactsParser::parseVersionInfo(const QByteArray &out)
{
    ParseError error;
    const VersionInfo info = VersionInfoParser::parse(out, &error);
    return error.isError() ? QString() : info.version;
}

QString PreflightFactsParser::normalizeImage(const QString &image)
{
    QString name = image.trimmed();
    for (const QString &prefix : {QStringLiteral("docker.io/library/"), QStringLiteral("docker.io/")}) {
        if (name.startsWith(prefix)) {
            name = name.mid(prefix.size());
            break;
        }
    }
    const QString last = name.section(QLatin1Char('/'), -1);
    if (!last.contains(QLatin1Char(':')) && !name.contains(QLatin1Char('@')))
        name += QStringLiteral(":latest");
    return name;
}

} // namespace AscendDeck
