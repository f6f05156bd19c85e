#include "NpuSmiInfoParser.h"

#include "ascend/NpuSmiValues.h"
#include "ascend/TextLines.h"

#include <QRegularExpression>

namespace AscendDeck {

namespace {
bool isTableLine(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('|')) || trimmed.startsWith(QLatin1Char('+'));
}

enum class Section { None, DeviceHeader, Devices, Processes };
enum class ChipColumn { ChipOnly, ChipDevice, ChipPhyId };

// Line-by-line state of one `npu-smi info` table.
class InfoReader
{
    Q_DECLARE_TR_FUNCTIONS(NpuSmiInfoParser)

public:
    NpuSmiInfo info;
    ParseError error;

    bool readRow(const TextLine &line, const QStringList &cells);
    bool readSeparator(const TextLine &line);
    bool finish(int lastLine);

private:
    Section m_section = Section::None;
    ChipColumn m_chipColumn = ChipColumn::ChipOnly;
    bool m_hasHbm = false;
    bool m_pending = false; // first row of a chip read, its second row still to come
    NpuChip m_chip;
    int m_processColumns = 4;

    bool fail(int line, const QString &message) { return TextLines::fail(&error, line, message); }
    bool readHeader(const TextLine &line, const QStringList &cells, bool *handled);
    bool readChipFirstRow(const TextLine &line, const QStringList &cells);
    bool readChipSecondRow(const TextLine &line, const QStringList &cells);
    bool readProcessRow(const TextLine &line, const QStringList &cells);
};

bool InfoReader::readHeader(const TextLine &line, const QStringList &cells, bool *handled)
{
    *handled = true;
    static const QRegularExpression banner(QStringLiteral("^npu-smi\\s+(\\S+)\\s+Version:\\s*(\\S+)$"));
    if (cells.size() == 1 && banner.match(cells.at(0)).hasMatch()) {
        const QRegularExpressionMatch m = banner.match(cells.at(0));
        info.npuSmiVersion = m.captured(1);
        info.version = m.captured(2);
    } else if (cells.size() == 3 && cells.at(0).startsWith(QLatin1String("NPU")) && cells.at(1) == QLatin1String("Health")) {
        m_section = Section::DeviceHeader;
    } else if (m_section == Section::DeviceHeader && cells.size() == 3 && cells.at(0).startsWith(QLatin1String("Chip"))) {
        const QString chip = cells.at(0).simplified();
        m_chipColumn = chip == QLatin1String("Chip Device") ? ChipColumn::ChipDevice
                     : chip == QLatin1String("Chip Phy-ID") ? ChipColumn::ChipPhyId
                                                             : ChipColumn::ChipOnly;
        if (m_chipColumn == ChipColumn::ChipOnly && chip != QLatin1String("Chip"))
            return fail(line.number, tr("unknown chip column header \"%1\"").arg(chip));
        m_hasHbm = cells.at(2).contains(QLatin1String("HBM-Usage"));
        m_section = Section::Devices;
    } else if (cells.size() >= 4 && cells.at(0).startsWith(QLatin1String("NPU")) && cells.at(1) == QLatin1String("Process id")) {
        if (m_pending)
            return fail(line.number, tr("the second row of NPU %1 is missing").arg(m_chip.npuId));
        m_processColumns = static_cast<int>(cells.size());
        m_section = Section::Processes;
    } else {
        *handled = false;
    }
    return true;
}

bool InfoReader::readRow(const TextLine &line, const QStringList &cells)
{
    bool handled = false;
    if (!readHeader(line, cells, &handled) || handled)
        return error.message.isEmpty();
    static const QRegularExpression idle(QStringLiteral("^No running processes found in NPU (\\d+)$"));
    if (const QRegularExpressionMatch m = idle.match(cells.value(0)); cells.size() == 1 && m.hasMatch()) {
        info.idleNpus << m.captured(1).left(6).toInt();
        return true;
    }
    switch (m_section) {
    case Section::Devices:
        return m_pending ? readChipSecondRow(line, cells) : readChipFirstRow(line, cells);
    case Section::Processes:
        return readProcessRow(line, cells);
    default:
        return fail(line.number, tr("row outside any known table: \"%1\"").arg(line.text.trimmed().left(80)));
    }
}

bool InfoReader::readSeparator(const TextLine &line)
{
    if (m_pending)
        return fail(line.number, tr("the second row of NPU %1 is missing").arg(m_chip.npuId));
    return true;
}

// "| 0     910B1  | OK  | 89.1  32  0 / 0 |"
bool InfoReader::readChipFirstRow(const TextLine &line, const QStringList &cells)
{
    if (cells.size() != 3)
        return fail(line.number, tr("expected 3 columns in an NPU row, found %1").arg(cells.size()));
    const QStringList idName = cells.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_chip = NpuChip{};
    if (idName.isEmpty() || !NpuSmiValues::toInt(idName.at(0), &m_chip.npuId))
        return fail(line.number, tr("expected an NPU id, got \"%1\"").arg(cells.at(0).left(40)));
    m_chip.name = idName.mid(1).join(QLatin1Char(' '));
    m_chip.health = cells.at(1);
    if (m_chip.health.isEmpty())
        return fail(line.number, tr("empty health column"));
    const QStringList values = NpuSmiValues::tokens(cells.at(2));
    if (values.size() < 2 || values.size() > 3
        || !NpuSmiValues::toOptionalDouble(values.at(0), &m_chip.powerW)
        || !NpuSmiValues::toOptionalDouble(values.at(1), &m_chip.temperatureC)
        || (values.size() == 3 && !NpuSmiValues::toUsage(values.at(2), &m_chip.hugepagesUsed, &m_chip.hugepagesTotal)))
        return fail(line.number, tr("cannot read power, temperature and hugepages from \"%1\"").arg(cells.at(2).left(80)));
    m_pending = true;
    return true;
}

// "| 0  [device|phy-id] | 0000:C1:00.0 | 0  0 / 0  3437 / 65536 |"
bool InfoReader::readChipSecondRow(const TextLine &line, const QStringList &cells)
{
    m_pending = false;
    if (cells.size() != 3)
        return fail(line.number, tr("expected 3 columns in a chip row, found %1").arg(cells.size()));
    const QStringList ids = cells.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype wantIds = m_chipColumn == ChipColumn::ChipOnly ? 1 : 2;
    int second = -1;
    if (ids.size() != wantIds || !NpuSmiValues::toInt(ids.at(0), &m_chip.chipId)
        || (wantIds == 2 && !NpuSmiValues::toInt(ids.at(1), &second)))
        return fail(line.number, tr("cannot read the chip id(s) from \"%1\"").arg(cells.at(0).left(40)));
    (m_chipColumn == ChipColumn::ChipPhyId ? m_chip.phyId : m_chip.deviceId) = second;
    m_chip.busId = cells.at(1);
    static const QRegularExpression bus(QStringLiteral("^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.[0-7]$"));
    if (!bus.match(m_chip.busId).hasMatch())
        return fail(line.number, tr("not a PCI bus id: \"%1\"").arg(m_chip.busId.left(40)));
    const QStringList values = NpuSmiValues::tokens(cells.at(2));
    if (values.size() != (m_hasHbm ? 3 : 2) || !NpuSmiValues::toOptionalDouble(values.at(0), &m_chip.aiCorePercent)
        || !NpuSmiValues::toUsage(values.at(1), &m_chip.memoryUsedMb, &m_chip.memoryTotalMb)
        || (m_hasHbm && !NpuSmiValues::toUsage(values.at(2), &m_chip.hbmUsedMb, &m_chip.hbmTotalMb)))
        return fail(line.number, tr("cannot read AI Core and memory usage from \"%1\"").arg(cells.at(2).left(80)));
    info.chips << m_chip;
    return true;
}

// "| 0  0 | 641248 | python | 113 |" (+ "Process id in container" on 26.0)
bool InfoReader::readProcessRow(const TextLine &line, const QStringList &cells)
{
    if (cells.size() != m_processColumns)
        return fail(line.number, tr("expected %1 columns in a process row, found %2").arg(m_processColumns).arg(cells.size()));
    NpuProcess process;
    const QStringList ids = cells.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (ids.size() != 2 || !NpuSmiValues::toInt(ids.at(0), &process.npuId) || !NpuSmiValues::toInt(ids.at(1), &process.chipId)
        || !NpuSmiValues::toInt64(cells.at(1), &process.pid) || !NpuSmiValues::toOptionalInt64(cells.at(3), &process.memoryMb))
        return fail(line.number, tr("cannot read the process row \"%1\"").arg(line.text.trimmed().left(80)));
    process.name = cells.at(2);
    process.pidInContainer = cells.value(4);
    info.processes << process;
    return true;
}

bool InfoReader::finish(int lastLine)
{
    if (m_pending)
        return fail(lastLine, tr("the second row of NPU %1 is missing").arg(m_chip.npuId));
    if (info.chips.isEmpty())
        return fail(0, tr("no NPU rows found: is this `npu-smi info` output?"));
    return true;
}

// Table lines span [first, last]; only blank lines and "..." may sit between them besides table lines.
bool tableSpan(const QList<TextLine> &lines, qsizetype *first, qsizetype *last)
{
    *first = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isTableLine(lines.at(i).text.trimmed())) {
            if (*first < 0)
                *first = i;
            *last = i;
        }
    }
    return *first >= 0;
}
} // namespace

