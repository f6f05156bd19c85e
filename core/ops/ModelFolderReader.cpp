#include "ModelFolderReader.h"

#include "preflight/ModelFolderParser.h"
#include "remote/SessionPool.h"

#include <QDir>

#include <algorithm>

namespace AscendDeck {

namespace {
RemoteCommand readCommand(const QStringList &argv)
{
    RemoteCommand command;
    command.argv = argv;
    command.timeoutMs = 60000; // a slow NFS /data can take a while to list
    // As root (through sudo on a non-root login): the container reads the weights as root, and a lab's
    // model folder is often not readable by the admin's own account.
    return command.asRoot();
}

bool hasLinks(const QList<ModelEntry> &entries)
{
    return std::any_of(entries.cbegin(), entries.cend(), [](const ModelEntry &e) { return e.isLink(); });
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

QStringList ModelFolderReader::listingCommand(const QString &path)
{
    // -H: the folder itself may be a link (to a bigger disk); its contents must not be followed.
    return {QStringLiteral("find"), QStringLiteral("-H"), path, QStringLiteral("-maxdepth"), QStringLiteral("2"),
            QStringLiteral("-printf"), QStringLiteral("%y\\t%Y\\t%s\\t%P\\t%l\\n")};
}

CommandResult ModelFolderReader::read(SessionPool &pool, const SshTarget &target, const QString &path,
                                      const CancelToken &cancel, ModelFolder *folder)
{
    *folder = ModelFolder();
    folder->path = QDir::cleanPath(path);
    const CommandResult listing = pool.run(target, readCommand(listingCommand(folder->path)), cancel);
    if (!listing.ran())
        return listing;
    if (!listing.ok() || !listing.out.startsWith("d\t")) {
        folder->error = listing.ok() ? tr("not a directory") : firstLine(listing.err);
        return listing;
    }
    folder->exists = true;
    folder->entries = ModelFolderParser::parseListing(listing.out);
    if (hasLinks(folder->entries)) {
        const CommandResult sizes = pool.run(
            target, readCommand({QStringLiteral("find"), QStringLiteral("-L"), folder->path, QStringLiteral("-maxdepth"),
                                 QStringLiteral("2"), QStringLiteral("-type"), QStringLiteral("f"), QStringLiteral("-printf"),
                                 QStringLiteral("%s\\t%P\\n")}), cancel);
        if (!sizes.ran())
            return sizes;
        ModelFolderParser::applyTargetSizes(sizes.out, &folder->entries); // partial output is still useful
    }
    const struct
    {
        QString name;
        void (*apply)(const QByteArray &, ModelFolder *);
    } files[] = {{QStringLiteral("config.json"), &ModelFolderParser::applyConfig},
                 {QStringLiteral("model.safetensors.index.json"), &ModelFolderParser::applyIndex}};
    for (const auto &file : files) {
        if (!folder->entry(file.name))
            continue;
        const CommandResult content =
            pool.run(target, readCommand({QStringLiteral("cat"), folder->path + QLatin1Char('/') + file.name}), cancel);
        if (!content.ran())
            return content;
        file.apply(content.ok() ? content.out : QByteArray(), folder);
    }
    return listing;
}

} // namespace AscendDeck
