#include "ParseCommand.h"

#include "CommandLine.h"
#include "Output.h"

#include "ascend/AscendJson.h"
#include "ascend/CannInfoParser.h"
#include "ascend/HccnConfParser.h"
#include "ascend/HccnToolParser.h"
#include "ascend/NpuSmiDetailParser.h"
#include "ascend/NpuSmiInfoParser.h"
#include "ascend/NpuSmiMappingParser.h"
#include "ascend/NpuSpodInfoParser.h"
#include "ascend/TextLines.h"
#include "ascend/VersionInfoParser.h"
#include "engine/MindIeConfig.h"
#include "engine/PrometheusTextParser.h"
#include "ranktable/RankTableParser.h"
#include "ranktable/RankTableValidator.h"
#include "ranktable/RankTableWriter.h"

#include <QFile>

#include <cmath>
#include <functional>
#include <map>

namespace AscendDeck::Cli {

using nlohmann::ordered_json;

namespace {
struct ParseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ParseCommand)
};

using Converter = std::function<ordered_json(const QByteArray &, ParseError *)>;

// JSON has no infinity or NaN; Prometheus uses both (le="+Inf"), so they travel as the format's strings.
ordered_json number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return value;
}

ordered_json labelsJson(const QList<QPair<QString, QString>> &labels)
{
    ordered_json j = ordered_json::object();
    for (const auto &pair : labels)
        j[pair.first.toStdString()] = pair.second.toStdString();
    return j;
}

ordered_json histogramJson(const PrometheusHistogram &h)
{
    ordered_json buckets = ordered_json::array();
    for (const auto &bucket : h.buckets)
        buckets.push_back({{"le", number(bucket.first)}, {"count", number(bucket.second)}});
    return {{"name", h.name.toStdString()}, {"labels", labelsJson(h.labels)}, {"buckets", buckets},
            {"sum", h.sum ? number(*h.sum) : ordered_json(nullptr)},
            {"count", h.count ? number(*h.count) : ordered_json(nullptr)}};
}

ordered_json metricsJson(const QByteArray &data, ParseError *error)
{
    const PrometheusMetrics metrics = PrometheusTextParser::parse(data, error);
    ordered_json samples = ordered_json::array();
    for (const PrometheusSample &sample : metrics.samples) {
        const QString type = metrics.families.value(sample.family).type;
        samples.push_back({{"name", sample.name.toStdString()}, {"family", sample.family.toStdString()},
                           {"type", type.isEmpty() ? "untyped" : type.toStdString()},
                           {"labels", labelsJson(sample.labels)}, {"value", number(sample.value)},
                           {"timestamp_ms", sample.timestampMs ? ordered_json(*sample.timestampMs) : ordered_json(nullptr)}});
    }
    ordered_json histograms = ordered_json::array();
    for (const PrometheusHistogram &h : PrometheusTextParser::histograms(metrics))
        histograms.push_back(histogramJson(h));
    return {{"samples", samples}, {"histograms", histograms}};
}

ordered_json hccnToolJson(const QByteArray &data, QString getter, ParseError *error)
{
    if (getter.isEmpty())
        getter = HccnToolParser::detectGetter(data);
    ordered_json j;
    j["getter"] = getter.toStdString();
    if (getter == QLatin1String("ip")) j["records"] = AscendJson::toJson(HccnToolParser::parseIp(data, error));
    else if (getter == QLatin1String("gateway")) j["records"] = AscendJson::toJson(HccnToolParser::parseGateway(data, error));
    else if (getter == QLatin1String("lldp")) j["records"] = AscendJson::toJson(HccnToolParser::parseLldp(data, error));
    else if (getter == QLatin1String("tls")) j["records"] = AscendJson::toJson(HccnToolParser::parseTls(data, error));
    else if (getter == QLatin1String("ping")) j["records"] = AscendJson::toJson(HccnToolParser::parsePing(data, error));
    else if (getter == QLatin1String("vnic")) j["records"] = AscendJson::toJson(HccnToolParser::parseVnic(data, error));
    else if (getter == QLatin1String("netdetect")) {
        j["records"] = ordered_json::array();
        for (const QString &v : HccnToolParser::parseNetdetect(data, error))
            j["records"].push_back(v.toStdString());
    } else if (getter == QLatin1String("net_health")) {
        j["records"] = ordered_json::array();
        for (const QString &v : HccnToolParser::parseNetHealth(data, error))
            j["records"].push_back(v.toStdString());
    } else if (getter == QLatin1String("link")) {
        j["records"] = ordered_json::array();
        for (bool up : HccnToolParser::parseLink(data, error))
            j["records"].push_back(up ? "UP" : "DOWN");
    } else if (getter == QLatin1String("set")) {
        j["succeeded"] = HccnToolParser::parseSetterResult(data, error);
    } else if (error) {
        *error = ParseError{1, ParseCommand::tr("not the output of a known hccn_tool getter")};
    }
    return j;
}

// Atlas A3: where one die sits in its super pod.
ordered_json spodInfoJson(const QByteArray &data, ParseError *error)
{
    const std::optional<NpuSpodInfo> info = NpuSpodInfoParser::parse(data, error);
    return info ? AscendJson::toJson(*info) : ordered_json();
}

