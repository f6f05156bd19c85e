#pragma once

#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace AscendDeck {

// Gives the keyboard focus back to the widget that had it when this scope began. QWizard hides and shows
// its whole page area while it updates its buttons (QWizardPage::completeChanged), and hiding moves the
// focus to the next widget: without this, a rule that turns a page incomplete as the user types would send
// the rest of the keystrokes elsewhere.
class FocusKeeper
{
public:
    FocusKeeper()
        : m_widget(QApplication::focusWidget())
    {
    }
    ~FocusKeeper()
    {
        if (m_widget && m_widget->isVisible() && QApplication::focusWidget() != m_widget)
            m_widget->setFocus(Qt::OtherFocusReason);
    }
    FocusKeeper(const FocusKeeper &) = delete;
    FocusKeeper &operator=(const FocusKeeper &) = delete;

private:
    QPointer<QWidget> m_widget;
};

} // namespace AscendDeck
