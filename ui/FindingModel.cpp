#include "FindingModel.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace AscendDeck {

QColor FindingModel::colourOf(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return {0xc6, 0x28, 0x28};
    case Finding::Severity::Warning: return {0xe6, 0x51, 0x00};
    case Finding::Severity::Info: return {0x2e, 0x7d, 0x32};
    }
    return {};
}

namespace {
QIcon iconOf(Finding::Severity severity)
{
    const QStyle *style = QApplication::style();
    if (!style)
        return {};
    switch (severity) {
    case Finding::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

FindingModel::FindingModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void FindingModel::setFindings(const QList<Finding> &findings)
{
    const int before = static_cast<int>(m_findings.size());
    const int after = static_cast<int>(findings.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_findings.resize(after);
        endRemoveRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < std::min(before, after); ++row) {
        if (m_findings.at(row) == findings.at(row))
            continue;
        m_findings[row] = findings.at(row);
        firstChanged = firstChanged < 0 ? row : firstChanged;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_findings += findings.mid(before);
        endInsertRows();
    }
}

bool FindingModel::isColumnUsed(int column) const
{
    return std::any_of(m_findings.begin(), m_findings.end(),
                       [this, column](const Finding &f) { return !displayText(f, column).isEmpty(); });
}

QString FindingModel::text() const
{
    QStringList lines;
    for (const Finding &finding : m_findings)
        lines << lineText(finding);
    return lines.join(QLatin1Char('\n'));
}

QString FindingModel::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return tr("Error");
    case Finding::Severity::Warning: return tr("Warning");
    case Finding::Severity::Info: return tr("Info");
    }
    return {};
}

// "Error [code] server NPU 3 (field): message Fix: fix": what a row says, on one line.
QString FindingModel::lineText(const Finding &f)
{
    QString line = severityText(f.severity) + QStringLiteral(" [") + f.code + QLatin1Char(']');
    if (!f.server.isEmpty())
        line += QLatin1Char(' ') + f.server;
    if (f.npu >= 0)
        line += QLatin1Char(' ') + tr("NPU %1").arg(f.npu);
    if (!f.field.isEmpty())
        line += QStringLiteral(" (") + f.field + QLatin1Char(')');
    line += QStringLiteral(": ") + f.message;
    if (!f.fix.isEmpty())
        line += QLatin1Char(' ') + tr("Fix: %1").arg(f.fix);
    if (!f.evidence.isEmpty())
        line += QLatin1Char(' ') + tr("(line %1: %2)").arg(f.line).arg(f.evidence);
    return line;
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingModel::displayText(const Finding &f, int column) const
{
    switch (column) {
    case SeverityColumn: return f.count > 1 ? tr("%1 (%2×)").arg(severityText(f.severity)).arg(f.count) : severityText(f.severity);
    case ServerColumn: return f.server;
    case NpuColumn: return f.npu >= 0 ? QString::number(f.npu) : QString();
    case FieldColumn: return f.field;
    case MessageColumn: return f.message;
    case FixColumn: return f.fix;
    default: return {};
    }
}

// Rich text, so that Qt wraps it instead of drawing one line as wide as the message.
QString FindingModel::toolTip(const Finding &f)
{
    QString where = f.server.isEmpty() ? tr("all servers") : f.server.toHtmlEscaped();
    if (f.npu >= 0)
        where += QLatin1Char(' ') + tr("NPU %1").arg(f.npu);
    if (!f.field.isEmpty())
        where += QStringLiteral(", ") + f.field.toHtmlEscaped();
    QString html = QStringLiteral("<p><b>%1</b> <tt>[%2]</tt> %3</p><p>%4</p>")
                       .arg(severityText(f.severity), f.code.toHtmlEscaped(), where, f.message.toHtmlEscaped());
    if (!f.fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), f.fix.toHtmlEscaped());
    if (!f.evidence.isEmpty())
        html += QStringLiteral("<p><tt>%1</tt></p>").arg(tr("line %1: %2").arg(f.line).arg(f.evidence.toHtmlEscaped()));
    return html;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(f, index.column());
    case Qt::ToolTipRole: return toolTip(f);
    case Qt::DecorationRole: return index.column() == SeverityColumn ? QVariant(iconOf(f.severity)) : QVariant();
    case Qt::ForegroundRole: return index.column() == SeverityColumn ? QVariant(colourOf(f.severity)) : QVariant();
    case SeverityRole: return static_cast<int>(f.severity);
    case CodeRole: return f.code;
    default: return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ServerColumn: return tr("Server");
    case NpuColumn: return tr("NPU");
    case FieldColumn: return tr("Field");
    case MessageColumn: return tr("Message");
    case FixColumn: return tr("Fix");
    default: return {};
    }
}

} // namespace AscendDeck
