#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace AscendDeck {

// Asks before anything destructive runs on a server, showing exactly what will run. Tests pre-answer with
// setNextAnswer so that the real code path runs without a modal dialog.
class Confirmation
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &details);
    static void setNextAnswer(std::optional<bool> answer);
    static QString lastDetails(); // what the last confirmation showed (for tests and logs)
};

} // namespace AscendDeck
