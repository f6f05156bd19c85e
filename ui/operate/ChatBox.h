#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace AscendDeck {

class LoadTestRequest;
struct RequestTiming;

// The smoke test: one streaming chat request to the service, the answer as it arrives, and its timing
// (time to first token, tokens, tokens/s), the first thing to try after a launch.
class ChatBox : public QWidget
{
    Q_OBJECT
public:
    explicit ChatBox(QWidget *parent = nullptr);
    ~ChatBox() override;

    void setService(const QString &apiUrl, const QString &model);
    void setPrompt(const QString &prompt);
    void send();
    QString answer() const;
    QString timingText() const;
    bool isBusy() const { return !m_request.isNull(); }

signals:
    void finished(bool success);

private:
    void onFinished(const RequestTiming &timing);

    QNetworkAccessManager *m_network;
    QPointer<LoadTestRequest> m_request;
    QElapsedTimer m_clock;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QPushButton *m_send = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_timing = nullptr;
};

} // namespace AscendDeck
