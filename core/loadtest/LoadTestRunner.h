#pragma once

#include "loadtest/LoadTestConfig.h"
#include "loadtest/LoadTestPrompt.h"
#include "loadtest/LoadTestReport.h"

#include <QList>

#include <functional>

namespace AscendDeck {

// Runs a load test to its end on the calling thread (a job's worker) in an event loop of its own, so that the
// client-side timings wait for no other thread: the warm-up requests first (their outcome only counted in
// the report's warmup figures), then the measured ones. The jobs of one load test and of a sweep share it.
class LoadTestRunner
{
public:
    using StopCheck = std::function<bool()>;
    using Progress = std::function<void(int done, int total, int failed, double outputTokensPerSecond)>;

    // The config's warm-up and measured prompts, from its dataset (the warm-up's come first in the dataset).
    static bool buildPrompts(const LoadTestConfig &config, QList<LoadTestPrompt> *warmup,
                             QList<LoadTestPrompt> *measured, QString *error);

    // shouldStop is polled while requests are in flight; once it answers true the requests are aborted and
    // the report covers those sent (*stopped is then true). progress follows the measured requests.
    static LoadTestReport run(const LoadTestConfig &config, const QList<LoadTestPrompt> &warmup,
                              const QList<LoadTestPrompt> &measured, const StopCheck &shouldStop,
                              const Progress &progress, bool *stopped);

private:
    static LoadTestReport runOnce(const LoadTestConfig &config, const QList<LoadTestPrompt> &prompts,
                                  const StopCheck &shouldStop, const Progress &progress, bool *stopped);
};

} // namespace AscendDeck
