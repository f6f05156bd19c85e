// The Engine step's Weights tab against three simulated servers: Check lists the folder everywhere, Copy from
// the master copies it server to server and the table ends with every server verified.
#include "SimCluster.h"

#include "deployment/Deployment.h"
#include "wizard/WeightsModel.h"
#include "wizard/WeightsPanel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace AscendDeck;

class TestWeightsPanel : public QObject
{
    Q_OBJECT

private:
    SimCluster m_sim;
    const QString m_dir = QStringLiteral("/data/models/Panel");

    QByteArray hashes(int server)
    {
        return m_sim.inspect(server, {QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("cd %1 && find . -path ./.ascenddeck-partial -prune -o -type f -print "
                                                     "| sort | xargs sha256sum").arg(m_dir)});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(3, QStringLiteral("127.0.0.216"), 2222), qPrintable(m_sim.errorString()));
        int exitCode = -1;
        m_sim.inspect(0, {QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("mkdir -p %1 && head -c 8M /dev/urandom > %1/a.bin && echo {} > %1/config.json").arg(m_dir)},
                      &exitCode);
        QCOMPARE(exitCode, 0);
    }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void checkThenCopy_endsWithEveryServerVerified()
    {
        Deployment deployment(m_sim.sessionOptions());
        deployment.setProject(m_sim.project());
        WeightsPanel panel;
        panel.setDeployment(&deployment);
        panel.setModelPath(m_dir);
        auto *checkButton = panel.findChild<QPushButton *>(QStringLiteral("weightsCheckButton"));
        auto *copyButton = panel.findChild<QPushButton *>(QStringLiteral("weightsCopyButton"));
        QVERIFY(checkButton && copyButton && checkButton->isEnabled());

        QSignalSpy checked(&panel, &WeightsPanel::checked);
        checkButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->index(1, WeightsModel::State).data().toString(), QStringLiteral("2 missing"));

        QSignalSpy copied(&panel, &WeightsPanel::copied);
        copyButton->click();
        QVERIFY(!copyButton->isEnabled()); // one copy at a time
        QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, 120000);
        for (int row = 1; row < 3; ++row)
            QVERIFY2(panel.model()->index(row, WeightsModel::State).data().toString().contains(QStringLiteral("verified")),
                     qPrintable(panel.model()->index(row, WeightsModel::State).data().toString()));
        QCOMPARE(hashes(1), hashes(0));
        QCOMPARE(hashes(2), hashes(0));
        QTRY_VERIFY(copyButton->isEnabled());
    }
};

QTEST_MAIN(TestWeightsPanel)
#include "tst_weights_panel.moc"
