#include "HccnBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace AscendDeck {

namespace {
const QLatin1String kFormat("ascenddeck-hccn-backup");
} // namespace

const HccnServerReadings *HccnBackup::server(const QString &host) const
{
    for (const HccnServerReadings &s : servers) {
        if (s.host == host)
            return &s;
    }
    return nullptr;
}

QByteArray HccnBackup::toJson() const
{
    QJsonArray array;
    for (const HccnServerReadings &s : servers)
        array.append(s.toJson());
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("servers"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool HccnBackup::fromJson(const QByteArray &data, HccnBackup *backup, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(data, &parseError).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QCoreApplication::translate("HccnBackup", "not an AscendDeck hccn backup (\"format\" is not \"%1\")").arg(kFormat);
        return false;
    }
    HccnBackup result;
    result.created = root.value(QStringLiteral("created")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("servers")).toArray())
        result.servers.append(HccnServerReadings::fromJson(value.toObject()));
    *backup = result;
    return true;
}

bool HccnBackup::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("HccnBackup", "cannot write the backup %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool HccnBackup::load(const QString &path, HccnBackup *backup, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("HccnBackup", "cannot read the backup %1: %2").arg(path, file.errorString());
        return false;
    }
    return fromJson(file.readAll(), backup, error);
}

QString HccnBackup::fileName(const QDateTime &utc)
{
    return QStringLiteral("hccn-backup-%1.json").arg(utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

QString HccnBackup::defaultPath(const QString &folder, const QDateTime &utc)
{
    return folder.isEmpty() ? fileName(utc) : QDir(folder).filePath(fileName(utc));
}

QString HccnBackup::consoleFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

} // namespace AscendDeck
