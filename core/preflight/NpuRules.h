#pragma once

#include "PreflightContext.h"
#include "base/Finding.h"

#include <QCoreApplication>

namespace AscendDeck {

// Checks of the NPUs and the Ascend software stack of one server: count, health, driver, firmware, and
// whether the driver is new enough for the CANN inside the chosen image.
class NpuRules
{
    Q_DECLARE_TR_FUNCTIONS(NpuRules)

public:
    static void npuCount(const PreflightContext &context, int server, QList<Finding> *out);
    static void npuHealth(const PreflightContext &context, int server, QList<Finding> *out);
    static void driverPresent(const PreflightContext &context, int server, QList<Finding> *out);
    static void firmwarePresent(const PreflightContext &context, int server, QList<Finding> *out);
    static void driverForCann(const PreflightContext &context, int server, QList<Finding> *out);
};

} // namespace AscendDeck
