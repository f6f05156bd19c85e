#include "EngineCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"
#include "Subcommands.h"

#include "base/Finding.h"
#include "base/ShellQuote.h"
#include "engine/CapacityCheck.h"
#include "engine/EngineCluster.h"
#include "engine/EngineSettings.h"
#include "engine/LaunchScript.h"
#include "engine/LogDiagnosis.h"
#include "engine/LogPatternTable.h"
#include "engine/MindIeConfig.h"
#include "engine/MindIeConfigRules.h"
#include "engine/VllmCommandBuilder.h"
#include "ops/EngineStep.h"
#include "remote/SessionPool.h"

#include <QFile>

#include <cstdio>
#include <optional>
#include <stdexcept>

namespace AscendDeck::Cli {

using nlohmann::ordered_json;

namespace {
struct EngineCommand
{
    Q_DECLARE_TR_FUNCTIONS(EngineCommand)
};

// Thrown for an input the command cannot use; runEngine turns it into ExitCode::Usage.
struct UsageError : std::runtime_error
{
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        throw UsageError(EngineCommand::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

ordered_json readJson(const QString &path)
{
    const QByteArray data = readFile(path);
    try {
        return ordered_json::parse(data.constBegin(), data.constEnd(), nullptr, true, true);
    } catch (const ordered_json::parse_error &e) {
        throw UsageError(EngineCommand::tr("%1: not JSON: %2").arg(path, QString::fromUtf8(e.what())));
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
        throw UsageError(EngineCommand::tr("node %1 is not in the cluster").arg(address));
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
        throw UsageError(EngineCommand::tr("%1: cannot write: %2").arg(outPath, file.errorString()));
}

void printFindings(const QList<Finding> &findings)
{
    if (!findings.isEmpty())
        fputs(Finding::listToJson(findings).constData(), stderr);
}

// A subcommand's command line, with --help and the given options. Returns the exit code when it must end now.
struct Parsed
{
    Parsed(const QString &command, const QString &synopsis, const QString &description)
        : cli(command, synopsis, description)
    {
    }

    CommandLine cli;
    QString value(const char *name) const { return cli.parser().value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return cli.parser().isSet(QString::fromLatin1(name)); }
    // A usage error naming the first of these options that is missing.
    std::optional<int> require(std::initializer_list<const char *> names) const
    {
        for (const char *name : names) {
            if (!isSet(name))
                return cli.usageError(EngineCommand::tr("--%1 is required").arg(QString::fromLatin1(name)));
        }
        return std::nullopt;
    }
};

std::optional<int> parse(Parsed *p, const QStringList &args, const QList<QCommandLineOption> &options)
{
    p->cli.addOptions(options);
    return p->cli.parse(args);
}

// A value option whose description lupdate finds under EngineCommand (QT_TRANSLATE_NOOP at the call).
QCommandLineOption valueOption(const QStringList &names, const char *description, const QString &valueName)
{
    return QCommandLineOption(names, EngineCommand::tr(description), valueName);
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
    Parsed p(QStringLiteral("engine mindie-config"), QStringLiteral("[options] --default FILE --settings FILE --node IP [--cluster FILE] [-o OUT]"),
                         EngineCommand::tr("Writes one node's MindIE config.json, starting from the image's default; rule findings go to stderr as JSON."));
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("default")}, QT_TRANSLATE_NOOP("EngineCommand", "The image's default config.json."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("settings")}, QT_TRANSLATE_NOOP("EngineCommand", "The engine settings (JSON)."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("node")}, QT_TRANSLATE_NOOP("EngineCommand", "The server the config is for."), QStringLiteral("IP")),
                     valueOption({QStringLiteral("cluster")}, QT_TRANSLATE_NOOP("EngineCommand", "The servers (JSON); default: the node alone."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("o"), QStringLiteral("output")}, QT_TRANSLATE_NOOP("EngineCommand", "Where to write (default stdout)."), QStringLiteral("OUT"))}))
        return *done;
    if (const auto missing = p.require({"default", "settings", "node"}))
        return *missing;
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = clusterOrSingle(p, settings, p.value("node"));
    const ClusterNode &node = cluster.nodes.at(nodeIndex(cluster, p.value("node")));
    MindIeConfig config = readDefault(p.value("default"));
    config.apply(settings, node, cluster);
    write(config.toJson(), p.value("output"));
    const QList<Finding> findings = MindIeConfigRules::check(config, node, cluster);
    printFindings(findings);
    return code(Finding::hasError(findings) ? ExitCode::Failure : ExitCode::Success);
}

