#pragma once

#include "loadtest/LoadTestConfig.h"
#include "loadtest/LoadTestPrompt.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AscendDeck {

// Where a load test's prompts come from.
class LoadTestDataset
{
    Q_DECLARE_TR_FUNCTIONS(LoadTestDataset)

public:
    // count prompts of about inputLen tokens each, distinct from the first word on so that a prefix
    // cache does not turn the test into a cache benchmark. Common three-letter words are one token in
    // every BPE vocabulary (and in the simulator's 4-characters-per-token count).
    static QList<LoadTestPrompt> fixed(int count, int inputLen, int outputLen);

    // count prompts built like fixed()'s, with lengths drawn uniformly from [inputMin, inputMax] and
    // [outputMin, outputMax] (vLLM's random dataset with a range ratio). The seed is fixed, so every run
    // and every step of a sweep sends the same requests.
    static QList<LoadTestPrompt> random(int count, int inputMin, int inputMax, int outputMin, int outputMax);

    // A dataset as the CLI names it: "fixed", "sharegpt:FILE" (or just FILE), "random:MIN-MAX" (prompt
    // lengths; the replies' stay config's outputLen) or "random:MIN-MAX:OMIN-OMAX". Sets config's dataset
    // fields; on error the message names the bad part.
    static bool parseSpec(const QString &spec, LoadTestConfig *config, QString *error);

    // count prompts as config says: its ShareGPT file, random lengths or fixed lengths.
    static bool build(const LoadTestConfig &config, int count, QList<LoadTestPrompt> *prompts, QString *error);

    // ShareGPT JSON: [{"conversations": [{"from": "human", "value": ...}, {"from": "gpt", "value": ...}]}].
    // As vLLM's benchmark: the first turn is the prompt, the second's length the output length (unless
    // outputLen > 0), conversations shorter than 4 tokens either way or longer than 1024/2048 are
    // skipped. Taken in file order (no shuffle: runs are comparable), cycled when count exceeds them.
    static bool shareGpt(const QString &path, int count, int outputLen, QList<LoadTestPrompt> *prompts,
                         QString *error);

    // ~4 characters per token: what tokenizers average on English text.
    static int estimateTokens(const QString &text);
};

} // namespace AscendDeck
