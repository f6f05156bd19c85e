#pragma once

#include <QObject>

class QAbstractScrollArea;

namespace AscendDeck {

// Keeps a live log's newest line in view, as `tail -f` does, until the reader scrolls up to read; scrolling
// back to the end follows again. QPlainTextEdit alone follows only while its scroll bar happens to be at the
// end when a line is appended, which is not the case for a view that was hidden or not laid out yet (the
// log dock showed its first lines for ever).
class ScrollFollower : public QObject
{
    Q_OBJECT
public:
    explicit ScrollFollower(QAbstractScrollArea *area);

    bool isFollowing() const { return m_following; }
    // Jumps to the end and follows again (a filter change shows the newest lines).
    void follow();

private:
    void onRangeChanged();
    void onValueChanged(int value);

    QAbstractScrollArea *m_area;
    bool m_following = true;
    bool m_moving = false;
};

} // namespace AscendDeck
