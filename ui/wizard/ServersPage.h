#pragma once

#include "DeploymentPage.h"

#include "remote/SshCredentials.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace AscendDeck {

namespace Ui {
class ServersPage;
}

class Deployment;
class ServerJob;

// Step 1: which servers, how to log in, and a parallel connection test (host keys are confirmed here).
class ServersPage : public DeploymentPage
{
    Q_OBJECT
public:
    explicit ServersPage(Deployment *deployment, QWidget *parent = nullptr);
    ~ServersPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    // Adds one server per line or comma ("[user@]host[:port]" or an ~/.ssh/config alias). Returns an
    // error naming the bad entry, or an empty string.
    QString addServers(const QString &text);

    bool isTesting() const;

    // The jump hosts for every server without its own "via": false, and the page's message naming the field,
    // when text is not a jump list `ssh -J` takes.
    bool setJump(const QString &text);
    // Removes the remembered secrets of the selected server, or of every server when none is selected.
    void forgetSecrets();
    // The page's message line (errors of the last edit, of the connection test...).
    QString message() const;

public slots:
    void testConnections();
    void cancel();

signals:
    // A connection test finished on every server (whatever the outcome).
    void testsFinished();

private:
    void connectServerBox();
    void connectCredentialBox();
    void onTestsEnded();
    void applyCredentials();
    void rememberSecrets(const SshCredentials &credentials);
    void showKeyringState();
    void refreshMasterChoice();
    void removeSelected();

    Deployment *m_deployment;
    ServerJob *m_probe;
    std::unique_ptr<Ui::ServersPage> m_ui;
    // Widgets of the form that the page's functions use.
    QLineEdit *m_addEdit = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_master = nullptr;
    QRadioButton *m_useAgent = nullptr;
    QRadioButton *m_useKey = nullptr;
    QRadioButton *m_usePassword = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_jump = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace AscendDeck
