#include "MindIeJsonWriter.h"

#include <QStringBuilder>

namespace AscendDeck {

using nlohmann::ordered_json;

QByteArray MindIeJsonWriter::write(const ordered_json &document)
{
    QByteArray out;
    writeValue(document, 0, &out);
    out += '\n';
    return out;
}

void MindIeJsonWriter::writeValue(const ordered_json &value, int indent, QByteArray *out)
{
    if (value.is_object())
        writeObject(value, indent, out);
    else if (value.is_array())
        writeArray(value, indent, out);
    else
        *out += QByteArray::fromStdString(value.dump());
}

void MindIeJsonWriter::writeObject(const ordered_json &object, int indent, QByteArray *out)
{
    if (object.empty()) {
        *out += "{}";
        return;
    }
    const QByteArray inner(indent + 4, ' ');
    *out += "{\n";
    bool first = true;
    for (const auto &item : object.items()) {
        if (!first)
            *out += ",\n";
        first = false;
        out->append(inner).append(QByteArray::fromStdString(ordered_json(item.key()).dump())).append(" : ");
        writeValue(item.value(), indent + 4, out);
    }
    out->append('\n').append(QByteArray(indent, ' ')).append('}');
}

void MindIeJsonWriter::writeArray(const ordered_json &array, int indent, QByteArray *out)
{
    if (!holdsObject(array)) {
        // Plain values and lists of them stay on one line, exactly as dump() writes them compactly.
        *out += QByteArray::fromStdString(array.dump());
        return;
    }
    const QByteArray inner(indent + 4, ' ');
    *out += "[\n";
    for (size_t i = 0; i < array.size(); ++i) {
        *out += inner;
        writeValue(array.at(i), indent + 4, out);
        *out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out->append(QByteArray(indent, ' ')).append(']');
}

bool MindIeJsonWriter::holdsObject(const ordered_json &array)
{
    for (const ordered_json &item : array) {
        if (item.is_object() || (item.is_array() && holdsObject(item)))
            return true;
    }
    return false;
}

} // namespace AscendDeck
