#pragma once

#include "loadtest/LoadTestReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// One latency target of a service-level objective: a figure of the load test's report, named as in its JSON
// without the leading statistic (ttft_p95_ms is the report's p95_ttft_ms), and the most it may be.
struct SloTarget
{
    Q_DECLARE_TR_FUNCTIONS(SloTarget)

public:
    QString key; // <ttft|tpot|itl|e2el>_<mean|median|p50|p75|p90|p95|p99>_ms
    double limitMs = 0;

    // "ttft_p95_ms=2000,tpot_p95_ms=100". On error, the message names the bad field.
    static bool parseList(const QString &text, QList<SloTarget> *targets, QString *error);
    static bool isKnownKey(const QString &key);

    // The report's figure for key, in ms.
    double valueIn(const LoadTestReport &report) const;
    bool metBy(const LoadTestReport &report) const { return valueIn(report) <= limitMs; }
};

} // namespace AscendDeck
