#pragma once

#include <QList>
#include <QString>

namespace AscendDeck {

// One conflict found in a plan. code is stable (for tests and the UI to group by); message is for people and
// names the server and NPU.
struct HccnPlanIssue
{
    QString code; // "bad-address", "duplicate-address", "network-address", "broadcast-address", "mixed-subnets",
                  // "gateway-outside-subnet", "host-network-overlap", "peer-other-subnet", "netdetect-not-peer",
                  // "duplicate-npu"
    QString host;
    int npu = -1;
    QString message;
};

} // namespace AscendDeck
