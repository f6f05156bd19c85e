#pragma once

#include <QString>
#include <QUrl>

namespace AscendDeck {

// What a load test sends: like vLLM's `bench serve` with --dataset-name random (fixed or random lengths) or
// sharegpt (prompts and reply lengths from a ShareGPT-style JSON file).
struct LoadTestConfig
{
    QUrl url;            // the service root (http://host:8000) or the full chat-completions URL
    QString model;
    int concurrency = 1; // requests in flight at most; with a request rate, 0 = no cap
    int requests = 100;
    int inputLen = 128;  // tokens per prompt, fixed-length mode; the lowest with random lengths
    int outputLen = 128; // tokens to generate; with a dataset, <= 0 takes each reply's length
    QString datasetPath; // ShareGPT JSON; empty for fixed lengths
    // Random lengths: each prompt's in [inputLen, inputLenMax], each reply's in [outputLen, outputLenMax],
    // uniformly, from a fixed seed (runs and sweep steps send the same requests). 0 = fixed lengths.
    int inputLenMax = 0;
    int outputLenMax = 0;
    // Poisson arrivals at this many requests per second (vLLM's --request-rate); 0 = all at once, kept
    // at `concurrency` in flight (closed loop).
    double requestRate = 0;
    int warmupRequests = 0; // sent first, at the same load, and not counted in the report
    bool ignoreEos = true; // generate exactly outputLen tokens (vLLM's extension), as the benchmark does
    int requestTimeoutMs = 600000;

    // The chat-completions endpoint the url designates.
    QUrl endpoint() const;
};

} // namespace AscendDeck
