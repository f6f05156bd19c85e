#include "EngineLogView.h"

#include "ScrollFollower.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace AscendDeck {

EngineLogView::EngineLogView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("engineLogView"));
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("logServerFilter"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("logTextFilter"));
    m_text->setPlaceholderText(tr("Filter lines (e.g. ERROR, HCCL)"));
    m_text->setClearButtonEnabled(true);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("engineLog"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_follower = new ScrollFollower(m_view);

    auto *filters = new QHBoxLayout;
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    filters->addWidget(serverLabel);
    filters->addWidget(m_server);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_server, &QComboBox::currentIndexChanged, this, &EngineLogView::refilter);
    connect(m_text, &QLineEdit::textChanged, this, &EngineLogView::refilter);
    setServers({});
}

void EngineLogView::setServers(const QStringList &names)
{
    m_names = names;
    const QSignalBlocker block(m_server);
    m_server->clear();
    m_server->addItem(tr("All servers"), -1);
    for (int i = 0; i < names.size(); ++i)
        m_server->addItem(names.at(i), i);
    refilter();
}

void EngineLogView::addLine(int server, const QString &line)
{
    m_lines.push_back({server, line});
    if (m_lines.size() > size_t(kMaxLines))
        m_lines.pop_front();
    if (accepts(m_lines.back()))
        m_view->appendPlainText(format(m_lines.back()));
}

void EngineLogView::clear()
{
    m_lines.clear();
    m_view->clear();
}

void EngineLogView::setServerFilter(int server)
{
    const int index = m_server->findData(server);
    m_server->setCurrentIndex(qMax(0, index));
}

int EngineLogView::serverFilter() const
{
    return m_server->currentData().toInt();
}

void EngineLogView::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

QStringList EngineLogView::visibleLines() const
{
    QStringList lines;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.text().isEmpty() || block.next().isValid())
            lines << block.text();
    }
    return lines;
}

bool EngineLogView::accepts(const Line &line) const
{
    const int server = serverFilter();
    if (server >= 0 && line.server != server)
        return false;
    return m_text->text().isEmpty() || line.text.contains(m_text->text(), Qt::CaseInsensitive);
}

QString EngineLogView::format(const Line &line) const
{
    // Prefixed by server only when several are shown together.
    if (serverFilter() >= 0)
        return line.text;
    return m_names.value(line.server, QString::number(line.server)) + QStringLiteral(" | ") + line.text;
}

void EngineLogView::refilter()
{
    QStringList shown;
    for (const Line &line : m_lines) {
        if (accepts(line))
            shown << format(line);
    }
    m_view->setPlainText(shown.join(QLatin1Char('\n')));
    m_view->moveCursor(QTextCursor::End);
    m_view->moveCursor(QTextCursor::StartOfLine); // newest line in view, read from its start
    m_view->horizontalScrollBar()->setValue(0);
    m_follower->follow();
}

} // namespace AscendDeck
