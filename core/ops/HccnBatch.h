#pragma once

#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QStringList>

namespace AscendDeck {

class SessionPool;

// Runs many hccn_tool getters in one SSH exec instead of one round trip each (32 getters for 8 NPUs: ~1 s
// saved per server on a LAN, more over a jump host). The shell script is a constant; every hccn_tool argument
// travels as a positional parameter through shellJoin, so no value is ever parsed by the remote shell.
class HccnBatch
{
public:
    struct Output
    {
        int exitStatus = -1; // -1 when the batch stopped before this call
        QByteArray out;      // stdout and stderr of the call
    };

    // calls: hccn_tool arguments without the tool itself, e.g. {"-i", "0", "-ip", "-g"}; 4 or 6 of them.
    static RemoteCommand command(const QList<QStringList> &calls, int timeoutMs = 120000);
    // Splits the batch's stdout into one Output per call; false if the markers are missing or out of order.
    static bool split(const QByteArray &out, int count, QList<Output> *outputs);
    // command + run + split. On a connection error or a garbled output the result says so and outputs is empty.
    static CommandResult run(SessionPool &pool, const SshTarget &target, const QList<QStringList> &calls,
                             const CancelToken &cancel, QList<Output> *outputs);
};

} // namespace AscendDeck
