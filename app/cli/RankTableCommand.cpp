#include "RankTableCommand.h"

#include "ascend/HccnConfParser.h"
#include "ranktable/RankTableBuilder.h"
#include "ranktable/RankTableMerger.h"
#include "ranktable/RankTableParser.h"
#include "ranktable/RankTableValidator.h"
#include "ranktable/RankTableWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace AscendDeck::Cli {

namespace {
constexpr int exitUsage = 2;

// Context "ranktable" for the translators, as `exec` uses "exec".
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ranktable)
};

int failWith(const QString &message)
{
    fprintf(stderr, "ascenddeck-cli ranktable: %s\n", qPrintable(message));
    return exitUsage;
}

void writeRaw(FILE *stream, const QByteArray &data)
{
    fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stream);
    fflush(stream);
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Msg::tr("cannot read %1: %2").arg(path, file.errorString());
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
        writeRaw(stdout, json);
        return 0;
    }
    const QString path = QFileInfo(output).isDir() ? QDir(output).filePath(defaultName) : output;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return failWith(Msg::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup))
        return failWith(Msg::tr("wrote %1 but could not set its mode to 640").arg(path));
    fprintf(stderr, "%s\n", qPrintable(Msg::tr("wrote %1").arg(path)));
    return 0;
}

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Msg::tr("Write to FILE (or into DIR under the reference script's name) with mode 640 "
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
        *error = Msg::tr("%1: %2").arg(path, parseError.toString());
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
    QCommandLineParser parser;
    parser.setApplicationDescription(Msg::tr(
        "Builds one server's rank table from its hccn.conf, byte for byte as hccl_tools.py would on that server."));
    parser.addHelpOption();
    const QCommandLineOption hccnConf(QStringLiteral("hccn-conf"), Msg::tr("The server's /etc/hccn.conf."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption serverIp(QStringLiteral("server-ip"), Msg::tr("The server's IPv4 address (server_id)."),
                                      QStringLiteral("IP"));
    const QCommandLineOption containerIp(QStringLiteral("container-ip"),
                                         Msg::tr("container_ip (default: the server ip, as with docker --net=host)."),
                                         QStringLiteral("IP"));
    const QCommandLineOption deviceNum(QStringLiteral("device-num"),
                                       Msg::tr("Logical devices as in hccl_tools.py --device_num (default [0,8))."),
                                       QStringLiteral("RANGE"), QStringLiteral("[0,8)"));
    const QCommandLineOption visible(QStringLiteral("visible-devices"),
                                     Msg::tr("Physical id of each logical device (default 0,1,2,3,4,5,6,7)."),
                                     QStringLiteral("LIST"), QStringLiteral("0,1,2,3,4,5,6,7"));
    const QCommandLineOption output = outputOption();
    const QCommandLineOption reference = referenceOption(
        Msg::tr("Exactly what hccl_tools.py writes: container_ip is the server ip (no --container-ip)."));
    parser.addOptions({hccnConf, serverIp, containerIp, deviceNum, visible, output, reference});
    parser.process(arguments);
    if (!parser.isSet(hccnConf) || !parser.isSet(serverIp))
        return failWith(Msg::tr("generate needs --hccn-conf FILE and --server-ip IP"));
    if (parser.isSet(reference) && parser.isSet(containerIp))
        return failWith(Msg::tr("--reference writes container_ip = server ip, as hccl_tools.py; drop --container-ip"));

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

int runMerge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Msg::tr(
        "Merges per-server rank tables into one, renumbering rank_id, as merge_hccl.py does. Without --reference, "
        "a missing container_ip is set to the server id and server_count is the real number of servers."));
    parser.addHelpOption();
    const QCommandLineOption output = outputOption();
    const QCommandLineOption reference = referenceOption(
        Msg::tr("Exactly what merge_hccl.py writes, even where MindIE would refuse it."));
    parser.addOptions({output, reference});
    parser.addPositionalArgument(QStringLiteral("files"), Msg::tr("Rank tables to merge, in rank order."),
                                 QStringLiteral("FILE..."));
    parser.process(arguments);
    if (parser.positionalArguments().isEmpty())
        return failWith(Msg::tr("merge needs at least one rank table file"));

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
            *error = Msg::tr("--hccn-conf \"%1\" must be SERVER_ID=FILE").arg(spec);
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
    QCommandLineParser parser;
    parser.setApplicationDescription(Msg::tr(
        "Checks a rank table against HCCL's and MindIE's rules and prints the findings as a JSON list. "
        "Exit status 1 when any finding is an error."));
    parser.addHelpOption();
    const QCommandLineOption hccnConf(QStringLiteral("hccn-conf"),
                                      Msg::tr("A server's hccn.conf, to check its device ips (repeatable)."),
                                      QStringLiteral("SERVER_ID=FILE"));
    parser.addOption(hccnConf);
    parser.addPositionalArgument(QStringLiteral("file"), Msg::tr("The rank table."), QStringLiteral("FILE"));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return failWith(Msg::tr("validate needs exactly one rank table file"));

    const QString path = parser.positionalArguments().first();
    QByteArray data;
    QString error;
    RankTableValidator::HccnReadings readings;
    if (!readFile(path, &data, &error) || !readHccnReadings(parser.values(hccnConf), &readings, &error))
        return failWith(error);
    const auto table = RankTableParser::parse(data, &error);
    if (!table)
        return failWith(Msg::tr("%1: %2").arg(path, error));
    const QList<Finding> findings = RankTableValidator::validate(*table, readings);
    writeRaw(stdout, Finding::listToJson(findings));
    return Finding::hasError(findings) ? 1 : 0;
}

void printUsage(FILE *stream)
{
    fputs("usage: ascenddeck-cli ranktable generate --hccn-conf FILE --server-ip IP [--container-ip IP]\n"
          "                                         [--device-num [a,b)] [--visible-devices LIST] [-o OUT]\n"
          "       ascenddeck-cli ranktable merge FILE... [--reference] [-o OUT]\n"
          "       ascenddeck-cli ranktable validate FILE [--hccn-conf SERVER_ID=FILE]...\n",
          stream);
}
} // namespace

int runRankTable(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printUsage(action.isEmpty() ? stderr : stdout);
        return action.isEmpty() ? exitUsage : 0;
    }
    // Like main(): the action sees "PROGRAM ranktable ACTION" as its program name, then its own arguments.
    QStringList actionArguments = arguments.mid(2);
    actionArguments.prepend(arguments.at(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("generate"))
        return runGenerate(actionArguments);
    if (action == QLatin1String("merge"))
        return runMerge(actionArguments);
    if (action == QLatin1String("validate"))
        return runValidate(actionArguments);
    printUsage(stderr);
    return failWith(Msg::tr("unknown action \"%1\"").arg(action));
}

} // namespace AscendDeck::Cli
