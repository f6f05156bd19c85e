#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace AscendDeck {

enum class PreflightSeverity { Pass, Warn, Fail };

// One verdict of one preflight check about one server (or one NPU of it). A check that passes still
// yields a finding, so that the admin sees what was verified and not only what went wrong.
struct PreflightFinding
{
    QString checkId;   // stable id, e.g. "driver.cann" (scripts match on it; never translated)
    QString title;     // translated name of the check
    PreflightSeverity severity = PreflightSeverity::Pass;
    QString host;
    int npu = -1;      // -1 when the finding is about the whole server
    QString message;   // names the host (and NPU) so that it stands on its own in a log
    QString fix;       // empty on pass

    QJsonObject toJson() const;
};

QString severityName(PreflightSeverity severity);
// The worst severity of the list (Pass for an empty list).
PreflightSeverity worstSeverity(const QList<PreflightFinding> &findings);

} // namespace AscendDeck
