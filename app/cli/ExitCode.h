#pragma once

#include "remote/CommandResult.h"

namespace AscendDeck::Cli {

// What every command returns, so that scripts can tell the kinds of failure apart (docs/cli.md, "Exit codes").
// exec alone also passes the remote command's own status through.
enum class ExitCode : int {
    Success = 0,      // nothing failed, no error finding, no drift
    Failure = 1,      // the work ran and its result is bad: a finding, a failed step, drift
    Usage = 2,        // unknown command or option, missing or invalid argument, unusable input file
    Timeout = 124,    // a remote command ran out of time, like timeout(1)
    Cancelled = 130,  // interrupted, like a shell command ended by Ctrl-C
    Connection = 255, // connection, authentication or host-key failure, like ssh(1)
};

constexpr int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

// A remote command's outcome as an exit code: its own status when it ran, else the kind of failure.
inline int exitCodeOf(const CommandResult &result)
{
    switch (result.error) {
    case RemoteError::None: return result.exitStatus;
    case RemoteError::Timeout: return code(ExitCode::Timeout);
    case RemoteError::Cancelled: return code(ExitCode::Cancelled);
    case RemoteError::SudoPasswordWrong:
    case RemoteError::SudoFailed: return code(ExitCode::Failure);
    default: return code(ExitCode::Connection);
    }
}

} // namespace AscendDeck::Cli
