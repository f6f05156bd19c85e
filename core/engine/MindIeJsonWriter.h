#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// Writes a config.json the way MindIE ships it: 4-space indent, "key" : value, and lists of plain values on
// one line (["ca.pem"], [[0,1,2,3]]). People diff our file against the image's default; nlohmann's own
// dump() would put every NPU id on a line of its own and drown the real changes.
class MindIeJsonWriter
{
public:
    static QByteArray write(const nlohmann::ordered_json &document);

private:
    static void writeValue(const nlohmann::ordered_json &value, int indent, QByteArray *out);
    static void writeObject(const nlohmann::ordered_json &object, int indent, QByteArray *out);
    static void writeArray(const nlohmann::ordered_json &array, int indent, QByteArray *out);
    static bool holdsObject(const nlohmann::ordered_json &array);
};

} // namespace AscendDeck
