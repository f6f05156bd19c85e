#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// One line of `find DIR -maxdepth 2 -printf '%y\t%Y\t%s\t%P\t%l\n'`.
struct ModelEntry
{
    QString path;        // relative to the folder ("" is the folder itself)
    QChar type;          // %y: f, d, l, ...
    QChar targetType;    // %Y: what a link points at (N = dangling, L = loop); equal to type otherwise
    qint64 size = -1;    // bytes of the file, or of the link's target when readable (find -L)
    QString linkTarget;  // %l as stored in the link (may be relative); empty for non-links

    bool isLink() const { return type == QLatin1Char('l'); }
    // A regular file, or a link to one: what the engine will read.
    bool isFile() const { return type == QLatin1Char('f') || (isLink() && targetType == QLatin1Char('f')); }
};

// What a server holds at the model path: listing, config.json and the safetensors index.
struct ModelFolder
{
    QString path;
    bool exists = false;
    QString error;               // why the folder could not be listed (when !exists)
    QList<ModelEntry> entries;   // without the folder itself

    bool hasConfig = false;
    QString configError;         // config.json present but unreadable
    QString architecture;        // architectures[0]
    QString modelType;           // model_type
    QString dtype;               // torch_dtype
    QString quantization;        // quantization_config.quant_method, or msModelSlim's "quantize"

    bool hasIndex = false;
    QString indexError;
    QStringList indexShards;     // distinct files of weight_map, sorted

    const ModelEntry *entry(const QString &relativePath) const;
    qint64 totalFileBytes() const;
    // Where a link points, as an absolute clean path (relative targets resolved against the link's folder).
    QString resolvedTarget(const ModelEntry &link) const;
};

} // namespace AscendDeck
