#pragma once

#include <QList>
#include <QString>

namespace AscendDeck {

// One request of a load test: what to send and how many tokens to ask for.
struct LoadTestPrompt
{
    QString text;
    int inputTokens = 0;  // estimate; the report uses the server's usage figure when it sends one
    int outputTokens = 0;
};

} // namespace AscendDeck
