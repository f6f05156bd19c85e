#include "EngineCommand.h"

#include "base/ShellQuote.h"
#include "engine/CapacityCheck.h"
#include "engine/EngineCluster.h"
#include "base/Finding.h"
#include "engine/EngineSettings.h"
#include "engine/LaunchScript.h"
#include "engine/LogDiagnosis.h"
#include "engine/MindIeConfig.h"
#include "engine/MindIeConfigRules.h"
#include "engine/VllmCommandBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <functional>
#include <map>
#include <stdexcept>

namespace AscendDeck::Cli {

using nlohmann::ordered_json;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("engine", text);
}

// Thrown for anything that makes the command unable to do its job; main turns it into exit code 2.
struct UsageError : std::runtime_error
{
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        throw UsageError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

ordered_json readJson(const QString &path)
{
    const QByteArray data = readFile(path);
    try {
        return ordered_json::parse(data.constBegin(), data.constEnd(), nullptr, true, true);
    } catch (const ordered_json::parse_error &e) {
        throw UsageError(tr("%1: not JSON: %2").arg(path, QString::fromUtf8(e.what())));
    }
}

EngineSettings readSettings(const QString &path)
{
    QString error;
    EngineSettings settings = EngineSettings::fromJson(readJson(path), &error);
    if (!error.isEmpty())
        throw UsageError(path + QStringLiteral(": ") + error);
    return settings;
}

EngineCluster readCluster(const QString &path)
{
    QString error;
    EngineCluster cluster = EngineCluster::fromJson(readJson(path), &error);
    if (!error.isEmpty())
        throw UsageError(path + QStringLiteral(": ") + error);
    return cluster;
}

MindIeConfig readDefault(const QString &path)
{
    QString error;
    MindIeConfig config = MindIeConfig::fromText(readFile(path), &error);
    if (!error.isEmpty())
        throw UsageError(path + QStringLiteral(": ") + error);
    return config;
}

int nodeIndex(const EngineCluster &cluster, const QString &address)
{
    const int index = cluster.indexOf(address);
    if (index < 0)
        throw UsageError(tr("node %1 is not in the cluster").arg(address));
    return index;
}

void write(const QByteArray &data, const QString &outPath)
{
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        return;
    }
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        throw UsageError(tr("%1: cannot write: %2").arg(outPath, file.errorString()));
}

void printFindings(const QList<Finding> &findings)
{
    if (!findings.isEmpty())
        fputs(Finding::listToJson(findings).constData(), stderr);
}

// A parser with --help and the given value options (name, description, value name).
struct Parsed
{
    QCommandLineParser parser;
    QString value(const char *name) const { return parser.value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return parser.isSet(QString::fromLatin1(name)); }
};

void parse(Parsed *p, const QStringList &args, const QList<QCommandLineOption> &options)
{
    p->parser.addHelpOption();
    p->parser.addOptions(options);
    p->parser.addPositionalArgument(QStringLiteral("ARGS"), QString());
    if (!p->parser.parse(args))
        throw UsageError(p->parser.errorText());
    if (p->parser.isSet(QStringLiteral("help")))
        p->parser.showHelp(0);
}

QCommandLineOption valueOption(const QStringList &names, const char *description)
{
    return QCommandLineOption(names, tr(description), QStringLiteral("VALUE"));
}

// Without --cluster, one server: the node given, with NPUs 0..tensorParallel-1.
EngineCluster clusterOrSingle(const Parsed &p, const EngineSettings &settings, const QString &node)
{
    if (p.isSet("cluster"))
        return readCluster(p.value("cluster"));
    ClusterNode single;
    single.serverAddress = node;
    single.isMaster = true;
    for (int i = 0; i < settings.tensorParallel; ++i)
        single.npuIds << i;
    return EngineCluster{{single}};
}

int mindieConfig(const QStringList &args)
{
    Parsed p;
    parse(&p, args, {valueOption({QStringLiteral("default")}, "The image's default config.json."),
                     valueOption({QStringLiteral("settings")}, "The engine settings (JSON)."),
                     valueOption({QStringLiteral("node")}, "The server the config is for."),
                     valueOption({QStringLiteral("cluster")}, "The servers (JSON); default: the node alone."),
                     valueOption({QStringLiteral("o"), QStringLiteral("output")}, "Where to write (default stdout).")});
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = clusterOrSingle(p, settings, p.value("node"));
    const ClusterNode &node = cluster.nodes.at(nodeIndex(cluster, p.value("node")));
    MindIeConfig config = readDefault(p.value("default"));
    config.apply(settings, node, cluster);
    write(config.toJson(), p.value("output"));
    const QList<Finding> findings = MindIeConfigRules::check(config, node, cluster);
    printFindings(findings);
    return Finding::hasError(findings) ? 1 : 0;
}

