#pragma once

#include "base/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace AscendDeck {

// One entry of a model folder on one server, as GNU find saw it.
struct WeightsEntry
{
    enum class Kind { File, Directory, Symlink, Other };

    QString path;       // relative to the folder, "/"-separated
    Kind kind = Kind::File;
    qint64 size = 0;    // a symlink's: the size of what it points to (it is copied as that file)
    QString linkText;   // a symlink's target as written
    QString resolved;   // a symlink's target, absolute and with every link followed
    QString linkedKind; // what a symlink points to, as stat -L names it ("regular file"; empty: nothing)
    QString sha256;     // when hashes were asked for

    // What arrives on a target as a regular file: a file, or a symlink to one (rsync --copy-links).
    bool isPayload() const
    {
        return kind == Kind::File || (kind == Kind::Symlink && linkedKind == QLatin1String("regular file"));
    }
};

// A model folder on one server: its entries, its real path, and the free bytes of the filesystem it is on
// (or would be on, when it does not exist yet). Read by one remote command (WeightsRemote::inventory).
struct WeightsInventory
{
    QString dir;             // as asked for
    bool exists = false;
    QString realDir;         // with every symlink on the way resolved (pwd -P)
    qint64 freeBytes = -1;   // df's "avail" of the folder's filesystem; -1 unknown
    bool hashed = false;
    QList<WeightsEntry> entries;

    qint64 payloadBytes() const;
    int payloadCount() const;
    const WeightsEntry *find(const QString &path) const;
    // Symlinks that point outside the folder (the container mounts only the folder) or to nothing.
    QList<Finding> linkFindings(const QString &server) const;

    // Parses WeightsRemote::inventory's output (NUL-separated records). False with a message on nonsense.
    static bool parse(const QByteArray &out, const QString &dir, WeightsInventory *inventory, QString *error);
};

} // namespace AscendDeck
