#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// Which NPUs of one server go into its rank table, in hccl_tools.py's terms: --device_num "[first,last)"
// picks logical ids, and --visible_devices maps logical id i to the physical id at position i (inside a
// container that sees only some NPUs, logical 0 may be physical 4). The rules are the script's: at most
// 8 devices, and a range may only cross the 0-3/4-7 group boundary when it is the whole [0,8).
class DeviceSelection
{
    Q_DECLARE_TR_FUNCTIONS(DeviceSelection)

public:
    // The script's defaults: "[0,8)" over "0,1,2,3,4,5,6,7".
    static DeviceSelection allEight();
    // Empty optional (and *error set) where the script would raise, or where it would write a table no
    // one can use (an empty range, a physical id listed twice).
    static std::optional<DeviceSelection> fromScriptArguments(const QString &deviceNum, const QString &visibleDevices,
                                                              QString *error);

    const QList<int> &logicalIds() const { return m_logicalIds; }
    const QList<int> &physicalIds() const { return m_physicalIds; }
    // "8p_01234567": the middle of the script's file name, built from the logical ids.
    QString fileNameTag() const;

private:
    static bool parseRange(const QString &deviceNum, int *first, int *last, QString *error);
    static bool parseVisible(const QString &visibleDevices, QList<int> *ids, QString *error);

    QList<int> m_logicalIds;
    QList<int> m_physicalIds;
};

} // namespace AscendDeck
