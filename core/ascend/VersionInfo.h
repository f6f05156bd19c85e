#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace AscendDeck {

// One "[a,b]" (or "[a]") item of a compatible_version* list.
struct VersionRange
{
    QString min;
    QString max; // equal to min for a single value
};

// /usr/local/Ascend/driver/version.info or firmware/version.info.
struct VersionInfo
{
    QString version;        // Version=
    QString innerVersion;   // Innerversion=, e.g. V100R001C18SPC001B233 (driver only)
    QString packageVersion; // package_version=
    QList<VersionRange> compatibleInner;    // compatible_version= (inner version ranges)
    QList<VersionRange> compatibleFirmware; // compatible_version_fw= (driver's file)
    QList<VersionRange> compatibleDriver;   // compatible_version_drv= (firmware's file)
    QMap<QString, QString> fields;          // every key as read, for what the struct does not name
};

// CANN's ascend_toolkit_install.info / ascend_nnae_install.info.
struct CannInfo
{
    QString packageName; // Ascend-cann-toolkit, Ascend-cann-nnae
    QString version;     // 8.0.RC3
    QString innerVersion;
    QString arch;
    QString path;
    QList<VersionRange> compatibleInner;
    QMap<QString, QString> fields;
};

} // namespace AscendDeck
