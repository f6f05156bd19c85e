#include "PreflightLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace AscendDeck {

bool PreflightLog::load(const QString &path, QString *error)
{
    m_entries.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    auto fail = [&](const QString &why) {
        if (error)
            *error = QObject::tr("%1: %2").arg(QDir::toNativeSeparators(path), why);
        m_entries.clear();
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const nlohmann::json document = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!document.is_object() || !document.contains("servers") || !document.at("servers").is_object())
        return fail(QObject::tr("not a preflight log (expected {\"servers\": {...}})"));
    for (const auto &[server, value] : document.at("servers").items()) {
        if (!value.is_object() || !value.contains("at") || !value.at("at").is_string())
            return fail(QObject::tr("servers.%1: expected {\"at\", \"errors\", \"warnings\"}").arg(QString::fromStdString(server)));
        Entry entry;
        entry.at = QDateTime::fromString(QString::fromStdString(value.at("at").get<std::string>()), Qt::ISODate);
        if (!entry.at.isValid())
            return fail(QObject::tr("servers.%1.at: not an ISO 8601 time").arg(QString::fromStdString(server)));
        entry.errors = value.value("errors", 0);
        entry.warnings = value.value("warnings", 0);
        m_entries.insert(QString::fromStdString(server), entry);
    }
    return true;
}

bool PreflightLog::save(const QString &path, QString *error) const
{
    nlohmann::ordered_json servers = nlohmann::ordered_json::object();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        servers[it.key().toStdString()] = {{"at", it->at.toUTC().toString(Qt::ISODate).toStdString()},
                                           {"errors", it->errors}, {"warnings", it->warnings}};
    const nlohmann::ordered_json document = {{"servers", servers}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(QByteArray::fromStdString(document.dump(2)) + '\n') >= 0 && file.commit())
        return true;
    if (error)
        *error = QObject::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void PreflightLog::record(const QStringList &servers, const QList<Finding> &findings, const QDateTime &at)
{
    for (const QString &server : servers) {
        Entry entry;
        entry.at = at.toUTC();
        for (const Finding &f : findings) {
            if (!f.server.isEmpty() && !f.server.split(QStringLiteral(", ")).contains(server))
                continue;
            entry.errors += f.severity == Finding::Severity::Error;
            entry.warnings += f.severity == Finding::Severity::Warning;
        }
        m_entries.insert(server, entry);
    }
}

bool PreflightLog::recordRun(const QString &path, const QStringList &servers, const QList<Finding> &findings, QString *error)
{
    PreflightLog log;
    log.load(path);
    log.record(servers, findings, QDateTime::currentDateTimeUtc());
    return log.save(path, error);
}

std::optional<PreflightLog::Entry> PreflightLog::entry(const QString &server) const
{
    const auto it = m_entries.constFind(server);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

} // namespace AscendDeck
