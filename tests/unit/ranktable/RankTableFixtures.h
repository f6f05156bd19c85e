#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

// Reading tests/fixtures/ranktable: files written by the reference scripts and the cases.tsv manifests
// that regenerate.sh writes next to them.
namespace RankTableFixtures {

inline QString path(const QString &relative)
{
    return QStringLiteral(RANKTABLE_FIXTURES "/") + relative;
}

inline QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// One row per line, columns split at tabs.
inline QList<QStringList> manifest(const QString &relative)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = read(relative).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(QLatin1Char('\t')));
    }
    return rows;
}

// Documentation copies (.jsonc) carry // and # comments and "..." elisions; none of them appear inside
// the strings of these samples, so dropping them leaves the JSON the documents describe.
inline QByteArray stripComments(const QByteArray &jsonc)
{
    static const QRegularExpression comment(QStringLiteral("\\s*(//|#).*$"));
    QStringList kept;
    const QStringList lines = QString::fromUtf8(jsonc).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.trimmed() == QLatin1String("..."))
            continue;
        kept.append(line.remove(comment));
    }
    return kept.join(QLatin1Char('\n')).toUtf8();
}

} // namespace RankTableFixtures