int check(const QStringList &args)
{
    Parsed p(QStringLiteral("engine check"), QStringLiteral("[options] --default FILE --settings FILE --cluster FILE"),
                         EngineCommand::tr("Prints the MindIE rule findings of every node, and across nodes, as JSON."));
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("default")}, QT_TRANSLATE_NOOP("EngineCommand", "The image's default config.json."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("settings")}, QT_TRANSLATE_NOOP("EngineCommand", "The engine settings (JSON)."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("cluster")}, QT_TRANSLATE_NOOP("EngineCommand", "The servers (JSON)."), QStringLiteral("FILE"))}))
        return *done;
    if (const auto missing = p.require({"default", "settings", "cluster"}))
        return *missing;
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = readCluster(p.value("cluster"));
    const MindIeConfig base = readDefault(p.value("default"));
    const QList<Finding> findings = MindIeConfigRules::checkCluster(base, settings, cluster);
    write(Finding::listToJson(findings), QString());
    return code(Finding::hasError(findings) ? ExitCode::Failure : ExitCode::Success);
}

int vllm(const QStringList &args)
{
    Parsed p(QStringLiteral("engine vllm"), QStringLiteral("[options] --settings FILE --cluster FILE"),
                         EngineCommand::tr("Prints each node's environment and vllm serve command line."));
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("settings")}, QT_TRANSLATE_NOOP("EngineCommand", "The engine settings (JSON)."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("cluster")}, QT_TRANSLATE_NOOP("EngineCommand", "The servers (JSON)."), QStringLiteral("FILE"))}))
        return *done;
    if (const auto missing = p.require({"settings", "cluster"}))
        return *missing;
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
    return code(Finding::hasError(findings) ? ExitCode::Failure : ExitCode::Success);
}

int script(const QStringList &args)
{
    Parsed p(QStringLiteral("engine script"), QStringLiteral("[options] --settings FILE --cluster FILE --node IP [-o OUT]"),
                         EngineCommand::tr("Writes one node's launch script (docker run)."));
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("settings")}, QT_TRANSLATE_NOOP("EngineCommand", "The engine settings (JSON)."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("cluster")}, QT_TRANSLATE_NOOP("EngineCommand", "The servers (JSON)."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("node")}, QT_TRANSLATE_NOOP("EngineCommand", "The server the script is for."), QStringLiteral("IP")),
                     valueOption({QStringLiteral("o"), QStringLiteral("output")}, QT_TRANSLATE_NOOP("EngineCommand", "Where to write (default stdout)."), QStringLiteral("OUT"))}))
        return *done;
    if (const auto missing = p.require({"settings", "cluster", "node"}))
        return *missing;
    const EngineSettings settings = readSettings(p.value("settings"));
    const EngineCluster cluster = readCluster(p.value("cluster"));
    write(LaunchScript::render(settings, cluster, nodeIndex(cluster, p.value("node"))), p.value("output"));
    return code(ExitCode::Success);
}

