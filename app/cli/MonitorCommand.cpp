#include "MonitorCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"

#include "jobs/ServerJob.h"
#include "monitor/MetricsHttpServer.h"
#include "monitor/NpuRecordBoard.h"
#include "monitor/NpuRecordText.h"
#include "monitor/NpuSampler.h"
#include "monitor/NpuSnapshot.h"
#include "remote/SessionPool.h"

#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

namespace AscendDeck::Cli {

namespace {
struct MonitorCommand
{
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
};

enum class Format { Table, Json, Csv, None };

struct Invocation
{
    QList<SshTarget> targets;
    QList<PrometheusExposition::Server> servers; // names and hosts, index-aligned with targets
    Format format = Format::Table;
    bool once = false;
    int intervalSeconds = 1;
    bool listen = false;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
};

const QCommandLineOption &onceOption()
{
    static const QCommandLineOption option(QStringLiteral("once"), MonitorCommand::tr("Take one sample of every NPU and exit."));
    return option;
}

const QCommandLineOption &csvOption()
{
    static const QCommandLineOption option(QStringLiteral("csv"), MonitorCommand::tr("Print CSV: a header, then one row per NPU and sample."));
    return option;
}

const QCommandLineOption &intervalOption()
{
    static const QCommandLineOption option(QStringLiteral("interval"), MonitorCommand::tr("Seconds between samples (default 1)."),
                                           QStringLiteral("S"), QStringLiteral("1"));
    return option;
}

const QCommandLineOption &listenOption()
{
    static const QCommandLineOption option(
        QStringLiteral("listen"), MonitorCommand::tr("Serve the latest sample of every NPU at http://ADDR:PORT/metrics (Prometheus)."),
        QStringLiteral("ADDR:PORT"));
    return option;
}

bool readServers(const CommandLine &cli, Invocation *inv, int *exitCode)
{
    QString error;
    if (cli.hasProject()) {
        Project project;
        if (!ProjectInput::load(cli.projectFile(), &project, &error)) {
            *exitCode = cli.usageError(error);
            return false;
        }
        inv->targets = ProjectInput::targets(project);
        for (const ProjectServer &server : project.servers)
            inv->servers.append({server.name.isEmpty() ? server.host : server.name, server.host, false, {}});
        if (inv->targets.isEmpty()) {
            *exitCode = cli.usageError(MonitorCommand::tr("%1 lists no servers").arg(cli.projectFile()));
            return false;
        }
        return true;
    }
    const QStringList positional = cli.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = cli.usageError(positional.isEmpty() ? MonitorCommand::tr("no host list given (HOSTS or --project FILE)")
                                                        : MonitorCommand::tr("one host list, with commas between the hosts"));
        return false;
    }
    if (!SshTarget::parseList(positional.first(), &inv->targets, &error)) {
        *exitCode = cli.usageError(error);
        return false;
    }
    for (const SshTarget &target : std::as_const(inv->targets))
        inv->servers.append({target.displayName(), target.host, false, {}});
    return true;
}

bool readInvocation(const CommandLine &cli, Invocation *inv, int *exitCode)
{
    if (cli.json() && cli.isSet(csvOption())) {
        *exitCode = cli.usageError(MonitorCommand::tr("--json and --csv exclude each other"));
        return false;
    }
    inv->format = cli.json() ? Format::Json : cli.isSet(csvOption()) ? Format::Csv : Format::Table;
    inv->once = cli.isSet(onceOption());
    bool ok = false;
    inv->intervalSeconds = cli.value(intervalOption()).toInt(&ok);
    if (!ok || inv->intervalSeconds < 1) {
        *exitCode = cli.usageError(MonitorCommand::tr("--interval '%1' is not a whole number of seconds (1 or more)")
                                       .arg(cli.value(intervalOption())));
        return false;
    }
    inv->listen = cli.isSet(listenOption());
    if (inv->listen) {
        QString error;
        if (inv->once) {
            *exitCode = cli.usageError(MonitorCommand::tr("--listen serves samples until stopped; it does not go with --once"));
            return false;
        }
        if (!MetricsHttpServer::parseAddress(cli.value(listenOption()), &inv->listenAddress, &inv->listenPort, &error)) {
            *exitCode = cli.usageError(QStringLiteral("--listen: ") + error);
            return false;
        }
        // A metrics endpoint is a service: the records go to stdout only when a format is asked for.
        if (!cli.json() && !cli.isSet(csvOption()))
            inv->format = Format::None;
    }
    return readServers(cli, inv, exitCode);
}

void printHeader(Format format)
{
    if (format == Format::Csv)
        writeBytes(stdout, NpuRecordText::csvHeader());
    else if (format == Format::Table)
        print(stdout, NpuRecordText::tableHeader());
}

void printRecords(Format format, const QList<NpuRecord> &records)
{
    QByteArray out;
    for (const NpuRecord &record : records) {
        switch (format) {
        case Format::Json: out += NpuRecordText::jsonLine(record); break;
        case Format::Csv: out += NpuRecordText::csvRow(record); break;
        case Format::Table: out += NpuRecordText::tableRow(record).toUtf8(); break;
        case Format::None: break;
        }
    }
    writeBytes(stdout, out);
}

// What a failed sample makes the exit code: the connection-level codes of every command, else a failure.
int failureCode(const CommandResult &result)
{
    return result.ran() ? code(ExitCode::Failure) : exitCodeOf(result);
}

// A key or login that was refused is refused again on every retry: no use sampling on.
bool isConfigurationError(const CommandResult &result)
{
    return result.error == RemoteError::HostKeyUnknown || result.error == RemoteError::HostKeyChanged
        || result.error == RemoteError::AuthFailed;
}

// One blocking sample of every server at once, printed in the servers' order; the worst exit code.
int sampleAll(SessionPool *pool, const Invocation &inv, NpuRecordBoard *board, bool *refused)
{
    const QList<CommandResult> results = ServerJob::runAll(pool, inv.targets, &NpuSnapshot::sample);
    int worst = code(ExitCode::Success);
    for (int i = 0; i < results.size(); ++i) {
        const CommandResult &result = results.at(i);
        if (!result.payload.isValid()) {
            printError(result.errorString);
            worst = std::max(worst, failureCode(result));
            *refused = *refused || isConfigurationError(result);
            board->setDown(i);
            continue;
        }
        board->setRecords(i, NpuSnapshot::records(result));
        printRecords(inv.format, board->server(i).records);
    }
    return worst;
}

int sampleForever(SessionPool *pool, const Invocation &inv, NpuRecordBoard *board)
{
    std::vector<std::unique_ptr<NpuSampler>> samplers;
    for (int i = 0; i < inv.targets.size(); ++i) {
        auto sampler = std::make_unique<NpuSampler>(pool, inv.targets.at(i), i);
        NpuSampler::Options options = sampler->options();
        options.intervalSeconds = inv.intervalSeconds;
        sampler->setOptions(options);
        QObject::connect(sampler.get(), &NpuSampler::sampled, sampler.get(),
                         [board, format = inv.format](int server, const QList<NpuReading> &readings) {
                             printRecords(format, board->setReadings(server, readings));
                         });
        // Connection errors name the server already; a stall or an ended loop does not.
        const QString prefix = inv.targets.at(i).displayName() + QLatin1Char(':');
        QObject::connect(sampler.get(), &NpuSampler::gap, sampler.get(), [board, prefix](int server, qint64, const QString &reason) {
            board->setDown(server);
            printError(reason.startsWith(prefix) ? MonitorCommand::tr("%1; retrying").arg(reason)
                                                 : MonitorCommand::tr("%1: %2; retrying").arg(board->server(server).server, reason));
        });
        sampler->start();
        samplers.push_back(std::move(sampler));
    }
    // Until interrupted (Ctrl-C, SIGTERM from a service manager).
    return QCoreApplication::exec();
}
} // namespace

