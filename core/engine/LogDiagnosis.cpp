#include "LogDiagnosis.h"

#include "LogPatternTable.h"

#include <QDir>

#include <algorithm>

namespace AscendDeck {

LogDiagnosis::LogDiagnosis() : LogDiagnosis(LogPatternTable::patterns())
{
}

LogDiagnosis::LogDiagnosis(QList<LogPattern> patterns) : m_patterns(std::move(patterns))
{
}

std::optional<Finding> LogDiagnosis::feedLine(const QString &line)
{
    ++m_lineNumber;
    for (const LogPattern &pattern : m_patterns) {
        const QRegularExpressionMatch match = pattern.regex.match(line);
        if (!match.hasMatch())
            continue;
        const auto seen = m_indexById.constFind(pattern.id);
        if (seen != m_indexById.constEnd()) {
            ++m_findings[*seen].count;
            return std::nullopt;
        }
        m_indexById.insert(pattern.id, int(m_findings.size()));
        m_findings << makeFinding(pattern, match, line);
        return m_findings.last();
    }
    return std::nullopt;
}

Finding LogDiagnosis::makeFinding(const LogPattern &pattern, const QRegularExpressionMatch &match,
                                     const QString &line) const
{
    Finding f;
    f.code = pattern.id;
    f.severity = pattern.severity;
    f.line = m_lineNumber;
    f.evidence = line.trimmed().left(kMaxLineShown);
    // What the pattern captured (a NIC name, a pid, a path) is the thing the finding is about.
    for (int i = 1; i <= match.lastCapturedIndex() && f.field.isEmpty(); ++i)
        f.field = match.captured(i);
    f.count = 1;
    f.message = pattern.cause;
    f.fix = pattern.fix;
    if (isOutsideConfiguredWeights(f))
        explainConfigNotUsed(&f, m_configuredWeightPath);
    return f;
}

bool LogDiagnosis::isOutsideConfiguredWeights(const Finding &finding) const
{
    if (finding.code != QLatin1String("weights-not-found") || m_configuredWeightPath.isEmpty()
        || !finding.field.startsWith(QLatin1Char('/')))
        return false;
    const QString root = QDir::cleanPath(m_configuredWeightPath);
    const QString missing = QDir::cleanPath(finding.field);
    return missing != root && !missing.startsWith(root + QLatin1Char('/'));
}

// Seen on the first MindIE launch: the container read the image's own conf/config.json (weights at
// /data/atb_testdata/...), so "mount your weights" sent the admin the wrong way.
void LogDiagnosis::explainConfigNotUsed(Finding *finding, const QString &configuredPath)
{
    finding->code = QStringLiteral("config-not-used");
    finding->message = tr("The engine looked for its weights at %1, not in the configured %2: it is not reading the "
                          "config.json AscendDeck generated.")
                           .arg(finding->field, configuredPath);
    finding->fix = tr("Check that the container mounts the generated config.json over the image's conf/config.json "
                      "(docker inspect shows the mounts) and that the file on the host is the generated one.");
}

QList<Finding> LogDiagnosis::feed(const QByteArray &chunk)
{
    QList<Finding> found;
    m_partial += chunk;
    qsizetype start = 0;
    for (qsizetype end = m_partial.indexOf('\n'); end >= 0; end = m_partial.indexOf('\n', start)) {
        QByteArray raw = m_partial.mid(start, end - start);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (auto finding = feedLine(QString::fromUtf8(raw)))
            found << *finding;
        start = end + 1;
    }
    m_partial.remove(0, start);
    return found;
}

QList<Finding> LogDiagnosis::finish()
{
    if (m_partial.isEmpty())
        return {};
    const QByteArray rest = m_partial + '\n';
    m_partial.clear();
    return feed(rest);
}

bool LogDiagnosis::hasError() const
{
    return std::any_of(m_findings.begin(), m_findings.end(), [](const Finding &f) { return f.isError(); });
}

} // namespace AscendDeck
