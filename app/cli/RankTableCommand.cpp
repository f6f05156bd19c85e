#include "RankTableCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "ProjectInput.h"
#include "Subcommands.h"

#include "ascend/HccnConfParser.h"
#include "ascend/HccnToolParser.h"
#include "ascend/NpuSpodInfoParser.h"
#include "ops/RankTableStep.h"
#include "ranktable/RankTableBuilder.h"
#include "ranktable/RankTableMerger.h"
#include "ranktable/RankTableParser.h"
#include "ranktable/RankTableValidator.h"
#include "ranktable/RankTableWriter.h"
#include "ranktable/SuperPodRankTableBuilder.h"
#include "remote/SessionPool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace AscendDeck::Cli {

namespace {
struct RankTableCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankTableCommand)
};

// An input that cannot be used: exit 2, as for a usage error.
int failWith(const QString &message)
{
    printLine(stderr, QStringLiteral("ascenddeck-cli ranktable: ") + message);
    return code(ExitCode::Usage);
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = RankTableCommand::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

// stdout without -o; with -o DIR, DIR/<the reference script's file name>; else the file itself. Mode 640:
// MindIE refuses a rank table that group or others can write, or others can read.
int writeOutput(const QByteArray &json, const QString &output, const QString &defaultName)
{
    if (output.isEmpty()) {
        writeBytes(stdout, json);
        return code(ExitCode::Success);
    }
    const QString path = QFileInfo(output).isDir() ? QDir(output).filePath(defaultName) : output;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return failWith(RankTableCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup))
        return failWith(RankTableCommand::tr("wrote %1 but could not set its mode to 640").arg(path));
    printLine(stderr, RankTableCommand::tr("wrote %1").arg(path));
    return code(ExitCode::Success);
}

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              RankTableCommand::tr("Write to FILE (or into DIR under the reference script's name) with mode 640 "
                                 "instead of stdout."),
                              QStringLiteral("OUT"));
}

QCommandLineOption referenceOption(const QString &help)
{
    return QCommandLineOption(QStringLiteral("reference"), help);
}

bool readHccnConf(const QString &path, QMap<int, QString> *deviceIps, QString *error)
{
    QByteArray data;
    if (!readFile(path, &data, error))
        return false;
    ParseError parseError;
    const HccnConf conf = HccnConfParser::parse(data, &parseError);
    if (parseError.isError()) {
        *error = RankTableCommand::tr("%1: %2").arg(path, parseError.toString());
        return false;
    }
    for (auto it = conf.npus.constBegin(); it != conf.npus.constEnd(); ++it) {
        if (!it->address.isEmpty())
            deviceIps->insert(it.key(), it->address);
    }
    return true;
}

