#include "PythonJsonWriter.h"

namespace AscendDeck {

bool PythonJsonWriter::write(const nlohmann::ordered_json &value, QByteArray *out, QString *error)
{
    // nlohmann's pretty printer already matches Python's indent=4 layout (including "[]" and "{}" for
    // empty containers); ensure_ascii=true gives Python's default \uXXXX escapes with lower-case hex and
    // surrogate pairs. The strict UTF-8 handler throws where Python would have refused to decode.
    try {
        const std::string text = value.dump(4, ' ', true);
        *out = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
        return true;
    } catch (const nlohmann::json::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace AscendDeck
