// The live logs (the application log dock and the engine log of the Launch tab) keep their newest line in
// view as lines stream in, also when they were hidden or not laid out yet, until the reader scrolls up.
#include "LogView.h"
#include "operate/EngineLogView.h"

#include "log/LogBuffer.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>

using namespace AscendDeck;

namespace {
bool atEnd(const QPlainTextEdit *view)
{
    const QScrollBar *bar = view->verticalScrollBar();
    return bar->maximum() > 0 && bar->value() == bar->maximum();
}

void addLines(LogBuffer *buffer, int first, int count)
{
    for (int i = first; i < first + count; ++i)
        buffer->append(QStringLiteral("line %1").arg(i));
}
} // namespace

class TestLogViews : public QObject
{
    Q_OBJECT

private slots:
    void logDock_followsLinesLoggedWhileHidden()
    {
        LogBuffer buffer;
        addLines(&buffer, 0, 50);
        LogView view(&buffer);
        view.resize(400, 120);
        addLines(&buffer, 50, 50); // queued: arrive once the event loop runs, still hidden
        QCoreApplication::processEvents();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(atEnd(&view));
        addLines(&buffer, 100, 20);
        QTRY_COMPARE(view.document()->blockCount(), 120);
        QVERIFY(atEnd(&view));
    }

    void logDock_staysWhereTheReaderScrolledTo()
    {
        LogBuffer buffer;
        LogView view(&buffer);
        view.resize(400, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        addLines(&buffer, 0, 100);
        QTRY_VERIFY(atEnd(&view));
        QScrollBar *bar = view.verticalScrollBar();
        bar->triggerAction(QAbstractSlider::SliderPageStepSub); // the reader scrolls up
        const int reading = bar->value();
        QVERIFY(reading < bar->maximum());
        addLines(&buffer, 100, 20);
        QTRY_COMPARE(view.document()->blockCount(), 120);
        QCOMPARE(bar->value(), reading);
        bar->triggerAction(QAbstractSlider::SliderToMaximum); // back at the end: follows again
        addLines(&buffer, 120, 20);
        QTRY_COMPARE(view.document()->blockCount(), 140);
        QVERIFY(atEnd(&view));
    }

    void engineLog_followsNewLinesAfterAFilterChange()
    {
        EngineLogView log;
        log.resize(500, 150);
        log.setServers({QStringLiteral("a2-01"), QStringLiteral("a2-02")});
        for (int i = 0; i < 100; ++i)
            log.addLine(i % 2, QStringLiteral("line %1").arg(i));
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        auto *view = log.findChild<QPlainTextEdit *>(QStringLiteral("engineLog"));
        QVERIFY(view);
        QTRY_VERIFY(atEnd(view));
        log.setServerFilter(1);
        for (int i = 100; i < 160; ++i)
            log.addLine(i % 2, QStringLiteral("line %1").arg(i));
        QCOMPARE(log.visibleLines().last(), QStringLiteral("line 159"));
        QTRY_VERIFY(atEnd(view));
    }
};

QTEST_MAIN(TestLogViews)
#include "tst_logviews.moc"