// A rank table as understood, with what the validator says of it.
ordered_json rankTableJson(const QByteArray &data, ParseError *error)
{
    QString message;
    const std::optional<RankTable> table = RankTableParser::parse(data, &message);
    if (!table) {
        *error = ParseError{0, message};
        return {};
    }
    ordered_json j;
    j["table"] = RankTableWriter::toJson(*table);
    j["findings"] = ordered_json::array();
    for (const Finding &finding : RankTableValidator::validate(*table))
        j["findings"].push_back(finding.toJson());
    return j;
}

// The fields of a MindIE config.json that a deployment decides, as read (null where absent).
ordered_json mindieConfigJson(const QByteArray &data, ParseError *error)
{
    QString message;
    const MindIeConfig config = MindIeConfig::fromText(data, &message);
    if (config.isNull()) {
        *error = ParseError{0, message.isEmpty() ? ParseCommand::tr("not a MindIE config.json") : message};
        return {};
    }
    ordered_json j = ordered_json::object();
    for (const QString &path : MindIeConfig::appliedPaths())
        j[path.toStdString()] = config.value(path);
    return j;
}

std::map<QString, Converter> converters(const QString &getter)
{
    return {
        {QStringLiteral("npu-smi"), [](const QByteArray &d, ParseError *e) { return AscendJson::toJson(NpuSmiInfoParser::parse(d, e)); }},
        {QStringLiteral("npu-smi-detail"), [](const QByteArray &d, ParseError *e) { return AscendJson::toJson(NpuSmiDetailParser::parse(d, e)); }},
        {QStringLiteral("npu-smi-mapping"), [](const QByteArray &d, ParseError *e) { return AscendJson::toJson(NpuSmiMappingParser::parse(d, e)); }},
        {QStringLiteral("spod-info"), &spodInfoJson},
        {QStringLiteral("hccn-conf"), [](const QByteArray &d, ParseError *e) { return AscendJson::toJson(HccnConfParser::parse(d, e)); }},
        {QStringLiteral("hccn-tool"), [getter](const QByteArray &d, ParseError *e) { return hccnToolJson(d, getter, e); }},
        {QStringLiteral("version-info"), [](const QByteArray &d, ParseError *e) { return AscendJson::toJson(VersionInfoParser::parse(d, e)); }},
        {QStringLiteral("cann-info"), [](const QByteArray &d, ParseError *e) { return AscendJson::toJson(CannInfoParser::parse(d, e)); }},
        {QStringLiteral("metrics"), &metricsJson},
        {QStringLiteral("ranktable"), &rankTableJson},
        {QStringLiteral("mindie-config"), &mindieConfigJson},
    };
}

bool readInput(const QString &path, QByteArray *data, QString *why)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *why = file.errorString();
        return false;
    }
    // One byte past the parsers' limit is enough to let them report "too large" without reading it all.
    *data = file.read(TextLines::maxBytes + 1);
    return true;
}

} // namespace

int runParse(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("parse"), QStringLiteral("[options] KIND FILE"),
                    ParseCommand::tr("Parses a saved Ascend tool output and prints what was understood as JSON.\n"
                                     "KIND: npu-smi, npu-smi-detail (-t forms), npu-smi-mapping (-m), spod-info (-t spod-info, Atlas A3), hccn-conf, hccn-tool, "
                                     "version-info, cann-info, metrics, ranktable, mindie-config. FILE '-' reads stdin."));
    const QCommandLineOption getterOption(
        QStringLiteral("getter"),
        ParseCommand::tr("hccn-tool only: ip, gateway, netdetect, net_health, link, lldp, tls, ping, vnic or set (default: guessed "
                         "from the first line)."),
        QStringLiteral("NAME"));
    cli.addOption(getterOption);
    cli.addPositional(QStringLiteral("KIND"), ParseCommand::tr("What the file holds."));
    cli.addPositional(QStringLiteral("FILE"), ParseCommand::tr("The saved output."));
    if (const auto done = cli.parse(arguments))
        return *done;
    const QStringList positional = cli.positionalArguments();
    const auto table = converters(cli.value(getterOption));
    const auto converter = positional.size() == 2 ? table.find(positional.at(0)) : table.end();
    if (converter == table.end())
        return cli.usageError(ParseCommand::tr("expected KIND FILE with KIND one of npu-smi, npu-smi-detail, npu-smi-mapping, spod-info, "
                                               "hccn-conf, hccn-tool, version-info, cann-info, metrics, ranktable, mindie-config"));
    const QString path = positional.at(1);
    QByteArray data;
    QString why;
    if (!readInput(path, &data, &why)) {
        printError(ParseCommand::tr("%1: cannot read: %2").arg(path, why));
        return code(ExitCode::Failure);
    }
    ParseError error;
    const ordered_json json = converter->second(data, &error);
    if (error.isError()) {
        printError(error.line > 0 ? ParseCommand::tr("%1:%2: %3").arg(path).arg(error.line).arg(error.message)
                                  : ParseCommand::tr("%1: %2").arg(path, error.message));
        return code(ExitCode::Failure);
    }
    writeBytes(stdout, QByteArray::fromStdString(json.dump(2) + '\n'));
    return code(ExitCode::Success);
}

} // namespace AscendDeck::Cli
