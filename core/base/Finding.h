#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace AscendDeck {

// One thing a check found: a preflight verdict, a conflict in the network plan, a rank-table or engine
// rule broken, a known failure in a log. Every producer fills the same fields and every view and CLI
// command shows them the same way. message is translated by the producer and stands on its own in a log
// (it names the server and NPU); code is stable, for scripts and tests, and never translated.
struct Finding
{
    // Info is a passed check or a note: what was verified, not what went wrong.
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;     // e.g. "driver.cann", "duplicate-address", "device-ip-hccn", "npu-oom"
    QString server;   // the server's address or user@host; empty for the cluster (or table) as a whole
    int npu = -1;     // NPU (device) index; -1 for the whole server
    QString field;    // what on the server it is about: a config path, or what a log pattern captured
    QString message;
    QString fix;      // what to do; empty when there is nothing to do
    QString evidence; // the text it rests on when there is one (the log line that matched, cut)
    int line = 0;     // 1-based line of the evidence in its log or file; 0 when none
    int count = 1;    // how often it was seen: a failure repeated by eight NPU workers is one finding

    Finding() = default;
    Finding(Severity severity_, QString code_, QString server_, int npu_, QString field_, QString message_,
            QString fix_ = QString());

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &other) const;
    bool operator!=(const Finding &other) const { return !(*this == other); }

    nlohmann::ordered_json toJson() const;
    // A JSON list of findings, one object per finding, as the CLI prints it.
    static QByteArray listToJson(const QList<Finding> &findings);
    static bool hasError(const QList<Finding> &findings);
    // The worst severity of the list (Info for an empty list).
    static Severity worst(const QList<Finding> &findings);
    static int countOf(const QList<Finding> &findings, Severity severity);
    // "error", "warning", "info": the JSON spelling, never translated.
    static QString severityName(Severity severity);
    // Findings that differ only in their server become one whose server lists them all ("a, b"): a rule
    // broken the same way on every server is one problem, not one per server.
    static QList<Finding> mergeServers(const QList<Finding> &findings);
};

} // namespace AscendDeck
