#pragma once

#include <QString>
#include <QtGlobal>

namespace AscendDeck {

// A condition the operator must see: raised once when it starts, cleared once when it ends.
struct Alert
{
    enum class Kind { NpuUnhealthy, MemoryHigh, ServerSilent, ServiceDown };
    enum class Severity { Warning, Critical };

    Kind kind = Kind::NpuUnhealthy;
    Severity severity = Severity::Warning;
    int server = -1;  // -1: the whole service
    int npuId = -1;   // -1: the whole server
    int chipId = 0;
    qint64 sinceMs = 0;
    QString message;  // translated, names the server and NPU

    // Identifies the condition: a second raise of the same key is the same alert.
    QString key() const
    {
        return QStringLiteral("%1/%2/%3/%4").arg(static_cast<int>(kind)).arg(server).arg(npuId).arg(chipId);
    }
};

// Thresholds of the alert rules.
struct AlertRules
{
    double hbmPercent = 90;         // HBM used above this share of total
    double hbmHysteresis = 2;       // clears only below hbmPercent - this, so a value near the line does not flap
};

} // namespace AscendDeck
