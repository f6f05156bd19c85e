#pragma once

#include "network/HccnBackup.h"
#include "network/HccnPlan.h"
#include "network/HccnServerChange.h"
#include "remote/CancelToken.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace AscendDeck {

class SessionPool;

// Applies an NPU network plan: reads every server, runs only the setters that differ (so a second apply runs
// none), after writing a local backup of what they replace, then reads back and checks nothing differs any
// more. Rollback runs the same way from a backup. Servers are handled in parallel, the commands of one server
// in order; a server stops at its first failing command.
class NetworkApply
{
    Q_DECLARE_TR_FUNCTIONS(NetworkApply)

public:
    // Called from worker threads after each command (done counts that server's commands so far).
    using Progress = std::function<void(const QString &host, int done, int total, const HccnCommand &command)>;

    // A command of change as a preview shows it: with "sudo " in front when it will run through sudo.
    static QString previewLine(const HccnServerChange &change, const HccnCommand &command);
    // Reads and diffs without changing anything: the dry run. servers is index-aligned with targets.
    static QList<HccnServerChange> preview(SessionPool *pool, const QList<SshTarget> &targets,
                                           const QList<HccnServerPlan> &servers, const CancelToken &cancel = {});
    // Writes backupPath (the readings of every server) before the first command. Returns false if any server
    // failed; *changes tells which and why.
    static bool apply(SessionPool *pool, const QList<SshTarget> &targets, const QList<HccnServerPlan> &servers,
                      const QString &backupPath, QList<HccnServerChange> *changes, const Progress &progress = {},
                      const CancelToken &cancel = {});
    // Reads and renders the rollback without changing anything.
    static QList<HccnServerChange> previewRollback(SessionPool *pool, const QList<SshTarget> &targets,
                                                   const QList<HccnServerReadings> &backup,
                                                   const CancelToken &cancel = {});
    // Restores the backup's readings of each target (matched by the backup's host = servers' hosts order).
    static bool rollback(SessionPool *pool, const QList<SshTarget> &targets, const QList<HccnServerReadings> &backup,
                         QList<HccnServerChange> *changes, const Progress &progress = {},
                         const CancelToken &cancel = {});

private:
    static QList<HccnServerChange> read(SessionPool *pool, const QList<SshTarget> &targets, const QStringList &hosts,
                                        const QList<QList<int>> &npus, const CancelToken &cancel);
    static void execute(SessionPool *pool, const QList<SshTarget> &targets, QList<HccnServerChange> *changes,
                        const Progress &progress, const CancelToken &cancel);
    static HccnServerChange runCommands(SessionPool &pool, const SshTarget &target, HccnServerChange change,
                                        const Progress &progress, const CancelToken &cancel);
    static void readBack(SessionPool *pool, const QList<SshTarget> &targets, QList<HccnServerChange> *changes,
                         const std::function<QList<HccnCommand>(int, const HccnServerChange &)> &remaining,
                         const CancelToken &cancel);
    static bool allOk(const QList<HccnServerChange> &changes);
};

} // namespace AscendDeck
