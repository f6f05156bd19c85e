#pragma once

#include "Project.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// Reads and writes the project file: one versioned JSON document with a fixed key order (small git
// diffs), written atomically (a crash never leaves half a file), migrated from older schema versions on
// load, and refusing anything that looks like a secret.
class ProjectFile
{
public:
    static QByteArray serialize(const Project &project);
    // Returns false with a message naming the field (and line, for syntax errors) on error.
    static bool deserialize(const QByteArray &data, Project *project, QString *error);

    static bool save(const Project &project, const QString &path, QString *error);
    static bool load(const QString &path, Project *project, QString *error);

    // Upgrades an older document in place to kSchemaVersion. Exposed for tests.
    static bool migrate(nlohmann::ordered_json &document, QString *error);

private:
    static nlohmann::ordered_json toDocument(const Project &project);
};

} // namespace AscendDeck
