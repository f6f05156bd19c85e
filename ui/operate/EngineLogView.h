#pragma once

#include <QStringList>
#include <QWidget>

#include <deque>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace AscendDeck {

class ScrollFollower;

// Every server's engine log in one view, as the lines stream in, with a per-server filter and a text
// filter. The last kMaxLines lines are kept, so that changing the filter shows the history, not only
// what arrives afterwards.
class EngineLogView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 20000;

    explicit EngineLogView(QWidget *parent = nullptr);

    void setServers(const QStringList &names);
    void addLine(int server, const QString &line);
    void clear();

    // -1 shows every server.
    void setServerFilter(int server);
    int serverFilter() const;
    void setTextFilter(const QString &text);
    // The lines the view shows now, as shown.
    QStringList visibleLines() const;

private:
    struct Line
    {
        int server;
        QString text;
    };

    bool accepts(const Line &line) const;
    QString format(const Line &line) const;
    void refilter();

    QStringList m_names;
    std::deque<Line> m_lines;
    QComboBox *m_server = nullptr;
    QLineEdit *m_text = nullptr;
    QPlainTextEdit *m_view = nullptr;
    ScrollFollower *m_follower = nullptr;
};

} // namespace AscendDeck
