#include "PreflightFinding.h"

#include <algorithm>

namespace AscendDeck {

QString severityName(PreflightSeverity severity)
{
    switch (severity) {
    case PreflightSeverity::Pass: return QStringLiteral("pass");
    case PreflightSeverity::Warn: return QStringLiteral("warn");
    case PreflightSeverity::Fail: return QStringLiteral("fail");
    }
    return {};
}

PreflightSeverity worstSeverity(const QList<PreflightFinding> &findings)
{
    PreflightSeverity worst = PreflightSeverity::Pass;
    for (const PreflightFinding &finding : findings)
        worst = std::max(worst, finding.severity);
    return worst;
}

QJsonObject PreflightFinding::toJson() const
{
    QJsonObject object{{QStringLiteral("check"), checkId},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("message"), message}};
    // null rather than -1: a reader should not have to know our sentinel.
    object.insert(QStringLiteral("npu"), npu >= 0 ? QJsonValue(npu) : QJsonValue());
    object.insert(QStringLiteral("fix"), fix.isEmpty() ? QJsonValue() : QJsonValue(fix));
    return object;
}

} // namespace AscendDeck
