#pragma once

#include "remote/HostKeyInfo.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace AscendDeck {

// Turns the remote layer's "unknown host key" callback, which arrives on a worker thread, into a dialog on
// the GUI thread showing the fingerprint, and hands the answer back. Tests pre-answer through
// setNextAnswer (as KeePassXC's MessageBox does), so the real code path runs without a modal dialog.
class HostKeyPrompter : public QObject
{
    Q_OBJECT
public:
    explicit HostKeyPrompter(QWidget *dialogParent, QObject *parent = nullptr);

    UnknownHostKeyHandler handler();
    static void setNextAnswer(std::optional<bool> answer);
    int promptCount() const { return m_prompts; }

private:
    bool ask(const HostKeyInfo &info);

    QPointer<QWidget> m_dialogParent;
    int m_prompts = 0;
};

} // namespace AscendDeck
