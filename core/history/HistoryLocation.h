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
    static QString serverFolderName(const QString &server);
    static QString serverNameFile() { return QStringLiteral("server"); }
    static QString alertsFolderName() { return QStringLiteral("alerts"); }

private:
    static QString sanitised(const QString &text);
    static QString shortHash(const QString &text);
};

} // namespace AscendDeck
