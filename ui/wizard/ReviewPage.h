#pragma once

#include "DeploymentPage.h"

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace AscendDeck {

namespace Ui {
class ReviewPage;
}

class Deployment;

// Last step: a summary of the whole deployment; save the project and export its files for git.
class ReviewPage : public DeploymentPage
{
    Q_OBJECT
public:
    explicit ReviewPage(Deployment *deployment, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    // Saves the project file; returns an error message or an empty string.
    QString saveProject(const QString &path);
    // Exports every generated file into folder; returns an error message or an empty string.
    QString exportTo(const QString &folder);

private:
    QString summary() const;

    Deployment *m_deployment;
    std::unique_ptr<Ui::ReviewPage> m_ui;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace AscendDeck
