#pragma once

#include "jobs/ServerJob.h"
#include "ranktable/RankTableAssembly.h"
#include "remote/CancelToken.h"
#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QStringList>

namespace AscendDeck {

class SessionPool;

// The rank table step, the same for the wizard's page and the CLI: read every server's /etc/hccn.conf,
// assemble the cluster's table with the master first (RankTableAssembly), copy it to every server. Each
// remote part comes as a ServerJob operation (for a page's job, with progress and Cancel) and as a blocking
// call over the same operation (for the CLI and tests).
class RankTableStep
{
    Q_DECLARE_TR_FUNCTIONS(RankTableStep)

public:
    // MindIE refuses a rank table that group or others can write, or others can read.
    static constexpr int kFileMode = 0640;

    // Prints the server's /etc/hccn.conf; changes nothing.
    static ServerJob::Operation readOperation();
    // The table from what readOperation returned for each target (index-aligned with targets); serverIps are
    // the servers' server_id in the same order (an empty one: the target's host). A server that could not be
    // read makes error name it (and why), and no table is built.
    static RankTableAssembly::Result assemble(const QList<SshTarget> &targets, const QStringList &serverIps,
                                              const QList<CommandResult> &reads, int masterIndex);
    // Reads (in parallel, blocking) and assembles.
    static RankTableAssembly::Result build(SessionPool *pool, const QList<SshTarget> &targets,
                                           const QStringList &serverIps, int masterIndex, const CancelToken &cancel = {});

    // Uploads the table to path with kFileMode.
    static ServerJob::Operation distributeOperation(const QByteArray &json, const QString &path);
    // What went wrong in those uploads, one line a server; empty when every server has the file.
    static QStringList failures(const QList<CommandResult> &uploads);
    // Uploads to every target (in parallel, blocking); returns failures().
    static QStringList distribute(SessionPool *pool, const QList<SshTarget> &targets, const QByteArray &json,
                                  const QString &path, const CancelToken &cancel = {});
};

} // namespace AscendDeck
