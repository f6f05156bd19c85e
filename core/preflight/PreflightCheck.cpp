#include "PreflightCheck.h"

#include <QHash>

namespace AscendDeck {

const QString PreflightCheck::HostReachable = QStringLiteral("host.reachable");
const QString PreflightCheck::NpuCount = QStringLiteral("npu.count");
const QString PreflightCheck::NpuHealth = QStringLiteral("npu.health");
const QString PreflightCheck::DriverPresent = QStringLiteral("driver.present");
const QString PreflightCheck::FirmwarePresent = QStringLiteral("firmware.present");
const QString PreflightCheck::DriverCann = QStringLiteral("driver.cann");
const QString PreflightCheck::HwHiAiUser = QStringLiteral("user.hwhiaiuser");
const QString PreflightCheck::DockerRunning = QStringLiteral("docker.running");
const QString PreflightCheck::DockerImage = QStringLiteral("docker.image");
const QString PreflightCheck::FirewalldStopped = QStringLiteral("firewalld.stopped");
const QString PreflightCheck::SharedMemory = QStringLiteral("shm.size");
const QString PreflightCheck::DiskSpace = QStringLiteral("disk.free");
const QString PreflightCheck::ModelPresent = QStringLiteral("model.present");
const QString PreflightCheck::ModelConfig = QStringLiteral("model.config");
const QString PreflightCheck::ModelSymlinks = QStringLiteral("model.symlinks");
const QString PreflightCheck::ModelConsistent = QStringLiteral("model.consistent");

QStringList PreflightCheck::ids()
{
    return {HostReachable, NpuCount,      NpuHealth,        DriverPresent, FirmwarePresent, DriverCann,
            HwHiAiUser,    DockerRunning, DockerImage,      FirewalldStopped, SharedMemory, DiskSpace,
            ModelPresent,  ModelConfig,   ModelSymlinks,    ModelConsistent};
}

QString PreflightCheck::title(const QString &id)
{
    static const QHash<QString, const char *> titles = {
        {HostReachable, QT_TR_NOOP("Server reachable over SSH")},
        {NpuCount, QT_TR_NOOP("NPU count")},
        {NpuHealth, QT_TR_NOOP("NPU health")},
        {DriverPresent, QT_TR_NOOP("NPU driver installed")},
        {FirmwarePresent, QT_TR_NOOP("NPU firmware installed")},
        {DriverCann, QT_TR_NOOP("Driver new enough for the image's CANN")},
        {HwHiAiUser, QT_TR_NOOP("HwHiAiUser account exists")},
        {DockerRunning, QT_TR_NOOP("Docker running")},
        {DockerImage, QT_TR_NOOP("Engine image present")},
        {FirewalldStopped, QT_TR_NOOP("firewalld stopped")},
        {SharedMemory, QT_TR_NOOP("Shared memory (/dev/shm)")},
        {DiskSpace, QT_TR_NOOP("Free disk space for Docker")},
        {ModelPresent, QT_TR_NOOP("Model weights present")},
        {ModelConfig, QT_TR_NOOP("Model config.json")},
        {ModelSymlinks, QT_TR_NOOP("No symlink leaves the mounted folder")},
        {ModelConsistent, QT_TR_NOOP("Same weights on every server")},
    };
    const auto found = titles.constFind(id);
    return found == titles.constEnd() ? id : tr(found.value());
}

namespace {
Finding make(const QString &id, Finding::Severity severity, const QString &host, const QString &message,
             const QString &fix, int npu)
{
    return Finding{severity, id, host, npu, QString(), message, fix};
}
} // namespace

Finding PreflightCheck::pass(const QString &id, const QString &host, const QString &message, int npu)
{
    return make(id, Finding::Severity::Info, host, message, {}, npu);
}

Finding PreflightCheck::warn(const QString &id, const QString &host, const QString &message,
                             const QString &fix, int npu)
{
    return make(id, Finding::Severity::Warning, host, message, fix, npu);
}

Finding PreflightCheck::fail(const QString &id, const QString &host, const QString &message,
                             const QString &fix, int npu)
{
    return make(id, Finding::Severity::Error, host, message, fix, npu);
}

QString PreflightCheck::gigabytes(qint64 bytes)
{
    return tr("%1 GB").arg(static_cast<double>(bytes) / 1e9, 0, 'f', 1);
}

QString PreflightCheck::shortList(const QStringList &items, int shown)
{
    if (items.size() <= shown)
        return items.join(QStringLiteral(", "));
    return tr("%1 and %2 more").arg(items.mid(0, shown).join(QStringLiteral(", "))).arg(items.size() - shown);
}

} // namespace AscendDeck
