#pragma once

#include "ServerFacts.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

namespace AscendDeck {

class SessionPool;

// Connects to a server and reads its basic facts (host name, kernel, driver, NPUs). The result's payload
// holds a ServerFacts; the result is an error if the server could not be reached.
class ServerProbe
{
public:
    static CommandResult run(SessionPool &pool, const SshTarget &target, const CancelToken &cancel);
    static ServerFacts parse(const QByteArray &hostname, const QByteArray &kernel, const QByteArray &versionInfo,
                             const QByteArray &npuSmiMapping);
};

} // namespace AscendDeck
