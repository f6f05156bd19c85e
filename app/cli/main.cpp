#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "EngineCommand.h"
#include "ExecCommand.h"
#include "ExitCode.h"
#include "LaunchCommand.h"
#include "LoadTestCommand.h"
#include "MonitorCommand.h"
#include "Output.h"
#include "ParseCommand.h"
#include "PlanCommand.h"
#include "ProjectCommand.h"
#include "RankTableCommand.h"
#include "Subcommands.h"
#include "WeightsCommand.h"

#include "Translations.h"
#include "log/Log.h"

#include <QCoreApplication>

using namespace AscendDeck;
using namespace AscendDeck::Cli;

namespace {
struct CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

Subcommands commands()
{
    Subcommands all(QString(), CliMain::tr("The headless half of AscendDeck: NPU network, rank tables, preflight, engine "
                                           "launch and load tests from the command line."));
    all.add(QStringLiteral("apply"), CliMain::tr("preview, apply or roll back an NPU network plan (hccn_tool) over SSH"), &runApply);
    all.add(QStringLiteral("check"), CliMain::tr("preflight checks before a launch (NPUs, driver vs CANN, docker, weights), as JSON"), &runCheck);
    all.add(QStringLiteral("engine"), CliMain::tr("MindIE config, vLLM/docker command lines, launch scripts, log diagnosis, capacity"), &runEngine);
    all.add(QStringLiteral("exec"), CliMain::tr("run a command on one or more servers over SSH"), &runExec);
    all.add(QStringLiteral("export"), CliMain::tr("write every file the project generates into a folder for version control"), &runExport);
    all.add(QStringLiteral("launch"), CliMain::tr("start the engine on every server (or --dry-run), stream the logs, wait until ready"), &runLaunch);
    all.add(QStringLiteral("loadtest"), CliMain::tr("load-test an OpenAI-compatible service (TTFT, TPOT, ITL, throughput)"), &runLoadTest);
    all.add(QStringLiteral("monitor"), CliMain::tr("sample every NPU over SSH: a table, JSON lines or CSV, or Prometheus /metrics"), &runMonitor);
    all.add(QStringLiteral("parse"), CliMain::tr("parse a saved tool output (npu-smi, hccn-tool, ...) and print it as JSON"), &runParse);
    all.add(QStringLiteral("plan"), CliMain::tr("suggest and check an NPU network plan (fibre-pairs, switch, routed)"), &runPlan);
    all.add(QStringLiteral("ranktable"), CliMain::tr("generate, merge or validate HCCL rank tables"), &runRankTable);
    all.add(QStringLiteral("status"), CliMain::tr("compare the servers with the project (drift), as JSON"), &runStatus);
    all.add(QStringLiteral("stop"), CliMain::tr("stop and remove the engine container on every server"), &runStop);
    all.add(QStringLiteral("weights"), CliMain::tr("the model folder on every server: status, and the copy from server to server"), &runWeights);
    return all;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AscendDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ascenddeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASCENDDECK_VERSION));
    Translations::install(&app);

    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--version")) {
        printLine(stdout, QStringLiteral("ascenddeck-cli " ASCENDDECK_VERSION));
        return code(ExitCode::Success);
    }
    Log::init();
    // Each command sees "PROGRAM COMMAND" as its program name, then its own arguments.
    return commands().run(args);
}
