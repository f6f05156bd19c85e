#pragma once

#include <QStringList>

namespace AscendDeck {
class MainWindow;
}

// Drives the deployment wizard of a window from its Servers page to its Review page the way an admin who
// accepts every suggestion does: servers typed, connection test, preflight green, the suggested NPU network
// applied (previews accepted: set Confirmation's answer first), the rank table distributed, the Engine step
// complete. Fails the current Qt Test function (QVERIFY) on the way; check QTest::currentTestFailed().
class WizardDriver
{
public:
    static void throughReview(AscendDeck::MainWindow *window, const QStringList &servers);
};
