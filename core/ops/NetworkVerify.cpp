#include "NetworkVerify.h"

#include "ascend/HccnToolParser.h"
#include "jobs/ServerJob.h"

namespace AscendDeck {

namespace {
const char *const kChecks[] = {"-link", "-net_health", "-lldp", "-tls"};

HccnVerifyCell cell(const QString &check, bool pass, const QString &value, const QString &reason = {})
{
    return {check, pass, value, pass ? QString() : reason};
}

// The tool's own words, shortened, for the reason column.
QString raw(const HccnBatch::Output &output)
{
    const QString text = QString::fromUtf8(output.out).trimmed().replace(QLatin1Char('\n'), QStringLiteral(" | "));
    return text.isEmpty() ? NetworkVerify::tr("(no output, exit %1)").arg(output.exitStatus) : text.left(300);
}
} // namespace

HccnVerifyMatrix NetworkVerify::run(SessionPool *pool, const QList<SshTarget> &targets, const HccnPlan &plan,
                                    const CancelToken &cancel)
{
    const QList<CommandResult> results = ServerJob::runAll(
        pool, targets,
        [&](SessionPool &p, const SshTarget &target, const CancelToken &c) {
            int index = 0;
            while (index < targets.size() && targets.at(index).poolKey() != target.poolKey())
                ++index;
            CommandResult result;
            result.exitStatus = 0;
            result.payload = QVariant::fromValue(verifyServer(p, target, plan, index, c));
            return result;
        },
        cancel);
    HccnVerifyMatrix matrix;
    for (const CommandResult &result : results)
        matrix << result.payload.value<QList<HccnVerifyRow>>();
    return matrix;
}

QList<HccnVerifyRow> NetworkVerify::verifyServer(SessionPool &pool, const SshTarget &target, const HccnPlan &plan,
                                                 int serverIndex, const CancelToken &cancel)
{
    const HccnServerPlan &server = plan.servers.at(serverIndex);
    QList<QStringList> calls;
    QList<QStringList> peers;
    for (const HccnNpuPlan &npu : server.npus) {
        const QString id = QString::number(npu.npu);
        for (const char *check : kChecks)
            calls.append({QStringLiteral("-i"), id, QLatin1String(check), QStringLiteral("-g")});
        peers.append(plan.peerAddresses(serverIndex, npu.npu));
        for (const QString &peer : peers.last())
            calls.append({QStringLiteral("-i"), id, QStringLiteral("-ping"), QStringLiteral("-g"), QStringLiteral("address"), peer});
    }
    QList<HccnBatch::Output> outputs;
    const CommandResult result = HccnBatch::run(pool, target, calls, cancel, &outputs);
    QList<HccnVerifyRow> rows;
    qsizetype pos = 0;
    for (int i = 0; i < server.npus.size(); ++i) {
        const qsizetype count = 4 + peers.at(i).size();
        if (outputs.isEmpty()) {
            HccnVerifyRow row{server.host, server.npus.at(i).npu, {}};
            row.cells << cell(QStringLiteral("ssh"), false, {}, result.errorString);
            rows << row;
            continue;
        }
        rows << evaluate(server.host, server.npus.at(i).npu, outputs.mid(pos, count), peers.at(i));
        pos += count;
    }
    return rows;
}

HccnVerifyRow NetworkVerify::evaluate(const QString &host, int npu, const QList<HccnBatch::Output> &outputs,
                                      const QStringList &peers)
{
    HccnVerifyRow row{host, npu, {}};
    row.cells << link(outputs.at(0)) << health(outputs.at(1)) << lldp(outputs.at(2)) << tls(outputs.at(3));
    for (int i = 0; i < peers.size(); ++i)
        row.cells << ping(peers.at(i), outputs.at(4 + i));
    return row;
}

HccnVerifyCell NetworkVerify::link(const HccnBatch::Output &output)
{
    const QList<bool> up = HccnToolParser::parseLink(output.out);
    if (up.isEmpty())
        return cell(QStringLiteral("link"), false, {}, raw(output));
    return cell(QStringLiteral("link"), up.first(), up.first() ? QStringLiteral("UP") : QStringLiteral("DOWN"),
                tr("link status: DOWN (check the fibre or the switch port)"));
}

HccnVerifyCell NetworkVerify::health(const HccnBatch::Output &output)
{
    const QStringList status = HccnToolParser::parseNetHealth(output.out);
    if (status.isEmpty())
        return cell(QStringLiteral("net_health"), false, {}, raw(output));
    return cell(QStringLiteral("net_health"), status.first() == QLatin1String("Success"), status.first(),
                tr("net health status: %1").arg(status.first()));
}

HccnVerifyCell NetworkVerify::lldp(const HccnBatch::Output &output)
{
    const QList<HccnLldpNeighbour> neighbours = HccnToolParser::parseLldp(output.out);
    const QString port = neighbours.isEmpty() ? QString() : neighbours.first().portIfname;
    return cell(QStringLiteral("lldp"), !port.isEmpty(), port,
                output.out.trimmed().isEmpty() ? tr("no LLDP neighbour (link down or no switch)") : raw(output));
}

HccnVerifyCell NetworkVerify::tls(const HccnBatch::Output &output)
{
    const QList<HccnTls> tlsList = HccnToolParser::parseTls(output.out);
    if (tlsList.isEmpty())
        return cell(QStringLiteral("tls"), false, {}, raw(output));
    const bool enabled = tlsList.first().enabled;
    return cell(QStringLiteral("tls"), !enabled, enabled ? QStringLiteral("1") : QStringLiteral("0"),
                tr("tls switch is 1; every NPU of the cluster should be 0"));
}

HccnVerifyCell NetworkVerify::ping(const QString &peer, const HccnBatch::Output &output)
{
    const QString check = QStringLiteral("ping ") + peer;
    const QList<HccnPing> pings = HccnToolParser::parsePing(output.out);
    if (pings.isEmpty() || pings.first().transmitted < 0)
        return cell(check, false, {}, raw(output));
    const HccnPing &p = pings.first();
    return cell(check, p.received > 0, tr("%1/%2 received").arg(p.received).arg(p.transmitted),
                tr("%1 packets transmitted, %2 received, %3% packet loss")
                    .arg(p.transmitted)
                    .arg(p.received)
                    .arg(p.lossPercent, 0, 'f', 2));
}

} // namespace AscendDeck
