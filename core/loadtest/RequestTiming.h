#pragma once

#include <QList>
#include <QString>

namespace AscendDeck {

// What the client saw of one request, in seconds from when it sent the request.
struct RequestTiming
{
    bool success = false;
    QString error;
    int promptTokens = 0;   // the server's usage figure, else the prompt's estimate
    int outputTokens = 0;   // the server's usage figure, else the number of content chunks
    double ttft = 0;        // first content chunk
    double e2el = 0;        // end of the stream
    QList<double> itl;      // gaps between successive content chunks
    double startOffset = 0; // since the load test started: for the concurrency timeline
};

} // namespace AscendDeck
