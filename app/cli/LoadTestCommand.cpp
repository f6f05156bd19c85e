#include "LoadTestCommand.h"

#include "CommandLine.h"
#include "Output.h"

#include "loadtest/LoadSweepJob.h"
#include "loadtest/LoadTestDataset.h"
#include "loadtest/LoadTestJob.h"

#include <QSaveFile>

#include <algorithm>

namespace AscendDeck::Cli {

namespace {
struct LoadTestCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoadTestCommand)
};

bool positiveInt(const CommandLine &cli, const QString &name, int *value, int min = 1)
{
    bool ok = false;
    *value = cli.parser().value(name).toInt(&ok);
    if (!ok || *value < min) {
        cli.usageError(min > 0 ? LoadTestCommand::tr("--%1 must be a positive number").arg(name)
                               : LoadTestCommand::tr("--%1 must be a number, 0 or more").arg(name));
        return false;
    }
    return true;
}

bool saveFile(const QString &path, const QByteArray &data)
{
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(LoadTestCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(data);
    return file.commit();
}

// "--name: message", the form of every error about an option's value.
bool optionError(const CommandLine &cli, const QString &name, const QString &message)
{
    cli.usageError(QStringLiteral("--%1: %2").arg(name, message));
    return false;
}

bool readConfig(const CommandLine &cli, LoadTestConfig *config)
{
    const QCommandLineParser &parser = cli.parser();
    config->url = QUrl(parser.value(QStringLiteral("url")));
    config->model = parser.value(QStringLiteral("model"));
    if (!config->url.isValid() || config->url.scheme().isEmpty() || config->model.isEmpty()) {
        cli.usageError(LoadTestCommand::tr("--url http://HOST:PORT and --model NAME are required"));
        return false;
    }
    if (!positiveInt(cli, QStringLiteral("concurrency"), &config->concurrency)
        || !positiveInt(cli, QStringLiteral("requests"), &config->requests)
        || !positiveInt(cli, QStringLiteral("input-len"), &config->inputLen)
        || !positiveInt(cli, QStringLiteral("warmup"), &config->warmupRequests, 0))
        return false;
    const QString dataset = parser.value(QStringLiteral("dataset"));
    const bool shareGpt = !dataset.isEmpty() && dataset != QLatin1String("fixed") && !dataset.startsWith(QLatin1String("random:"));
    // With a ShareGPT dataset and no --output-len, each conversation's reply length is used.
    if (parser.isSet(QStringLiteral("output-len")) || !shareGpt) {
        if (!positiveInt(cli, QStringLiteral("output-len"), &config->outputLen))
            return false;
    } else {
        config->outputLen = 0;
    }
    QString error;
    return LoadTestDataset::parseSpec(dataset, config, &error) || optionError(cli, QStringLiteral("dataset"), error);
}

// --sweep, --slo, --search-max and --rate-step into a sweep around base.
bool readSweep(const CommandLine &cli, const LoadTestConfig &base, LoadSweepConfig *sweep)
{
    const QCommandLineParser &parser = cli.parser();
    sweep->base = base;
    QString error;
    const QString loads = parser.value(QStringLiteral("sweep"));
    if (!loads.isEmpty() && !LoadSweepConfig::parseLoads(loads, &sweep->axis, &sweep->loads, &error))
        return optionError(cli, QStringLiteral("sweep"), error);
    if (parser.isSet(QStringLiteral("slo")) && !SloTarget::parseList(parser.value(QStringLiteral("slo")), &sweep->targets, &error))
        return optionError(cli, QStringLiteral("slo"), error);
    if (parser.isSet(QStringLiteral("search-max"))) {
        if (!loads.isEmpty())
            return optionError(cli, QStringLiteral("search-max"), LoadTestCommand::tr("only for a search (--slo without --sweep)"));
        if (!LoadSweepConfig::parseSearchMax(parser.value(QStringLiteral("search-max")), &sweep->axis, &sweep->searchMax, &error))
            return optionError(cli, QStringLiteral("search-max"), error);
    }
    bool ok = false;
    sweep->rateStep = parser.value(QStringLiteral("rate-step")).toDouble(&ok);
    if (!ok || sweep->rateStep <= 0)
        return optionError(cli, QStringLiteral("rate-step"), LoadTestCommand::tr("must be a positive number of requests per second"));
    if (sweep->isSearch() && sweep->searchSteps() < 1)
        return optionError(cli, QStringLiteral("search-max"), LoadTestCommand::tr("is below one --rate-step"));
    // At a rate, --concurrency caps the requests in flight only when given.
    if (sweep->axis == LoadSweepConfig::Axis::Rate && !parser.isSet(QStringLiteral("concurrency")))
        sweep->base.concurrency = 0;
    return true;
}

void printProgress(int done, int total, int failed, double tokensPerSecond, const QString &prefix = QString())
{
    print(stderr, QLatin1Char('\r') + prefix + LoadTestCommand::tr("%1/%2 requests, %3 failed, %4 output tok/s")
                                                   .arg(done).arg(total).arg(failed).arg(tokensPerSecond, 0, 'f', 1));
}

int runSingle(const CommandLine &cli, const LoadTestConfig &config)
{
    // The same job as the console's load test page: the requests are timed on its own thread.
    LoadTestJob job;
    QObject::connect(&job, &LoadTestJob::measured, [](int done, int total, int failed, double tokensPerSecond) {
        printProgress(done, total, failed, tokensPerSecond);
    });
    job.start(config);
    job.waitForFinished();
    if (!job.error().isEmpty())
        return cli.usageError(job.error());
    print(stderr, QStringLiteral("\n"));
    const LoadTestReport &report = job.report();
    if (cli.json())
        writeBytes(stdout, report.toJsonText());
    else
        print(stdout, report.toText());
    if (!saveFile(cli.parser().value(QStringLiteral("output")), report.toJsonText()))
        return code(ExitCode::Failure);
    return code(report.completed > 0 ? ExitCode::Success : ExitCode::Failure);
}

int runSweep(const CommandLine &cli, const LoadSweepConfig &config)
{
    LoadSweepJob job;
    QObject::connect(&job, &LoadSweepJob::measured, [&config](double load, int done, int total, int failed, double tps) {
        printProgress(done, total, failed, tps, QStringLiteral("%1=%2: ").arg(config.axisName()).arg(load));
    });
    QObject::connect(&job, &LoadSweepJob::stepMeasured, [](const LoadSweepStep &step) {
        print(stderr, step.meetsTargets ? LoadTestCommand::tr(" - met the targets\n")
                                        : LoadTestCommand::tr(" - missed %1\n").arg(step.missed.join(QLatin1Char(','))));
    });
    job.start(config);
    job.waitForFinished();
    if (!job.error().isEmpty())
        return cli.usageError(job.error());
    const LoadSweepReport &report = job.report();
    // With --json stdout holds the JSON only, and the capacity line goes to stderr.
    if (cli.json())
        writeBytes(stdout, report.toJsonText());
    else
        print(stdout, report.toText());
    if (!config.targets.isEmpty())
        printLine(cli.json() ? stderr : stdout, report.capacityLine());
    if (!saveFile(cli.parser().value(QStringLiteral("output")), report.toJsonText())
        || !saveFile(cli.parser().value(QStringLiteral("csv")), report.toCsv()))
        return code(ExitCode::Failure);
    const bool anyCompleted = std::any_of(report.steps.cbegin(), report.steps.cend(),
                                          [](const LoadSweepStep &s) { return s.report.completed > 0; });
    return code(anyCompleted ? ExitCode::Success : ExitCode::Failure);
}
} // namespace

