#pragma once

#include "LogPattern.h"

#include "base/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace AscendDeck {

// Reads an engine's log as it streams and names the known failures in it. Each pattern is reported once,
// on its first line; later lines of the same pattern only raise its count, so a failure repeated by eight
// NPU workers is one finding, not eight.
class LogDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(LogDiagnosis)

public:
    LogDiagnosis(); // with LogPatternTable::patterns()
    explicit LogDiagnosis(QList<LogPattern> patterns);

    // Where the engine's own config tells it to read the weights (MindIE's modelWeightPath, in the container).
    // A missing file elsewhere means the engine is not reading that config: a finding of its own
    // ("config-not-used"), because the usual fix for missing weights (mount them) would not help.
    void setConfiguredWeightPath(const QString &containerPath) { m_configuredWeightPath = containerPath; }

    // One line without its newline. Returns the finding when this line is its pattern's first.
    std::optional<Finding> feedLine(const QString &line);
    // A chunk as it came off the wire; a line cut at the end of the chunk waits for the rest.
    QList<Finding> feed(const QByteArray &chunk);
    // The last line when the stream ended without a newline.
    QList<Finding> finish();

    // Every pattern seen, in the order first seen, with counts.
    QList<Finding> findings() const { return m_findings; }
    bool hasError() const;
    int linesRead() const { return m_lineNumber; }

    static constexpr int kMaxLineShown = 400;

private:
    Finding makeFinding(const LogPattern &pattern, const QRegularExpressionMatch &match, const QString &line) const;
    bool isOutsideConfiguredWeights(const Finding &finding) const;
    static void explainConfigNotUsed(Finding *finding, const QString &configuredPath);

    QList<LogPattern> m_patterns;
    QList<Finding> m_findings;
    QHash<QString, int> m_indexById;
    QString m_configuredWeightPath;
    QByteArray m_partial;
    int m_lineNumber = 0;
};

} // namespace AscendDeck
