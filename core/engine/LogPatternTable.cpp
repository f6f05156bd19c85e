#include "LogPatternTable.h"

#include <QFile>
#include <QSet>

namespace AscendDeck {

namespace {
const char kBuiltInPath[] = ":/ascenddeck/diagnosis/patterns.json";

// A problem found in one field; fromJson adds the file and the pattern index.
QString fieldProblem(const char *field, const QString &what)
{
    return LogPatternTable::tr("field \"%1\": %2").arg(QString::fromLatin1(field), what);
}
} // namespace

const QList<LogPattern> &LogPatternTable::patterns()
{
    static const QList<LogPattern> table = translated(builtIn());
    return table;
}

QList<LogPattern> LogPatternTable::builtIn()
{
    QString error;
    const QList<LogPattern> table = load(QString::fromLatin1(kBuiltInPath), &error);
    // The resource is compiled in and tst_logdiagnosis parses it: a broken one is a build defect.
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return table;
}

// The built-in texts are the source texts of the "LogPatternTable" context; a lab's own texts have no
// translation and stay as written.
QList<LogPattern> LogPatternTable::translated(QList<LogPattern> table)
{
    for (LogPattern &pattern : table) {
        pattern.cause = QCoreApplication::translate("LogPatternTable", pattern.cause.toUtf8().constData());
        pattern.fix = QCoreApplication::translate("LogPatternTable", pattern.fix.toUtf8().constData());
    }
    return table;
}

QList<LogPattern> LogPatternTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return {};
    }
    return fromJson(file.readAll(), path, error);
}

QList<LogPattern> LogPatternTable::fromJson(const QByteArray &data, const QString &fileName, QString *error)
{
    const nlohmann::json doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false, true);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("patterns") || !doc.at("patterns").is_array()) {
        *error = tr("%1: not a pattern file (a JSON object with a \"patterns\" array)").arg(fileName);
        return {};
    }
    QList<LogPattern> table;
    QSet<QString> codes;
    const nlohmann::json &entries = doc.at("patterns");
    for (size_t i = 0; i < entries.size(); ++i) {
        QString problem;
        LogPattern pattern = parsePattern(entries.at(i), &problem);
        if (problem.isEmpty() && codes.contains(pattern.id))
            problem = fieldProblem("code", tr("\"%1\" is used by an earlier pattern").arg(pattern.id));
        if (!problem.isEmpty()) {
            *error = tr("%1: pattern %2: %3").arg(fileName).arg(i).arg(problem);
            return {};
        }
        codes.insert(pattern.id);
        table << pattern;
    }
    error->clear();
    return table;
}

LogPattern LogPatternTable::parsePattern(const nlohmann::json &entry, QString *problem)
{
    LogPattern pattern;
    if (!entry.is_object()) {
        *problem = tr("not a JSON object");
        return pattern;
    }
    pattern.id = textField(entry, "code", true, problem);
    const QString regex = textField(entry, "regex", true, problem);
    const QString severity = textField(entry, "severity", true, problem);
    pattern.cause = textField(entry, "cause", true, problem);
    pattern.fix = textField(entry, "fix", true, problem);
    pattern.engine = textField(entry, "engine", false, problem);
    if (!problem->isEmpty())
        return pattern;
    if (pattern.engine.isEmpty())
        pattern.engine = QStringLiteral("any");
    const auto consequence = entry.find("consequence");
    if (consequence != entry.end() && !consequence->is_boolean())
        *problem = fieldProblem("consequence", tr("must be true or false"));
    else
        pattern.consequence = consequence != entry.end() && consequence->get<bool>();
    pattern.regex = QRegularExpression(regex);
    if (!problem->isEmpty())
        return pattern;
    if (!pattern.regex.isValid())
        *problem = fieldProblem("regex", tr("not a valid regular expression: %1").arg(pattern.regex.errorString()));
    else if (severity == QLatin1String("error"))
        pattern.severity = LogPattern::Severity::Error;
    else if (severity == QLatin1String("warning"))
        pattern.severity = LogPattern::Severity::Warning;
    else if (severity == QLatin1String("info"))
        pattern.severity = LogPattern::Severity::Info;
    else
        *problem = fieldProblem("severity", tr("\"%1\" is not error, warning or info").arg(severity));
    return pattern;
}

// The first problem wins, so later fields are read but not reported.
QString LogPatternTable::textField(const nlohmann::json &entry, const char *name, bool required, QString *problem)
{
    const auto it = entry.find(name);
    if (it == entry.end() || it->is_null()) {
        if (required && problem->isEmpty())
            *problem = fieldProblem(name, tr("missing"));
        return {};
    }
    if (!it->is_string() || (required && it->get<std::string>().empty())) {
        if (problem->isEmpty())
            *problem = fieldProblem(name, tr("must be a non-empty string"));
        return {};
    }
    return QString::fromStdString(it->get<std::string>());
}

bool LogPatternTable::isConsequence(const QString &code)
{
    for (const LogPattern &pattern : patterns()) {
        if (pattern.id == code)
            return pattern.consequence;
    }
    return false;
}

QList<LogPattern> LogPatternTable::withLabPatterns(const QList<LogPattern> &lab)
{
    QSet<QString> labCodes;
    for (const LogPattern &pattern : lab)
        labCodes.insert(pattern.id);
    QList<LogPattern> table = lab;
    for (const LogPattern &pattern : patterns()) {
        if (!labCodes.contains(pattern.id))
            table << pattern;
    }
    return table;
}

} // namespace AscendDeck