int check(const QStringList &args)
{
    Parsed p;
    parse(&p, args, {valueOption({QStringLiteral("default")}, "The image's default config.json."),
                     valueOption({QStringLiteral("settings")}, "The engine settings (JSON)."),
                     valueOption({QStringLiteral("cluster")}, "The servers (JSON).")});
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = readCluster(p.value("cluster"));
    const MindIeConfig base = readDefault(p.value("default"));
    QList<Finding> findings;
    QList<QPair<ClusterNode, MindIeConfig>> configs;
    for (const ClusterNode &node : cluster.nodes) {
        MindIeConfig config = base;
        config.apply(settings, node, cluster);
        findings += MindIeConfigRules::check(config, node, cluster);
        configs.append({node, config});
    }
    findings += MindIeConfigRules::checkAcrossNodes(configs);
    write(Finding::listToJson(findings), QString());
    return Finding::hasError(findings) ? 1 : 0;
}

int vllm(const QStringList &args)
{
    Parsed p;
    parse(&p, args, {valueOption({QStringLiteral("settings")}, "The engine settings (JSON)."),
                     valueOption({QStringLiteral("cluster")}, "The servers (JSON).")});
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = readCluster(p.value("cluster"));
    const VllmCommandBuilder builder(settings, cluster);
    QString out;
    for (int i = 0; i < cluster.size(); ++i) {
        const bool head = cluster.nodes.at(i).serverAddress == cluster.master().serverAddress;
        out += QStringLiteral("# %1 (%2)\n").arg(cluster.nodes.at(i).serverAddress,
                                                 head ? QStringLiteral("head") : QStringLiteral("worker"));
        for (const auto &pair : builder.environment(i))
            out += QStringLiteral("export ") + pair.first + QLatin1Char('=') + shellQuote(pair.second) + QLatin1Char('\n');
        out += shellJoin(builder.argv(i)) + QStringLiteral("\n\n");
    }
    write(out.toUtf8(), QString());
    const QList<Finding> findings = builder.check();
    printFindings(findings);
    return Finding::hasError(findings) ? 1 : 0;
}

int script(const QStringList &args)
{
    Parsed p;
    parse(&p, args, {valueOption({QStringLiteral("settings")}, "The engine settings (JSON)."),
                     valueOption({QStringLiteral("cluster")}, "The servers (JSON)."),
                     valueOption({QStringLiteral("node")}, "The server the script is for."),
                     valueOption({QStringLiteral("o"), QStringLiteral("output")}, "Where to write (default stdout).")});
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = readCluster(p.value("cluster"));
    write(LaunchScript::render(settings, cluster, nodeIndex(cluster, p.value("node"))), p.value("output"));
    return 0;
}

int diagnose(const QStringList &args)
{
    Parsed p;
    parse(&p, args, {});
    const QStringList files = p.parser.positionalArguments();
    if (files.size() != 1)
        throw UsageError(tr("expected one LOGFILE"));
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(tr("%1: cannot read: %2").arg(files.first(), file.errorString()));
    LogDiagnosis diagnosis;
    // Fed in pieces, as from an SSH channel, so the command exercises the streaming path.
    while (!file.atEnd())
        diagnosis.feed(file.read(64 * 1024));
    diagnosis.finish();
    write(Finding::listToJson(diagnosis.findings()), QString());
    return diagnosis.hasError() ? 1 : 0;
}

qint64 weightBytes(const Parsed &p)
{
    if (p.isSet("weights-bytes"))
        return p.value("weights-bytes").toLongLong();
    const ordered_json index = readJson(p.value("index"));
    const ordered_json size = index.value("/metadata/total_size"_json_pointer, ordered_json());
    if (!size.is_number())
        throw UsageError(tr("%1: no metadata.total_size").arg(p.value("index")));
    return size.get<qint64>();
}

