#include "CapacitySearch.h"

namespace AscendDeck {

int CapacitySearch::maxSteps(int maxLoad)
{
    int m = 0; // ceil(log2(maxLoad))
    while ((1LL << m) < maxLoad)
        ++m;
    return qMax(1, 2 * m);
}

CapacitySearch::Result CapacitySearch::run(int maxLoad, const Measure &meets)
{
    Result result;
    if (maxLoad < 1)
        return result;
    const auto measure = [&](int load) {
        result.tried.append(load);
        const std::optional<bool> met = meets(load);
        result.stopped = !met.has_value();
        return met.value_or(false);
    };
    // Probe: the highest load known to meet the targets (lo) and the lowest known to miss them (hi).
    int lo = 0;
    int hi = maxLoad + 1;
    for (int load = 1;; load = qMin(maxLoad, load * 2)) {
        if (!measure(load)) {
            hi = load;
            break;
        }
        lo = load;
        if (load == maxLoad)
            break;
    }
    while (!result.stopped && hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        if (measure(mid))
            lo = mid;
        else if (!result.stopped)
            hi = mid;
    }
    result.capacity = lo;
    return result;
}

} // namespace AscendDeck
