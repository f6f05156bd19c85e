#include "LoadSweepConfig.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace AscendDeck {

namespace {
bool parseAxis(const QString &name, LoadSweepConfig::Axis *axis, QString *error)
{
    if (name == QLatin1String("concurrency"))
        *axis = LoadSweepConfig::Axis::Concurrency;
    else if (name == QLatin1String("rate"))
        *axis = LoadSweepConfig::Axis::Rate;
    else {
        *error = LoadSweepConfig::tr("unknown load \"%1\": use concurrency=... or rate=... (requests per second)")
                     .arg(name);
        return false;
    }
    return true;
}

// A load of the axis: concurrencies are whole numbers, rates any positive number.
bool parseLoad(const QString &text, LoadSweepConfig::Axis axis, double *load, QString *error)
{
    bool ok = false;
    *load = text.trimmed().toDouble(&ok);
    const bool whole = axis == LoadSweepConfig::Axis::Rate || std::floor(*load) == *load;
    if (!ok || *load <= 0 || !whole) {
        *error = axis == LoadSweepConfig::Axis::Rate
                     ? LoadSweepConfig::tr("rate: \"%1\" is not a positive number of requests per second").arg(text)
                     : LoadSweepConfig::tr("concurrency: \"%1\" is not a positive whole number").arg(text);
        return false;
    }
    return true;
}

bool splitAssignment(const QString &text, LoadSweepConfig::Axis *axis, QString *values, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (!parseAxis(text.left(equals).trimmed(), axis, error))
        return false;
    *values = equals < 0 ? QString() : text.mid(equals + 1);
    return true;
}
} // namespace

LoadTestConfig LoadSweepConfig::stepConfig(double load) const
{
    LoadTestConfig config = base;
    config.warmupRequests = 0;
    if (axis == Axis::Rate) {
        config.requestRate = load;
    } else {
        config.concurrency = static_cast<int>(load);
        config.requestRate = 0;
        config.requests = qMax(config.requests, config.concurrency);
    }
    return config;
}

int LoadSweepConfig::maxStepRequests() const
{
    if (axis == Axis::Rate)
        return base.requests;
    const double highest = isSearch()         ? searchLoad(searchSteps())
                           : loads.isEmpty() ? 0
                                             : *std::max_element(loads.cbegin(), loads.cend());
    return qMax(base.requests, static_cast<int>(highest));
}

int LoadSweepConfig::searchSteps() const
{
    return axis == Axis::Rate ? static_cast<int>(std::floor(searchMax / rateStep + 1e-9))
                              : static_cast<int>(searchMax);
}

QString LoadSweepConfig::axisName() const
{
    return axis == Axis::Rate ? QStringLiteral("rate") : QStringLiteral("concurrency");
}

bool LoadSweepConfig::parseLoads(const QString &text, Axis *axis, QList<double> *loads, QString *error)
{
    QString values;
    if (!splitAssignment(text, axis, &values, error))
        return false;
    loads->clear();
    const QStringList items = values.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        double load = 0;
        if (!parseLoad(item, *axis, &load, error))
            return false;
        loads->append(load);
    }
    if (loads->isEmpty()) {
        *error = tr("no load given, e.g. concurrency=1,2,4,8 or rate=0.5,1,2");
        return false;
    }
    return true;
}

bool LoadSweepConfig::parseSearchMax(const QString &text, Axis *axis, double *max, QString *error)
{
    QString value;
    return splitAssignment(text, axis, &value, error) && parseLoad(value, *axis, max, error);
}

} // namespace AscendDeck
