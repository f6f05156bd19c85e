#include "HostKeyPrompter.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QThread>

namespace AscendDeck {

namespace {
std::optional<bool> g_nextAnswer;
} // namespace

HostKeyPrompter::HostKeyPrompter(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

void HostKeyPrompter::setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

UnknownHostKeyHandler HostKeyPrompter::handler()
{
    QPointer<HostKeyPrompter> self(this);
    return [self](const HostKeyInfo &info) {
        if (!self)
            return false;
        bool accepted = false;
        // Blocks this worker thread until the user answers on the GUI thread; other hosts keep going.
        const auto type = QThread::currentThread() == self->thread() ? Qt::DirectConnection : Qt::BlockingQueuedConnection;
        QMetaObject::invokeMethod(self.data(), [&] { accepted = self->ask(info); }, type);
        return accepted;
    };
}

bool HostKeyPrompter::ask(const HostKeyInfo &info)
{
    ++m_prompts;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        return answer;
    }
    QMessageBox box(m_dialogParent);
    box.setObjectName(QStringLiteral("hostKeyDialog"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("New server key"));
    box.setText(tr("First connection to %1 (port %2).").arg(info.host).arg(info.port));
    box.setInformativeText(tr("The server presents this %1 key:\n\n%2\n\nCompare it with the fingerprint printed on the "
                              "server by\n  ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n\nTrust it and remember it in %3?")
                               .arg(info.keyType, info.fingerprint, info.knownHostsFile));
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Trust and connect"));
    box.button(QMessageBox::No)->setText(tr("Do not connect"));
    return box.exec() == QMessageBox::Yes;
}

} // namespace AscendDeck
