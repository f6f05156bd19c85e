#include "WeightsComparison.h"

#include <QHash>

namespace AscendDeck {

QString WeightsDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Missing: return QStringLiteral("missing");
    case Kind::SizeDiffers: return QStringLiteral("size");
    case Kind::ContentDiffers: return QStringLiteral("content");
    case Kind::Extra: return QStringLiteral("extra");
    }
    return QString();
}

qint64 WeightsComparison::bytesToCopy(bool overwrite) const
{
    qint64 bytes = 0;
    for (const WeightsDifference &difference : differences) {
        const bool conflict = difference.kind == WeightsDifference::Kind::SizeDiffers
                              || difference.kind == WeightsDifference::Kind::ContentDiffers;
        if (difference.kind == WeightsDifference::Kind::Missing || (overwrite && conflict))
            bytes += difference.referenceSize;
    }
    return bytes;
}

QList<WeightsDifference> WeightsComparison::conflicts() const
{
    QList<WeightsDifference> found;
    for (const WeightsDifference &difference : differences) {
        if (difference.kind == WeightsDifference::Kind::SizeDiffers
            || difference.kind == WeightsDifference::Kind::ContentDiffers)
            found << difference;
    }
    return found;
}

int WeightsComparison::countOf(WeightsDifference::Kind kind) const
{
    return int(std::count_if(differences.begin(), differences.end(),
                             [kind](const WeightsDifference &d) { return d.kind == kind; }));
}

WeightsComparison WeightsComparison::compare(const WeightsInventory &reference, const WeightsInventory &target)
{
    QHash<QString, const WeightsEntry *> onTarget;
    for (const WeightsEntry &entry : target.entries) {
        if (entry.isPayload())
            onTarget.insert(entry.path, &entry);
    }
    WeightsComparison comparison;
    for (const WeightsEntry &entry : reference.entries) {
        if (!entry.isPayload())
            continue;
        const WeightsEntry *other = onTarget.take(entry.path);
        WeightsDifference difference{entry.path, WeightsDifference::Kind::Missing, entry.size, -1};
        if (other) {
            difference.targetSize = other->size;
            if (other->size != entry.size)
                difference.kind = WeightsDifference::Kind::SizeDiffers;
            else if (!entry.sha256.isEmpty() && !other->sha256.isEmpty() && entry.sha256 != other->sha256)
                difference.kind = WeightsDifference::Kind::ContentDiffers;
            else
                continue;
        }
        comparison.differences << difference;
    }
    for (const WeightsEntry &entry : target.entries) {
        if (entry.isPayload() && onTarget.contains(entry.path))
            comparison.differences << WeightsDifference{entry.path, WeightsDifference::Kind::Extra, -1, entry.size};
    }
    return comparison;
}

} // namespace AscendDeck
