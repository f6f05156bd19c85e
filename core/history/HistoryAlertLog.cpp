#include "HistoryAlertLog.h"

#include "history/HistoryCodec.h"
#include "history/HistoryLocation.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace AscendDeck {

namespace {
const QByteArray kMagic("ADAL");
constexpr int kFrameHeader = 12;
constexpr quint32 kMaxPayload = 1 << 16; // an alert is a few hundred bytes; more is a damaged length

bool decodePayload(const QByteArray &payload, HistoryAlert *alert)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    qint32 kind = 0, severity = 0, npu = 0, chip = 0;
    in >> alert->timeMs >> alert->raised >> kind >> severity >> alert->server >> npu >> chip >> alert->message;
    alert->kind = static_cast<Alert::Kind>(kind);
    alert->severity = static_cast<Alert::Severity>(severity);
    alert->npuId = npu;
    alert->chipId = chip;
    return in.status() == QDataStream::Ok;
}

// The frame at pos, if it is whole and its checksum matches: its length, else 0.
qint64 frameAt(const QByteArray &bytes, qint64 pos, HistoryAlert *alert)
{
    if (pos + kFrameHeader > bytes.size() || bytes.mid(pos, 4) != kMagic)
        return 0;
    const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + pos + 4);
    const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + pos + 8);
    if (length > kMaxPayload || pos + kFrameHeader + length > bytes.size())
        return 0;
    const char *payload = bytes.constData() + pos + kFrameHeader;
    if (HistoryCodec::crc32(payload, length) != crc
        || !decodePayload(QByteArray::fromRawData(payload, static_cast<qsizetype>(length)), alert))
        return 0;
    return kFrameHeader + length;
}
} // namespace

HistoryAlertLog::HistoryAlertLog(const QString &root)
    : m_segments(root + QLatin1Char('/') + HistoryLocation::alertsFolderName(), HistorySegments::kDayMs,
                 QStringLiteral(".alerts"))
{
}

QByteArray HistoryAlertLog::encode(const HistoryAlert &alert)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << alert.timeMs << alert.raised << static_cast<qint32>(alert.kind) << static_cast<qint32>(alert.severity)
        << alert.server << static_cast<qint32>(alert.npuId) << static_cast<qint32>(alert.chipId) << alert.message;
    const quint32 length = qToLittleEndian(static_cast<quint32>(payload.size()));
    const quint32 crc = qToLittleEndian(HistoryCodec::crc32(payload.constData(), payload.size()));
    return kMagic + QByteArray(reinterpret_cast<const char *>(&length), 4)
           + QByteArray(reinterpret_cast<const char *>(&crc), 4) + payload;
}

QList<HistoryAlert> HistoryAlertLog::decodeAll(const QByteArray &bytes, qint64 *validEnd)
{
    QList<HistoryAlert> alerts;
    qint64 pos = 0;
    qint64 end = 0;
    while (pos >= 0 && pos < bytes.size()) {
        HistoryAlert alert;
        const qint64 length = frameAt(bytes, pos, &alert);
        if (length == 0) {
            pos = bytes.indexOf(kMagic, pos + 1); // resynchronise after a damaged frame
            continue;
        }
        alerts << alert;
        pos += length;
        end = pos;
    }
    if (validEnd)
        *validEnd = end;
    return alerts;
}

bool HistoryAlertLog::append(const HistoryAlert &alert)
{
    const QString path = m_segments.pathFor(m_segments.startOf(alert.timeMs));
    QFile file(path);
    if (!QDir().mkpath(m_segments.directory()) || !file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray frame = encode(alert);
    if (file.write(frame) != frame.size() || !file.flush()) {
        m_error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<HistoryAlert> HistoryAlertLog::read(qint64 fromMs, qint64 toMs) const
{
    QList<HistoryAlert> alerts;
    for (const QString &path : m_segments.pathsOverlapping(fromMs, toMs)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const HistoryAlert &alert : decodeAll(file.readAll())) {
            if (alert.timeMs >= fromMs && alert.timeMs <= toMs)
                alerts << alert;
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const HistoryAlert &a, const HistoryAlert &b) { return a.timeMs < b.timeMs; });
    return alerts;
}

bool HistoryAlertLog::recover()
{
    bool ok = true;
    for (const QString &path : m_segments.allPaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite)) {
            ok = false;
            continue;
        }
        qint64 end = 0;
        decodeAll(file.readAll(), &end);
        if (end != file.size() && !file.resize(end)) {
            m_error = tr("cannot truncate %1: %2").arg(path, file.errorString());
            ok = false;
        }
    }
    return ok;
}

} // namespace AscendDeck
