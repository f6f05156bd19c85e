#pragma once

#include "remote/RemoteCommand.h"

#include <QString>
#include <QStringList>

namespace AscendDeck {

// The remote commands of the weights' status and copy. Each is a fixed POSIX sh script given its values as
// positional arguments ("sh -c SCRIPT sh ARG..."), so that a path is never re-read by the remote shell.
namespace WeightsRemote {

// The copy's partial files: inside the folder, hidden, never under the name of the complete file.
inline constexpr char kPartialDir[] = ".ascenddeck-partial";

// One listing of dir: its entries (GNU find -printf), where its symlinks resolve, optionally every file's
// sha256 (in parallel, one sha256sum per core), and the free bytes of its filesystem (df, on the nearest
// existing parent when dir does not exist yet).
RemoteCommand inventory(const QString &dir, bool hashes);

// On a source server: a private temporary directory holding a new ed25519 key pair (made there, so the private
// key never leaves the server) and the host key file; prints the directory, then the public key line.
RemoteCommand createKey(const QString &marker);
// Writes knownHostsLine (the target's key as the console verified it) to KEYDIR/known_hosts.
RemoteCommand writeKnownHosts(const QString &keyDir, const QString &knownHostsLine);
// Removes the key directory (the private key with it).
RemoteCommand removeKey(const QString &keyDir);

// On a target: appends line to the login user's ~/.ssh/authorized_keys (created 0600 when missing); prints
// "created" when the file did not exist before.
RemoteCommand authorize(const QString &line);
// Removes every line holding marker from ~/.ssh/authorized_keys, keeping the file itself (inode, mode); a
// file this copy created and that is empty again is removed.
RemoteCommand revoke(const QString &marker, bool fileWasCreated);

// rsync's arguments for a copy of sourceDir's content into host:targetDir (without -e).
QStringList rsyncArguments(const QString &sourceDir, const QString &host, const QString &targetDir, bool overwrite,
                           int bandwidthLimitKiB);
// The ssh command rsync runs to reach the target: only the temporary key, only the verified host key.
QString rsyncShell(const QString &keyDir, const QString &user, int port);
// Prints (to stdout) the command line rsync would ask the target's sshd to run for these arguments, by giving
// rsync a "remote shell" that records its remote command instead of connecting: the exact line the key is
// then restricted to (authorized_keys command="...").
RemoteCommand recordServerCommand(const QStringList &rsyncArguments);
// Runs rsync with the temporary key, writing its pid to KEYDIR/rsync.pid (for cancel).
RemoteCommand runRsync(const QString &keyDir, const QStringList &rsyncArguments, const QString &shell);
// Stops the rsync started by runRsync (SIGTERM: it keeps its partial file in the partial directory).
RemoteCommand stopRsync(const QString &keyDir);

// authorized_keys line for the temporary key: usable only for serverCommand, nothing else (no shell, no
// forwarding, no pty).
QString authorizedKeysLine(const QString &publicKey, const QString &serverCommand, const QString &marker);

} // namespace WeightsRemote

} // namespace AscendDeck