int runGenerate(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("ranktable generate"),
                    QStringLiteral("[options] --hccn-conf FILE --server-ip IP [--container-ip IP] [-o OUT]"),
                    RankTableCommand::tr("Builds one server's rank table from its hccn.conf, byte for byte as hccl_tools.py would on that "
                            "server."));
    const QCommandLineOption hccnConf(QStringLiteral("hccn-conf"), RankTableCommand::tr("The server's /etc/hccn.conf."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption serverIp(QStringLiteral("server-ip"), RankTableCommand::tr("The server's IPv4 address (server_id)."),
                                      QStringLiteral("IP"));
    const QCommandLineOption containerIp(QStringLiteral("container-ip"),
                                         RankTableCommand::tr("container_ip (default: the server ip, as with docker --net=host)."),
                                         QStringLiteral("IP"));
    const QCommandLineOption deviceNum(QStringLiteral("device-num"),
                                       RankTableCommand::tr("Logical devices as in hccl_tools.py --device_num (default [0,8))."),
                                       QStringLiteral("RANGE"), QStringLiteral("[0,8)"));
    const QCommandLineOption visible(QStringLiteral("visible-devices"),
                                     RankTableCommand::tr("Physical id of each logical device (default 0,1,2,3,4,5,6,7)."),
                                     QStringLiteral("LIST"), QStringLiteral("0,1,2,3,4,5,6,7"));
    const QCommandLineOption output = outputOption();
    const QCommandLineOption reference = referenceOption(
        RankTableCommand::tr("Exactly what hccl_tools.py writes: container_ip is the server ip (no --container-ip)."));
    cli.addOptions({hccnConf, serverIp, containerIp, deviceNum, visible, output, reference});
    if (const auto done = cli.parse(arguments))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    if (!parser.isSet(hccnConf) || !parser.isSet(serverIp))
        return cli.usageError(RankTableCommand::tr("generate needs --hccn-conf FILE and --server-ip IP"));
    if (parser.isSet(reference) && parser.isSet(containerIp))
        return cli.usageError(RankTableCommand::tr("--reference writes container_ip = server ip, as hccl_tools.py; drop --container-ip"));

    QString error;
    const auto selection = DeviceSelection::fromScriptArguments(parser.value(deviceNum), parser.value(visible), &error);
    if (!selection)
        return failWith(error);
    RankTableBuilder::Input input;
    input.serverIp = parser.value(serverIp);
    input.containerIp = parser.value(containerIp);
    input.devices = *selection;
    if (!readHccnConf(parser.value(hccnConf), &input.deviceIps, &error))
        return failWith(error);
    const auto table = RankTableBuilder::build(input, &error);
    if (!table)
        return failWith(error);
    return writeOutput(RankTableWriter::toBytes(*table), parser.value(output), RankTableBuilder::fileName(input));
}

// A saved tool output, parsed; false with "FILE:LINE: why" in *error.
template<typename Parse>
bool readParsed(const QString &path, Parse parse, QString *error)
{
    QByteArray data;
    if (!readFile(path, &data, error))
        return false;
    ParseError parseError;
    parse(data, &parseError);
    if (!parseError.isError())
        return true;
    *error = parseError.line > 0 ? RankTableCommand::tr("%1:%2: %3").arg(path).arg(parseError.line).arg(parseError.message)
                                 : RankTableCommand::tr("%1: %2").arg(path, parseError.message);
    return false;
}

int runGenerateA3(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("ranktable generate-a3"),
                    QStringLiteral("[options] --vnic FILE --spod-info FILE --server-ip IP [--container-ip IP] [-o OUT]"),
                    RankTableCommand::tr("Builds one Atlas A3 server's v1.2 rank table from its dies' hccn_tool -vnic -g and "
                                         "npu-smi info -t spod-info outputs (die N is device_id and rank_id N); merge the "
                                         "servers' tables with ranktable merge."));
    const QCommandLineOption vnic(QStringLiteral("vnic"),
                                  RankTableCommand::tr("Output of hccn_tool -i N -vnic -g for every die N, in order."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption spod(QStringLiteral("spod-info"),
                                  RankTableCommand::tr("Output of npu-smi info -t spod-info -i N/2 -c N%2 for every die N, in order."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption serverIp(QStringLiteral("server-ip"),
                                      RankTableCommand::tr("The server's IPv4 address (server_id and host_ip)."), QStringLiteral("IP"));
    const QCommandLineOption containerIp(QStringLiteral("container-ip"),
                                         RankTableCommand::tr("container_ip (default: the server ip, as with docker --net=host)."),
                                         QStringLiteral("IP"));
    const QCommandLineOption output = outputOption();
    cli.addOptions({vnic, spod, serverIp, containerIp, output});
    if (const auto done = cli.parse(arguments))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    if (!parser.isSet(vnic) || !parser.isSet(spod) || !parser.isSet(serverIp))
        return cli.usageError(RankTableCommand::tr("generate-a3 needs --vnic FILE, --spod-info FILE and --server-ip IP"));
    SuperPodRankTableBuilder::Input input;
    input.serverIp = parser.value(serverIp);
    input.containerIp = parser.value(containerIp);
    QString error;
    const auto readVnic = [&input](const QByteArray &d, ParseError *e) { input.vnics = HccnToolParser::parseVnic(d, e); };
    const auto readSpod = [&input](const QByteArray &d, ParseError *e) { input.spods = NpuSpodInfoParser::parseAll(d, e); };
    if (!readParsed(parser.value(vnic), readVnic, &error) || !readParsed(parser.value(spod), readSpod, &error))
        return failWith(error);
    const auto table = SuperPodRankTableBuilder::build(input, &error);
    if (!table)
        return failWith(error);
    return writeOutput(RankTableWriter::toBytes(*table), parser.value(output), SuperPodRankTableBuilder::fileName(input));
}

int runMerge(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("ranktable merge"), QStringLiteral("[options] FILE..."),
                    RankTableCommand::tr("Merges per-server rank tables into one, renumbering rank_id, as merge_hccl.py does. Without "
                            "--reference, a missing container_ip is set to the server id and server_count is the real "
                            "number of servers."));
    const QCommandLineOption output = outputOption();
    const QCommandLineOption reference = referenceOption(
        RankTableCommand::tr("Exactly what merge_hccl.py writes, even where MindIE would refuse it."));
    cli.addOptions({output, reference});
    cli.addPositional(QStringLiteral("FILE..."), RankTableCommand::tr("Rank tables to merge, in rank order."));
    if (const auto done = cli.parse(arguments))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    if (parser.positionalArguments().isEmpty())
        return cli.usageError(RankTableCommand::tr("merge needs at least one rank table file"));

    QList<RankTableMerger::Input> inputs;
    QString error;
    for (const QString &path : parser.positionalArguments()) {
        RankTableMerger::Input input{path, {}};
        if (!readFile(path, &input.data, &error))
            return failWith(error);
        inputs.append(input);
    }
    const auto mode = parser.isSet(reference) ? RankTableMerger::Mode::Reference : RankTableMerger::Mode::AscendDeck;
    const auto result = RankTableMerger::merge(inputs, mode, &error);
    if (!result)
        return failWith(error);
    return writeOutput(result->json, parser.value(output), result->fileName);
}

// "--hccn-conf 10.0.0.1=/path/hccn.conf" -> readings of that server.
bool readHccnReadings(const QStringList &specs, RankTableValidator::HccnReadings *readings, QString *error)
{
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = RankTableCommand::tr("--hccn-conf \"%1\" must be SERVER_ID=FILE").arg(spec);
            return false;
        }
        QMap<int, QString> ips;
        if (!readHccnConf(spec.mid(equals + 1), &ips, error))
            return false;
        readings->insert(spec.left(equals), ips);
    }
    return true;
}

int runValidate(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("ranktable validate"), QStringLiteral("[options] FILE"),
                    RankTableCommand::tr("Checks a rank table against HCCL's and MindIE's rules and prints the findings as a JSON list. "
                            "Exit status 1 when any finding is an error."));
    const QCommandLineOption hccnConf(QStringLiteral("hccn-conf"),
                                      RankTableCommand::tr("A server's hccn.conf, to check its device ips (repeatable)."),
                                      QStringLiteral("SERVER_ID=FILE"));
    cli.addOption(hccnConf);
    cli.addPositional(QStringLiteral("FILE"), RankTableCommand::tr("The rank table."));
    if (const auto done = cli.parse(arguments))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(RankTableCommand::tr("validate needs exactly one rank table file"));

    const QString path = parser.positionalArguments().first();
    QByteArray data;
    QString error;
    RankTableValidator::HccnReadings readings;
    if (!readFile(path, &data, &error) || !readHccnReadings(parser.values(hccnConf), &readings, &error))
        return failWith(error);
    const auto table = RankTableParser::parse(data, &error);
    if (!table)
        return failWith(RankTableCommand::tr("%1: %2").arg(path, error));
    const QList<Finding> findings = RankTableValidator::validate(*table, readings);
    writeBytes(stdout, Finding::listToJson(findings));
    return code(Finding::hasError(findings) ? ExitCode::Failure : ExitCode::Success);
}