int runLoadTest(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("loadtest"), QStringLiteral("[options] --url URL --model NAME"),
                    LoadTestCommand::tr("Load-tests an OpenAI-compatible service (vLLM, MindIE) with streaming chat "
                                        "completions and reports TTFT, TPOT, ITL, E2EL and throughput; sweeps loads "
                                        "and searches the highest load that meets latency targets."));
    cli.addOptions({
        {QStringLiteral("url"), LoadTestCommand::tr("Service root, e.g. http://10.0.0.1:8000."), QStringLiteral("URL")},
        {QStringLiteral("model"), LoadTestCommand::tr("Served model name."), QStringLiteral("NAME")},
        {QStringLiteral("concurrency"), LoadTestCommand::tr("Requests in flight at most (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("requests"), LoadTestCommand::tr("Number of requests (default 100), per step of a sweep."), QStringLiteral("M"), QStringLiteral("100")},
        {QStringLiteral("input-len"), LoadTestCommand::tr("Prompt tokens (default 128)."), QStringLiteral("I"), QStringLiteral("128")},
        {QStringLiteral("output-len"), LoadTestCommand::tr("Tokens to generate (default 128)."), QStringLiteral("O"), QStringLiteral("128")},
        {QStringLiteral("dataset"), LoadTestCommand::tr("fixed (default), sharegpt:FILE (or FILE), random:MIN-MAX[:OMIN-OMAX]."), QStringLiteral("SPEC")},
        {QStringLiteral("warmup"), LoadTestCommand::tr("Requests sent first and not counted (default 0)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("sweep"), LoadTestCommand::tr("Loads to measure: concurrency=1,2,4,8 or rate=0.5,1,2 (requests/s)."), QStringLiteral("LOADS")},
        {QStringLiteral("slo"), LoadTestCommand::tr("Latency targets, e.g. ttft_p95_ms=2000,tpot_p95_ms=100; without --sweep, search the capacity."), QStringLiteral("TARGETS")},
        {QStringLiteral("search-max"), LoadTestCommand::tr("Highest load a search tries: concurrency=N (default 256) or rate=R."), QStringLiteral("LOAD")},
        {QStringLiteral("rate-step"), LoadTestCommand::tr("Resolution of a rate search in requests/s (default 0.5)."), QStringLiteral("S"), QStringLiteral("0.5")},
        {{QStringLiteral("o"), QStringLiteral("output")}, LoadTestCommand::tr("Save the report as JSON."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), LoadTestCommand::tr("Save a sweep's steps as CSV."), QStringLiteral("FILE")},
    });
    cli.addJsonOption(LoadTestCommand::tr("Print the report as JSON instead of the table."));
    if (const auto done = cli.parse(arguments))
        return *done;
    LoadTestConfig config;
    if (!readConfig(cli, &config))
        return code(ExitCode::Usage);
    const QCommandLineParser &parser = cli.parser();
    if (!parser.isSet(QStringLiteral("sweep")) && !parser.isSet(QStringLiteral("slo"))) {
        if (parser.isSet(QStringLiteral("search-max")) || parser.isSet(QStringLiteral("csv")))
            return cli.usageError(LoadTestCommand::tr("--search-max and --csv need --sweep or --slo"));
        return runSingle(cli, config);
    }
    LoadSweepConfig sweep;
    if (!readSweep(cli, config, &sweep))
        return code(ExitCode::Usage);
    return runSweep(cli, sweep);
}

} // namespace AscendDeck::Cli
