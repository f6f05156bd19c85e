#include "DeviceSelection.h"

#include <QSet>
#include <QStringList>

namespace AscendDeck {

namespace {
constexpr int maxDevicesPerServer = 8; // the script's limit: one 8-NPU A2 server
constexpr int groupSize = 4;            // NPUs 0-3 and 4-7 form two HCCS groups
constexpr int maxDeviceId = 63;         // MindIE's limit for device_id

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

DeviceSelection DeviceSelection::allEight()
{
    DeviceSelection selection;
    for (int id = 0; id < maxDevicesPerServer; ++id) {
        selection.m_logicalIds.append(id);
        selection.m_physicalIds.append(id);
    }
    return selection;
}

std::optional<DeviceSelection> DeviceSelection::fromScriptArguments(const QString &deviceNum,
                                                                    const QString &visibleDevices, QString *error)
{
    int first = 0;
    int last = 0;
    QList<int> visible;
    if (!parseRange(deviceNum, &first, &last, error) || !parseVisible(visibleDevices, &visible, error))
        return std::nullopt;
    DeviceSelection selection;
    for (int logical = first; logical < last; ++logical) {
        if (logical >= visible.size()) {
            fail(error, tr("--device_num %1 uses logical device %2, but --visible_devices lists only %3")
                            .arg(deviceNum).arg(logical).arg(visible.size()));
            return std::nullopt;
        }
        selection.m_logicalIds.append(logical);
        selection.m_physicalIds.append(visible.at(logical));
    }
    return selection;
}

QString DeviceSelection::fileNameTag() const
{
    QString ids;
    for (int id : m_logicalIds)
        ids += QString::number(id);
    return QStringLiteral("%1p_%2").arg(m_logicalIds.size()).arg(ids);
}

// The script reads only the characters at positions 1 and 3, so "[0,8)" is the one spelling that works.
bool DeviceSelection::parseRange(const QString &deviceNum, int *first, int *last, QString *error)
{
    if (deviceNum.size() < 4 || !deviceNum.at(1).isDigit() || !deviceNum.at(3).isDigit()
        || deviceNum.at(1).unicode() > '9' || deviceNum.at(3).unicode() > '9')
        return fail(error, tr("device range \"%1\" must look like [0,8) with single digits").arg(deviceNum));
    *first = deviceNum.at(1).digitValue();
    *last = deviceNum.at(3).digitValue();
    if (*last > maxDevicesPerServer)
        return fail(error, tr("device range %1 must be within [0,8]").arg(deviceNum));
    if (*first >= *last)
        return fail(error, tr("device range %1 selects no device: the first number must be less than the last")
                               .arg(deviceNum));
    const bool crossesGroups = *first < groupSize && groupSize < *last;
    if (crossesGroups && !(*first == 0 && *last == maxDevicesPerServer))
        return fail(error, tr("device range %1 must stay within [0,4) or [4,8), or be all of [0,8)").arg(deviceNum));
    return true;
}

bool DeviceSelection::parseVisible(const QString &visibleDevices, QList<int> *ids, QString *error)
{
    QSet<int> seen;
    const QStringList parts = visibleDevices.split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const int id = part.toInt(&ok);
        // The script writes the text as device_id, so only its canonical spelling keeps both tables equal.
        if (!ok || QString::number(id) != part || id > maxDeviceId)
            return fail(error, tr("visible device \"%1\" is not a device id 0-63").arg(part));
        if (seen.contains(id))
            return fail(error, tr("visible device %1 is listed twice").arg(id));
        seen.insert(id);
        ids->append(id);
    }
    return true;
}

} // namespace AscendDeck
