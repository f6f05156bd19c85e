#include "SloTarget.h"

#include <QStringList>

namespace AscendDeck {

namespace {
const LatencyStats *statsOf(const LoadTestReport &report, const QString &metric)
{
    if (metric == QLatin1String("ttft"))
        return &report.ttft;
    if (metric == QLatin1String("tpot"))
        return &report.tpot;
    if (metric == QLatin1String("itl"))
        return &report.itl;
    if (metric == QLatin1String("e2el"))
        return &report.e2el;
    return nullptr;
}

std::optional<double> statistic(const LatencyStats &s, const QString &name)
{
    if (name == QLatin1String("mean"))
        return s.mean;
    if (name == QLatin1String("median") || name == QLatin1String("p50"))
        return s.median;
    if (name == QLatin1String("p75"))
        return s.p75;
    if (name == QLatin1String("p90"))
        return s.p90;
    if (name == QLatin1String("p95"))
        return s.p95;
    if (name == QLatin1String("p99"))
        return s.p99;
    return std::nullopt;
}

// "ttft_p95_ms" -> ("ttft", "p95"); empty when it is not of that shape.
QStringList splitKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('_'));
    if (parts.size() != 3 || parts.at(2) != QLatin1String("ms"))
        return {};
    return parts.mid(0, 2);
}
} // namespace

bool SloTarget::isKnownKey(const QString &key)
{
    const QStringList parts = splitKey(key);
    const LoadTestReport empty;
    return !parts.isEmpty() && statsOf(empty, parts.at(0)) && statistic(LatencyStats{}, parts.at(1));
}

double SloTarget::valueIn(const LoadTestReport &report) const
{
    const QStringList parts = splitKey(key);
    const LatencyStats *stats = parts.isEmpty() ? nullptr : statsOf(report, parts.at(0));
    return stats ? statistic(*stats, parts.at(1)).value_or(0) : 0;
}

bool SloTarget::parseList(const QString &text, QList<SloTarget> *targets, QString *error)
{
    targets->clear();
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = item.left(equals).trimmed();
        if (equals < 0 || !isKnownKey(key)) {
            *error = tr("unknown target \"%1\": use ttft, tpot, itl or e2el with mean, median, p50, p75, p90, p95 "
                        "or p99, as in ttft_p95_ms=2000").arg(key);
            return false;
        }
        bool ok = false;
        const double limit = item.mid(equals + 1).trimmed().toDouble(&ok);
        if (!ok || limit <= 0) {
            *error = tr("%1: \"%2\" is not a positive number of milliseconds").arg(key, item.mid(equals + 1));
            return false;
        }
        targets->append({key, limit});
    }
    if (targets->isEmpty()) {
        *error = tr("no target given, e.g. ttft_p95_ms=2000,tpot_p95_ms=100");
        return false;
    }
    return true;
}

} // namespace AscendDeck
