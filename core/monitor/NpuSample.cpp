#include "NpuSample.h"

namespace AscendDeck {

NpuHealth NpuSample::healthFromText(const QString &text)
{
    // npu-smi prints these words; anything else (a new driver's wording) is "unknown", which alerts too.
    if (text.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0)
        return NpuHealth::Ok;
    if (text.compare(QLatin1String("Warning"), Qt::CaseInsensitive) == 0)
        return NpuHealth::Warning;
    if (text.compare(QLatin1String("Alarm"), Qt::CaseInsensitive) == 0)
        return NpuHealth::Alarm;
    if (text.compare(QLatin1String("Critical"), Qt::CaseInsensitive) == 0)
        return NpuHealth::Critical;
    return NpuHealth::Unknown;
}

QString NpuSample::healthName(NpuHealth health)
{
    switch (health) {
    case NpuHealth::Ok: return QStringLiteral("OK");
    case NpuHealth::Warning: return QStringLiteral("Warning");
    case NpuHealth::Alarm: return QStringLiteral("Alarm");
    case NpuHealth::Critical: return QStringLiteral("Critical");
    case NpuHealth::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

} // namespace AscendDeck
