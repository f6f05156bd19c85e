#pragma once

#include "history/HistorySegments.h"

namespace AscendDeck {

// How long each tier keeps its records: 24 h of raw samples, 30 days of minutes and of alerts.
struct HistoryLimits
{
    qint64 rawKeepMs = HistorySegments::kDayMs;
    qint64 minuteKeepMs = 30 * HistorySegments::kDayMs;
    qint64 alertKeepMs = 30 * HistorySegments::kDayMs;
};

} // namespace AscendDeck
