#include "FindingView.h"

#include "FindingModel.h"

#include <QHeaderView>
#include <QPainter>

namespace AscendDeck {

FindingView::FindingView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new FindingModel(this))
    , m_placeholder(tr("No problems found."))
{
    setModel(m_model);
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    for (int column = 0; column < FindingModel::ColumnCount; ++column) {
        const bool text = column == FindingModel::MessageColumn || column == FindingModel::FixColumn;
        header()->setSectionResizeMode(column, text ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FindingView::updateColumns);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FindingView::updateColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FindingView::updateColumns);
    updateColumns();
}

void FindingView::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
}

void FindingView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

// Severity and message always; the others only when some finding has them.
void FindingView::updateColumns()
{
    for (int column = 0; column < FindingModel::ColumnCount; ++column) {
        const bool always = column == FindingModel::SeverityColumn || column == FindingModel::MessageColumn;
        setColumnHidden(column, !always && !m_model->isColumnUsed(column));
    }
    viewport()->update();
}

void FindingView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_model->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().placeholderText().color());
    painter.drawText(viewport()->rect().adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace AscendDeck
