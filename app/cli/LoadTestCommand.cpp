#include "LoadTestCommand.h"

#include "CommandLine.h"
#include "Output.h"

#include "loadtest/LoadTestJob.h"

#include <QSaveFile>

namespace AscendDeck::Cli {

namespace {
struct LoadTestCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoadTestCommand)
};

bool positiveInt(const CommandLine &cli, const QString &name, int *value)
{
    bool ok = false;
    *value = cli.parser().value(name).toInt(&ok);
    if (!ok || *value <= 0) {
        cli.usageError(LoadTestCommand::tr("--%1 must be a positive number").arg(name));
        return false;
    }
    return true;
}

bool saveJson(const QString &path, const LoadTestReport &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(LoadTestCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(report.toJsonText());
    return file.commit();
}

bool readConfig(const CommandLine &cli, LoadTestConfig *config)
{
    const QCommandLineParser &parser = cli.parser();
    config->url = QUrl(parser.value(QStringLiteral("url")));
    config->model = parser.value(QStringLiteral("model"));
    config->datasetPath = parser.value(QStringLiteral("dataset"));
    if (!config->url.isValid() || config->url.scheme().isEmpty() || config->model.isEmpty()) {
        cli.usageError(LoadTestCommand::tr("--url http://HOST:PORT and --model NAME are required"));
        return false;
    }
    if (!positiveInt(cli, QStringLiteral("concurrency"), &config->concurrency)
        || !positiveInt(cli, QStringLiteral("requests"), &config->requests)
        || !positiveInt(cli, QStringLiteral("input-len"), &config->inputLen))
        return false;
    // With a dataset and no --output-len, each conversation's reply length is used.
    if (parser.isSet(QStringLiteral("output-len")) || config->datasetPath.isEmpty())
        return positiveInt(cli, QStringLiteral("output-len"), &config->outputLen);
    config->outputLen = 0;
    return true;
}
} // namespace

int runLoadTest(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("loadtest"), QStringLiteral("[options] --url URL --model NAME"),
                    LoadTestCommand::tr("Load-tests an OpenAI-compatible service (vLLM, MindIE) with streaming chat "
                                        "completions and reports TTFT, TPOT, ITL, E2EL and throughput."));
    cli.addOptions({
        {QStringLiteral("url"), LoadTestCommand::tr("Service root, e.g. http://10.0.0.1:8000."), QStringLiteral("URL")},
        {QStringLiteral("model"), LoadTestCommand::tr("Served model name."), QStringLiteral("NAME")},
        {QStringLiteral("concurrency"), LoadTestCommand::tr("Requests in flight at most (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("requests"), LoadTestCommand::tr("Number of requests (default 100)."), QStringLiteral("M"), QStringLiteral("100")},
        {QStringLiteral("input-len"), LoadTestCommand::tr("Prompt tokens (default 128)."), QStringLiteral("I"), QStringLiteral("128")},
        {QStringLiteral("output-len"), LoadTestCommand::tr("Tokens to generate (default 128)."), QStringLiteral("O"), QStringLiteral("128")},
        {QStringLiteral("dataset"), LoadTestCommand::tr("ShareGPT JSON file to take prompts from."), QStringLiteral("FILE")},
        {{QStringLiteral("o"), QStringLiteral("output")}, LoadTestCommand::tr("Save the report as JSON."), QStringLiteral("FILE")},
    });
    cli.addJsonOption(LoadTestCommand::tr("Print the report as JSON instead of the table."));
    if (const auto done = cli.parse(arguments))
        return *done;
    LoadTestConfig config;
    if (!readConfig(cli, &config))
        return code(ExitCode::Usage);
    // The same job as the console's load test page: the requests are timed on its own thread.
    LoadTestJob job;
    QObject::connect(&job, &LoadTestJob::measured, [](int done, int total, int failed, double tokensPerSecond) {
        print(stderr, QLatin1Char('\r') + LoadTestCommand::tr("%1/%2 requests, %3 failed, %4 output tok/s")
                                              .arg(done).arg(total).arg(failed).arg(tokensPerSecond, 0, 'f', 1));
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
    const QString output = cli.parser().value(QStringLiteral("output"));
    if (!output.isEmpty() && !saveJson(output, report))
        return code(ExitCode::Failure);
    return code(report.completed > 0 ? ExitCode::Success : ExitCode::Failure);
}

} // namespace AscendDeck::Cli
