#pragma once

#include <QWizardPage>

namespace AscendDeck {

// The base of every deployment wizard page. QWizard re-reads isComplete() on every completeChanged() and on
// page entry; a page therefore reports "my completeness may have changed" each time its inputs change,
// never deduplicated against a cached value (a cache goes stale when the page is re-entered while it is
// still reading). The report keeps the keyboard focus where the user is typing (see FocusKeeper).
class DeploymentPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DeploymentPage(QWidget *parent = nullptr);

protected:
    void updateComplete();
};

} // namespace AscendDeck
