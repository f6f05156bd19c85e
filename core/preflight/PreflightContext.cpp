#include "PreflightContext.h"

#include <QMap>

namespace AscendDeck {

namespace {
int majorityNpuCount(const QList<PreflightFacts> &servers)
{
    QMap<int, int> votes;
    for (const PreflightFacts &facts : servers) {
        if (facts.reachable() && facts.npuSmiOk)
            ++votes[static_cast<int>(facts.npuSmi.chips.size())];
    }
    int best = 0;
    int bestVotes = 0;
    // Ascending keys with >= : on a tie the larger count wins (a missing NPU is likelier than an extra one).
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        if (it.value() >= bestVotes) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    return best;
}
} // namespace

PreflightContext PreflightContext::build(const QList<PreflightFacts> &servers, const PreflightRequest &request)
{
    PreflightContext context;
    context.servers = servers;
    context.request = request;
    context.referenceNpuCount = request.expectedNpus > 0 ? request.expectedNpus : majorityNpuCount(servers);
    for (int i = 0; i < servers.size(); ++i) {
        const PreflightFacts &facts = servers.at(i);
        if (!facts.reachable())
            continue;
        if (context.imageCann.isEmpty())
            context.imageCann = facts.imageCannVersion;
        if (context.referenceModelHost < 0 && facts.model.exists)
            context.referenceModelHost = i;
    }
    return context;
}

} // namespace AscendDeck
