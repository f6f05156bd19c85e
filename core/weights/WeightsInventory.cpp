#include "WeightsInventory.h"

#include <QCoreApplication>

namespace AscendDeck {

namespace {
struct WeightsInventoryText
{
    Q_DECLARE_TR_FUNCTIONS(WeightsInventory)
};

WeightsEntry::Kind kindOf(const QByteArray &findType)
{
    if (findType == "f")
        return WeightsEntry::Kind::File;
    if (findType == "d")
        return WeightsEntry::Kind::Directory;
    if (findType == "l")
        return WeightsEntry::Kind::Symlink;
    return WeightsEntry::Kind::Other;
}

// Reads NUL-terminated fields one after the other.
class Fields
{
public:
    explicit Fields(const QByteArray &data) : m_data(data) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    QByteArray next()
    {
        const qsizetype end = m_data.indexOf('\0', m_pos);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        const QByteArray field = m_data.mid(m_pos, stop - m_pos);
        m_pos = stop + 1;
        return field;
    }
    QString nextText() { return QString::fromUtf8(next()); }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

bool isInside(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}
} // namespace

qint64 WeightsInventory::payloadBytes() const
{
    qint64 total = 0;
    for (const WeightsEntry &entry : entries)
        total += entry.isPayload() ? entry.size : 0;
    return total;
}

int WeightsInventory::payloadCount() const
{
    return int(std::count_if(entries.begin(), entries.end(), [](const WeightsEntry &e) { return e.isPayload(); }));
}

const WeightsEntry *WeightsInventory::find(const QString &path) const
{
    for (const WeightsEntry &entry : entries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}

QList<Finding> WeightsInventory::linkFindings(const QString &server) const
{
    QList<Finding> findings;
    for (const WeightsEntry &entry : entries) {
        if (entry.kind != WeightsEntry::Kind::Symlink)
            continue;
        if (entry.linkedKind.isEmpty()) {
            findings << Finding(Finding::Severity::Error, QStringLiteral("weights.symlink-dangling"), server, -1,
                                entry.path,
                                WeightsInventoryText::tr("%1: %2 is a symlink to %3, which does not exist")
                                    .arg(server, entry.path, entry.linkText),
                                WeightsInventoryText::tr("Put the file it should point to in place, or remove the "
                                                         "link and copy the file into %1.").arg(dir));
        } else if (!isInside(entry.resolved, realDir)) {
            findings << Finding(Finding::Severity::Error, QStringLiteral("weights.symlink-outside"), server, -1,
                                entry.path,
                                WeightsInventoryText::tr("%1: %2 points to %3, outside %4: the container mounts only "
                                                         "the model folder and cannot see it")
                                    .arg(server, entry.path, entry.resolved, dir),
                                WeightsInventoryText::tr("Replace the link by the file itself: cp --remove-destination "
                                                         "\"$(readlink -f %1)\" %1 (inside %2), or move the file "
                                                         "into the folder.").arg(entry.path, dir));
        }
    }
    return findings;
}

bool WeightsInventory::parse(const QByteArray &out, const QString &dir, WeightsInventory *inventory, QString *error)
{
    *inventory = WeightsInventory();
    inventory->dir = dir;
    Fields fields(out);
    QByteArray section = fields.next();
    if (section == "nodir") {
        section = fields.next();
    } else if (section == "top") {
        inventory->exists = true;
        inventory->realDir = fields.nextText();
        section = fields.next();
    } else {
        *error = WeightsInventoryText::tr("unexpected answer from the folder listing");
        return false;
    }
    for (; section == "e"; section = fields.next()) {
        WeightsEntry entry;
        entry.kind = kindOf(fields.next());
        entry.path = fields.nextText();
        entry.size = fields.next().toLongLong();
        entry.linkText = fields.nextText();
        inventory->entries << entry;
    }
    for (; section == "l"; section = fields.next()) {
        const QString path = fields.nextText();
        const QString resolved = fields.nextText();
        const QString linkedKind = fields.nextText();
        const qint64 size = fields.next().toLongLong();
        for (WeightsEntry &entry : inventory->entries) {
            if (entry.path == path) {
                entry.resolved = resolved;
                entry.linkedKind = linkedKind;
                entry.size = size;
            }
        }
    }
    if (section == "hashes") {
        inventory->hashed = true;
        for (QByteArray record = fields.next(); record != "free" && !fields.atEnd(); record = fields.next()) {
            // sha256sum -z: "HASH  ./PATH"
            const qsizetype space = record.indexOf("  ");
            if (space != 64)
                continue;
            QString path = QString::fromUtf8(record.mid(space + 2));
            if (path.startsWith(QLatin1String("./")))
                path = path.mid(2);
            for (WeightsEntry &entry : inventory->entries) {
                if (entry.path == path)
                    entry.sha256 = QString::fromLatin1(record.left(space));
            }
        }
        section = "free";
    }
    if (section != "free") {
        *error = WeightsInventoryText::tr("the folder listing of %1 is incomplete").arg(dir);
        return false;
    }
    bool ok = false;
    inventory->freeBytes = fields.next().trimmed().toLongLong(&ok);
    if (!ok)
        inventory->freeBytes = -1;
    return true;
}

} // namespace AscendDeck
