#include "project/ProjectExport.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    static Project sample()
    {
        Project p;
        p.name = QStringLiteral("lab-r1");
        ProjectServer a;
        a.host = QStringLiteral("10.0.0.1");
        a.master = true;
        ProjectServer b;
        b.host = QStringLiteral("npu-b");
        b.port = 2222;
        b.user = QStringLiteral("admin");
        b.name = QStringLiteral("节点 B");
        p.servers = {a, b};
        p.network["topology"] = "fibre-pairs";
        p.network["subnet"] = "192.168.100.0/24";
        p.engine["kind"] = "mindie";
        p.engine["maxPrefillTokens"] = 8192;
        return p;
    }

private slots:
    void saveLoad_roundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.ascenddeck.json"));
        QString error;
        QVERIFY2(ProjectFile::save(sample(), path, &error), qPrintable(error));
        Project loaded;
        QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
        QVERIFY(loaded == sample());
        QCOMPARE(loaded.masterIndex(), 0);
    }

    void serialize_isByteStableWithAFixedKeyOrder()
    {
        const QByteArray first = ProjectFile::serialize(sample());
        Project reloaded;
        QString error;
        QVERIFY(ProjectFile::deserialize(first, &reloaded, &error));
        QCOMPARE(ProjectFile::serialize(reloaded), first);
        // Keys in the documented order, so git diffs stay small.
        const qsizetype format = first.indexOf("\"format\"");
        const qsizetype schema = first.indexOf("\"schema\"");
        const qsizetype servers = first.indexOf("\"servers\"");
        const qsizetype network = first.indexOf("\"network\"");
        const qsizetype engine = first.indexOf("\"engine\"");
        QVERIFY(format < schema && schema < servers && servers < network && network < engine);
        QVERIFY(first.endsWith("}\n"));
    }

    void save_isAtomic_andKeepsTheOldFileOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(ProjectFile::save(sample(), path, &error));
        const QByteArray before = ProjectFile::serialize(sample());
        // A secret in a section is refused: nothing is written and the old file is untouched.
        Project withSecret = sample();
        withSecret.engine["hfToken"] = "hf_abc";
        QVERIFY(!ProjectFile::save(withSecret, path, &error));
        QVERIFY2(error.contains(QStringLiteral("hfToken")), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // No temporary files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.json")});
        // Writing into a folder that does not exist fails with the path in the message.
        QVERIFY(!ProjectFile::save(sample(), dir.filePath(QStringLiteral("no/such/p.json")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/p.json")));
    }

    void settingsNamedLikeTokens_areNotSecrets()
    {
        Project p = sample();
        p.engine["maxPrefillTokens"] = 8192;
        p.engine["max_tokens"] = 256;
        p.engine["tokenizer"] = "/data/models/DeepSeek-R1";
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ProjectFile::save(p, dir.filePath(QStringLiteral("p.json")), &error), qPrintable(error));
    }

    void load_rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax error names the line") << QByteArray("{\n  \"format\": \"ascenddeck-project\",\n  \"schema\": 2,\n  oops\n}") << QStringLiteral("line 4");
        QTest::newRow("not a project") << QByteArray("{\"version\": \"1.0\"}") << QStringLiteral("format");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("newer schema") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":99}") << QStringLiteral("newer");
        QTest::newRow("schema missing") << QByteArray("{\"format\":\"ascenddeck-project\"}") << QStringLiteral("schema");
        QTest::newRow("port type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":[{\"host\":\"a\",\"port\":\"22\"}]}") << QStringLiteral("servers[0].port");
        QTest::newRow("host missing") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":[{\"port\":22}]}") << QStringLiteral("servers[0].host");
        QTest::newRow("servers not a list") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":{}}") << QStringLiteral("servers");
        QTest::newRow("password") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"servers\":[{\"host\":\"a\",\"password\":\"x\"}]}") << QStringLiteral("servers[0].password");
        QTest::newRow("section type") << QByteArray("{\"format\":\"ascenddeck-project\",\"schema\":2,\"engine\":[]}") << QStringLiteral("engine");
    }
    void load_rejectsBadInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        Project p = sample();
        QString error;
        QVERIFY(!ProjectFile::deserialize(data, &p, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(p == sample()); // a failed load changes nothing
    }

    // A relative folder (ascenddeck-cli export -o out) keeps every file, and scripts are executable.
    void exportWrite_relativeFolder_keepsFilesAndMakesScriptsExecutable()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        ProjectExport::Result result;
        result.files.insert(QStringLiteral("network/a/apply-hccn.sh"), "#!/bin/sh\n");
        result.files.insert(QStringLiteral("ranktable/ranktable.json"), "{}\n");
        result.files.insert(QStringLiteral("engine/a/config.json"), "{}\n");
        QString error;
        QVERIFY2(ProjectExport::write(result, QStringLiteral("out"), &error), qPrintable(error));
        result.files.remove(QStringLiteral("engine/a/config.json"));
        QVERIFY2(ProjectExport::write(result, QStringLiteral("out"), &error), qPrintable(error));
        QDir::setCurrent(previous);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/network/a/apply-hccn.sh"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/ranktable/ranktable.json"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/engine/a/config.json")))); // no longer generated
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("out/network/a/apply-hccn.sh"))).permissions() & QFile::ExeOwner);
        QVERIFY(!(QFileInfo(dir.filePath(QStringLiteral("out/ranktable/ranktable.json"))).permissions() & QFile::ExeOwner));
    }

    void migrate_fromSchema1()
    {
        const QByteArray v1 = "{\"format\":\"ascenddeck-project\",\"schema\":1,\"name\":\"old\","
                              "\"hosts\":[\"root@10.0.0.1\",\"admin@10.0.0.2:2222\"],\"master\":\"10.0.0.2\"}";
        Project p;
        QString error;
        QVERIFY2(ProjectFile::deserialize(v1, &p, &error), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("old"));
        QCOMPARE(p.servers.size(), 2);
        QCOMPARE(p.servers.at(0).port, 22);
        QCOMPARE(p.servers.at(1).user, QStringLiteral("admin"));
        QCOMPARE(p.servers.at(1).port, 2222);
        QCOMPARE(p.masterIndex(), 1);
        QVERIFY(ProjectFile::serialize(p).contains("\"schema\": 2"));

        const QByteArray badHost = "{\"format\":\"ascenddeck-project\",\"schema\":1,\"hosts\":[\"root@h:99999\"]}";
        QVERIFY(!ProjectFile::deserialize(badHost, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("hosts[0]")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
