#pragma once

#include "monitor/Alert.h"

#include <QString>
#include <QtGlobal>

namespace AscendDeck {

// One entry of the alert history: an alert raised or cleared at a time. The server is kept by name (an
// index means nothing once the project's server list changes).
struct HistoryAlert
{
    qint64 timeMs = 0;
    bool raised = true;
    Alert::Kind kind = Alert::Kind::NpuUnhealthy;
    Alert::Severity severity = Alert::Severity::Warning;
    QString server; // empty: the whole service
    int npuId = -1;
    int chipId = 0;
    QString message;

    bool operator==(const HistoryAlert &o) const
    {
        return timeMs == o.timeMs && raised == o.raised && kind == o.kind && severity == o.severity
               && server == o.server && npuId == o.npuId && chipId == o.chipId && message == o.message;
    }
};

} // namespace AscendDeck
