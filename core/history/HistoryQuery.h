#pragma once

#include <QString>
#include <QtGlobal>

namespace AscendDeck {

// Raw: every sample (kept 24 h by default). Minute: one aggregate per NPU per minute (kept 30 days).
enum class HistoryTier { Automatic, Raw, Minute };

// What to read from the history: a time range, optionally one server and one NPU, and at most maxPoints
// points per series for a chart (0: every stored point, for export).
struct HistoryQuery
{
    qint64 fromMs = 0;
    qint64 toMs = 0;       // inclusive
    QString server;        // empty: every server
    int npuId = -1;        // -1: every NPU of the server(s)
    int chipId = -1;       // -1: every chip
    int maxPoints = 0;
    HistoryTier tier = HistoryTier::Automatic; // Automatic: raw when the range lies in the raw tier's window
};

} // namespace AscendDeck
