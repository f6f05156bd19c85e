#include "HccnBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace AscendDeck {

namespace {
const char *const kFormat = "ascenddeck-hccn-backup";
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
    nlohmann::json array = nlohmann::json::array();
    for (const HccnServerReadings &s : servers)
        array.push_back(s.toJson());
    // Sorted keys and four spaces, the layout the backups of earlier releases have.
    const nlohmann::json root{{"format", kFormat}, {"version", 1}, {"created", created.toStdString()}, {"servers", array}};
    return QByteArray::fromStdString(root.dump(4)) + '\n';
}

bool HccnBackup::fromJson(const QByteArray &data, HccnBackup *backup, QString *error)
{
    const nlohmann::json root = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    const auto format = root.is_object() ? root.find("format") : root.end();
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        *error = QCoreApplication::translate("HccnBackup", "not an AscendDeck hccn backup (\"format\" is not \"%1\")").arg(QLatin1String(kFormat));
        return false;
    }
    HccnBackup result;
    const auto created = root.find("created");
    if (created != root.end() && created->is_string())
        result.created = QString::fromStdString(created->get<std::string>());
    const auto list = root.find("servers");
    if (list != root.end() && list->is_array()) {
        for (const nlohmann::json &value : *list)
            result.servers.append(HccnServerReadings::fromJson(value));
    }
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
