#pragma once

#include "WeightsComparison.h"
#include "WeightsInventory.h"

#include "base/Finding.h"
#include "remote/CancelToken.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

class SessionPool;

// The model folder on one server, and how it compares with the reference's.
struct WeightsServerStatus
{
    SshTarget target;
    bool isReference = false;
    QString error;                 // the listing could not be read (connection, command)
    WeightsInventory inventory;
    WeightsComparison comparison;  // empty for the reference
};

// The model folder on every server against a reference server: `weights status`, and what a copy plans from.
struct WeightsStatus
{
    QString dir;
    bool hashed = false;
    QList<WeightsServerStatus> servers; // the reference first, then the targets in the order given

    // Lists dir on the reference and every target at once (one command per server), hashing every file when
    // hashes is set, and compares each target with the reference.
    static WeightsStatus read(SessionPool *pool, const SshTarget &reference, const QList<SshTarget> &targets,
                              const QString &dir, bool hashes, const CancelToken &cancel = {});

    const WeightsServerStatus &reference() const { return servers.first(); }
    bool readEverywhere() const;
    // Targets holding a file of a reference name with other bytes.
    bool hasConflicts() const;
    bool isComplete() const; // every target holds exactly the reference's files
    // Unreadable servers, broken symlinks, missing folders, conflicts, and targets whose disk cannot take what
    // is still to copy (overwrite: the conflicting files are copied too).
    QList<Finding> findings(bool overwrite) const;
    QList<Finding> diskFindings(bool overwrite) const;

    nlohmann::ordered_json toJson(bool overwrite) const;
    static QString formatBytes(qint64 bytes);
};

} // namespace AscendDeck
