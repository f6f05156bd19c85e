#pragma once

#include <QMap>
#include <QString>

namespace AscendDeck {

// One device's lines of /etc/hccn.conf (key_N=value). Empty strings and -1 mean "not set in the file".
struct HccnNpuSettings
{
    QString address;
    QString netmask;
    QString netdetect;
    QString gateway;
    int sendArpStatus = -1;
    int tlsEnable = -1;
    QMap<QString, QString> other; // keys we do not interpret, without the _N suffix, kept for round trips
};

// /etc/hccn.conf: settings keyed by physical device id N.
struct HccnConf
{
    QMap<int, HccnNpuSettings> npus;
};

} // namespace AscendDeck
