#include "NpuSmiValues.h"

#include <QRegularExpression>

#include <cmath>

namespace AscendDeck {

bool NpuSmiValues::isNotAvailable(const QString &token)
{
    return token == QLatin1String("NA") || token == QLatin1String("N/A") || token == QLatin1String("-");
}

bool NpuSmiValues::toInt(const QString &token, int *value)
{
    bool ok = false;
    const int v = token.toInt(&ok);
    if (ok && v >= 0)
        *value = v;
    return ok && v >= 0;
}

bool NpuSmiValues::toInt64(const QString &token, qint64 *value)
{
    bool ok = false;
    const qint64 v = token.toLongLong(&ok);
    if (ok && v >= 0)
        *value = v;
    return ok && v >= 0;
}

bool NpuSmiValues::toOptionalDouble(const QString &token, std::optional<double> *value)
{
    if (isNotAvailable(token)) {
        value->reset();
        return true;
    }
    bool ok = false;
    const double v = token.toDouble(&ok);
    // toDouble also reads "inf" and "nan", which no sensor reports.
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

bool NpuSmiValues::toOptionalInt64(const QString &token, std::optional<qint64> *value)
{
    if (isNotAvailable(token)) {
        value->reset();
        return true;
    }
    qint64 v = 0;
    if (!toInt64(token, &v))
        return false;
    *value = v;
    return true;
}

bool NpuSmiValues::toUsage(const QString &token, std::optional<qint64> *used, std::optional<qint64> *total)
{
    const QStringList parts = token.split(QLatin1Char('/'));
    return parts.size() == 2 && toOptionalInt64(parts.at(0), used) && toOptionalInt64(parts.at(1), total);
}

QStringList NpuSmiValues::tokens(const QString &text)
{
    static const QRegularExpression slash(QStringLiteral("\\s*/\\s*"));
    QString glued = text.simplified();
    glued.replace(slash, QStringLiteral("/"));
    return glued.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace AscendDeck
