#pragma once

#include "HccnCommand.h"
#include "HccnPlan.h"
#include "HccnReadings.h"

#include <QCoreApplication>

namespace AscendDeck {

// Turns a plan into hccn_tool setter calls. Everything here is a pure function of its inputs, so previews,
// exports and what is applied are byte-identical for the same plan and readings.
class HccnCommandRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HccnCommandRenderer)

public:
    static QString toolPath();
    static QStringList ipArgv(int npu, const QString &address, const QString &netmask);
    static QStringList gatewayArgv(int npu, const QString &gateway);
    static QStringList netdetectArgv(int npu, const QString &address);
    static QStringList tlsArgv(int npu, int enable);

    // Every setter of the plan, as for a server read as blank.
    static QList<HccnCommand> render(const HccnServerPlan &plan);
    // Only the setters whose value differs from the readings, per NPU in the order ip, gateway, netdetect, tls
    // (the address first: the tool refuses a gateway outside the NPU's subnet). Applying the result and reading
    // again gives an empty diff.
    static QList<HccnCommand> diff(const HccnServerPlan &plan, const HccnServerReadings &current);
    // The setters that bring current back to backup. A value that was unset in the backup cannot be unset again
    // with hccn_tool; each such value is described in *unrestorable and left as it is.
    static QList<HccnCommand> rollback(const HccnServerReadings &backup, const HccnServerReadings &current,
                                       QStringList *unrestorable = nullptr);

    // A POSIX shell script running commands, for export and review. Byte-stable.
    static QString script(const QString &host, const QList<HccnCommand> &commands);
    // What /etc/hccn.conf will hold for the plan's NPUs (the tool writes it; this is a preview).
    static QString hccnConfPreview(const HccnServerPlan &plan);

private:
    static void diffNpu(const HccnNpuPlan &want, const HccnNpuReadings &have, QList<HccnCommand> *out);
};

} // namespace AscendDeck
