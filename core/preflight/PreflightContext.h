#pragma once

#include "PreflightFacts.h"
#include "PreflightRequest.h"

#include <QList>

namespace AscendDeck {

// The facts of every server plus what the cross-server rules derive from them once: the NPU count
// servers should share, the CANN version of the chosen image, the server whose weights are the
// reference. Rules read it; nothing writes it after build().
struct PreflightContext
{
    QList<PreflightFacts> servers;
    PreflightRequest request;
    int referenceNpuCount = 0;   // expectedNpus, or the count most servers have; 0 = unknown
    QString imageCann;           // cann.version label as any server reported it
    int referenceModelHost = -1; // first reachable server holding the model folder

    static PreflightContext build(const QList<PreflightFacts> &servers, const PreflightRequest &request);
};

} // namespace AscendDeck
