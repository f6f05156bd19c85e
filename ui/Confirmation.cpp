#include "Confirmation.h"

#include <QMessageBox>

namespace AscendDeck {

namespace {
std::optional<bool> g_nextAnswer;
QString g_lastDetails;
} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    g_lastDetails = details;
    if (g_nextAnswer)
        return *g_nextAnswer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmationDialog"));
    box.setDetailedText(details);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void Confirmation::setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

QString Confirmation::lastDetails()
{
    return g_lastDetails;
}

} // namespace AscendDeck
