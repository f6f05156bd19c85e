#include "LoadTestDataset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AscendDeck {

namespace {
const char *const kWords[] = {"the", "and", "for", "are", "but", "not", "you", "all", "any", "can",
                              "had", "her", "was", "one", "our", "out", "day", "get", "has", "him"};
constexpr int kWordCount = static_cast<int>(sizeof kWords / sizeof kWords[0]);

bool takeConversation(const QJsonObject &entry, int outputLen, LoadTestPrompt *prompt)
{
    const QJsonArray turns = entry.value(QStringLiteral("conversations")).toArray();
    if (turns.size() < 2)
        return false;
    prompt->text = turns.at(0).toObject().value(QStringLiteral("value")).toString();
    const QString reply = turns.at(1).toObject().value(QStringLiteral("value")).toString();
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
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray()) {
        *error = tr("%1 is not a ShareGPT JSON array: %2").arg(path, parseError.errorString());
        return false;
    }
    QList<LoadTestPrompt> usable;
    const QJsonArray entries = doc.array();
    for (const QJsonValue &entry : entries) {
        LoadTestPrompt prompt;
        if (takeConversation(entry.toObject(), outputLen, &prompt))
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
