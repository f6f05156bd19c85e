#include "WeightsRsyncProgress.h"

#include <QRegularExpression>

namespace AscendDeck {

namespace {
qint64 number(const QString &digits)
{
    QString plain = digits;
    plain.remove(QLatin1Char(','));
    return plain.toLongLong();
}
} // namespace

WeightsRsyncProgress::WeightsRsyncProgress()
{
    m_clock.start();
}

bool WeightsRsyncProgress::add(const QByteArray &chunk)
{
    m_pending += chunk;
    bool changed = false;
    for (;;) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending.at(i) == '\r' || m_pending.at(i) == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0)
            break;
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        changed = addLine(line) || changed;
    }
    return changed;
}

bool WeightsRsyncProgress::addLine(const QByteArray &raw)
{
    static const QRegularExpression progress(QStringLiteral(R"(^\s*([\d,]+)\s+\d+%\s+\S+\s+\d+:\d+:\d+)"));
    static const QRegularExpression transferred(QStringLiteral(R"(^Number of regular files transferred: ([\d,]+))"));
    static const QRegularExpression literal(QStringLiteral(R"(^Literal data: ([\d,]+) bytes)"));
    const QString line = QString::fromUtf8(raw);
    if (line.trimmed().isEmpty())
        return false;
    const QRegularExpressionMatch bytes = progress.match(line);
    if (bytes.hasMatch()) {
        m_bytes = number(bytes.captured(1));
        const qint64 now = m_clock.elapsed();
        // Over at least a second, smoothed: progress lines come several times a second.
        if (now - m_rateAtMs >= 1000) {
            const double current = double(m_bytes - m_rateBytes) * 1000.0 / double(now - m_rateAtMs);
            m_rate = m_rate > 0 ? 0.5 * m_rate + 0.5 * current : current;
            m_rateBytes = m_bytes;
            m_rateAtMs = now;
        }
        return true;
    }
    if (line.startsWith(QLatin1String("Number of files:")))
        m_inStats = true;
    if (m_inStats) {
        const QRegularExpressionMatch files = transferred.match(line);
        if (files.hasMatch())
            m_filesTransferred = int(number(files.captured(1)));
        const QRegularExpressionMatch data = literal.match(line);
        if (data.hasMatch())
            m_literalBytes = number(data.captured(1));
        return false;
    }
    // A directory, or rsync creating the folder itself.
    if (line.endsWith(QLatin1Char('/')) || line.startsWith(QLatin1String("created directory ")))
        return false;
    m_file = line;
    return true;
}

} // namespace AscendDeck
