#include "PlanCommand.h"

#include "CommandLine.h"
#include "Output.h"

#include "network/HccnCommandRenderer.h"
#include "network/HccnPlanValidator.h"
#include "network/HccnPlanner.h"


namespace AscendDeck::Cli {

namespace {
struct PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
};

// People read the table; scripts and `apply --plan` read --json.
void printTable(const HccnPlan &plan)
{
    printLine(stdout, PlanCommand::tr("topology %1, subnet %2").arg(topologyName(plan.topology), plan.subnet));
    for (const HccnServerPlan &server : plan.servers) {
        printLine(stdout, QString());
        printLine(stdout, server.host);
        for (const HccnNpuPlan &n : server.npus)
            printLine(stdout, QStringLiteral("  NPU %1  %2/%3  gateway %4  netdetect %5  tls %6")
                                  .arg(n.npu)
                                  .arg(n.address, n.netmask, n.gateway.isEmpty() ? QStringLiteral("-") : n.gateway,
                                       n.netdetect.isEmpty() ? QStringLiteral("-") : n.netdetect)
                                  .arg(n.tls));
    }
}
} // namespace

int runPlan(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("plan"),
                    QStringLiteral("[options] --topology fibre-pairs|switch|routed --subnet CIDR --servers HOST,HOST..."),
                    PlanCommand::tr("Suggests NPU addresses, gateways and netdetect targets for a topology and checks them "
                                    "for conflicts."));
    const QCommandLineOption topology(QStringLiteral("topology"), PlanCommand::tr("fibre-pairs, switch or routed."), QStringLiteral("NAME"));
    const QCommandLineOption subnet(QStringLiteral("subnet"), PlanCommand::tr("Where the NPU addresses come from, e.g. 192.168.100.0/24."),
                                    QStringLiteral("CIDR"));
    const QCommandLineOption gateway(QStringLiteral("gateway"), PlanCommand::tr("Gateway (switch, routed)."), QStringLiteral("IP"));
    const QCommandLineOption servers(QStringLiteral("servers"), PlanCommand::tr("Servers in order, comma separated."), QStringLiteral("HOSTS"));
    const QCommandLineOption npus(QStringLiteral("npus"), PlanCommand::tr("NPUs per server (default 8)."), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption linkPrefix(QStringLiteral("link-prefix"),
                                        PlanCommand::tr("fibre-pairs: give every fibre its own subnet of this prefix length (e.g. 30)."),
                                        QStringLiteral("BITS"), QStringLiteral("0"));
    const QCommandLineOption script(QStringLiteral("script"), PlanCommand::tr("Print each server's hccn_tool commands as a shell script."));
    cli.addOptions({topology, subnet, gateway, servers, npus, linkPrefix});
    cli.addJsonOption(PlanCommand::tr("Print the plan as JSON (input of apply --plan)."));
    cli.addOption(script);
    if (const auto done = cli.parse(arguments))
        return *done;

    HccnPlanRequest request;
    if (!topologyFromName(cli.value(topology), &request.topology))
        return cli.usageError(PlanCommand::tr("--topology must be fibre-pairs, switch or routed"));
    if (!cli.isSet(subnet) || !cli.isSet(servers))
        return cli.usageError(PlanCommand::tr("--subnet CIDR and --servers HOST,HOST... are required"));
    request.subnet = cli.value(subnet);
    request.gateway = cli.value(gateway);
    request.servers = cli.value(servers).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool npusOk = false;
    bool prefixOk = false;
    request.npuCount = cli.value(npus).toInt(&npusOk);
    request.linkPrefix = cli.value(linkPrefix).toInt(&prefixOk);
    if (!npusOk || !prefixOk)
        return cli.usageError(PlanCommand::tr("--npus and --link-prefix take numbers"));
    HccnPlan plan;
    QString error;
    if (!HccnPlanner::suggest(request, &plan, &error)) {
        printError(error);
        return code(ExitCode::Failure);
    }
    const QList<Finding> issues = HccnPlanValidator::validate(plan);
    for (const Finding &issue : issues)
        printError(issue.message);
    if (cli.json()) {
        writeBytes(stdout, QByteArray::fromStdString(plan.toJson().dump(4)) + '\n');
    } else if (cli.isSet(script)) {
        for (const HccnServerPlan &server : plan.servers)
            print(stdout, HccnCommandRenderer::script(server.host, HccnCommandRenderer::render(server)));
    } else {
        printTable(plan);
    }
    return code(issues.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}

} // namespace AscendDeck::Cli
