#pragma once

#include "network/HccnPlan.h"
#include "network/HccnVerifyMatrix.h"
#include "ops/HccnBatch.h"
#include "remote/CancelToken.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>

namespace AscendDeck {

class SessionPool;

// The verification matrix of a plan: per NPU link UP, net_health Success, an LLDP neighbour port, TLS switch
// 0 and a ping to each peer (HccnPlan::peerAddresses). One SSH exec per server; servers in parallel.
class NetworkVerify
{
    Q_DECLARE_TR_FUNCTIONS(NetworkVerify)

public:
    // targets is index-aligned with plan.servers.
    static HccnVerifyMatrix run(SessionPool *pool, const QList<SshTarget> &targets, const HccnPlan &plan,
                                const CancelToken &cancel = {});
    // Judges one NPU from its getters' output: link, net_health, lldp, tls, then one ping per peer.
    static HccnVerifyRow evaluate(const QString &host, int npu, const QList<HccnBatch::Output> &outputs,
                                  const QStringList &peers);

private:
    static QList<HccnVerifyRow> verifyServer(SessionPool &pool, const SshTarget &target, const HccnPlan &plan,
                                             int serverIndex, const CancelToken &cancel);
    static HccnVerifyCell link(const HccnBatch::Output &output);
    static HccnVerifyCell health(const HccnBatch::Output &output);
    static HccnVerifyCell lldp(const HccnBatch::Output &output);
    static HccnVerifyCell tls(const HccnBatch::Output &output);
    static HccnVerifyCell ping(const QString &peer, const HccnBatch::Output &output);
};

} // namespace AscendDeck
