#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace AscendDeck {

// Number reading shared by the npu-smi parsers. Each returns false for text that is not the expected
// number; the optional forms accept "NA", "N/A" and "-" (what npu-smi prints for an unreadable sensor)
// and leave the value empty.
class NpuSmiValues
{
public:
    static bool isNotAvailable(const QString &token);
    static bool toInt(const QString &token, int *value);
    static bool toInt64(const QString &token, qint64 *value);
    static bool toOptionalDouble(const QString &token, std::optional<double> *value);
    static bool toOptionalInt64(const QString &token, std::optional<qint64> *value);
    // "used/total" as produced by tokens().
    static bool toUsage(const QString &token, std::optional<qint64> *used, std::optional<qint64> *total);
    // Whitespace-separated tokens, with "a / b" and "a/ b" glued into "a/b".
    static QStringList tokens(const QString &text);
};

} // namespace AscendDeck
