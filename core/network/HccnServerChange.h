#pragma once

#include "HccnCommand.h"
#include "HccnReadings.h"

#include <QMetaType>
#include <QStringList>

namespace AscendDeck {

// One server's part of an apply or rollback: what was read, what had to change, how far it got.
struct HccnServerChange
{
    QString host;
    HccnServerReadings before;
    QList<HccnCommand> commands;
    int done = 0;                // commands that ran successfully, in order
    HccnServerReadings after;    // read back once the commands ran
    QStringList errors;          // each names the host (and NPU where there is one)
    QStringList notes;           // not failures: e.g. values a rollback cannot unset
    bool throughSudo = false;    // the commands will run through sudo (a non-root login with sudo on)

    bool ok() const { return errors.isEmpty(); }
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::HccnServerChange)
