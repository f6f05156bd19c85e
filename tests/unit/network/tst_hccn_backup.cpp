// HccnBackup: the one rule for where an apply saves what it replaces (console and CLI alike), and that the
// save makes its folder and reads back what it wrote.
#include "network/HccnBackup.h"

#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestHccnBackup : public QObject
{
    Q_OBJECT

private slots:
    void fileNameCarriesTheUtcTimeToTheMillisecond()
    {
        const QDateTime utc(QDate(2026, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc());
        QCOMPARE(HccnBackup::fileName(utc), QStringLiteral("hccn-backup-20260304-050607-089.json"));
        // A local time names the same instant in UTC.
        QCOMPARE(HccnBackup::fileName(utc.toOffsetFromUtc(8 * 3600)), QStringLiteral("hccn-backup-20260304-050607-089.json"));
        // Two applies in one second get two backups.
        QVERIFY(HccnBackup::fileName(utc) != HccnBackup::fileName(utc.addMSecs(1)));
    }

    void defaultPathIsInTheFolderGiven()
    {
        const QDateTime utc(QDate(2026, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc());
        QCOMPARE(HccnBackup::defaultPath(QStringLiteral("/var/backups"), utc),
                 QStringLiteral("/var/backups/hccn-backup-20260304-050607-089.json"));
        QCOMPARE(HccnBackup::defaultPath(QString(), utc), QStringLiteral("hccn-backup-20260304-050607-089.json"));
        QVERIFY(HccnBackup::defaultPath(QStringLiteral("/x")).contains(
            QRegularExpression(QStringLiteral("^/x/hccn-backup-\\d{8}-\\d{6}-\\d{3}\\.json$"))));
        QVERIFY(HccnBackup::consoleFolder().endsWith(QStringLiteral("/backups")));
    }

    void saveCreatesTheFolderAndLoadReadsItBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HccnBackup backup;
        backup.created = QStringLiteral("2026-03-04T05:06:07Z");
        HccnServerReadings server;
        server.host = QStringLiteral("10.0.0.1");
        backup.servers << server;
        const QString path = HccnBackup::defaultPath(dir.filePath(QStringLiteral("a/b")));
        QString error;
        QVERIFY2(backup.save(path, &error), qPrintable(error));
        HccnBackup loaded;
        QVERIFY2(HccnBackup::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.created, backup.created);
        QCOMPARE(loaded.servers.size(), 1);
        QCOMPARE(loaded.servers.first().host, QStringLiteral("10.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestHccnBackup)
#include "tst_hccn_backup.moc"
