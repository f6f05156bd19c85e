#pragma once

#include <QString>

namespace AscendDeck {

// Where a project's history lives: <AppDataLocation>/history/<project key>/, one folder per server inside
// (named after the server, with a hash so that two names that sanitise alike do not share one) holding
// a file "server" with the server's name, raw/ and minute/; alerts/ beside them.
class HistoryLocation
{
public:
    // A folder name for a project: its file's base name, sanitised, and a hash of its absolute path, so
    // that two projects named alike in different folders keep their own history.
    static QString projectKey(const QString &projectPath);
    static QString forProject(const QString &projectPath);
    // The console's rule: a project saved to a file by its path, one not saved yet by its name (a fixed
    // absolute pseudo-path, so the key does not depend on the working folder).
    static QString forProject(const QString &projectPath, const QString &unsavedName);
    // When the preflight last ran on each server (PreflightLog), in the project's history folder.
    static QString preflightFile(const QString &historyRoot) { return historyRoot + QStringLiteral("/preflight.json"); }
    // A project saved under a new file (its first save, or Save As) takes the preflight log of where it was
    // kept before, unless the new place has one. The NPU history itself stays where it was recorded.
    static bool carryPreflightLog(const QString &fromRoot, const QString &toRoot);
    static QString serverFolderName(const QString &server);
    static QString serverNameFile() { return QStringLiteral("server"); }
    static QString alertsFolderName() { return QStringLiteral("alerts"); }

private:
    static QString sanitised(const QString &text);
    static QString shortHash(const QString &text);
};

} // namespace AscendDeck
