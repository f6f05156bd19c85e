#pragma once

#include "base/Finding.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace AscendDeck {

// When the preflight last ran on each server of a project, and what it found (errors, warnings): what the
// status view needs to say "passed 3 hours ago". A fact about the servers, not something the admin chose,
// so it lives beside the project's NPU history (HistoryLocation::preflightFile), not in the project file,
// whose exports must not change each time the checks run. One small JSON file, replaced atomically.
class PreflightLog
{
public:
    struct Entry
    {
        QDateTime at;  // UTC
        int errors = 0;
        int warnings = 0;
    };

    // A missing file is an empty log; a damaged one is an error naming the file and what is wrong.
    bool load(const QString &path, QString *error = nullptr);
    bool save(const QString &path, QString *error = nullptr) const;

    // Records one run over servers (names as the findings use them: SshTarget::displayName()); findings
    // without a server (about the cluster as a whole) count for every server.
    void record(const QStringList &servers, const QList<Finding> &findings, const QDateTime &at);
    // One full run added to the log at path (read first; a damaged log is replaced by this run), saved.
    static bool recordRun(const QString &path, const QStringList &servers, const QList<Finding> &findings, QString *error = nullptr);
    void set(const QString &server, const Entry &entry) { m_entries.insert(server, entry); }
    std::optional<Entry> entry(const QString &server) const;

private:
    QMap<QString, Entry> m_entries;
};

} // namespace AscendDeck
