#pragma once

#include <QString>
#include <QUrl>

namespace AscendDeck {

// What a load test sends: like vLLM's `bench serve` with --dataset-name random (fixed lengths) or
// sharegpt (prompts and reply lengths from a ShareGPT-style JSON file).
struct LoadTestConfig
{
    QUrl url;            // the service root (http://host:8000) or the full chat-completions URL
    QString model;
    int concurrency = 1; // requests in flight at most
    int requests = 100;
    int inputLen = 128;  // tokens per prompt, fixed-length mode
    int outputLen = 128; // tokens to generate; with a dataset, <= 0 takes each reply's length
    QString datasetPath; // ShareGPT JSON; empty for fixed lengths
    bool ignoreEos = true; // generate exactly outputLen tokens (vLLM's extension), as the benchmark does
    int requestTimeoutMs = 600000;

    // The chat-completions endpoint the url designates.
    QUrl endpoint() const;
};

} // namespace AscendDeck
