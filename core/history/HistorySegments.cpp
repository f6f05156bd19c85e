#include "HistorySegments.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace AscendDeck {

namespace {
const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();
}

HistorySegments::HistorySegments(const QString &directory, qint64 lengthMs, const QString &suffix)
    : m_directory(directory)
    , m_lengthMs(qMax<qint64>(kHourMs, lengthMs))
    , m_suffix(suffix)
{
}

HistorySegments HistorySegments::forTier(const QString &serverDirectory, HistoryTier tier)
{
    if (tier == HistoryTier::Minute)
        return HistorySegments(serverDirectory + QStringLiteral("/minute"), kDayMs, QStringLiteral(".min"));
    return HistorySegments(serverDirectory + QStringLiteral("/raw"), kHourMs, QStringLiteral(".raw"));
}

qint64 HistorySegments::startOf(qint64 timeMs) const
{
    const qint64 q = timeMs / m_lengthMs;
    return (timeMs < 0 && timeMs % m_lengthMs != 0 ? q - 1 : q) * m_lengthMs;
}

QString HistorySegments::pathFor(qint64 startMs) const
{
    const QString name = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HH"));
    return m_directory + QLatin1Char('/') + name + m_suffix;
}

qint64 HistorySegments::startOfPath(const QString &path) const
{
    return startFromName(QFileInfo(path).fileName());
}

qint64 HistorySegments::startFromName(const QString &name) const
{
    // yyyyMMdd-HH<suffix>, parsed by hand: no time zone may shift it.
    if (!name.endsWith(m_suffix) || name.size() != 11 + m_suffix.size() || name.at(8) != QLatin1Char('-'))
        return -1;
    const QDate date = QDate::fromString(name.left(8), QStringLiteral("yyyyMMdd"));
    bool ok = false;
    const int hour = name.mid(9, 2).toInt(&ok);
    if (!date.isValid() || !ok || hour < 0 || hour > 23)
        return -1;
    return (date.toJulianDay() - kEpochJulianDay) * kDayMs + hour * kHourMs;
}

QStringList HistorySegments::allPaths() const
{
    std::map<qint64, QString> byStart;
    const QStringList names = QDir(m_directory).entryList({QLatin1Char('*') + m_suffix}, QDir::Files);
    for (const QString &name : names) {
        const qint64 start = startFromName(name);
        if (start >= 0)
            byStart[start] = m_directory + QLatin1Char('/') + name;
    }
    QStringList paths;
    for (const auto &entry : byStart)
        paths << entry.second;
    return paths;
}

QStringList HistorySegments::pathsOverlapping(qint64 fromMs, qint64 toMs) const
{
    QStringList paths;
    for (const QString &path : allPaths()) {
        const qint64 start = startOfPath(path);
        if (start <= toMs && start + m_lengthMs > fromMs)
            paths << path;
    }
    return paths;
}

int HistorySegments::removeEndedBefore(qint64 cutoffMs) const
{
    int removed = 0;
    for (const QString &path : allPaths()) {
        if (startOfPath(path) + m_lengthMs <= cutoffMs && QFile::remove(path))
            ++removed;
    }
    return removed;
}

} // namespace AscendDeck
