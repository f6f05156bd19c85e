#include "ScrollFollower.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace AscendDeck {

ScrollFollower::ScrollFollower(QAbstractScrollArea *area)
    : QObject(area), m_area(area)
{
    QScrollBar *bar = area->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &ScrollFollower::onRangeChanged);
    connect(bar, &QScrollBar::valueChanged, this, &ScrollFollower::onValueChanged);
    // The bar's own actions (wheel, arrows, page clicks, dragging) do not always reach valueChanged: QPlainTextEdit
    // moves the value itself for page steps. The slider position is the one the action leads to.
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar] { onValueChanged(bar->sliderPosition()); });
}

void ScrollFollower::follow()
{
    m_following = true;
    onRangeChanged();
}

// New lines (or the view's first layout) grow the range; the value stays where it was unless we move it.
void ScrollFollower::onRangeChanged()
{
    if (!m_following)
        return;
    QScrollBar *bar = m_area->verticalScrollBar();
    m_moving = true;
    bar->setValue(bar->maximum());
    m_moving = false;
}

// Any move not ours is the reader's: at the end they want to follow, above it they are reading.
void ScrollFollower::onValueChanged(int value)
{
    if (m_moving)
        return;
    m_following = value >= m_area->verticalScrollBar()->maximum();
}

} // namespace AscendDeck
