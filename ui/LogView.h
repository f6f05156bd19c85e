#pragma once

#include <QPlainTextEdit>

namespace AscendDeck {

class LogBuffer;

// The application log (every remote command with host, argv, exit status and duration), live.
class LogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LogView(LogBuffer *buffer, QWidget *parent = nullptr);
};

} // namespace AscendDeck