int runBuild(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("ranktable build"), QStringLiteral("[options] --project FILE [-o OUT] [--distribute PATH]"),
                    RankTableCommand::tr("Reads every server's /etc/hccn.conf over SSH and builds the cluster's rank table, the "
                                         "master first, as the console's rank table step does; findings go to stderr as JSON. "
                                         "Exit status 1 when any finding is an error."));
    const QCommandLineOption output = outputOption();
    const QCommandLineOption distribute(QStringLiteral("distribute"),
                                        RankTableCommand::tr("Also copy the table to PATH on every server, with mode 640."),
                                        QStringLiteral("PATH"));
    cli.addProjectOption();
    cli.addSshOptions();
    cli.addOptions({output, distribute});
    if (const auto done = cli.parse(arguments))
        return *done;
    if (!cli.hasProject())
        return cli.usageError(RankTableCommand::tr("build needs --project FILE"));
    Project project;
    QString error;
    if (!ProjectInput::load(cli.projectFile(), &project, &error))
        return failWith(error);
    const QList<SshTarget> targets = ProjectInput::targets(project);
    SessionPool pool(cli.sessionOptions());
    // server_id is the address each server is reached at, as the console's Servers step reads it (a project
    // may name its servers by host name).
    QStringList unreachable;
    QStringList ips;
    for (const ServerFacts &facts : ProjectInput::probe(&pool, targets, &unreachable))
        ips << facts.address;
    for (const QString &line : std::as_const(unreachable))
        printError(line);
    if (!unreachable.isEmpty())
        return code(ExitCode::Connection);
    const RankTableAssembly::Result table = RankTableStep::build(&pool, targets, ips, project.masterIndex());
    if (!table.error.isEmpty())
        printError(table.error);
    if (!table.findings.isEmpty())
        writeBytes(stderr, Finding::listToJson(table.findings));
    if (table.hasErrors())
        return code(ExitCode::Failure);
    if (cli.isSet(distribute)) {
        const QStringList failures = RankTableStep::distribute(&pool, targets, table.json, cli.value(distribute));
        for (const QString &failure : failures)
            printError(failure);
        if (!failures.isEmpty())
            return code(ExitCode::Failure);
        printLine(stderr, RankTableCommand::tr("copied to %1 servers as %2 (mode 640)").arg(targets.size()).arg(cli.value(distribute)));
    }
    return writeOutput(table.json, cli.value(output), table.fileName);
}

} // namespace

int runRankTable(const QStringList &arguments)
{
    Subcommands actions(QStringLiteral("ranktable"), RankTableCommand::tr("Generates, merges or validates HCCL rank tables."));
    actions.add(QStringLiteral("generate"), RankTableCommand::tr("one server's rank table from its hccn.conf (as hccl_tools.py)"), &runGenerate);
    actions.add(QStringLiteral("generate-a3"), RankTableCommand::tr("one Atlas A3 server's v1.2 rank table from its dies' vnic and spod-info outputs"), &runGenerateA3);
    actions.add(QStringLiteral("merge"), RankTableCommand::tr("merge per-server rank tables into one (as merge_hccl.py)"), &runMerge);
    actions.add(QStringLiteral("build"), RankTableCommand::tr("read every server's hccn.conf over SSH and build the cluster's table (--project)"), &runBuild);
    actions.add(QStringLiteral("validate"), RankTableCommand::tr("check a rank table against HCCL's and MindIE's rules"), &runValidate);
    return actions.run(arguments);
}

} // namespace AscendDeck::Cli