int runMonitor(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("monitor"),
                    QStringLiteral("[options] (HOSTS | --project FILE) [--once] [--json | --csv] [--interval S] [--listen ADDR:PORT]"),
                    MonitorCommand::tr("Samples every NPU of every server over SSH (npu-smi info, as the console's monitor "
                                       "does) and prints one record per NPU and sample; nothing is installed on the servers."));
    cli.addSshOptions();
    cli.addProjectOption();
    cli.addJsonOption(MonitorCommand::tr("Print one JSON object per NPU and sample, one a line."));
    cli.addOptions({csvOption(), onceOption(), intervalOption(), listenOption()});
    cli.addPositional(QStringLiteral("hosts"), MonitorCommand::tr("[USER@]HOST[:PORT][,HOST...] (not with --project)"));
    if (const auto done = cli.parse(arguments))
        return *done;
    Invocation inv;
    int exitCode = code(ExitCode::Usage);
    if (!readInvocation(cli, &inv, &exitCode))
        return exitCode;

    NpuRecordBoard board;
    board.setServers(inv.servers);
    MetricsHttpServer http([&board] { return board.exposition(); }, PrometheusExposition::contentType());
    if (inv.listen) {
        QString error;
        if (!http.listen(inv.listenAddress, inv.listenPort, &error)) {
            printError(MonitorCommand::tr("cannot listen on %1: %2").arg(cli.value(listenOption()), error));
            return code(ExitCode::Failure);
        }
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(http.address().toString()); // brackets an IPv6 address
        url.setPort(http.port());
        url.setPath(QStringLiteral("/metrics"));
        printError(MonitorCommand::tr("serving the NPU metrics at %1").arg(url.toString()));
    }
    SessionPool pool(cli.sessionOptions());
    printHeader(inv.format);
    bool refused = false;
    const int first = sampleAll(&pool, inv, &board, &refused);
    if (inv.once || refused)
        return first;
    return sampleForever(&pool, inv, &board);
}

} // namespace AscendDeck::Cli
