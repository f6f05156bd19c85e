#pragma once

#include "CapacityInput.h"
#include "CapacityResult.h"

#include <QCoreApplication>

namespace AscendDeck {

// Will the weights fit, with room left for the KV cache? A start that runs out of NPU memory fails only
// after many minutes of loading (samples/real/mindie-log_*oom*), so this is checked before launching.
class CapacityCheck
{
    Q_DECLARE_TR_FUNCTIONS(CapacityCheck)

public:
    // Below this share of the usable memory left for the KV cache, only short or few requests fit.
    static constexpr double kMinKvShare = 0.15;

    static CapacityResult evaluate(const CapacityInput &input);

private:
    static int minimumServers(const CapacityInput &input, qint64 usable);
    static QStringList layouts(const CapacityInput &input, int servers);
    static QString message(const CapacityInput &input, const CapacityResult &result);
};

} // namespace AscendDeck