int diagnose(const QStringList &args)
{
    Parsed p(QStringLiteral("engine diagnose"), QStringLiteral("[options] [--patterns FILE] LOGFILE"),
                         EngineCommand::tr("Finds the known failure patterns in an engine log and prints them as JSON."));
    p.cli.addPositional(QStringLiteral("LOGFILE"), EngineCommand::tr("The engine's log (docker logs, or a saved file)."));
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("patterns")}, QT_TRANSLATE_NOOP("EngineCommand", "A lab's own pattern file (JSON, as resources/diagnosis/patterns.json), tried before the built-in patterns."), QStringLiteral("FILE"))}))
        return *done;
    const QStringList files = p.cli.positionalArguments();
    if (files.size() != 1)
        return p.cli.usageError(EngineCommand::tr("expected one LOGFILE"));
    QList<LogPattern> patterns = LogPatternTable::patterns();
    if (p.isSet("patterns")) {
        QString error;
        const QList<LogPattern> lab = LogPatternTable::load(p.value("patterns"), &error);
        if (!error.isEmpty())
            throw UsageError(error);
        patterns = LogPatternTable::withLabPatterns(lab);
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(EngineCommand::tr("%1: cannot read: %2").arg(files.first(), file.errorString()));
    LogDiagnosis diagnosis(patterns);
    // Fed in pieces, as from an SSH channel, so the command exercises the streaming path.
    while (!file.atEnd())
        diagnosis.feed(file.read(64 * 1024));
    diagnosis.finish();
    write(Finding::listToJson(diagnosis.findings()), QString());
    return code(diagnosis.hasError() ? ExitCode::Failure : ExitCode::Success);
}

qint64 weightBytes(const Parsed &p)
{
    if (p.isSet("weights-bytes"))
        return p.value("weights-bytes").toLongLong();
    const ordered_json index = readJson(p.value("index"));
    const ordered_json size = index.value("/metadata/total_size"_json_pointer, ordered_json());
    if (!size.is_number())
        throw UsageError(EngineCommand::tr("%1: no metadata.total_size").arg(p.value("index")));
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
    Parsed p(QStringLiteral("engine capacity"), QStringLiteral("[options] (--weights-bytes N | --index FILE) [--servers N] [--tp N] ..."),
                         EngineCommand::tr("Tells whether the weights fit into NPU memory, as JSON."));
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("weights-bytes")}, QT_TRANSLATE_NOOP("EngineCommand", "Total size of the weights in bytes."), QStringLiteral("BYTES")),
                     valueOption({QStringLiteral("index")}, QT_TRANSLATE_NOOP("EngineCommand", "model.safetensors.index.json (metadata.total_size)."), QStringLiteral("FILE")),
                     valueOption({QStringLiteral("servers")}, QT_TRANSLATE_NOOP("EngineCommand", "Servers (default 1)."), QStringLiteral("N")),
                     valueOption({QStringLiteral("npus-per-server")}, QT_TRANSLATE_NOOP("EngineCommand", "NPUs per server (default 8)."), QStringLiteral("N")),
                     valueOption({QStringLiteral("hbm-gb")}, QT_TRANSLATE_NOOP("EngineCommand", "HBM per NPU in GiB (default 64)."), QStringLiteral("GIB")),
                     valueOption({QStringLiteral("fraction")}, QT_TRANSLATE_NOOP("EngineCommand", "Memory fraction (default 0.9)."), QStringLiteral("F")),
                     valueOption({QStringLiteral("tp")}, QT_TRANSLATE_NOOP("EngineCommand", "Tensor-parallel size (default: all NPUs)."), QStringLiteral("N")),
                     valueOption({QStringLiteral("dp")}, QT_TRANSLATE_NOOP("EngineCommand", "Data-parallel size (default 1)."), QStringLiteral("N")),
                     QCommandLineOption(QStringLiteral("ep"), EngineCommand::tr("Expert parallel spreads the weights over DP too."))}))
        return *done;
    if (!p.isSet("weights-bytes") && !p.isSet("index"))
        return p.cli.usageError(EngineCommand::tr("give --weights-bytes or --index"));
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
    return code(result.verdict == CapacityResult::Verdict::Fail ? ExitCode::Failure : ExitCode::Success);
}

