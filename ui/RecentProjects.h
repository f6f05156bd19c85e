#pragma once

#include <QStringList>

namespace AscendDeck {

// The project files opened or saved lately, newest first, kept in the application's settings so that File >
// Open Recent and the reopen-at-start setting survive restarts. Paths are stored absolute and canonical, so a
// file opened by two spellings is listed once.
class RecentProjects
{
public:
    static constexpr int kMaximum = 8;

    static QStringList files();         // the existing ones only: a deleted file is not offered
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

    // File > Reopen the last project at start (on by default).
    static bool reopenAtStart();
    static void setReopenAtStart(bool on);
    static QString last();              // the newest existing file, or empty
};

} // namespace AscendDeck
