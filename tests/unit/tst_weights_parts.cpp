// The pure parts of the weights' copy: the folder listing (its real script, run here on a real folder), the
// comparison, rsync's progress, and the authorized_keys line.
#include "base/ShellQuote.h"
#include "weights/WeightsComparison.h"
#include "weights/WeightsInventory.h"
#include "weights/WeightsRemote.h"
#include "weights/WeightsRsyncProgress.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

namespace {
void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

// The listing's command run by a local shell: the same script a server runs.
QByteArray runLocally(const RemoteCommand &command)
{
    QProcess process;
    process.start(command.argv.first(), command.argv.mid(1));
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

WeightsEntry file(const QString &path, qint64 size, const QString &sha256 = QString())
{
    WeightsEntry entry;
    entry.path = path;
    entry.size = size;
    entry.sha256 = sha256;
    return entry;
}
} // namespace

class TestWeightsParts : public QObject
{
    Q_OBJECT

private slots:
    void inventory_readsFilesSymlinksHashesAndFreeBytes()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/model");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/sub")));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/.ascenddeck-partial")));
        write(dir + QStringLiteral("/a b.bin"), "abc");
        write(dir + QStringLiteral("/sub/c"), "12345");
        write(dir + QStringLiteral("/.ascenddeck-partial/a b.bin"), "a");
        write(root.path() + QStringLiteral("/outside"), "0123456789");
        QVERIFY(QFile::link(QStringLiteral("sub/c"), dir + QStringLiteral("/inner")));
        QVERIFY(QFile::link(root.path() + QStringLiteral("/outside"), dir + QStringLiteral("/escapes")));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), dir + QStringLiteral("/dangling")));

        WeightsInventory inventory;
        QString error;
        QVERIFY2(WeightsInventory::parse(runLocally(WeightsRemote::inventory(dir, true)), dir, &inventory, &error),
                 qPrintable(error));
        QVERIFY(inventory.exists);
        QVERIFY(inventory.hashed);
        QVERIFY(inventory.freeBytes > 0);
        QVERIFY(!inventory.find(QStringLiteral(".ascenddeck-partial/a b.bin"))); // partial files are not the folder's
        QCOMPARE(inventory.find(QStringLiteral("a b.bin"))->size, 3);
        QCOMPARE(inventory.find(QStringLiteral("a b.bin"))->sha256,
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const WeightsEntry *escapes = inventory.find(QStringLiteral("escapes"));
        QCOMPARE(escapes->kind, WeightsEntry::Kind::Symlink);
        QCOMPARE(escapes->size, 10); // what it points to: it is copied as that file
        QVERIFY(escapes->isPayload());
        QVERIFY(!inventory.find(QStringLiteral("dangling"))->isPayload());
        QCOMPARE(inventory.payloadCount(), 4); // a b.bin, sub/c, inner, escapes
        QCOMPARE(inventory.payloadBytes(), 3 + 5 + 5 + 10);
        const QList<Finding> findings = inventory.linkFindings(QStringLiteral("gpu1"));
        QCOMPARE(findings.size(), 2);
        QStringList codes;
        for (const Finding &f : findings)
            codes << f.code + QLatin1Char(' ') + f.field;
        codes.sort();
        QCOMPARE(codes, QStringList({QStringLiteral("weights.symlink-dangling dangling"),
                                     QStringLiteral("weights.symlink-outside escapes")}));
    }

    void inventory_ofAMissingFolder_givesTheFreeBytesOfItsParent()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/not/yet/there");
        WeightsInventory inventory;
        QString error;
        QVERIFY(WeightsInventory::parse(runLocally(WeightsRemote::inventory(dir, false)), dir, &inventory, &error));
        QVERIFY(!inventory.exists);
        QVERIFY(inventory.entries.isEmpty());
        QVERIFY(inventory.freeBytes > 0);
        QVERIFY(!WeightsInventory::parse("garbage", dir, &inventory, &error));
    }

    void comparison_tellsMissingSizeContentAndExtra()
    {
        WeightsInventory reference;
        reference.entries = {file(QStringLiteral("a"), 10, QStringLiteral("h1")), file(QStringLiteral("b"), 20),
                             file(QStringLiteral("c"), 30, QStringLiteral("h3")), file(QStringLiteral("d"), 40)};
        WeightsInventory target;
        target.entries = {file(QStringLiteral("a"), 10, QStringLiteral("h1")), file(QStringLiteral("b"), 21),
                          file(QStringLiteral("c"), 30, QStringLiteral("other")), file(QStringLiteral("x"), 5)};
        const WeightsComparison comparison = WeightsComparison::compare(reference, target);
        QCOMPARE(comparison.countOf(WeightsDifference::Kind::Missing), 1);
        QCOMPARE(comparison.countOf(WeightsDifference::Kind::SizeDiffers), 1);
        QCOMPARE(comparison.countOf(WeightsDifference::Kind::ContentDiffers), 1);
        QCOMPARE(comparison.countOf(WeightsDifference::Kind::Extra), 1);
        QCOMPARE(comparison.conflicts().size(), 2);
        QCOMPARE(comparison.bytesToCopy(false), 40);
        QCOMPARE(comparison.bytesToCopy(true), 40 + 20 + 30);
        QVERIFY(WeightsComparison::compare(reference, reference).isIdentical());
    }

    void rsyncProgress_readsBytesFileAndStatistics()
    {
        WeightsRsyncProgress progress;
        QVERIFY(!progress.add("created directory /data/m\n"));
        QVERIFY(progress.add("model-1.bin\n"));
        QCOMPARE(progress.currentFile(), QStringLiteral("model-1.bin"));
        // Progress lines end in \r and may arrive cut anywhere.
        progress.add("     22,216,");
        QCOMPARE(progress.bytes(), 0);
        progress.add("707  74%   19.88MB/s    0:00:00  \r");
        QCOMPARE(progress.bytes(), 22216707);
        progress.add("sub/\nsub/b\n     30,001,007 100%   20.45MB/s    0:00:01 (xfr#5, to-chk=0/7)\n");
        QCOMPARE(progress.currentFile(), QStringLiteral("sub/b"));
        QCOMPARE(progress.bytes(), 30001007);
        QCOMPARE(progress.filesTransferred(), -1);
        progress.add("\nNumber of files: 7 (reg: 5, dir: 2)\nNumber of regular files transferred: 5\n"
                     "Literal data: 30,001,007 bytes\nsent 30,008,714 bytes  received 122 bytes\n");
        QCOMPARE(progress.filesTransferred(), 5);
        QCOMPARE(progress.literalBytes(), 30001007);
        QCOMPARE(progress.currentFile(), QStringLiteral("sub/b"));
    }

    void authorizedKeysLine_restrictsTheKeyToTheExactServerCommand()
    {
        const QString line = WeightsRemote::authorizedKeysLine(QStringLiteral("ssh-ed25519 AAAAkey marker-x"),
                                                               QStringLiteral("rsync --server -logDtpre.iLsfxCIvu . /m/a\\ \"b\"/"),
                                                               QStringLiteral("ascenddeck-sync-1"));
        // sshd reads \" as " and keeps every other backslash: the command arrives as rsync asked for it.
        QCOMPARE(line, QStringLiteral("restrict,command=\"rsync --server -logDtpre.iLsfxCIvu . /m/a\\ \\\"b\\\"/\" "
                                      "ssh-ed25519 AAAAkey ascenddeck-sync-1"));
    }

    void rsyncArguments_keepFilesUnlessOverwritingAndResumeFromThePartialDir()
    {
        const QStringList keep = WeightsRemote::rsyncArguments(QStringLiteral("/m"), QStringLiteral("t"), QStringLiteral("/m"), false, 0);
        QVERIFY(keep.contains(QStringLiteral("--ignore-existing")));
        QVERIFY(keep.contains(QStringLiteral("--copy-links")));
        QVERIFY(keep.contains(QStringLiteral("--partial-dir=.ascenddeck-partial")));
        QCOMPARE(keep.mid(keep.size() - 2), QStringList({QStringLiteral("/m/"), QStringLiteral("t:/m/")}));
        const QStringList overwrite = WeightsRemote::rsyncArguments(QStringLiteral("/m/"), QStringLiteral("t"), QStringLiteral("/m"), true, 100);
        QVERIFY(!overwrite.contains(QStringLiteral("--ignore-existing")));
        QVERIFY(overwrite.contains(QStringLiteral("--checksum")));
        QVERIFY(overwrite.contains(QStringLiteral("--bwlimit=100")));
    }
};

QTEST_GUILESS_MAIN(TestWeightsParts)
#include "tst_weights_parts.moc"