int readServers(const QStringList &args)
{
    Parsed p(QStringLiteral("engine read"), QStringLiteral("[options] --project FILE [--model-path DIR] [-o OUT]"),
             EngineCommand::tr("Reads the servers as the console's engine step does: the NIC that carries each server's address "
                               "(ip -j addr) and the weights' size on the master. Writes the servers as JSON, the --cluster "
                               "file of launch and the other engine commands; the weights' size and what could not be read go "
                               "to stderr."));
    p.cli.addProjectOption();
    p.cli.addSshOptions();
    if (const auto done = parse(&p, args, {valueOption({QStringLiteral("model-path")}, QT_TRANSLATE_NOOP("EngineCommand", "The model folder on the servers (default: the project's)."), QStringLiteral("DIR")),
                     valueOption({QStringLiteral("o"), QStringLiteral("output")}, QT_TRANSLATE_NOOP("EngineCommand", "Where to write (default stdout)."), QStringLiteral("OUT"))}))
        return *done;
    if (!p.cli.hasProject())
        return p.cli.usageError(EngineCommand::tr("--project is required"));
    Project project;
    QString error;
    if (!ProjectInput::load(p.cli.projectFile(), &project, &error))
        throw UsageError(error);
    EngineSettings settings;
    EngineCluster stored;
    const QString modelPath = p.isSet("model-path") ? p.value("model-path")
                              : ProjectInput::engine(project, &settings, &stored, &error) ? settings.modelPath : QString();
    const QList<SshTarget> targets = ProjectInput::targets(project);
    SessionPool pool(p.cli.sessionOptions());
    QStringList unreachable;
    const QList<ServerFacts> facts = ProjectInput::probe(&pool, targets, &unreachable);
    for (const QString &line : std::as_const(unreachable))
        printError(line);
    if (!unreachable.isEmpty())
        return code(ExitCode::Connection);
    const EngineReading reading = EngineStep::readServers(&pool, targets, facts, project.masterIndex(), modelPath);
    write(QByteArray::fromStdString(reading.cluster.toJson().dump(2)) + '\n', p.value("output"));
    for (const QString &problem : reading.problems)
        printError(problem);
    if (reading.weightBytes > 0)
        printLine(stderr, EngineCommand::tr("weights: %1 bytes").arg(reading.weightBytes));
    return code(reading.problems.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}

// The subcommand, with an input it cannot use reported as a usage error.
Subcommands::Run guarded(int (*run)(const QStringList &))
{
    return [run](const QStringList &arguments) {
        try {
            return run(arguments);
        } catch (const UsageError &e) {
            printLine(stderr, QStringLiteral("ascenddeck-cli engine: ") + QString::fromStdString(e.what()));
            return code(ExitCode::Usage);
        }
    };
}
} // namespace

int runEngine(const QStringList &arguments)
{
    Subcommands subcommands(QStringLiteral("engine"),
                            EngineCommand::tr("MindIE config, vLLM/docker command lines, launch scripts, log diagnosis and "
                                              "capacity, from the engine settings and cluster files."));
    subcommands.add(QStringLiteral("mindie-config"), EngineCommand::tr("one node's MindIE config.json"), guarded(&mindieConfig));
    subcommands.add(QStringLiteral("check"), EngineCommand::tr("the MindIE rule findings of every node, as JSON"), guarded(&check));
    subcommands.add(QStringLiteral("vllm"), EngineCommand::tr("each node's vllm serve command line"), guarded(&vllm));
    subcommands.add(QStringLiteral("script"), EngineCommand::tr("one node's launch script"), guarded(&script));
    subcommands.add(QStringLiteral("diagnose"), EngineCommand::tr("known failure patterns in a log, as JSON"), guarded(&diagnose));
    subcommands.add(QStringLiteral("read"), EngineCommand::tr("each server's NIC and the weights' size, read over SSH (--project)"), guarded(&readServers));
    subcommands.add(QStringLiteral("capacity"), EngineCommand::tr("whether the weights fit into NPU memory, as JSON"), guarded(&capacity));
    return subcommands.run(arguments);
}

} // namespace AscendDeck::Cli
