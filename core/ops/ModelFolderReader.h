#pragma once

#include "preflight/ModelFolder.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>

namespace AscendDeck {

class SessionPool;

// Reads a weights folder on a server: the listing with link targets (one find), the real sizes behind
// links (a second find, only when there are links), config.json and the safetensors index.
class ModelFolderReader
{
    Q_DECLARE_TR_FUNCTIONS(ModelFolderReader)

public:
    // Fills *folder. Returns an error result only when the server could not be asked (connection,
    // timeout, cancel); a missing folder is a fact (folder->exists == false), not an error.
    static CommandResult read(SessionPool &pool, const SshTarget &target, const QString &path, const CancelToken &cancel,
                              ModelFolder *folder);

    // The argv of the listing command (shown in logs and tested).
    static QStringList listingCommand(const QString &path);
};

} // namespace AscendDeck
