#pragma once

#include "loadtest/LoadTestConfig.h"
#include "loadtest/SloTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AscendDeck {

// A load test over a series of loads: each step is the base config's test (its requests, lengths and
// dataset) at one concurrency or one Poisson request rate. With targets and no loads, a capacity search
// (CapacitySearch) picks the loads: concurrencies 1..searchMax, or rates in multiples of rateStep up to
// searchMax.
struct LoadSweepConfig
{
    Q_DECLARE_TR_FUNCTIONS(LoadSweepConfig)

public:
    enum class Axis { Concurrency, Rate };

    LoadTestConfig base; // its warmupRequests are sent once, before the first step
    Axis axis = Axis::Concurrency;
    QList<double> loads;
    QList<SloTarget> targets;
    double searchMax = 256;
    double rateStep = 0.5; // requests/s

    bool isSearch() const { return loads.isEmpty() && !targets.isEmpty(); }
    // The test of one step: the base at that concurrency, or at that rate (the base's concurrency, when
    // positive, caps the requests in flight). A concurrency step sends at least as many requests as its
    // concurrency: with fewer, the load it stands for would never be reached.
    LoadTestConfig stepConfig(double load) const;
    // The most requests a step sends: what the prompts are built for.
    int maxStepRequests() const;
    // The search's integer load k stands for concurrency k or rate k * rateStep.
    double searchLoad(int k) const { return axis == Axis::Rate ? k * rateStep : k; }
    int searchSteps() const; // the k that searchMax stands for
    QString axisName() const;

    // "concurrency=1,2,4,8" or "rate=0.5,1,2"; on error the message names the bad field.
    static bool parseLoads(const QString &text, Axis *axis, QList<double> *loads, QString *error);
    // "concurrency=64" or "rate=20": what a search may go up to.
    static bool parseSearchMax(const QString &text, Axis *axis, double *max, QString *error);
};

} // namespace AscendDeck
