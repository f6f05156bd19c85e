#pragma once

#include "ascend/NpuSmiInfoParser.h"
#include "preflight/ModelFolderParser.h"
#include "preflight/PreflightFacts.h"
#include "preflight/PreflightFactsParser.h"

#include <QByteArray>
#include <QFile>
#include <QString>

inline QByteArray readPreflightFixture(const QString &name)
{
    const QString dir = qEnvironmentVariable("ASCENDDECK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/preflight/");
    QFile file(dir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline const QString &fixtureModelPath()
{
    static const QString path = QStringLiteral("/data/models/DeepSeek-R1");
    return path;
}

// The DeepSeek-R1 folder as ModelFolderReader sees it on a healthy server.
inline AscendDeck::ModelFolder healthyModelFolder()
{
    using namespace AscendDeck;
    ModelFolder folder;
    folder.path = fixtureModelPath();
    folder.exists = true;
    folder.entries = ModelFolderParser::parseListing(readPreflightFixture(QStringLiteral("find-listing_deepseek-r1-4shards.txt")));
    ModelFolderParser::applyConfig(readPreflightFixture(QStringLiteral("config_deepseek-r1-bf16.json")), &folder);
    ModelFolderParser::applyIndex(readPreflightFixture(QStringLiteral("model.safetensors.index_deepseek-r1-4shards.json")), &folder);
    return folder;
}

// A server where every check passes: 8 x 910B3 (real npu-smi sample), a driver paired with CANN 8.2.RC1.
inline AscendDeck::PreflightFacts healthyServer(const QString &host)
{
    using namespace AscendDeck;
    PreflightFacts facts;
    facts.host = host;
    facts.npuSmi = NpuSmiInfoParser::parse(readPreflightFixture(QStringLiteral("npu-smi-info_910B3_8npu_npu-smi-24.1.rc1.b030_ms-swift-doc.txt")));
    facts.npuSmiOk = facts.npuSmi.chips.size() == 8;
    facts.driverVersion = QStringLiteral("25.2.0");
    facts.firmwareVersion = PreflightFactsParser::parseVersionInfo(readPreflightFixture(QStringLiteral("version-info_firmware_7.1.0.11.220_mindcluster-test.txt")));
    facts.hwHiAiUser = true;
    facts.firewalldState = QStringLiteral("inactive");
    facts.dockerState = QStringLiteral("active");
    facts.images = {QStringLiteral("swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts")};
    facts.imageInspected = true;
    facts.imageCannVersion = QStringLiteral("8.2.RC1");
    facts.disks = PreflightFactsParser::parseDf(readPreflightFixture(QStringLiteral("df-B1-avail-size-file_no-var-lib-docker.txt")));
    facts.model = healthyModelFolder();
    return facts;
}
