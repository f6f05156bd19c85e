#include "DockerTableParser.h"

#include "ascend/TextLines.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace AscendDeck {

namespace {
struct Column
{
    QString name;
    qsizetype start = 0;
};

// Headings are separated by two or more spaces; a single space is part of a heading ("CONTAINER ID").
QList<Column> columnsOf(const QString &header)
{
    QList<Column> columns;
    static const QRegularExpression heading(QStringLiteral("\\S+(?: \\S+)*"));
    auto it = heading.globalMatch(header);
    while (it.hasNext()) {
        const auto match = it.next();
        columns.append({match.captured(0), match.capturedStart(0)});
    }
    return columns;
}
} // namespace

QList<DockerRow> DockerTableParser::parse(const QByteArray &data, ParseError *error)
{
    QList<TextLine> lines;
    if (!TextLines::split(data, &lines, error))
        return {};
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).text.trimmed().isEmpty())
        ++first;
    if (first == lines.size()) {
        TextLines::fail(error, 0, QCoreApplication::translate("DockerTableParser", "empty: no table header"));
        return {};
    }
    const TextLine &header = lines.at(first);
    const QList<Column> columns = columnsOf(header.text);
    if (columns.size() < 2 || columns.first().start != 0 || columns.first().name != columns.first().name.toUpper()) {
        TextLines::fail(error, header.number, QCoreApplication::translate("DockerTableParser", "not a docker table header: '%1'").arg(header.text.trimmed()));
        return {};
    }
    QList<DockerRow> rows;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QString &text = lines.at(i).text;
        if (text.trimmed().isEmpty())
            continue;
        DockerRow row;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const qsizetype start = columns.at(c).start;
            const qsizetype end = c + 1 < columns.size() ? columns.at(c + 1).start : text.size();
            row.insert(columns.at(c).name, start < text.size() ? text.mid(start, end - start).trimmed() : QString());
        }
        // Every row starts in the first column: an indented row belongs to some other output.
        if (text.at(0).isSpace() || row.value(columns.first().name).isEmpty()) {
            TextLines::fail(error, lines.at(i).number, QCoreApplication::translate("DockerTableParser", "row does not line up with the header: '%1'").arg(text.trimmed()));
            return {};
        }
        rows.append(row);
    }
    return rows;
}

} // namespace AscendDeck
