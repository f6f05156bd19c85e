#include "LoadTestDataset.h"

#include <QFile>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
const char *const kWords[] = {"the", "and", "for", "are", "but", "not", "you", "all", "any", "can",
                              "had", "her", "was", "one", "our", "out", "day", "get", "has", "him"};
constexpr int kWordCount = static_cast<int>(sizeof kWords / sizeof kWords[0]);
constexpr quint32 kRandomSeed = 0; // vLLM's benchmark's default --seed

// Prompt number i of inputLen tokens: its number first, so no two share a prefix.
LoadTestPrompt numberedPrompt(int i, int inputLen, int outputLen)
{
    QStringList words{QString::number(i)};
    for (int w = 1; w < inputLen; ++w)
        words << QLatin1String(kWords[(i * 7 + w) % kWordCount]);
    return {words.join(QLatin1Char(' ')), inputLen, outputLen};
}

// The text a ShareGPT turn holds; empty when it is not {"value": "..."}.
QString turnText(const nlohmann::json &turn)
{
    const auto it = turn.is_object() ? turn.find("value") : turn.end();
    return it != turn.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool takeConversation(const nlohmann::json &entry, int outputLen, LoadTestPrompt *prompt)
{
    const auto turns = entry.is_object() ? entry.find("conversations") : entry.end();
    if (turns == entry.end() || !turns->is_array() || turns->size() < 2)
        return false;
    prompt->text = turnText(turns->at(0));
    const QString reply = turnText(turns->at(1));
    prompt->inputTokens = LoadTestDataset::estimateTokens(prompt->text);
    const int replyTokens = LoadTestDataset::estimateTokens(reply);
    prompt->outputTokens = outputLen > 0 ? outputLen : replyTokens;
    if (prompt->inputTokens < 4 || (outputLen <= 0 && replyTokens < 4))
        return false;
    return prompt->inputTokens <= 1024 && prompt->inputTokens + prompt->outputTokens <= 2048;
}
} // namespace

int LoadTestDataset::estimateTokens(const QString &text)
{
    return static_cast<int>((text.size() + 3) / 4);
}

QList<LoadTestPrompt> LoadTestDataset::fixed(int count, int inputLen, int outputLen)
{
    QList<LoadTestPrompt> prompts;
    prompts.reserve(count);
    for (int i = 0; i < count; ++i)
        prompts.append(numberedPrompt(i, inputLen, outputLen));
    return prompts;
}

QList<LoadTestPrompt> LoadTestDataset::random(int count, int inputMin, int inputMax, int outputMin, int outputMax)
{
    QRandomGenerator generator(kRandomSeed);
    QList<LoadTestPrompt> prompts;
    prompts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int inputLen = generator.bounded(inputMin, qMax(inputMin, inputMax) + 1);
        const int outputLen = generator.bounded(outputMin, qMax(outputMin, outputMax) + 1);
        prompts.append(numberedPrompt(i, inputLen, outputLen));
    }
    return prompts;
}

namespace {
// "MIN-MAX" with 1 <= MIN <= MAX.
bool parseRange(const QString &text, int *min, int *max)
{
    const QStringList bounds = text.split(QLatin1Char('-'));
    bool okMin = false, okMax = false;
    *min = bounds.value(0).toInt(&okMin);
    *max = bounds.value(1).toInt(&okMax);
    return bounds.size() == 2 && okMin && okMax && *min >= 1 && *min <= *max;
}
} // namespace

bool LoadTestDataset::parseSpec(const QString &spec, LoadTestConfig *config, QString *error)
{
    config->datasetPath.clear();
    config->inputLenMax = config->outputLenMax = 0;
    if (spec.isEmpty() || spec == QLatin1String("fixed"))
        return true;
    if (spec.startsWith(QLatin1String("random:"))) {
        const QStringList ranges = spec.mid(7).split(QLatin1Char(':'));
        int outMin = config->outputLen, outMax = config->outputLen;
        if (ranges.size() > 2 || !parseRange(ranges.at(0), &config->inputLen, &config->inputLenMax)
            || (ranges.size() == 2 && !parseRange(ranges.at(1), &outMin, &outMax))) {
            *error = tr("random:%1 is not MIN-MAX or MIN-MAX:OMIN-OMAX token lengths with 1 <= MIN <= MAX")
                         .arg(spec.mid(7));
            return false;
        }
        config->outputLen = outMin;
        config->outputLenMax = outMax;
        return true;
    }
    config->datasetPath = spec.startsWith(QLatin1String("sharegpt:")) ? spec.mid(9) : spec;
    if (config->datasetPath.isEmpty()) {
        *error = tr("sharegpt: needs a file, as in sharegpt:ShareGPT_V3.json");
        return false;
    }
    return true;
}

bool LoadTestDataset::build(const LoadTestConfig &config, int count, QList<LoadTestPrompt> *prompts, QString *error)
{
    if (!config.datasetPath.isEmpty())
        return shareGpt(config.datasetPath, count, config.outputLen, prompts, error);
    if (config.inputLenMax > 0 || config.outputLenMax > 0) {
        *prompts = random(count, config.inputLen, qMax(config.inputLen, config.inputLenMax), config.outputLen,
                          qMax(config.outputLen, config.outputLenMax));
        return true;
    }
    *prompts = fixed(count, config.inputLen, config.outputLen);
    return true;
}

bool LoadTestDataset::shareGpt(const QString &path, int count, int outputLen, QList<LoadTestPrompt> *prompts,
                               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    nlohmann::json doc;
    QString problem;
    try {
        doc = nlohmann::json::parse(data.constBegin(), data.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        problem = QString::fromUtf8(e.what());
    }
    if (!doc.is_array()) {
        *error = tr("%1 is not a ShareGPT JSON array: %2").arg(path, problem);
        return false;
    }
    QList<LoadTestPrompt> usable;
    for (const nlohmann::json &entry : doc) {
        LoadTestPrompt prompt;
        if (takeConversation(entry, outputLen, &prompt))
            usable.append(prompt);
    }
    if (usable.isEmpty()) {
        *error = tr("%1 holds no usable conversation (two turns, 4 to 1024 prompt tokens)").arg(path);
        return false;
    }
    prompts->clear();
    for (int i = 0; i < count; ++i)
        prompts->append(usable.at(i % usable.size()));
    return true;
}

} // namespace AscendDeck
