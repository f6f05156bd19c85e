#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace AscendDeck {

// One check of one NPU: "link", "net_health", "lldp", "tls" or "ping A.B.C.D".
struct HccnVerifyCell
{
    QString check;
    bool pass = false;
    QString value;  // what was seen: "UP", "Success", the switch port, "0", "3/3 received"
    QString reason; // why it failed, with the tool's own words; empty when it passed
};

struct HccnVerifyRow
{
    QString host;
    int npu = 0;
    QList<HccnVerifyCell> cells;

    const HccnVerifyCell *cell(const QString &check) const
    {
        for (const HccnVerifyCell &c : cells) {
            if (c.check == check)
                return &c;
        }
        return nullptr;
    }
    bool pass() const
    {
        for (const HccnVerifyCell &c : cells) {
            if (!c.pass)
                return false;
        }
        return !cells.isEmpty();
    }
};

// The verification grid: one row per NPU of every server, in plan order.
using HccnVerifyMatrix = QList<HccnVerifyRow>;

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::HccnVerifyRow)
