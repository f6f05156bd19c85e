#pragma once

#include "ClusterNode.h"
#include "EngineCluster.h"
#include "EngineSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// MindIE Service's config.json, starting from the default shipped in the image. Only the fields the
// deployment decides are changed; every other key, known or not, keeps its value and its place, because key
// names differ between MindIE 1.0, 2.0 and 2.1 and we must not drop what a newer image expects.
//
// Paths name a field with dots and list indexes: "BackendConfig.ModelDeployConfig.ModelConfig[0].worldSize".
class MindIeConfig
{
public:
    // Accepts // and /* */ comments (the annotated examples in the docs have them); they are not kept.
    static MindIeConfig fromText(const QByteArray &text, QString *error);

    bool isNull() const { return m_doc.is_null(); }
    void apply(const EngineSettings &settings, const ClusterNode &node, const EngineCluster &cluster);
    QByteArray toJson() const;

    const nlohmann::ordered_json &document() const { return m_doc; }
    // The value at path, or null when any part of it is missing.
    nlohmann::ordered_json value(const QString &path) const;
    void setValue(const QString &path, const nlohmann::ordered_json &value);

    // Every path apply() may change, for tests and for the preview of what will change.
    static QStringList appliedPaths();

private:
    nlohmann::ordered_json m_doc;
};

} // namespace AscendDeck
