#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "EngineCommand.h"
#include "ExecCommand.h"
#include "LoadTestCommand.h"
#include "LaunchCommand.h"
#include "ParseCommand.h"
#include "ProjectCommand.h"
#include "PlanCommand.h"
#include "RankTableCommand.h"

#include "Translations.h"
#include "log/Log.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

using namespace AscendDeck;

namespace {
void printUsage(FILE *stream)
{
    fputs("usage: ascenddeck-cli [--version] COMMAND [ARGS...]\n"
          "\n"
          "commands:\n"
          "  apply   preview, apply or roll back an NPU network plan (hccn_tool) over SSH\n"
          "  check   preflight checks before a launch (NPUs, driver vs CANN, docker, weights), as JSON\n"
          "  engine  MindIE config, vLLM/docker command lines, launch scripts, log diagnosis, capacity\n"
          "  exec    run a command on one or more servers over SSH\n"
          "  launch  start the engine on every server (or --dry-run), stream the logs, wait until ready\n"
          "  export  write every file the project generates into a folder for version control\n"
          "  loadtest  load-test an OpenAI-compatible service (TTFT, TPOT, ITL, throughput)\n"
          "  plan    suggest and check an NPU network plan (fibre-pairs, switch, routed)\n"
          "  parse   parse a saved tool output (npu-smi, hccn-tool, ...) and print it as JSON\n"
          "  ranktable  generate, merge or validate HCCL rank tables\n"
          "  status  compare the servers with the project (drift), as JSON\n"
          "  stop    stop and remove the engine container on every server\n"
          "\n"
          "Run 'ascenddeck-cli COMMAND --help' for a command's options.\n",
          stream);
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
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version")) {
        printf("ascenddeck-cli %s\n", ASCENDDECK_VERSION);
        return 0;
    }
    Log::init();

    // Each subcommand sees argv[0] followed by its own arguments, as if it were a program of its own.
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("apply"), &Cli::runApply},
        {QStringLiteral("check"), &Cli::runCheck},
        {QStringLiteral("engine"), &Cli::runEngine},
        {QStringLiteral("exec"), &Cli::runExec},
        {QStringLiteral("launch"), &Cli::runLaunch},
        {QStringLiteral("export"), &Cli::runExport},
        {QStringLiteral("loadtest"), &Cli::runLoadTest},
        {QStringLiteral("parse"), &Cli::runParse},
        {QStringLiteral("status"), &Cli::runStatus},
        {QStringLiteral("stop"), &Cli::runStop},
        {QStringLiteral("plan"), &Cli::runPlan},
        {QStringLiteral("ranktable"), &Cli::runRankTable},
    };
    const auto found = commands.find(args.at(1));
    if (found == commands.end()) {
        fprintf(stderr, "ascenddeck-cli: unknown command '%s'\n", qPrintable(args.at(1)));
        printUsage(stderr);
        return 2;
    }
    QStringList subArgs = args.mid(2);
    subArgs.prepend(args.at(0) + QLatin1Char(' ') + args.at(1));
    return found->second(subArgs);
}
