#pragma once

#include <QList>

#include <functional>
#include <optional>

namespace AscendDeck {

// The highest integer load in 1..maxLoad that meets a set of targets, assuming that meeting them is monotone
// (when a load meets them, every lower load does): an exponential probe 1, 2, 4, ... (the last probe is
// maxLoad itself) until a load misses, then bisection between the last load that met the targets and the
// first that missed. With m = ceil(log2(maxLoad)) the probe takes at most m + 1 steps and the bisection of
// the gap it leaves (at most 2^(m-1) wide) at most m - 1, so a search never takes more than
// maxSteps(maxLoad) = max(1, 2m) measurements (tests/unit/monitor/tst_capacitysearch.cpp checks every
// threshold up to 1000 against it).
class CapacitySearch
{
public:
    struct Result
    {
        int capacity = 0;   // 0: even load 1 missed the targets
        QList<int> tried;   // loads measured, in order
        bool stopped = false; // the measurement asked to stop; capacity is the best known so far
    };

    // meets(load): whether that load met the targets, or no value to stop the search (cancelled).
    using Measure = std::function<std::optional<bool>(int load)>;

    static int maxSteps(int maxLoad);
    static Result run(int maxLoad, const Measure &meets);
};

} // namespace AscendDeck
