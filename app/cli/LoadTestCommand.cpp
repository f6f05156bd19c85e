#include "LoadTestCommand.h"

#include "loadtest/LoadTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("loadtest", text);
}

bool positiveInt(const QCommandLineParser &parser, const QString &name, int *value)
{
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok || *value <= 0) {
        fprintf(stderr, "%s\n", qPrintable(tr("loadtest: --%1 must be a positive number").arg(name)));
        return false;
    }
    return true;
}

bool saveJson(const QString &path, const LoadTestReport &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fprintf(stderr, "%s\n", qPrintable(tr("loadtest: cannot write %1: %2").arg(path, file.errorString())));
        return false;
    }
    file.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    return file.commit();
}

bool readConfig(const QCommandLineParser &parser, LoadTestConfig *config)
{
    config->url = QUrl(parser.value(QStringLiteral("url")));
    config->model = parser.value(QStringLiteral("model"));
    config->datasetPath = parser.value(QStringLiteral("dataset"));
    if (!config->url.isValid() || config->url.scheme().isEmpty() || config->model.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(tr("loadtest: --url http://HOST:PORT and --model NAME are required")));
        return false;
    }
    if (!positiveInt(parser, QStringLiteral("concurrency"), &config->concurrency)
        || !positiveInt(parser, QStringLiteral("requests"), &config->requests)
        || !positiveInt(parser, QStringLiteral("input-len"), &config->inputLen))
        return false;
    // With a dataset and no --output-len, each conversation's reply length is used.
    if (parser.isSet(QStringLiteral("output-len")) || config->datasetPath.isEmpty())
        return positiveInt(parser, QStringLiteral("output-len"), &config->outputLen);
    config->outputLen = 0;
    return true;
}
} // namespace

int runLoadTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Load-tests an OpenAI-compatible service (vLLM, MindIE) with streaming chat "
                                        "completions and reports TTFT, TPOT, ITL, E2EL and throughput."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("url"), tr("Service root, e.g. http://10.0.0.1:8000."), QStringLiteral("URL")},
        {QStringLiteral("model"), tr("Served model name."), QStringLiteral("NAME")},
        {QStringLiteral("concurrency"), tr("Requests in flight at most (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("requests"), tr("Number of requests (default 100)."), QStringLiteral("M"), QStringLiteral("100")},
        {QStringLiteral("input-len"), tr("Prompt tokens (default 128)."), QStringLiteral("I"), QStringLiteral("128")},
        {QStringLiteral("output-len"), tr("Tokens to generate (default 128)."), QStringLiteral("O"), QStringLiteral("128")},
        {QStringLiteral("dataset"), tr("ShareGPT JSON file to take prompts from."), QStringLiteral("FILE")},
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Save the report as JSON."), QStringLiteral("FILE")},
    });
    parser.process(arguments);
    LoadTestConfig config;
    if (!readConfig(parser, &config))
        return 2;
    LoadTest test;
    QString error;
    if (!test.prepare(config, &error)) {
        fprintf(stderr, "loadtest: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(&test, &LoadTest::progress, [](int done, int total, int failed, double tokensPerSecond) {
        fprintf(stderr, "\r%s", qPrintable(tr("%1/%2 requests, %3 failed, %4 output tok/s")
                                               .arg(done).arg(total).arg(failed).arg(tokensPerSecond, 0, 'f', 1)));
    });
    QObject::connect(&test, &LoadTest::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    test.start();
    QCoreApplication::exec();
    fprintf(stderr, "\n");
    const LoadTestReport &report = test.report();
    fputs(report.toText().toUtf8().constData(), stdout);
    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty() && !saveJson(output, report))
        return 1;
    return report.completed > 0 ? 0 : 1;
}

} // namespace AscendDeck::Cli
