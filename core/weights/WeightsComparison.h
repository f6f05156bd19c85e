#pragma once

#include "WeightsInventory.h"

#include <QList>
#include <QString>

namespace AscendDeck {

// How a target's model folder differs from the reference's: by size always, by content when both sides were
// hashed. Only what arrives as files counts (files and symlinks to files); directories follow from them.
struct WeightsDifference
{
    enum class Kind { Missing, SizeDiffers, ContentDiffers, Extra };

    QString path;
    Kind kind = Kind::Missing;
    qint64 referenceSize = -1; // -1: not on that side
    qint64 targetSize = -1;

    // "missing", "size", "content", "extra": the JSON spelling, never translated.
    static QString kindName(Kind kind);
};

struct WeightsComparison
{
    QList<WeightsDifference> differences;

    // What a copy still has to send: the missing files, and the differing ones when they are overwritten.
    qint64 bytesToCopy(bool overwrite) const;
    // Files the target holds under a reference name with other bytes (kept unless overwriting).
    QList<WeightsDifference> conflicts() const;
    int countOf(WeightsDifference::Kind kind) const;
    bool isIdentical() const { return differences.isEmpty(); }

    static WeightsComparison compare(const WeightsInventory &reference, const WeightsInventory &target);
};

} // namespace AscendDeck
