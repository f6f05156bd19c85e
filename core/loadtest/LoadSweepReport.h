#pragma once

#include "loadtest/LoadSweepConfig.h"
#include "loadtest/LoadTestReport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace AscendDeck {

// One step of a sweep: the load and its load test's report, judged against the targets.
struct LoadSweepStep
{
    double load = 0;
    LoadTestReport report;
    bool meetsTargets = true;
    QStringList missed; // the targets' keys it missed; "failed_requests" when a request failed

    // Judges report against targets: a step with a failed request never meets them.
    static LoadSweepStep judge(double load, const LoadTestReport &report, const QList<SloTarget> &targets);
};

// What a sweep or a capacity search found, step by step.
struct LoadSweepReport
{
    Q_DECLARE_TR_FUNCTIONS(LoadSweepReport)

public:
    LoadSweepConfig config;
    QList<LoadSweepStep> steps; // in the order they ran (a search's are not sorted)
    std::optional<double> capacity; // with targets: the highest load that met them; none when even the lowest missed
    bool capacityIsSearchMax = false; // the search's highest load met the targets: the capacity may be higher
    bool stopped = false;
    int warmupCompleted = 0;
    int warmupFailed = 0;

    // For a list of loads: the highest load met by it and every lower load of the list (the search's
    // monotonicity, applied to the list).
    static std::optional<double> listCapacity(const QList<LoadSweepStep> &steps);

    nlohmann::json toJson() const;
    QByteArray toJsonText() const;
    // One row per step, the figures of the step's JSON with p95 (comma-separated, a header row first).
    QByteArray toCsv() const;
    // A table of the steps for a terminal.
    QString toText() const;
    // "capacity: concurrency=8", "capacity: rate=2.5" or "capacity: none": the last line the CLI prints.
    QString capacityLine() const;
};

} // namespace AscendDeck
