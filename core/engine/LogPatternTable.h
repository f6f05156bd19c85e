#pragma once

#include "LogPattern.h"

#include <QCoreApplication>
#include <QList>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// The known engine and HCCL failures, as data: resources/diagnosis/patterns.json (from the seeds' field
// reports, the real MindIE logs in samples/real/, public vLLM-Ascend / GPUStack issues, Huawei's HCCL error
// codes and the lines tests/sim/engine prints). A lab adds its own file of the same form. Order matters: a
// line is attributed to the first pattern that matches, so the specific ones come before the generic ones.
class LogPatternTable
{
    Q_DECLARE_TR_FUNCTIONS(LogPatternTable)

public:
    // The built-in table, its cause and fix translated (their texts are in LogPatternTexts).
    static const QList<LogPattern> &patterns();
    // The built-in table untranslated, as the resource holds it.
    static QList<LogPattern> builtIn();

    // A pattern file: {"patterns": [{code, regex, severity, cause, fix[, engine, consequence]}]}. On a mistake returns
    // nothing and sets *error to "FILE: pattern N: field \"F\": what is wrong" (N counts from 0).
    static QList<LogPattern> fromJson(const QByteArray &data, const QString &fileName, QString *error);
    static QList<LogPattern> load(const QString &path, QString *error);
    // The lab's patterns first, then the built-in ones whose code the lab did not redefine.
    static QList<LogPattern> withLabPatterns(const QList<LogPattern> &lab);
    // Whether the built-in pattern of this code is marked "consequence".
    static bool isConsequence(const QString &code);

private:
    static QList<LogPattern> translated(QList<LogPattern> table);
    static LogPattern parsePattern(const nlohmann::json &entry, QString *problem);
    static QString textField(const nlohmann::json &entry, const char *name, bool required, QString *problem);
};

} // namespace AscendDeck
