#include "CheckCommand.h"

#include "SshCliOptions.h"

#include "base/Finding.h"
#include "ops/PreflightRunner.h"
#include "preflight/PreflightCheck.h"
#include "remote/SessionPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("check", text);
}

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray data = line.toUtf8() + '\n';
    fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stream);
    fflush(stream);
}

struct Options
{
    SshCliOptions ssh;
    QCommandLineOption image{QStringLiteral("image"), tr("Docker image the engine will run (its CANN decides the driver needed)."),
                             QStringLiteral("IMAGE")};
    QCommandLineOption modelPath{QStringLiteral("model-path"), tr("Weights folder, the same path on every server."), QStringLiteral("PATH")};
    QCommandLineOption mountPath{QStringLiteral("mount-path"), tr("Folder the container mounts (default: the model path)."),
                                 QStringLiteral("PATH")};
    QCommandLineOption npus{QStringLiteral("npus"), tr("NPUs every server must have (default: the same on all)."), QStringLiteral("N")};
};

// The findings as every command prints them, each with its check's title, and how many of each severity.
QByteArray report(const QList<Finding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    nlohmann::ordered_json summary = nlohmann::ordered_json::object();
    for (const Finding::Severity severity : {Finding::Severity::Error, Finding::Severity::Warning, Finding::Severity::Info})
        summary[Finding::severityName(severity).toStdString()] = Finding::countOf(findings, severity);
    for (const Finding &finding : findings) {
        nlohmann::ordered_json json = finding.toJson();
        json["title"] = PreflightCheck::title(finding.code).toStdString();
        list.push_back(json);
    }
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    root["findings"] = list;
    root["summary"] = summary;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

bool parseTargets(const QStringList &positional, QList<SshTarget> *targets)
{
    for (const QString &arg : positional) {
        QList<SshTarget> some;
        QString error;
        if (!SshTarget::parseList(arg, &some, &error)) {
            writeLine(stderr, QStringLiteral("ascenddeck-cli: ") + error);
            return false;
        }
        *targets += some;
    }
    return !targets->isEmpty();
}
} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks servers before a launch: NPUs, driver against the image's CANN, "
                                        "HwHiAiUser, Docker and the image, firewalld, /dev/shm, disk space and the "
                                        "weights (present, same everywhere, no symlink leaving the mounted folder). "
                                        "Prints the findings as JSON; exits 1 if any check failed."));
    parser.addHelpOption();
    const Options o;
    o.ssh.addTo(&parser);
    parser.addOptions({o.image, o.modelPath, o.mountPath, o.npus});
    parser.addPositionalArgument(QStringLiteral("hosts"), tr("[USER@]HOST[:PORT][,HOST...]"));
    parser.process(arguments);

    QList<SshTarget> targets;
    if (!parser.isSet(o.image) || !parser.isSet(o.modelPath) || !parseTargets(parser.positionalArguments(), &targets)) {
        writeLine(stderr, tr("usage: ascenddeck-cli check [ssh options] --image IMAGE --model-path PATH HOST[,HOST...]"));
        return 2;
    }
    PreflightRequest request;
    request.image = parser.value(o.image);
    request.modelPath = parser.value(o.modelPath);
    request.mountPath = parser.value(o.mountPath);
    bool ok = true;
    if (parser.isSet(o.npus))
        request.expectedNpus = parser.value(o.npus).toInt(&ok);
    if (!ok || request.expectedNpus < 0) {
        writeLine(stderr, tr("ascenddeck-cli: --npus '%1' is not a count").arg(parser.value(o.npus)));
        return 2;
    }

    SessionPool pool(o.ssh.sessionOptions(parser));
    const QList<Finding> findings = PreflightRunner::check(&pool, targets, request);
    const QByteArray json = report(findings);
    fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return Finding::hasError(findings) ? 1 : 0;
}

} // namespace AscendDeck::Cli
