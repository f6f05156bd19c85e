#include "NpuOverview.h"

#include "monitor/ClusterSamples.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace AscendDeck {

namespace {
constexpr int kTile = 18;
constexpr int kGap = 3;
constexpr int kRowHeight = kTile + 6;
constexpr int kColumnGap = 18;

QColor healthColor(NpuHealth health)
{
    switch (health) {
    case NpuHealth::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case NpuHealth::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case NpuHealth::Alarm:
    case NpuHealth::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case NpuHealth::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString figure(float value, const char *format)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::asprintf(format, double(value));
}
} // namespace

NpuOverview::NpuOverview(const ClusterSamples *samples, QWidget *parent)
    : QWidget(parent)
    , m_samples(samples)
{
    setObjectName(QStringLiteral("npuOverview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(false);
    measure();
}

void NpuOverview::setSelectedServer(int server)
{
    m_selected = server;
    update();
}

int NpuOverview::tilesPerRow() const
{
    return m_tilesPerRow;
}

int NpuOverview::rowWidth() const
{
    return m_rowWidth;
}

// Row geometry depends on the names and NPU counts only: measured when they change, not per tile painted
// (measuring text per tile made a 32-server paint take half a second).
void NpuOverview::measure()
{
    int tiles = 8;
    int label = fontMetrics().averageCharWidth() * 12;
    for (int s = 0; s < m_samples->serverCount(); ++s) {
        tiles = qMax(tiles, m_samples->seriesCount(s));
        label = qMax(label, fontMetrics().horizontalAdvance(m_samples->serverName(s)) + 12);
    }
    // Wide enough for the longest server name, up to 32 characters' worth (longer ones are elided).
    m_tilesPerRow = tiles;
    m_rowWidth = qMin(label, fontMetrics().averageCharWidth() * 32) + tiles * (kTile + kGap);
}

int NpuOverview::columnsFor(int width) const
{
    return qMax(1, (width + kColumnGap) / (rowWidth() + kColumnGap));
}

int NpuOverview::heightForWidth(int width) const
{
    const int columns = columnsFor(width);
    const int rows = (m_samples->serverCount() + columns - 1) / columns;
    return qMax(1, rows) * kRowHeight + 4;
}

QSize NpuOverview::sizeHint() const
{
    return {rowWidth() * 2 + kColumnGap, heightForWidth(rowWidth() * 2 + kColumnGap)};
}

QSize NpuOverview::minimumSizeHint() const
{
    return {rowWidth(), kRowHeight * qMin(4, qMax(1, m_samples->serverCount()))};
}

// Servers fill the first column top to bottom, then the next, so that neighbours in the list stay close.
QRect NpuOverview::rowRect(int server) const
{
    const int columns = columnsFor(width());
    const int rows = qMax(1, (m_samples->serverCount() + columns - 1) / columns);
    const int column = server / rows;
    const int row = server % rows;
    return {column * (rowWidth() + kColumnGap), 2 + row * kRowHeight, rowWidth(), kRowHeight};
}

QRect NpuOverview::tileRect(int server, int series) const
{
    const QRect row = rowRect(server);
    const int x = row.right() - tilesPerRow() * (kTile + kGap) + series * (kTile + kGap) + 1;
    return {x, row.top() + (kRowHeight - kTile) / 2, kTile, kTile};
}

QColor NpuOverview::tileColor(int server, int series) const
{
    const std::optional<NpuSample> sample = m_samples->latest(server, series);
    if (!sample || sample->gap || !m_samples->isAnswering(server))
        return healthColor(NpuHealth::Unknown);
    return healthColor(sample->health);
}

void NpuOverview::refresh()
{
    int series = 0;
    for (int s = 0; s < m_samples->serverCount(); ++s)
        series += m_samples->seriesCount(s);
    if (series != m_measuredSeries || m_samples->serverCount() != m_measuredServers) {
        m_measuredSeries = series;
        m_measuredServers = m_samples->serverCount();
        measure();
    }
    if (heightForWidth(width()) != height())
        updateGeometry();
    update();
}

void NpuOverview::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect dirty = event->rect();
    for (int server = 0; server < m_samples->serverCount(); ++server) {
        const QRect row = rowRect(server);
        if (!row.intersects(dirty))
            continue;
        if (server == m_selected)
            painter.fillRect(row, palette().highlight().color().lighter(170));
        const QRect label(row.left() + 4, row.top(), row.width() - tilesPerRow() * (kTile + kGap) - 8, row.height());
        painter.setPen(palette().text().color());
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(m_samples->serverName(server), Qt::ElideMiddle, label.width()));
        for (int series = 0; series < m_samples->seriesCount(server); ++series) {
            const QRect tile = tileRect(server, series);
            const QColor color = tileColor(server, series);
            // A silent server's tiles are plain grey, so that they stand out among the coloured ones.
            const bool silent = !m_samples->isAnswering(server);
            painter.fillRect(tile, silent ? color.lighter(125) : color.lighter(185));
            const std::optional<NpuSample> sample = m_samples->latest(server, series);
            const float percent = sample ? sample->hbmPercent() : std::nanf("");
            if (!std::isnan(percent) && m_samples->isAnswering(server)) {
                const int fill = qBound(1, int(std::lround(tile.height() * percent / 100.0f)), tile.height());
                painter.fillRect(QRect(tile.left(), tile.bottom() - fill + 1, tile.width(), fill), color);
            }
            painter.setPen(color.darker(130));
            painter.drawRect(tile.adjusted(0, 0, -1, -1));
        }
    }
}

int NpuOverview::serverAt(const QPoint &pos, int *series) const
{
    for (int server = 0; server < m_samples->serverCount(); ++server) {
        if (!rowRect(server).contains(pos))
            continue;
        *series = -1;
        for (int s = 0; s < m_samples->seriesCount(server); ++s) {
            if (tileRect(server, s).adjusted(-1, -3, 1, 3).contains(pos))
                *series = s;
        }
        return server;
    }
    return -1;
}

QString NpuOverview::describeAt(const QPoint &pos) const
{
    int series = -1;
    const int server = serverAt(pos, &series);
    if (server < 0)
        return {};
    if (series < 0)
        return m_samples->isAnswering(server) ? m_samples->serverName(server)
                                              : tr("%1: not answering").arg(m_samples->serverName(server));
    const std::optional<NpuSample> s = m_samples->latest(server, series);
    if (!s || s->gap)
        return tr("%1 NPU %2: no reading").arg(m_samples->serverName(server)).arg(m_samples->npuId(server, series));
    return tr("%1 NPU %2 chip %3\nHealth: %4\nHBM: %5 / %6 MB\nAI Core: %7 %\nTemperature: %8 °C\nPower: %9 W")
        .arg(m_samples->serverName(server))
        .arg(m_samples->npuId(server, series))
        .arg(m_samples->chipId(server, series))
        .arg(NpuSample::healthName(s->health), figure(s->hbmUsedMb, "%.0f"), figure(s->hbmTotalMb, "%.0f"),
             figure(s->aiCorePercent, "%.0f"), figure(s->temperatureC, "%.0f"), figure(s->powerW, "%.1f"));
}

void NpuOverview::mousePressEvent(QMouseEvent *event)
{
    int series = -1;
    const int server = serverAt(event->position().toPoint(), &series);
    if (server >= 0) {
        setSelectedServer(server);
        emit serverClicked(server);
    }
}

bool NpuOverview::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace AscendDeck
