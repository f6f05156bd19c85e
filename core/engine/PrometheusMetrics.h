#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace AscendDeck {

// One line of Prometheus text exposition: name{labels} value [timestamp].
struct PrometheusSample
{
    QString name;                         // as written, e.g. vllm:e2e_request_latency_seconds_bucket
    QString family;                       // the # TYPE name it belongs to (histogram base), else name
    QList<QPair<QString, QString>> labels; // in written order
    double value = 0;                     // may be +-inf or NaN, as the format allows
    std::optional<qint64> timestampMs;
    int line = 0;

    QString label(const QString &key) const;
};

struct PrometheusFamily
{
    QString type; // counter, gauge, histogram, summary, untyped
    QString help;
};

// A histogram rebuilt from its _bucket/_sum/_count samples, one per distinct label set (minus "le").
struct PrometheusHistogram
{
    QString name;
    QList<QPair<QString, QString>> labels;
    QList<QPair<double, double>> buckets; // (upper bound, cumulative count), ascending
    std::optional<double> sum;
    std::optional<double> count; // absent when the exposition was cut before _count
};

struct PrometheusMetrics
{
    QList<PrometheusSample> samples;
    QMap<QString, PrometheusFamily> families;

    // The first sample with this name (and, if given, this model_name label), or nullptr.
    const PrometheusSample *find(const QString &name, const QString &modelName = QString()) const;
};

} // namespace AscendDeck
