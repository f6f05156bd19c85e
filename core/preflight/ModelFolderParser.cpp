#include "ModelFolderParser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace AscendDeck {

namespace {
QJsonObject parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    else if (!document.isObject())
        *error = ModelFolderParser::tr("not a JSON object");
    return document.object();
}

QChar firstChar(const QString &field)
{
    return field.isEmpty() ? QLatin1Char('?') : field.at(0);
}
} // namespace

QList<ModelEntry> ModelFolderParser::parseListing(const QByteArray &listing)
{
    QList<ModelEntry> entries;
    for (const QByteArray &line : listing.split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (fields.size() < 5 || fields.at(3).isEmpty())
            continue; // the folder itself (%P is empty) or a stray line
        ModelEntry entry;
        entry.type = firstChar(fields.at(0));
        entry.targetType = firstChar(fields.at(1));
        entry.size = fields.at(2).toLongLong();
        entry.path = fields.at(3);
        // A name holding a tab would split further; the target is whatever follows the path.
        entry.linkTarget = fields.mid(4).join(QLatin1Char('\t'));
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const ModelEntry &a, const ModelEntry &b) { return a.path < b.path; });
    return entries;
}

void ModelFolderParser::applyTargetSizes(const QByteArray &sizes, QList<ModelEntry> *entries)
{
    QHash<QString, qint64> byPath;
    for (const QByteArray &line : sizes.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            byPath.insert(QString::fromUtf8(line.mid(tab + 1)), line.left(tab).toLongLong());
    }
    for (ModelEntry &entry : *entries) {
        if (entry.isLink() && byPath.contains(entry.path))
            entry.size = byPath.value(entry.path);
    }
}

void ModelFolderParser::applyConfig(const QByteArray &json, ModelFolder *folder)
{
    folder->hasConfig = true;
    const QJsonObject config = parseObject(json, &folder->configError);
    folder->architecture = config.value(QStringLiteral("architectures")).toArray().at(0).toString();
    folder->modelType = config.value(QStringLiteral("model_type")).toString();
    folder->dtype = config.value(QStringLiteral("torch_dtype")).toString();
    const QJsonObject quantization = config.value(QStringLiteral("quantization_config")).toObject();
    folder->quantization = quantization.value(QStringLiteral("quant_method")).toString();
    // msModelSlim's W8A8 exports write "quantize": "w8a8" instead of a quantization_config.
    if (folder->quantization.isEmpty())
        folder->quantization = config.value(QStringLiteral("quantize")).toString();
}

void ModelFolderParser::applyIndex(const QByteArray &json, ModelFolder *folder)
{
    folder->hasIndex = true;
    const QJsonObject index = parseObject(json, &folder->indexError);
    const QJsonObject weightMap = index.value(QStringLiteral("weight_map")).toObject();
    QSet<QString> shards;
    for (auto it = weightMap.constBegin(); it != weightMap.constEnd(); ++it)
        shards.insert(it.value().toString());
    folder->indexShards = QStringList(shards.cbegin(), shards.cend());
    folder->indexShards.sort();
}

} // namespace AscendDeck
