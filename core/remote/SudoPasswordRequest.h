#pragma once

#include "SshTarget.h"

#include <QString>

#include <functional>
#include <optional>

namespace AscendDeck {

// What a session tells whoever supplies sudo passwords (the console's prompt): which server and login need
// one, and whether the one given last time was refused.
struct SudoPasswordRequest
{
    SshTarget target;
    QString loginUser;
    bool previousWasWrong = false;
};

// Called on a worker thread, at most once per session unless the answer was wrong, when a server's sudo
// mode is Password and no sudo password is known (or the known one was refused). Returns the password, or
// nothing when the user declined. Only this session's root commands wait for the answer: its other
// commands, its monitoring lane and the other servers go on.
using SudoPasswordHandler = std::function<std::optional<QString>(const SudoPasswordRequest &)>;

} // namespace AscendDeck
