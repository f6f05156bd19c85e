#include "ChatBox.h"

#include "loadtest/LoadTestConfig.h"
#include "loadtest/LoadTestRequest.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace AscendDeck {

ChatBox::ChatBox(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("chatBox"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("chatUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://10.0.0.1:1025"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("chatModel"));
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("chatPrompt"));
    m_prompt->setPlainText(tr("Briefly introduce the Ascend 910B NPU."));
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 4);
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setRange(1, 32768);
    m_maxTokens->setValue(128);
    m_send = new QPushButton(tr("S&end"), this);
    m_send->setObjectName(QStringLiteral("chatSend"));
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("chatAnswer"));
    m_answer->setReadOnly(true);
    m_timing = new QLabel(this);
    m_timing->setObjectName(QStringLiteral("chatTiming"));

    auto *form = new QFormLayout;
    auto *service = new QHBoxLayout;
    service->addWidget(m_url, 2);
    service->addWidget(new QLabel(tr("Model:"), this));
    service->addWidget(m_model, 1);
    form->addRow(tr("Service:"), service);
    auto *ask = new QHBoxLayout;
    ask->addWidget(m_prompt, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Max tokens:"), this));
    side->addWidget(m_maxTokens);
    side->addWidget(m_send);
    side->addStretch();
    ask->addLayout(side);
    form->addRow(tr("Prompt:"), ask);
    form->addRow(tr("Answer:"), m_answer);
    form->addRow(QString(), m_timing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    connect(m_send, &QPushButton::clicked, this, &ChatBox::send);
}

ChatBox::~ChatBox()
{
    if (m_request)
        m_request->abort();
}

void ChatBox::setService(const QString &apiUrl, const QString &model)
{
    m_url->setText(apiUrl);
    m_model->setText(model);
}

void ChatBox::setPrompt(const QString &prompt)
{
    m_prompt->setPlainText(prompt);
}

void ChatBox::send()
{
    if (m_request) {
        m_request->abort();
        return;
    }
    LoadTestConfig config;
    config.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!config.url.isValid() || m_url->text().trimmed().isEmpty()) {
        m_timing->setText(tr("Enter the service address first, e.g. http://10.0.0.1:1025."));
        return;
    }
    LoadTestPrompt prompt;
    prompt.text = m_prompt->toPlainText();
    prompt.outputTokens = m_maxTokens->value();
    m_answer->clear();
    m_timing->setText(tr("Waiting for the first token..."));
    m_send->setText(tr("S&top"));
    m_request = new LoadTestRequest(0, prompt, this);
    connect(m_request, &LoadTestRequest::contentReceived, this, [this](int, const QString &text) {
        m_answer->moveCursor(QTextCursor::End);
        m_answer->insertPlainText(text);
    });
    connect(m_request, &LoadTestRequest::finished, this, [this](int, const RequestTiming &timing) { onFinished(timing); });
    m_clock.start();
    // ignoreEos false: a real question ends when the model says so.
    m_request->send(m_network, config.endpoint(), m_model->text().trimmed(), false, 600000, m_clock);
}

void ChatBox::onFinished(const RequestTiming &timing)
{
    m_request->deleteLater();
    m_request = nullptr;
    m_send->setText(tr("S&end"));
    if (!timing.success) {
        m_timing->setText(tr("Failed: %1").arg(timing.error));
        m_timing->setStyleSheet(QStringLiteral("color: #c62828"));
        emit finished(false);
        return;
    }
    m_timing->setStyleSheet(QString());
    const double decode = timing.e2el - timing.ttft;
    m_timing->setText(tr("First token after %1 ms; %2 tokens in %3 s; %4 tokens/s while generating")
                          .arg(timing.ttft * 1000, 0, 'f', 0)
                          .arg(timing.outputTokens)
                          .arg(timing.e2el, 0, 'f', 2)
                          .arg(decode > 0 && timing.outputTokens > 1 ? (timing.outputTokens - 1) / decode : 0.0, 0, 'f', 1));
    emit finished(true);
}

QString ChatBox::answer() const
{
    return m_answer->toPlainText();
}

QString ChatBox::timingText() const
{
    return m_timing->text();
}

} // namespace AscendDeck
