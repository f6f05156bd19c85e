#include "RankTable.h"

namespace AscendDeck {

int RankTable::deviceCount() const
{
    int count = 0;
    for (const RankTableServer &entry : servers)
        count += static_cast<int>(entry.devices.size());
    return count;
}

const RankTableServer *RankTable::server(const QString &serverId) const
{
    for (const RankTableServer &entry : servers) {
        if (entry.serverId == serverId)
            return &entry;
    }
    return nullptr;
}

} // namespace AscendDeck
