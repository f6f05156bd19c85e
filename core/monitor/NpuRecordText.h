#pragma once

#include "monitor/NpuRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace AscendDeck {

// The three forms `ascenddeck-cli monitor` prints a record in: one JSON object per line, CSV, and a table for
// people. Unknown figures (NA in npu-smi, a silent server) are null in JSON and empty in CSV; "-" in the table.
class NpuRecordText
{
    Q_DECLARE_TR_FUNCTIONS(NpuRecordText)

public:
    static QByteArray jsonLine(const NpuRecord &record);
    static QByteArray csvHeader();
    static QByteArray csvRow(const NpuRecord &record);
    static QString tableHeader();
    static QString tableRow(const NpuRecord &record);

    // A float figure as npu-smi printed it (93.4, not 93.4000015258789): 7 significant digits.
    static double tidy(float value);
    // "2026-12-03T18:30:00.123Z"
    static QString isoTime(qint64 timeMs);
};

} // namespace AscendDeck
