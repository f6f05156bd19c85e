#pragma once

#include "WeightsComparison.h"
#include "WeightsStatus.h"

#include "base/Finding.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// What to copy where.
struct WeightsSyncOptions
{
    SshTarget reference;
    QList<SshTarget> targets;
    QString dir;
    bool overwrite = false;     // replace target files that differ from the reference's
    int bandwidthLimitKiB = 0;  // per copy (rsync --bwlimit); 0: none
};

// One target's copy as it goes.
struct WeightsTargetProgress
{
    int target = -1;            // index into WeightsSyncOptions::targets
    QString source;             // the server it copies from
    qint64 bytes = 0;
    qint64 total = 0;           // what the plan said was still to copy
    double bytesPerSecond = 0;
    QString file;

    int secondsLeft() const
    {
        return bytesPerSecond > 0 && total > bytes ? int(double(total - bytes) / bytesPerSecond) : -1;
    }
};

// How one target ended.
struct WeightsTargetOutcome
{
    enum class State { NotStarted, Verified, Conflicts, Failed, Cancelled };

    SshTarget target;
    State state = State::NotStarted;
    QString source;                         // the server it was copied from; empty when nothing was copied
    int round = 0;                          // depth in the copy tree (1: from the reference); 0: not copied
    int filesTransferred = -1;              // rsync's count (-1: no copy ran)
    qint64 bytesSent = -1;                  // rsync's literal data
    QString error;
    QList<WeightsDifference> differences;   // what still differs after the copy (kept conflicts, failures)

    static QString stateName(State state);  // JSON spelling
};

// The whole copy: the plan it started from, each target's end, and why it stopped if it did.
struct WeightsSyncResult
{
    WeightsStatus before;
    QList<Finding> findings;        // refusals, errors, conflicts kept
    bool refused = false;           // nothing was copied: unreadable servers, no disk, no reference
    bool cancelled = false;
    int rounds = 0;                 // depth of the copy tree
    qint64 elapsedMs = 0;
    QList<WeightsTargetOutcome> targets;

    bool ok() const;
    bool hasConflicts() const;
    nlohmann::ordered_json toJson(bool overwrite) const;
};

} // namespace AscendDeck

Q_DECLARE_METATYPE(AscendDeck::WeightsTargetProgress)
Q_DECLARE_METATYPE(AscendDeck::WeightsSyncResult)
