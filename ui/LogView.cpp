#include "LogView.h"

#include "ScrollFollower.h"

#include "log/LogBuffer.h"

#include <QFontDatabase>

namespace AscendDeck {

LogView::LogView(LogBuffer *buffer, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new ScrollFollower(this);
    for (const QString &line : buffer->lines())
        appendPlainText(line);
    // Lines are logged from worker threads: queue them to the GUI thread.
    connect(buffer, &LogBuffer::lineAdded, this, &QPlainTextEdit::appendPlainText, Qt::QueuedConnection);
}

} // namespace AscendDeck
