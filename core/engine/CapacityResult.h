#pragma once

#include <QString>
#include <QStringList>

namespace AscendDeck {

struct CapacityResult
{
    enum class Verdict { Pass, Warn, Fail };

    Verdict verdict = Verdict::Fail;
    int shardCount = 0;               // NPUs one copy of the weights is split over
    qint64 weightSharePerNpu = 0;
    qint64 usablePerNpu = 0;          // HBM x fraction - runtime reserve
    qint64 kvHeadroomPerNpu = 0;      // what is left for the KV cache; negative when the weights do not fit
    int minimumServers = 0;           // fewest servers of this kind that fit with headroom
    QString message;
    QStringList suggestedLayouts;

    QString verdictName() const
    {
        return verdict == Verdict::Pass ? QStringLiteral("pass")
                                        : verdict == Verdict::Warn ? QStringLiteral("warn") : QStringLiteral("fail");
    }
};

} // namespace AscendDeck