ordered_json capacityJson(const CapacityResult &r)
{
    ordered_json layouts = ordered_json::array();
    for (const QString &layout : r.suggestedLayouts)
        layouts.push_back(layout.toStdString());
    return {{"verdict", r.verdictName().toStdString()}, {"shardCount", r.shardCount},
            {"weightSharePerNpu", r.weightSharePerNpu}, {"usablePerNpu", r.usablePerNpu},
            {"kvHeadroomPerNpu", r.kvHeadroomPerNpu}, {"minimumServers", r.minimumServers},
            {"message", r.message.toStdString()}, {"suggestedLayouts", layouts}};
}

int capacity(const QStringList &args)
{
    Parsed p;
    parse(&p, args, {valueOption({QStringLiteral("weights-bytes")}, "Total size of the weights in bytes."),
                     valueOption({QStringLiteral("index")}, "model.safetensors.index.json (metadata.total_size)."),
                     valueOption({QStringLiteral("servers")}, "Servers (default 1)."),
                     valueOption({QStringLiteral("npus-per-server")}, "NPUs per server (default 8)."),
                     valueOption({QStringLiteral("hbm-gb")}, "HBM per NPU in GiB (default 64)."),
                     valueOption({QStringLiteral("fraction")}, "Memory fraction (default 0.9)."),
                     valueOption({QStringLiteral("tp")}, "Tensor-parallel size (default: all NPUs)."),
                     valueOption({QStringLiteral("dp")}, "Data-parallel size (default 1)."),
                     QCommandLineOption(QStringLiteral("ep"), tr("Expert parallel spreads the weights over DP too."))});
    if (!p.isSet("weights-bytes") && !p.isSet("index"))
        throw UsageError(tr("give --weights-bytes or --index"));
    CapacityInput in;
    in.weightBytes = weightBytes(p);
    in.servers = p.isSet("servers") ? p.value("servers").toInt() : 1;
    in.npusPerServer = p.isSet("npus-per-server") ? p.value("npus-per-server").toInt() : 8;
    in.hbmBytesPerNpu = (p.isSet("hbm-gb") ? p.value("hbm-gb").toLongLong() : 64) * CapacityInput::GiB;
    in.memoryFraction = p.isSet("fraction") ? p.value("fraction").toDouble() : 0.9;
    in.tensorParallel = p.isSet("tp") ? p.value("tp").toInt() : 0;
    in.dataParallel = p.isSet("dp") ? p.value("dp").toInt() : 1;
    in.expertParallel = p.isSet("ep");
    const CapacityResult result = CapacityCheck::evaluate(in);
    write(QByteArray::fromStdString(capacityJson(result).dump(2)) + '\n', QString());
    return result.verdict == CapacityResult::Verdict::Fail ? 1 : 0;
}

void printUsage()
{
    fputs("usage: ascenddeck-cli engine SUBCOMMAND [OPTIONS]\n"
          "  mindie-config --default F --settings S.json --node IP [--cluster C.json] [-o OUT]\n"
          "  check --default F --settings S.json --cluster C.json\n"
          "  vllm --settings S.json --cluster C.json\n"
          "  script --settings S.json --cluster C.json --node IP [-o OUT]\n"
          "  diagnose LOGFILE\n"
          "  capacity (--weights-bytes N | --index F) [--servers N] [--npus-per-server N] [--hbm-gb G]\n"
          "           [--fraction F] [--tp N] [--dp N] [--ep]\n",
          stderr);
}
} // namespace

int runEngine(const QStringList &arguments)
{
    const std::map<QString, std::function<int(const QStringList &)>> subcommands = {
        {QStringLiteral("mindie-config"), &mindieConfig}, {QStringLiteral("check"), &check},
        {QStringLiteral("vllm"), &vllm}, {QStringLiteral("script"), &script},
        {QStringLiteral("diagnose"), &diagnose}, {QStringLiteral("capacity"), &capacity},
    };
    const auto found = arguments.size() > 1 ? subcommands.find(arguments.at(1)) : subcommands.end();
    if (found == subcommands.end()) {
        printUsage();
        return 2;
    }
    QStringList subArgs = arguments.mid(2);
    subArgs.prepend(arguments.at(0) + QLatin1Char(' ') + arguments.at(1));
    try {
        return found->second(subArgs);
    } catch (const UsageError &e) {
        fprintf(stderr, "ascenddeck-cli engine: %s\n", e.what());
        return 2;
    }
}

} // namespace AscendDeck::Cli
