#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// Serialises JSON exactly as Python's json.dump(obj, fp, indent=4) does with its defaults, which is how
// hccl_tools.py and merge_hccl.py write rank tables: 4-space indent, items ending in ",",
// ": " after keys, non-ASCII escaped as \uXXXX, and no newline at the end of the file. Users diff our
// tables against the scripts' ones, so the bytes must match, not just the content.
class PythonJsonWriter
{
public:
    // False (and *error set) only for values Python could not have produced, such as invalid UTF-8.
    static bool write(const nlohmann::ordered_json &value, QByteArray *out, QString *error = nullptr);
};

} // namespace AscendDeck
