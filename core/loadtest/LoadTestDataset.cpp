#include "LoadTestDataset.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace AscendDeck {

namespace {
const char *const kWords[] = {"the", "and", "for", "are", "but", "not", "you", "all", "any", "can",
                              "had", "her", "was", "one", "our", "out", "day", "get", "has", "him"};
constexpr int kWordCount = static_cast<int>(sizeof kWords / sizeof kWords[0]);

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
    for (int i = 0; i < count; ++i) {
        QStringList words{QString::number(i)};
        for (int w = 1; w < inputLen; ++w)
            words << QLatin1String(kWords[(i * 7 + w) % kWordCount]);
        prompts.append({words.join(QLatin1Char(' ')), inputLen, outputLen});
    }
    return prompts;
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
