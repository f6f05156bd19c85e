#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// One hccn_tool setter call for one NPU: the argv that is run (never a shell line) and what it changes.
struct HccnCommand
{
    int npu = 0;
    QString setting; // "ip", "gateway", "netdetect", "tls"
    QString from;    // the value read before (empty: unset)
    QString to;
    QStringList argv;

    bool operator==(const HccnCommand &other) const { return npu == other.npu && argv == other.argv; }
};

} // namespace AscendDeck
