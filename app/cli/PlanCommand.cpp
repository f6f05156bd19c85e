#include "PlanCommand.h"

#include "network/HccnCommandRenderer.h"
#include "network/HccnPlanValidator.h"
#include "network/HccnPlanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("plan", text);
}

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray data = line.toUtf8() + '\n';
    fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stream);
}

// People read the table; scripts and `apply --plan` read --json.
void printTable(const HccnPlan &plan)
{
    writeLine(stdout, tr("topology %1, subnet %2").arg(topologyName(plan.topology), plan.subnet));
    for (const HccnServerPlan &server : plan.servers) {
        writeLine(stdout, QString());
        writeLine(stdout, server.host);
        for (const HccnNpuPlan &n : server.npus)
            writeLine(stdout, QStringLiteral("  NPU %1  %2/%3  gateway %4  netdetect %5  tls %6")
                                  .arg(n.npu)
                                  .arg(n.address, n.netmask, n.gateway.isEmpty() ? QStringLiteral("-") : n.gateway,
                                       n.netdetect.isEmpty() ? QStringLiteral("-") : n.netdetect)
                                  .arg(n.tls));
    }
}
} // namespace

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Suggests NPU addresses, gateways and netdetect targets for a topology and "
                                        "checks them for conflicts."));
    parser.addHelpOption();
    const QCommandLineOption topology(QStringLiteral("topology"), tr("fibre-pairs, switch or routed."), QStringLiteral("NAME"));
    const QCommandLineOption subnet(QStringLiteral("subnet"), tr("Where the NPU addresses come from, e.g. 192.168.100.0/24."),
                                    QStringLiteral("CIDR"));
    const QCommandLineOption gateway(QStringLiteral("gateway"), tr("Gateway (switch, routed)."), QStringLiteral("IP"));
    const QCommandLineOption servers(QStringLiteral("servers"), tr("Servers in order, comma separated."), QStringLiteral("HOSTS"));
    const QCommandLineOption npus(QStringLiteral("npus"), tr("NPUs per server (default 8)."), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption linkPrefix(QStringLiteral("link-prefix"),
                                        tr("fibre-pairs: give every fibre its own subnet of this prefix length (e.g. 30)."),
                                        QStringLiteral("BITS"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the plan as JSON (input of apply --plan)."));
    const QCommandLineOption script(QStringLiteral("script"), tr("Print each server's hccn_tool commands as a shell script."));
    parser.addOptions({topology, subnet, gateway, servers, npus, linkPrefix, json, script});
    parser.process(arguments);

    HccnPlanRequest request;
    if (!topologyFromName(parser.value(topology), &request.topology) || !parser.isSet(subnet) || !parser.isSet(servers)) {
        writeLine(stderr, tr("usage: ascenddeck-cli plan --topology fibre-pairs|switch|routed --subnet CIDR "
                             "[--gateway IP] --servers HOST,HOST... [--npus 8] [--json]"));
        return 2;
    }
    request.subnet = parser.value(subnet);
    request.gateway = parser.value(gateway);
    request.servers = parser.value(servers).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool npusOk = false;
    bool prefixOk = false;
    request.npuCount = parser.value(npus).toInt(&npusOk);
    request.linkPrefix = parser.value(linkPrefix).toInt(&prefixOk);
    if (!npusOk || !prefixOk) {
        writeLine(stderr, tr("ascenddeck-cli: --npus and --link-prefix take numbers"));
        return 2;
    }
    HccnPlan plan;
    QString error;
    if (!HccnPlanner::suggest(request, &plan, &error)) {
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
        return 1;
    }
    const QList<HccnPlanIssue> issues = HccnPlanValidator::validate(plan);
    for (const HccnPlanIssue &issue : issues)
        writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + issue.message);
    if (parser.isSet(json)) {
        const QByteArray out = QByteArray::fromStdString(plan.toJson().dump(4)) + '\n';
        fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    } else if (parser.isSet(script)) {
        for (const HccnServerPlan &server : plan.servers)
            fputs(HccnCommandRenderer::script(server.host, HccnCommandRenderer::render(server)).toUtf8().constData(), stdout);
    } else {
        printTable(plan);
    }
    return issues.isEmpty() ? 0 : 1;
}

} // namespace AscendDeck::Cli
