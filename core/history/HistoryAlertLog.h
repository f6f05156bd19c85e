#pragma once

#include "history/HistoryAlert.h"
#include "history/HistorySegments.h"

#include <QCoreApplication>
#include <QList>

namespace AscendDeck {

// The alert history: one file per UTC day under <root>/alerts, each a run of frames
// "ADAL", u32 length, u32 CRC-32 of the payload, payload (the alert in QDataStream form). Alerts are rare,
// so each is written (and flushed) as it comes. A damaged frame is skipped by searching for the next
// "ADAL"; a torn tail is cut off when the log is opened.
class HistoryAlertLog
{
    Q_DECLARE_TR_FUNCTIONS(HistoryAlertLog)

public:
    explicit HistoryAlertLog(const QString &root);

    const HistorySegments &segments() const { return m_segments; }
    bool append(const HistoryAlert &alert);
    // Alerts with a time in [fromMs, toMs], oldest first.
    QList<HistoryAlert> read(qint64 fromMs, qint64 toMs) const;
    // Cuts the torn tail of every day's file.
    bool recover();
    QString errorString() const { return m_error; }

    static QByteArray encode(const HistoryAlert &alert);
    // The alerts of whole frames in bytes; validEnd: where the last whole frame ends.
    static QList<HistoryAlert> decodeAll(const QByteArray &bytes, qint64 *validEnd = nullptr);

private:
    HistorySegments m_segments;
    QString m_error;
};

} // namespace AscendDeck
