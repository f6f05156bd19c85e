#include "EngineFixtures.h"

#include "engine/LogDiagnosis.h"
#include "engine/LogPatternTable.h"
#include "engine/LogPatternTexts.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace AscendDeck;

namespace {
QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << f.code;
    return list;
}

LogDiagnosis diagnoseFile(const QString &name, int chunkSize)
{
    const QByteArray data = EngineFixtures::read(name);
    LogDiagnosis diagnosis;
    for (qsizetype at = 0; at < data.size(); at += chunkSize)
        diagnosis.feed(data.mid(at, chunkSize));
    diagnosis.finish();
    return diagnosis;
}
} // namespace

class TestLogDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void table_hasEnoughValidPatterns()
    {
        const QList<LogPattern> &table = LogPatternTable::patterns();
        QVERIFY(table.size() >= 15);
        QSet<QString> seen;
        for (const LogPattern &p : table) {
            QVERIFY2(p.regex.isValid(), qPrintable(p.id + QStringLiteral(": ") + p.regex.errorString()));
            QVERIFY2(!seen.contains(p.id), qPrintable(p.id));
            seen.insert(p.id);
            QVERIFY(!p.cause.isEmpty() && !p.fix.isEmpty());
        }
    }

    // samples/real: a 2.1.RC2 multi-node start that ran out of NPU memory while loading the weights.
    void realOomLog_namesOomFirst()
    {
        const LogDiagnosis d = diagnoseFile(QStringLiteral("mindie-log_multinode-startfail-oom_2.1.RC2_itove.log"), 4096);
        const QList<Finding> f = d.findings();
        QCOMPARE(ids(f), (QStringList{QStringLiteral("npu-oom"), QStringLiteral("worker-exit"), QStringLiteral("tbe-subprocess")}));
        QCOMPARE(f.at(0).line, 22);
        QCOMPARE(f.at(0).count, 4);
        QVERIFY(f.at(0).evidence.contains(QStringLiteral("Tried to allocate 450.00 MiB (NPU 4")));
        QCOMPARE(f.at(1).field, QStringLiteral("76781"));
        QCOMPARE(f.at(1).count, 2);
        QCOMPARE(f.at(2).severity, LogPattern::Severity::Info);
        QCOMPARE(f.at(2).count, 16);
        QVERIFY(d.hasError());
        QCOMPARE(d.linesRead(), 132);
    }

    void realSetupFailLog_namesSetupFail()
    {
        const LogDiagnosis d = diagnoseFile(QStringLiteral("mindie-log_multinode-startfail-setupfail_2.1.RC2_itove.log"), 777);
        QCOMPARE(ids(d.findings()), (QStringList{QStringLiteral("setup-fail"), QStringLiteral("worker-exit"), QStringLiteral("tbe-subprocess")}));
        QCOMPARE(d.findings().at(1).count, 8);
    }

    // tests/fixtures/engine/diagnosis: real excerpts from public issues (each file names its source), one per
    // failure class of issue 13, each to the class that names its cause and fix.
    void realFieldLog_namesItsClass_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fixSays");
        auto row = [](const char *file, const char *code, const char *field, const char *fixSays) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(code) << QString::fromLatin1(field)
                                << QString::fromLatin1(fixSays);
        };
        row("ei0006-tls-socket-timeout_vllm-ascend-5461.log", "hccl-socket-timeout", "", "hccn_tool -i N -tls -s enable 0");
        row("ei0006-a3-two-nodes_vllm-ascend-9447.log", "hccl-socket-timeout", "", "HCCL_CONNECT_TIMEOUT");
        row("hcclcomminitrootinfo_gpustack-2021.log", "hccl-comm-init-root-info", "", "same rank table");
        row("hcclcomminitrootinfoconfig_vllm-ascend-672.log", "hccl-comm-init-root-info", "15", "ASCEND_RT_VISIBLE_DEVICES");
        row("ranktable-placeholder-device-ip_gpustack-2551.log", "ranktable-placeholder-ip", "-.-.-.-", "hccn_tool -i N -ip -s");
        row("invalid-dp-per-node_gpustack-3551.log", "mindie-dp-per-node", "0", "multiple of the number of nodes");
        row("quantizer-mismatch_vllm-ascend-633.log", "quant-config-mismatch", "", "msModelSlim");
        row("startup-timeout-1800s_vllm-ascend-2248.log", "startup-timeout", "1800000", "other nodes' logs");
        row("startup-timeout-clients_vllm-ascend-167.log", "startup-timeout", "1801", "other nodes' logs");
        row("hccl-port-collision_vllm-ascend-405.log", "hccl-bind-port", "", "HCCL_IF_BASE_PORT");
        row("hccl-port-listen_vllm-ascend-4725.log", "hccl-bind-port", "192.2.2.195", "HCCL_IF_BASE_PORT");
        row("ei0009-transport-init_vllm-ascend-3162.log", "hccl-ei0009", "", "peer NPU");
    }
    void realFieldLog_namesItsClass()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, fixSays);
        const LogDiagnosis d = diagnoseFile(QStringLiteral("diagnosis/") + file, 512);
        const QList<Finding> f = d.findings();
        const qsizetype at = ids(f).indexOf(code);
        QVERIFY2(at >= 0, qPrintable(ids(f).join(QLatin1Char(','))));
        QVERIFY(f.at(at).isError());
        QCOMPARE(f.at(at).field, field);
        QVERIFY2(f.at(at).fix.contains(fixSays), qPrintable(f.at(at).fix));
        // The class is what the diagnosis names first: nothing before it hides the cause.
        QCOMPARE(ids(f).first(), code == QLatin1String("hccl-bind-port") && file.contains(QLatin1String("405"))
                                     ? QStringLiteral("hccl-init-failed") : code);
    }

    // The EI0006 finding names the TLS switch, the timeout and the NIC: the three causes the field reports.
    void socketTimeout_namesTlsTimeoutAndNic()
    {
        LogDiagnosis d;
        const auto f = d.feedLine(QStringLiteral("EI0006: Getting socket times out."));
        QVERIFY(f.has_value());
        QVERIFY(f->message.contains(QStringLiteral("TLS switch")));
        QVERIFY(f->fix.contains(QStringLiteral("hccn_tool -i N -tls -s enable 0")));
        QVERIFY(f->fix.contains(QStringLiteral("HCCL_CONNECT_TIMEOUT")));
        QVERIFY(f->fix.contains(QStringLiteral("HCCL_SOCKET_IFNAME")));
    }

    // Huawei's HCCL error codes, as the logs print them.
    void hcclErrorCode_isNamed_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("code");
        // https://github.com/vllm-project/vllm-ascend/pull/16205 (GLM-5.1 nightlies on the default ports)
        QTest::newRow("EI0019") << QStringLiteral("Communication_Error_Bind_IP_Port(EI0019)") << QStringLiteral("hccl-bind-port");
        // https://github.com/gpustack/runtime/pull/27 (a 1.0 rank table on A5)
        QTest::newRow("EI0014") << QStringLiteral("Config_Error_Ranktable(EI0014)") << QStringLiteral("hccl-ei0014");
        QTest::newRow("EI0002") << QStringLiteral("[rank0]: EI0002: [PID: 7] The wait execution of the Notify register times out.")
                                << QStringLiteral("hccl-ei0002");
        QTest::newRow("EI0004") << QStringLiteral("EI0004: [PID: 7] The ranktable is invalid.") << QStringLiteral("hccl-ei0004");
        QTest::newRow("EI0005") << QStringLiteral("EI0005: [PID: 7] The arguments are inconsistent.") << QStringLiteral("hccl-ei0005");
        QTest::newRow("EJ0001") << QStringLiteral("EJ0001: [PID: 7] Failed to initialize the HCCP process.")
                                << QStringLiteral("hccl-ej0001");
    }
    void hcclErrorCode_isNamed()
    {
        QFETCH(QString, line);
        QFETCH(QString, code);
        LogDiagnosis d;
        const auto f = d.feedLine(line);
        QVERIFY2(f.has_value(), qPrintable(line));
        QCOMPARE(f->code, code);
    }

    // What a launch blames last: a line that only says another rank or node failed.
    void consequences_areMarkedInTheTable()
    {
        for (const char *code : {"worker-exit", "lost-node", "engine-core-died", "engine-core-failed", "config-init",
                                 "tbe-subprocess", "hccl-socket-timeout", "engine-handshake-timeout", "startup-timeout",
                                 "hccl-ei0002"})
            QVERIFY2(LogPatternTable::isConsequence(QString::fromLatin1(code)), code);
        for (const char *code : {"npu-oom", "socket-ifname", "hccl-comm-init-root-info", "mindie-dp-per-node", "unknown"})
            QVERIFY2(!LogPatternTable::isConsequence(QString::fromLatin1(code)), code);
    }

    void builtInTexts_areAllListedForTranslation()
    {
        const QStringList listed = LogPatternTexts::all();
        for (const LogPattern &p : LogPatternTable::builtIn()) {
            QVERIFY2(listed.contains(p.cause), qPrintable(p.id + QStringLiteral(" cause")));
            QVERIFY2(listed.contains(p.fix), qPrintable(p.id + QStringLiteral(" fix")));
        }
    }

    // A lab's file: its patterns come first, one of the same code replaces the built-in one.
    void labPatterns_comeFirstAndReplaceTheirCode()
    {
        QString error;
        const QList<LogPattern> lab = LogPatternTable::fromJson(
            "{\"patterns\": [{\"code\": \"npu-oom\", \"regex\": \"NPU out of memory\", \"severity\": \"warning\", \"cause\": \"c\", \"fix\": \"f\"},\n                             {\"code\": \"lab-disk\", \"regex\": \"No space left on device\", \"severity\": \"error\", \"cause\": \"disk\", \"fix\": \"clean /var\"}]}",
            QStringLiteral("lab.json"), &error);
        QCOMPARE(error, QString());
        QCOMPARE(lab.size(), 2);
        QCOMPARE(lab.at(1).engine, QStringLiteral("any"));
        LogDiagnosis d(LogPatternTable::withLabPatterns(lab));
        QCOMPARE(d.feedLine(QStringLiteral("OSError: [Errno 28] No space left on device"))->fix, QStringLiteral("clean /var"));
        QCOMPARE(d.feedLine(QStringLiteral("NPU out of memory"))->severity, LogPattern::Severity::Warning);
        QCOMPARE(d.feedLine(QStringLiteral("Daemon start success!"))->code, QStringLiteral("engine-ready"));
    }

    void badLabFile_namesFilePatternAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray good = "{\"code\": \"a\", \"regex\": \"x\", \"severity\": \"error\", \"cause\": \"c\", \"fix\": \"f\"}";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("lab.json: not a pattern file (a JSON object with a \"patterns\" array)");
        QTest::newRow("no regex") << QByteArray("{\"patterns\": [" + good + ", {\"code\": \"b\", \"severity\": \"error\", \"cause\": \"c\", \"fix\": \"f\"}]}")
                                  << QStringLiteral("lab.json: pattern 1: field \"regex\": missing");
        QTest::newRow("bad regex") << QByteArray("{\"patterns\": [{\"code\": \"b\", \"regex\": \"(\", \"severity\": \"error\", \"cause\": \"c\", \"fix\": \"f\"}]}")
                                   << QStringLiteral("lab.json: pattern 0: field \"regex\": not a valid regular expression: missing closing parenthesis");
        QTest::newRow("severity") << QByteArray("{\"patterns\": [{\"code\": \"b\", \"regex\": \"x\", \"severity\": \"fatal\", \"cause\": \"c\", \"fix\": \"f\"}]}")
                                  << QStringLiteral("lab.json: pattern 0: field \"severity\": \"fatal\" is not error, warning or info");
        QTest::newRow("empty fix") << QByteArray("{\"patterns\": [{\"code\": \"b\", \"regex\": \"x\", \"severity\": \"info\", \"cause\": \"c\", \"fix\": \"\"}]}")
                                   << QStringLiteral("lab.json: pattern 0: field \"fix\": must be a non-empty string");
        QTest::newRow("consequence") << QByteArray("{\"patterns\": [{\"code\": \"b\", \"regex\": \"x\", \"severity\": \"info\", \"cause\": \"c\", \"fix\": \"f\", \"consequence\": \"yes\"}]}")
                                     << QStringLiteral("lab.json: pattern 0: field \"consequence\": must be true or false");
        QTest::newRow("duplicate") << QByteArray("{\"patterns\": [" + good + "," + good + "]}")
                                   << QStringLiteral("lab.json: pattern 1: field \"code\": \"a\" is used by an earlier pattern");
    }
    void badLabFile_namesFilePatternAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString got;
        QVERIFY(LogPatternTable::fromJson(json, QStringLiteral("lab.json"), &got).isEmpty());
        QCOMPARE(got, error);
    }

    void missingLabFile_isAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(LogPatternTable::load(dir.filePath(QStringLiteral("none.json")), &error).isEmpty());
        QVERIFY2(error.startsWith(dir.filePath(QStringLiteral("none.json")) + QStringLiteral(": cannot read")), qPrintable(error));
    }

    void chunkSize_doesNotChangeTheResult()
    {
        const QString name = QStringLiteral("mindie-log_multinode-startfail-oom_2.1.RC2_itove.log");
        QCOMPARE(Finding::listToJson(diagnoseFile(name, 1).findings()),
                 Finding::listToJson(diagnoseFile(name, 1 << 20).findings()));
    }

    void feed_returnsAFindingOnlyOnItsFirstLine()
    {
        LogDiagnosis d;
        QVERIFY(d.feed("Daemon wait pid with 1 ex").isEmpty());
        QCOMPARE(ids(d.feed("it, Please check\r\nDaemon wait pid with 2 exit\n")), QStringList{QStringLiteral("worker-exit")});
        QVERIFY(d.feed("Daemon wait pid with 3 exit\n").isEmpty());
        QCOMPARE(d.findings().first().count, 3);
        QCOMPARE(d.findings().first().field, QStringLiteral("1"));
        QCOMPARE(ids(d.feed("Daemon start success!")), QStringList());
        QCOMPARE(ids(d.finish()), QStringList{QStringLiteral("engine-ready")});
    }

    void readyLines_areNotErrors()
    {
        LogDiagnosis d;
        d.feedLine(QStringLiteral("INFO:     Application startup complete."));
        QVERIFY(!d.hasError());
        QCOMPARE(ids(d.findings()), QStringList{QStringLiteral("engine-ready")});
    }

    // What tests/sim/engine (mindie.py, vllm_serve.py, ranktable.py, simcommon.py) prints, and what the seeds
    // and public issues report, each to its pattern.
    void knownLine_isRecognised_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("detail");
        auto row = [](const char *name, const char *line, const char *pattern, const char *detail = "") {
            QTest::newRow(name) << QString::fromUtf8(line) << QString::fromLatin1(pattern) << QString::fromUtf8(detail);
        };
        row("sim wrong nic", "[ERROR] HCCL(4242,python3):2025-12-04-14:46:07.911.312 [adapter_hccp.cc:455] [4242][Get][HostSocketIfname]"
                             "Failed to get socket ifname[eth0] from HCCL_SOCKET_IFNAME, the host NICs are [enp189s0f0, lo].",
            "socket-ifname", "eth0");
        row("sim EJ0001 ifname", "[rank1]: EJ0001: [PID: 4242] 2025-12-04-14:46:07.911.312 Failed to initialize the HCCP process. "
                                 "Reason: Failed to get socket ifname eth0.", "socket-ifname");
        row("sim gloo", "RuntimeError: [enforce fail at /pytorch/third_party/gloo/gloo/transport/tcp/device.cc:83] ifa != nullptr. "
                        "Unable to find address for: eth0", "socket-ifname", "eth0");
        row("can not find ifname", "[ERROR] HCCL can not find ifname eth1 on this host", "socket-ifname");
        row("sim HCCL_IF_IP", "[ERROR] HCCL(4242,python3):2025-12-04-14:46:07.911.312 [config.cc:188] [4242][Init][HostIp]"
                              "HCCL_IF_IP[10.0.0.9] is not a valid ip of this host.", "hccl-if-ip", "10.0.0.9");
        row("sim EI0006", "EI0006: [PID: 4242] 2025-12-04-14:46:07.911.312 Getting socket times out. Reason: 1. The remote does "
                          "not initiate a connect request. (For example, the IP addresses are not on the same network segment or "
                          "the TLS configurations are inconsistent.)", "hccl-socket-timeout");
        row("sim link wait", "        [Wait][LinkEstablish]wait socket establish timeout, role[0] rank[0] timeout[120 s], peer[10.0.0.2]",
            "hccl-socket-timeout");
        row("EJ0003", "EJ0003: [PID: 99] Failed to bind the IP port. Reason: The IP address and port have been bound already.",
            "hccl-bind-port");
        row("sim hccl listen", "[ERROR] HCCL(4242,):2025-12-04-14:46:07.911.312 [hccl_socket.cc:106] [4242][HcclSocket][Listen] socket "
                               "type[0], listen on ip[10.0.0.1] and specific port[1120] fail. [Errno 98] Address already in use",
            "hccl-bind-port", "10.0.0.1");
        row("EJ0002", "EJ0002: [PID: 99] The network port is down. Check the NPU network.", "hccl-port-down");
        row("sim tls mismatch", "[2025-10-29 09:46:15.396+08:00] [1] [3] [mindie-server] [ERROR] [multi_node_infer.cpp:212] : "
                                "[MIE04E020310] [grpc] Inter node handshake with 10.0.0.2 failed: interNodeTLSEnabled is True here "
                                "but False on the peer, TLS settings must be the same on every node.", "tls-mismatch");
        row("firewalld", "ConnectionError: [Errno 113] No route to host", "firewall");
        row("sim permission", "Check path: config.json failed, by: Check Other group permission failed: /x/config.json current "
                              "permission is 4, but required no greater than 0. Required permisssion is 640, but got permission is 644",
            "input-file-check", "config.json");
        row("sim owner", "Check path: ranktable.json failed, by:owner id diff: current process user id is 0, file owner id is 1000",
            "input-file-check", "ranktable.json");
        row("sim link", "The file /data/ranktable.json is a link.", "input-file-check", "/data/ranktable.json");
        row("sim no ranktable", "Ranktable file is not exist", "ranktable-missing");
        row("sim ranktable count", "The server_count 3 is not equal to the size of server_list 2.", "ranktable-invalid");
        row("sim container ip", "The MIES_CONTAINER_IP 10.0.0.9 is not found in ranktable file or not an address of this host.",
            "container-ip", "10.0.0.9");
        row("sim container ip unset", "The environment variable MIES_CONTAINER_IP is not set.", "container-ip");
        row("sim world size", "The worldSize 16 is not equal to the size of npuDeviceIds 8.", "world-size");
        row("sim no config", "The input file is not a regular file or not exists", "config-missing");
        row("sim tls cert", "[2025-10-29 09:46:15.396+08:00] [1] [3] [mindie-server] [ERROR] [https_server.cpp:96] : [MIE04E070301] "
                            "[endpoint] Failed to load tls cert, please check the https config or set httpsEnabled to false.", "tls-cert");
        row("sim endpoint", "ERR: Failed to init endpoint!", "endpoint-init");
        row("sim mindie listen", "[2025-10-29 09:46:15.396+08:00] [1] [3] [mindie-server] [ERROR] [http_server.cpp:121] : "
                                 "[MIE04E070102] [endpoint] Failed to listen on 10.0.0.1:1025, [Errno 98] Address already in use",
            "api-port", "10.0.0.1:1025");
        row("sim uvicorn", "ERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use",
            "api-port");
        row("sim vllm oom", "torch.OutOfMemoryError: NPU out of memory. Tried to allocate 2048.00 MiB (NPU 0; 59.54 GiB total capacity)",
            "npu-oom");
        row("sim weights", "FileNotFoundError: [Errno 2] No such file or directory: '/data/DeepSeek-R1/config.json'",
            "weights-not-found", "/data/DeepSeek-R1/config.json");
        row("driver", "RuntimeError: The driver version 24.1.rc2 is too low for CANN 8.2.RC1, please upgrade.", "driver-too-old");
        row("driver requires", "[ERROR] CANN 8.2.RC1 requires driver 25.2.0 or later", "driver-too-old");
        row("sim handshake", "TimeoutError: Timed out waiting for engines to send initial message on input socket.",
            "engine-handshake-timeout");
        row("sim dp address", "OSError: [Errno 99] Cannot assign requested address", "dp-address");
        row("sim dp config", "RuntimeError: Engine core DP rank 1 was started with a different parallel config {}.", "dp-config-mismatch");
        row("sim devices", "RuntimeError: The number of devices required (16) is more than the number of available NPUs (8).",
            "not-enough-npus");
        row("sim core died", "ERROR 06-20 10:11:12 [core_client.py:564] Engine core proc EngineCore_DP1 died unexpectedly, shutting "
                             "down client.", "engine-core-died", "EngineCore_DP1");
        row("sim hccl init", "[ERROR] HCCL(1,python3):x [hccl_comm.cc:115] [1][HcclComm][Init]errNo[0x0000000005000004] hccl "
                             "initialize failed", "hccl-init-failed");
        row("HwHiAiUser", "useradd: group 'HwHiAiUser' does not exist", "hwhiaiuser-missing");
        row("sim lost node", "[2025-10-29 09:46:15.396+08:00] [1] [3] [mindie-server] [ERROR] [llm_daemon.cpp:91] : [MIE04E010110] "
                             "[daemon] Lost connection with a node of the multi-node inference, exiting.", "lost-node");
        row("sim config init", "ERR: Failed to init config!", "config-init");
        row("sim core failed", "RuntimeError: Engine core initialization failed. See root cause above. Failed core proc(s): "
                               "{'EngineCore_DP0': 1}", "engine-core-failed");
        row("sim vllm ready", "INFO:     Application startup complete.", "engine-ready");
        row("sim mindie ready", "Daemon start success!", "engine-ready");
    }
    void knownLine_isRecognised()
    {
        QFETCH(QString, line);
        QFETCH(QString, pattern);
        QFETCH(QString, detail);
        LogDiagnosis d;
        const std::optional<Finding> f = d.feedLine(line);
        QVERIFY2(f.has_value(), qPrintable(line));
        QCOMPARE(f->code, pattern);
        QCOMPARE(f->field, detail);
    }

    void missingFileOutsideTheConfiguredWeights_meansTheConfigIsNotUsed()
    {
        LogDiagnosis d;
        d.setConfiguredWeightPath(QStringLiteral("/data/DeepSeek-R1/"));
        const auto f = d.feedLine(QStringLiteral("FileNotFoundError: [Errno 2] No such file or directory: "
                                                 "'/data/atb_testdata/weights/llama1-65b-safetensors/config.json'"));
        QVERIFY(f.has_value());
        QCOMPARE(f->code, QStringLiteral("config-not-used"));
        QVERIFY(f->isError());
        QVERIFY(f->message.contains(QStringLiteral("/data/atb_testdata/weights/llama1-65b-safetensors/config.json")));
        QVERIFY(f->message.contains(QStringLiteral("/data/DeepSeek-R1/")));
        QVERIFY(f->fix.contains(QStringLiteral("config.json")));
    }
    void missingFileInsideTheConfiguredWeights_isMissingWeights()
    {
        LogDiagnosis d;
        d.setConfiguredWeightPath(QStringLiteral("/data/DeepSeek-R1"));
        // A sibling folder whose name starts like the configured one is outside it.
        const auto sibling = d.feedLine(QStringLiteral("No such file or directory: '/data/DeepSeek-R1-old/config.json'"));
        QCOMPARE(sibling->code, QStringLiteral("config-not-used"));
        LogDiagnosis inside;
        inside.setConfiguredWeightPath(QStringLiteral("/data/DeepSeek-R1"));
        const auto f = inside.feedLine(QStringLiteral("No such file or directory: '/data/DeepSeek-R1/config.json'"));
        QCOMPARE(f->code, QStringLiteral("weights-not-found"));
        QCOMPARE(f->field, QStringLiteral("/data/DeepSeek-R1/config.json"));
    }
    void ordinaryLines_areIgnored()
    {
        LogDiagnosis d;
        for (const char *line : {"Start to parse ranktable file", "Finished parsing ranktable file.",
                                 "INFO 06-20 10:11:12 [default_loader.py:272] Loading weights took 3.00 seconds",
                                 "[2025-10-29 09:46:15.396+08:00] [76758] ===init log==="})
            QVERIFY(!d.feedLine(QString::fromLatin1(line)).has_value());
        QVERIFY(d.findings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogDiagnosis)
#include "tst_logdiagnosis.moc"
