#pragma once

#include "network/HccnReadings.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

#include <QList>

namespace AscendDeck {

class SessionPool;

// Reads the hccn_tool settings (-ip, -gateway, -netdetect, -tls getters) of a server's NPUs in one SSH exec.
// The result's payload holds an HccnServerReadings (host = target's host); an NPU whose getters failed carries
// the reason in its error field.
class NetworkReader
{
public:
    static QList<int> defaultNpus(); // 0..7, an Atlas 800T A2
    static CommandResult run(SessionPool &pool, const SshTarget &target, const QList<int> &npus,
                             const CancelToken &cancel);
    // The same for several servers at once (ServerJob::runAll); index-aligned with targets.
    static QList<CommandResult> runAll(SessionPool *pool, const QList<SshTarget> &targets,
                                       const QList<QList<int>> &npus, const CancelToken &cancel);
    static HccnServerReadings readings(const CommandResult &result) { return result.payload.value<HccnServerReadings>(); }
};

} // namespace AscendDeck
