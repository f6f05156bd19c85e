#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

namespace AscendDeck {

// Reads what rsync --info=progress2,name1 --stats prints, chunk by chunk: the bytes of the whole transfer so
// far (progress lines end in \r), the file being sent (name lines), and at the end the statistics. The rate is
// measured here (bytes over time), so it does not depend on rsync's rounding of units.
class WeightsRsyncProgress
{
public:
    WeightsRsyncProgress();

    // Returns true when something shown changed (bytes or file).
    bool add(const QByteArray &chunk);

    qint64 bytes() const { return m_bytes; }
    QString currentFile() const { return m_file; }
    double bytesPerSecond() const { return m_rate; }
    // -1 until the statistics were printed.
    int filesTransferred() const { return m_filesTransferred; }
    qint64 literalBytes() const { return m_literalBytes; }

private:
    bool addLine(const QByteArray &line);

    QByteArray m_pending;
    QElapsedTimer m_clock;
    qint64 m_bytes = 0;
    qint64 m_rateBytes = 0;
    qint64 m_rateAtMs = 0;
    double m_rate = 0;
    QString m_file;
    bool m_inStats = false;
    int m_filesTransferred = -1;
    qint64 m_literalBytes = -1;
};

} // namespace AscendDeck
