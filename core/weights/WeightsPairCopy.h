#pragma once

#include "WeightsRsyncProgress.h"

#include "remote/CancelToken.h"
#include "remote/SshTarget.h"

#include <QString>

#include <functional>

namespace AscendDeck {

class SessionPool;

// One copy of the model folder from a source server to a target server, with rsync running on the source and
// connecting to the target by itself: the bytes go between the two servers, the console only sends commands.
//
// The source gets a temporary ed25519 key pair made on it (the private key never leaves it); the target
// authorizes that key for exactly the rsync server command of this copy (restrict,command="rsync --server
// ..."), marked with the job's marker; the source checks the target's host key against the one the console
// verified (written to a known_hosts file next to the key). Afterwards, also after a failure or Cancel, the
// marked line is removed from the target's authorized_keys; the key itself goes when the job ends (removeKey).
class WeightsPairCopy
{
public:
    struct Key
    {
        QString dir;       // private temporary directory on the source: key, key.pub, known_hosts, rsync.pid
        QString publicKey; // "ssh-ed25519 BASE64 COMMENT"
    };
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        int filesTransferred = -1;
        qint64 literalBytes = -1; // bytes rsync really sent (not matched from a partial file)
    };
    using Progress = std::function<void(const WeightsRsyncProgress &progress)>;

    WeightsPairCopy(SessionPool *pool, QString dir, QString marker, bool overwrite, int bandwidthLimitKiB);

    // Makes the key pair on source.
    bool createKey(const SshTarget &source, Key *key, QString *error, const CancelToken &cancel) const;
    // Removes the key pair's directory from source (never cancelled: it must happen).
    void removeKey(const SshTarget &source, const Key &key) const;

    Outcome copy(const SshTarget &source, const Key &key, const SshTarget &target, const CancelToken &cancel,
                 const Progress &progress) const;

private:
    bool prepareSource(const SshTarget &source, const Key &key, const SshTarget &target, QString *shell,
                       QString *serverCommand, QString *error, const CancelToken &cancel) const;
    QString failureText(const SshTarget &server, const QString &what, const QString &detail) const;

    SessionPool *m_pool;
    QString m_dir;
    QString m_marker;
    bool m_overwrite;
    int m_bandwidthLimitKiB;
};

} // namespace AscendDeck
