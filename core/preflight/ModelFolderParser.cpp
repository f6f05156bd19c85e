#include "ModelFolderParser.h"

#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace AscendDeck {

namespace {
using nlohmann::json;

json parseObject(const QByteArray &data, QString *error)
{
    try {
        const json document = json::parse(data.constBegin(), data.constEnd());
        if (document.is_object())
            return document;
        *error = ModelFolderParser::tr("not a JSON object");
    } catch (const json::parse_error &e) {
        *error = QString::fromUtf8(e.what());
    }
    return json::object();
}

// The text at key of an object; empty when absent or not text.
QString text(const json &object, const char *key)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

const json &member(const json &object, const char *key)
{
    static const json none;
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() ? *it : none;
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

void ModelFolderParser::applyConfig(const QByteArray &data, ModelFolder *folder)
{
    folder->hasConfig = true;
    const json config = parseObject(data, &folder->configError);
    const json &architectures = member(config, "architectures");
    if (architectures.is_array() && !architectures.empty() && architectures.at(0).is_string())
        folder->architecture = QString::fromStdString(architectures.at(0).get<std::string>());
    folder->modelType = text(config, "model_type");
    folder->dtype = text(config, "torch_dtype");
    folder->quantization = text(member(config, "quantization_config"), "quant_method");
    // msModelSlim's W8A8 exports write "quantize": "w8a8" instead of a quantization_config.
    if (folder->quantization.isEmpty())
        folder->quantization = text(config, "quantize");
}

void ModelFolderParser::applyIndex(const QByteArray &data, ModelFolder *folder)
{
    folder->hasIndex = true;
    const json index = parseObject(data, &folder->indexError);
    const json &weightMap = member(index, "weight_map");
    QSet<QString> shards;
    if (weightMap.is_object()) {
        for (const json &shard : weightMap)
            shards.insert(shard.is_string() ? QString::fromStdString(shard.get<std::string>()) : QString());
    }
    folder->indexShards = QStringList(shards.cbegin(), shards.cend());
    folder->indexShards.sort();
}

} // namespace AscendDeck
