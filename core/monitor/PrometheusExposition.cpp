#include "PrometheusExposition.h"

#include "monitor/NpuRecordText.h"

#include <QSet>

#include <cmath>
#include <functional>

namespace AscendDeck {

namespace {
struct Metric
{
    const char *name;
    const char *help;
    std::function<float(const NpuRecord &)> value; // NaN: no line for this NPU
};

float memoryFigure(const NpuRecord &record, bool ddr, float value)
{
    return record.memoryIsDdr == ddr ? value : std::numeric_limits<float>::quiet_NaN();
}

// npu-exporter reports HBM and DDR under different names, and only what the model has (A2 has no DDR).
const QList<Metric> &metrics()
{
    static const QList<Metric> all{
        {"npu_chip_info_hbm_used_memory", "HBM in use, MB (npu-smi info HBM-Usage).",
         [](const NpuRecord &r) { return memoryFigure(r, false, r.sample.hbmUsedMb); }},
        {"npu_chip_info_hbm_total_memory", "HBM size, MB (npu-smi info HBM-Usage).",
         [](const NpuRecord &r) { return memoryFigure(r, false, r.sample.hbmTotalMb); }},
        {"npu_chip_info_used_memory", "DDR in use, MB, on models without HBM (npu-smi info Memory-Usage).",
         [](const NpuRecord &r) { return memoryFigure(r, true, r.sample.hbmUsedMb); }},
        {"npu_chip_info_total_memory", "DDR size, MB, on models without HBM (npu-smi info Memory-Usage).",
         [](const NpuRecord &r) { return memoryFigure(r, true, r.sample.hbmTotalMb); }},
        {"npu_chip_info_utilization", "AI Core utilization, percent (npu-smi info AICore(%)).",
         [](const NpuRecord &r) { return r.sample.aiCorePercent; }},
        {"npu_chip_info_temperature", "Chip temperature, degrees Celsius (npu-smi info Temp(C)).",
         [](const NpuRecord &r) { return r.sample.temperatureC; }},
        {"npu_chip_info_power", "Chip power, watts (npu-smi info Power(W)).",
         [](const NpuRecord &r) { return r.sample.powerW; }},
        {"npu_chip_info_health_status", "Health: 1 when npu-smi info reports OK, 0 otherwise.",
         [](const NpuRecord &r) { return r.sample.health == NpuHealth::Ok ? 1.0f : 0.0f; }},
    };
    return all;
}

QString label(const char *name, const QString &value)
{
    return QLatin1String(name) + QStringLiteral("=\"") + PrometheusExposition::escapeLabel(value) + QLatin1Char('"');
}

QString serverLabels(const PrometheusExposition::Server &server)
{
    return label("host", server.host) + QLatin1Char(',') + label("server", server.server);
}

QString npuLabels(const PrometheusExposition::Server &server, const NpuRecord &record)
{
    return label("chip_id", QString::number(record.chipId)) + QLatin1Char(',') + label("host", server.host) + QLatin1Char(',')
        + label("id", QString::number(record.npuId)) + QLatin1Char(',') + label("model_name", record.model) + QLatin1Char(',')
        + label("server", server.server);
}

QString header(const char *name, const char *help)
{
    return QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(QLatin1String(name), QLatin1String(help));
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}
} // namespace

QString PrometheusExposition::escapeLabel(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return escaped;
}

QByteArray PrometheusExposition::text(const QList<Server> &servers)
{
    QString out = header("ascenddeck_server_up", "1 when the server's latest npu-smi info was read, 0 when it did not answer.");
    for (const Server &server : servers)
        out += QStringLiteral("ascenddeck_server_up{%1} %2\n").arg(serverLabels(server), server.up ? QStringLiteral("1") : QStringLiteral("0"));
    out += header("machine_npu_nums", "NPUs of the server (npu-smi info).");
    for (const Server &server : servers) {
        QSet<int> npus;
        for (const NpuRecord &record : server.records)
            npus.insert(record.npuId);
        if (server.up)
            out += QStringLiteral("machine_npu_nums{%1} %2\n").arg(serverLabels(server)).arg(npus.size());
    }
    for (const Metric &metric : metrics()) {
        out += header(metric.name, metric.help);
        for (const Server &server : servers) {
            if (!server.up)
                continue; // no figures rather than stale ones: Prometheus marks the series stale
            for (const NpuRecord &record : server.records) {
                const float value = metric.value(record);
                if (std::isnan(value) || record.sample.gap)
                    continue;
                out += QStringLiteral("%1{%2} %3 %4\n")
                           .arg(QLatin1String(metric.name), npuLabels(server, record),
                                number(NpuRecordText::tidy(value)), QString::number(record.sample.timeMs));
            }
        }
    }
    return out.toUtf8();
}

} // namespace AscendDeck
