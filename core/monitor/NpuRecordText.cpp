#include "NpuRecordText.h"

#include <QDateTime>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cmath>

namespace AscendDeck {

namespace {
nlohmann::ordered_json figure(float value)
{
    if (std::isnan(value))
        return nullptr;
    return NpuRecordText::tidy(value);
}

QString csvFigure(float value)
{
    return std::isnan(value) ? QString() : QString::number(NpuRecordText::tidy(value));
}

QString tableFigure(float value)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(NpuRecordText::tidy(value));
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString memoryKind(const NpuRecord &record)
{
    return record.memoryIsDdr ? QStringLiteral("DDR") : QStringLiteral("HBM");
}

QString health(const NpuRecord &record)
{
    return record.sample.gap ? QString() : NpuSample::healthName(record.sample.health);
}

// Column widths of the table: server, NPU, chip, model, memory, AI Core, temperature, power, health.
constexpr int kServerWidth = 24;
} // namespace

double NpuRecordText::tidy(float value)
{
    return QString::number(value, 'g', 7).toDouble();
}

QString NpuRecordText::isoTime(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray NpuRecordText::jsonLine(const NpuRecord &record)
{
    const NpuSample &s = record.sample;
    nlohmann::ordered_json line;
    line["time"] = isoTime(s.timeMs).toStdString();
    line["time_ms"] = s.timeMs;
    line["server"] = record.server.toStdString();
    line["host"] = record.host.toStdString();
    line["npu_id"] = record.npuId;
    line["chip_id"] = record.chipId;
    line["model"] = record.model.toStdString();
    line["memory"] = memoryKind(record).toStdString();
    line["hbm_used_mb"] = figure(s.hbmUsedMb);
    line["hbm_total_mb"] = figure(s.hbmTotalMb);
    line["aicore_percent"] = figure(s.aiCorePercent);
    line["temperature_c"] = figure(s.temperatureC);
    line["power_w"] = figure(s.powerW);
    line["health"] = s.gap ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(health(record).toStdString());
    return QByteArray::fromStdString(line.dump()) + '\n';
}

QByteArray NpuRecordText::csvHeader()
{
    return QByteArrayLiteral("time,server,host,npu_id,chip_id,model,memory,hbm_used_mb,hbm_total_mb,aicore_percent,"
                             "temperature_c,power_w,health\n");
}

QByteArray NpuRecordText::csvRow(const NpuRecord &record)
{
    const NpuSample &s = record.sample;
    const QStringList fields{isoTime(s.timeMs), csvField(record.server), csvField(record.host),
                             QString::number(record.npuId), QString::number(record.chipId), csvField(record.model),
                             memoryKind(record), csvFigure(s.hbmUsedMb), csvFigure(s.hbmTotalMb),
                             csvFigure(s.aiCorePercent), csvFigure(s.temperatureC), csvFigure(s.powerW), health(record)};
    return fields.join(QLatin1Char(',')).toUtf8() + '\n';
}

QString NpuRecordText::tableHeader()
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
        .arg(tr("TIME").leftJustified(8), tr("SERVER").leftJustified(kServerWidth), tr("NPU").rightJustified(4),
             tr("CHIP").rightJustified(4), tr("MODEL").leftJustified(10), tr("MEMORY MB").rightJustified(17),
             tr("AICORE%").rightJustified(7), tr("TEMP C").rightJustified(6), tr("POWER W").rightJustified(7))
        .arg(tr("HEALTH"));
}

QString NpuRecordText::tableRow(const NpuRecord &record)
{
    const NpuSample &s = record.sample;
    const QString memory = QStringLiteral("%1/%2 %3").arg(tableFigure(s.hbmUsedMb), tableFigure(s.hbmTotalMb), memoryKind(record));
    const QString time = QDateTime::fromMSecsSinceEpoch(s.timeMs).toString(QStringLiteral("HH:mm:ss"));
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
        .arg(time.leftJustified(8), record.server.leftJustified(kServerWidth), QString::number(record.npuId).rightJustified(4),
             QString::number(record.chipId).rightJustified(4), record.model.leftJustified(10), memory.rightJustified(17),
             tableFigure(s.aiCorePercent).rightJustified(7), tableFigure(s.temperatureC).rightJustified(6),
             tableFigure(s.powerW).rightJustified(7))
        .arg(s.gap ? tr("no answer") : health(record));
}

} // namespace AscendDeck