QStringList NpuSmiInfoParser::cells(const QString &row)
{
    QStringList parts = row.trimmed().split(QLatin1Char('|'));
    // "| a | b |" splits into "", " a ", " b ", "": the outer empties are the frame, not columns.
    if (!parts.isEmpty() && parts.first().trimmed().isEmpty())
        parts.removeFirst();
    if (!parts.isEmpty() && parts.last().trimmed().isEmpty())
        parts.removeLast();
    for (QString &part : parts)
        part = part.simplified();
    return parts;
}

NpuSmiInfo NpuSmiInfoParser::parse(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    qsizetype first = 0, last = 0;
    if (!tableSpan(lines, &first, &last)) {
        TextLines::fail(error, 0, tr("no npu-smi table found"));
        return {};
    }
    InfoReader reader;
    for (qsizetype i = first; i <= last; ++i) {
        const TextLine &line = lines.at(i);
        const QString text = line.text.trimmed();
        bool ok = true;
        if (text.isEmpty() || TextLines::isElision(text))
            ok = true;
        else if (text.startsWith(QLatin1Char('+')))
            ok = reader.readSeparator(line);
        else if (text.startsWith(QLatin1Char('|')))
            ok = reader.readRow(line, cells(text));
        else
            ok = TextLines::fail(&reader.error, line.number, tr("text inside the table: \"%1\"").arg(text.left(80)));
        if (!ok) {
            if (error)
                *error = reader.error;
            return {};
        }
    }
    if (!reader.finish(lines.at(last).number)) {
        if (error)
            *error = reader.error;
        return {};
    }
    return reader.info;
}

} // namespace AscendDeck
