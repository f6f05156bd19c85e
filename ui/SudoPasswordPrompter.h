#pragma once

#include "remote/SudoPasswordRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWidget;

namespace AscendDeck {

class Deployment;
class SecretStore;

// Supplies the sudo passwords of servers whose sudo mode is "password": asked once per server on the GUI
// thread (the session that needs it waits; its other commands and the other servers go on), then kept in
// memory for the run and, when the user ticks "Remember", in the deployment's secret store. A password sudo refused is
// forgotten and asked again. Tests pre-answer through setNextAnswers, so the real path runs without a
// modal dialog.
class SudoPasswordPrompter : public QObject
{
    Q_OBJECT
public:
    SudoPasswordPrompter(QWidget *dialogParent, Deployment *deployment, QObject *parent = nullptr);

    SudoPasswordHandler handler();
    // Answers for the next prompts, in order (an empty string declines); "remember" as if ticked.
    static void setNextAnswers(const QStringList &answers, bool remember = false);
    int promptCount() const { return m_prompts; }

private:
    std::optional<QString> answer(const SudoPasswordRequest &request);
    std::optional<QString> ask(const SudoPasswordRequest &request, bool *remember);

    QPointer<QWidget> m_dialogParent;
    SecretStore *store() const;

    Deployment *m_deployment;
    QHash<QString, QString> m_known; // per server (pool key): the password given this run
    int m_prompts = 0;
};

} // namespace AscendDeck
