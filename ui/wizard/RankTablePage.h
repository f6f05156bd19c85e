#pragma once

#include "ranktable/RankTableAssembly.h"

#include "DeploymentPage.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace AscendDeck {

namespace Ui {
class RankTablePage;
}

class Deployment;
class FindingView;
class ServerJob;

// Step 4: the rank table, generated from what the servers' /etc/hccn.conf says, shown as a tree and as
// JSON, validated, and distributed to every server with mode 0640 at the path the engine reads.
class RankTablePage : public DeploymentPage
{
    Q_OBJECT
public:
    explicit RankTablePage(Deployment *deployment, QWidget *parent = nullptr);
    ~RankTablePage() override;

    void initializePage() override;
    bool isComplete() const override;

    const RankTableAssembly::Result &result() const { return m_result; }
    QString remotePath() const;
    bool isDistributed() const { return m_distributed; }

public slots:
    void generate();
    void distribute();

signals:
    void generated();
    void distributed(bool ok);

private:
    void showResult();
    void fillTree();

    Deployment *m_deployment;
    ServerJob *m_reader;
    ServerJob *m_uploader;
    std::unique_ptr<Ui::RankTablePage> m_ui;
    RankTableAssembly::Result m_result;
    bool m_distributed = false;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_json = nullptr;
    FindingView *m_findings = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_distributeButton = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace AscendDeck
