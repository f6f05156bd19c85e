#pragma once

#include "ModelFolder.h"

#include <QByteArray>
#include <QCoreApplication>

namespace AscendDeck {

// Turns what ModelFolderReader read from a server into a ModelFolder. Pure, so that the tests feed it
// text instead of a server.
class ModelFolderParser
{
    Q_DECLARE_TR_FUNCTIONS(ModelFolderParser)

public:
    // `find DIR -maxdepth 2 -printf '%y\t%Y\t%s\t%P\t%l\n'`: one entry per line, the folder itself dropped.
    static QList<ModelEntry> parseListing(const QByteArray &listing);
    // `find -L DIR -maxdepth 2 -type f -printf '%s\t%P\n'`: gives links the size of what they point at.
    static void applyTargetSizes(const QByteArray &sizes, QList<ModelEntry> *entries);
    // config.json: architecture, model_type, dtype, quantization.
    static void applyConfig(const QByteArray &json, ModelFolder *folder);
    // model.safetensors.index.json: the shard files of weight_map.
    static void applyIndex(const QByteArray &json, ModelFolder *folder);
};

} // namespace AscendDeck
