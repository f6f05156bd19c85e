#include "SudoPasswordPrompter.h"

#include "deployment/Deployment.h"
#include "remote/SecretStore.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QThread>

namespace AscendDeck {

namespace {
QStringList g_answers;
bool g_remember = false;
} // namespace

SudoPasswordPrompter::SudoPasswordPrompter(QWidget *dialogParent, Deployment *deployment, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_deployment(deployment)
{
}

SecretStore *SudoPasswordPrompter::store() const
{
    return m_deployment->secrets();
}

void SudoPasswordPrompter::setNextAnswers(const QStringList &answers, bool remember)
{
    g_answers = answers;
    g_remember = remember;
}

SudoPasswordHandler SudoPasswordPrompter::handler()
{
    QPointer<SudoPasswordPrompter> self(this);
    return [self](const SudoPasswordRequest &request) -> std::optional<QString> {
        if (!self)
            return std::nullopt;
        std::optional<QString> password;
        // Only the asking session's thread waits for the GUI thread's answer.
        const auto type = QThread::currentThread() == self->thread() ? Qt::DirectConnection : Qt::BlockingQueuedConnection;
        QMetaObject::invokeMethod(self.data(), [&] { password = self->answer(request); }, type);
        return password;
    };
}

// The password known for the server (this run's, then the remembered one) unless sudo refused it; else asked.
std::optional<QString> SudoPasswordPrompter::answer(const SudoPasswordRequest &request)
{
    const QString key = request.target.poolKey();
    if (request.previousWasWrong) {
        m_known.remove(key);
        store()->remove(SecretStore::Kind::SudoPassword, request.target);
    } else if (m_known.contains(key)) {
        return m_known.value(key);
    } else if (const auto remembered = store()->read(SecretStore::Kind::SudoPassword, request.target)) {
        return remembered;
    }
    bool remember = false;
    const std::optional<QString> password = ask(request, &remember);
    if (!password)
        return std::nullopt;
    m_known.insert(key, *password);
    if (remember)
        store()->write(SecretStore::Kind::SudoPassword, request.target, *password);
    return password;
}

std::optional<QString> SudoPasswordPrompter::ask(const SudoPasswordRequest &request, bool *remember)
{
    ++m_prompts;
    if (!g_answers.isEmpty()) {
        const QString given = g_answers.takeFirst();
        *remember = g_remember;
        return given.isEmpty() ? std::nullopt : std::optional<QString>(given);
    }
    QDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("sudoPasswordDialog"));
    dialog.setWindowTitle(tr("sudo password"));
    auto *form = new QFormLayout(&dialog);
    auto *text = new QLabel(request.previousWasWrong
                                ? tr("sudo on %1 refused the password for '%2'. Try again:").arg(request.target.displayName(), request.loginUser)
                                : tr("sudo on %1 asks for the password of '%2':").arg(request.target.displayName(), request.loginUser),
                            &dialog);
    text->setWordWrap(true);
    auto *edit = new QLineEdit(&dialog);
    edit->setEchoMode(QLineEdit::Password);
    auto *keep = new QCheckBox(store()->persistent() ? tr("Remember it in the system keyring")
                                                                  : tr("Remember it until AscendDeck quits (no system keyring)"),
                               &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(text);
    form->addRow(tr("Password:"), edit);
    form->addRow(keep);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || edit->text().isEmpty())
        return std::nullopt;
    *remember = keep->isChecked();
    return edit->text();
}

} // namespace AscendDeck
