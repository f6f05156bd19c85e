#include "KeyringSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace AscendDeck {

namespace {
const QString kService = QStringLiteral("AscendDeck");
// A keyring that does not answer in this time counts as absent: a prompt must not hang on it.
constexpr int kTimeoutMs = 5000;

struct Outcome
{
    bool answered = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs a keyring job to its end: its D-Bus replies come through an event loop, so one runs here, bounded.
// The job deletes itself once finished, also after a timeout.
Outcome run(QKeychain::Job *job)
{
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.answered = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keyring
    job->start();
    if (!outcome.answered)
        loop.exec();
    return outcome;
}
} // namespace

std::unique_ptr<KeyringSecretStore> KeyringSecretStore::connect(QString *reason)
{
    auto *probe = new QKeychain::ReadPasswordJob(kService);
    probe->setKey(QStringLiteral("ascenddeck-keyring-probe"));
    const Outcome outcome = run(probe);
    if (!outcome.answered) {
        *reason = QCoreApplication::translate("SecretStore", "the system keyring did not answer");
        return nullptr;
    }
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
        *reason = QCoreApplication::translate("SecretStore", "no system keyring is running (%1)").arg(outcome.errorString);
        return nullptr;
    }
    return std::unique_ptr<KeyringSecretStore>(new KeyringSecretStore);
}

std::optional<QString> KeyringSecretStore::read(Kind kind, const SshTarget &target)
{
    const QString name = key(kind, target);
    if (m_refused.contains(name))
        return m_refused.value(name);
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(name);
    const Outcome outcome = run(job);
    if (!outcome.answered || outcome.error != QKeychain::NoError)
        return std::nullopt;
    return outcome.text;
}

bool KeyringSecretStore::write(Kind kind, const SshTarget &target, const QString &secret)
{
    const QString name = key(kind, target);
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(name);
    job->setTextData(secret);
    const Outcome outcome = run(job);
    if (outcome.answered && outcome.error == QKeychain::NoError) {
        m_refused.remove(name);
        return true;
    }
    m_refused.insert(name, secret);
    return false;
}

void KeyringSecretStore::remove(Kind kind, const SshTarget &target)
{
    const QString name = key(kind, target);
    m_refused.remove(name);
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(name);
    run(job);
}

QString KeyringSecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "Remembered secrets are kept in the system keyring.");
}

} // namespace AscendDeck
