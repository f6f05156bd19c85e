#include "TopologyDiagram.h"

#include <QPainter>
#include <QPainterPath>

namespace AscendDeck {

TopologyDiagram::TopologyDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyDiagram"));
    setMinimumSize(260, 120);
}

void TopologyDiagram::setTopology(HccnTopology topology)
{
    m_topology = topology;
    update();
}

void TopologyDiagram::setServerCount(int count)
{
    m_servers = qBound(1, count, 8);
    update();
}

QSize TopologyDiagram::sizeHint() const
{
    return {320, 140};
}

void TopologyDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int count = m_servers;
    const qreal w = width();
    const qreal boxW = qMin<qreal>(60, w / (count * 1.6));
    const qreal boxH = 26;
    const qreal topY = 10;
    const qreal bottomY = height() - boxH - 10;
    const QColor link = palette().color(QPalette::Highlight);
    // Servers along the top; their NPU port rows are implied by the box.
    QList<QRectF> boxes;
    for (int i = 0; i < count; ++i) {
        const qreal x = (i + 0.5) * w / count - boxW / 2;
        boxes << QRectF(x, topY, boxW, boxH);
    }
    p.setPen(QPen(link, 2));
    if (m_topology == HccnTopology::FibrePairs) {
        for (int i = 0; i + 1 < count; i += 2) {
            const QPointF a = boxes.at(i).center() + QPointF(0, boxH / 2);
            const QPointF b = boxes.at(i + 1).center() + QPointF(0, boxH / 2);
            const QPointF mid((a.x() + b.x()) / 2, bottomY);
            QPainterPath path(a);
            path.quadTo(mid, b);
            p.drawPath(path);
        }
    } else {
        const QRectF device(w / 2 - 70, bottomY, 140, boxH);
        for (const QRectF &box : boxes)
            p.drawLine(box.center() + QPointF(0, boxH / 2), device.center() - QPointF(0, boxH / 2));
        p.setPen(palette().color(QPalette::WindowText));
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(device, 4, 4);
        p.drawText(device, Qt::AlignCenter, m_topology == HccnTopology::Switch ? tr("RoCE switch (L2)") : tr("router (L3)"));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.setBrush(palette().color(QPalette::Base));
    for (int i = 0; i < boxes.size(); ++i) {
        p.drawRoundedRect(boxes.at(i), 4, 4);
        p.drawText(boxes.at(i), Qt::AlignCenter, tr("server %1").arg(i + 1));
    }
}

} // namespace AscendDeck
