#include "NpuRules.h"

#include "CannDriverTable.h"
#include "PreflightCheck.h"
#include "ascend/AscendVersion.h"

namespace AscendDeck {

namespace {
QString driverInstallFix()
{
    return NpuRules::tr("Install the Ascend HDK for the 910B: create HwHiAiUser first, then run "
                        "Ascend-hdk-910b-npu-driver_<version>_linux-aarch64.run --full --install-for-all and "
                        "Ascend-hdk-910b-npu-firmware_<version>.run --full, and reboot.");
}
} // namespace

void NpuRules::npuCount(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::NpuCount;
    if (!facts.npuSmiOk) {
        out->append(PreflightCheck::fail(id, facts.host, tr("%1: npu-smi info failed: %2").arg(facts.host, facts.npuSmiError),
                                         tr("Check that the NPU driver is installed and loaded on %1 (npu-smi info, "
                                            "lsmod | grep drv_davinci, dmesg | grep -i davinci).").arg(facts.host)));
        return;
    }
    const int count = static_cast<int>(facts.npuSmi.chips.size());
    if (count == 0 || (context.referenceNpuCount > 0 && count != context.referenceNpuCount)) {
        out->append(PreflightCheck::fail(
            id, facts.host,
            tr("%1 shows %2 NPUs, expected %3: every server must bring the same number of devices to the rank table.")
                .arg(facts.host).arg(count).arg(context.referenceNpuCount),
            tr("Find the missing NPU on %1 with npu-smi info and lspci | grep d802; a card that dropped out "
               "usually needs a driver reload or a reboot, then a hardware check.").arg(facts.host)));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1 shows %2 NPUs.").arg(facts.host).arg(count)));
}

void NpuRules::npuHealth(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    if (!facts.npuSmiOk || facts.npuSmi.chips.isEmpty())
        return; // npu.count already failed
    const QString &id = PreflightCheck::NpuHealth;
    bool allOk = true;
    for (const NpuChip &chip : facts.npuSmi.chips) {
        if (chip.health.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0)
            continue;
        allOk = false;
        const QString message = tr("%1 NPU %2: health is %3.").arg(facts.host).arg(chip.npuId).arg(chip.health);
        const QString fix = tr("Run npu-smi info -t health -i %1 on %2 for the alarm codes; a link fault shows in "
                               "hccn_tool -i %1 -link -g and -net_health -g (check the optics and the switch port).")
                                .arg(chip.npuId).arg(facts.host);
        // Warning is what the driver reports for link and net_health faults: serving may still start on a
        // single server. Alarm and Critical mean the chip itself is failing.
        const bool warning = chip.health.compare(QLatin1String("Warning"), Qt::CaseInsensitive) == 0;
        out->append(warning ? PreflightCheck::warn(id, facts.host, message, fix, chip.npuId)
                            : PreflightCheck::fail(id, facts.host, message, fix, chip.npuId));
    }
    if (allOk)
        out->append(PreflightCheck::pass(id, facts.host, tr("%1: every NPU reports health OK.").arg(facts.host)));
}

void NpuRules::driverPresent(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::DriverPresent;
    if (facts.driverVersion.isEmpty()) {
        out->append(PreflightCheck::fail(
            id, facts.host, tr("%1: no readable /usr/local/Ascend/driver/version.info (%2).").arg(facts.host, facts.driverError),
            driverInstallFix()));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1: driver %2.").arg(facts.host, facts.driverVersion)));
}

void NpuRules::firmwarePresent(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::FirmwarePresent;
    if (facts.firmwareVersion.isEmpty()) {
        out->append(PreflightCheck::fail(
            id, facts.host,
            tr("%1: no readable /usr/local/Ascend/firmware/version.info (%2).").arg(facts.host, facts.firmwareError),
            driverInstallFix()));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1: firmware %2.").arg(facts.host, facts.firmwareVersion)));
}

void NpuRules::driverForCann(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::DriverCann;
    if (context.request.image.isEmpty() || facts.driverVersion.isEmpty())
        return; // nothing to compare with; driver.present reports a missing driver
    const QString &cann = context.imageCann;
    const std::optional<CannDriverRequirement> need = CannDriverTable::lookup(cann);
    if (!need) {
        out->append(PreflightCheck::warn(
            id, facts.host,
            cann.isEmpty() ? tr("%1: cannot tell which CANN %2 carries (no cann.version label).").arg(facts.host, context.request.image)
                           : tr("%1: CANN %2 is not in the driver table.").arg(facts.host, cann),
            tr("Look up the Ascend HDK that pairs with the image's CANN on hiascend.com and compare it with driver %1.")
                .arg(facts.driverVersion)));
        return;
    }
    const std::optional<bool> oldEnough = AscendVersion::atLeast(facts.driverVersion, need->oldest);
    const std::optional<bool> paired = AscendVersion::atLeast(facts.driverVersion, need->paired);
    const QString upgrade = tr("Upgrade the Ascend HDK (driver and firmware) on %1 to %2 or newer, or choose an image "
                               "with an older CANN.").arg(facts.host, need->paired);
    if (!oldEnough || !paired) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: cannot compare driver %2 with the %3 that CANN %4 needs.")
                                                             .arg(facts.host, facts.driverVersion, need->paired, cann), upgrade));
    } else if (!*oldEnough) {
        out->append(PreflightCheck::fail(id, facts.host, tr("%1: driver %2 is too old for CANN %3 in %4: it is released with "
                                                            "driver %5 and supports nothing older than %6.")
                                                             .arg(facts.host, facts.driverVersion, cann, context.request.image,
                                                                  need->paired, need->oldest), upgrade));
    } else if (!*paired) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: driver %2 is older than %3, the driver CANN %4 is released "
                                                            "with. It is inside CANN's compatibility window (%5 or "
                                                            "newer), but images such as GPUStack's require %3.")
                                                             .arg(facts.host, facts.driverVersion, need->paired, cann, need->oldest),
                                         upgrade));
    } else {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1: driver %2 is new enough for CANN %3 (needs %4).")
                                                             .arg(facts.host, facts.driverVersion, cann, need->paired)));
    }
}

} // namespace AscendDeck
