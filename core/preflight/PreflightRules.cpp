#include "PreflightRules.h"

#include "HostRules.h"
#include "ModelRules.h"
#include "NpuRules.h"
#include "PreflightContext.h"

#include <array>

namespace AscendDeck {

namespace {
using Rule = void (*)(const PreflightContext &, int, QList<Finding> *);

// Order matters only for reading: what an admin fixes first (NPUs, driver) comes first.
constexpr std::array<Rule, 15> rules{{
    &NpuRules::npuCount,
    &NpuRules::npuHealth,
    &NpuRules::driverPresent,
    &NpuRules::firmwarePresent,
    &NpuRules::driverForCann,
    &HostRules::hwHiAiUser,
    &HostRules::dockerRunning,
    &HostRules::dockerImage,
    &HostRules::firewalld,
    &HostRules::sharedMemory,
    &HostRules::diskSpace,
    &ModelRules::present,
    &ModelRules::config,
    &ModelRules::symlinks,
    &ModelRules::consistent,
}};
} // namespace

QList<Finding> PreflightRules::evaluate(const QList<PreflightFacts> &servers, const PreflightRequest &request)
{
    const PreflightContext context = PreflightContext::build(servers, request);
    QList<Finding> findings;
    for (int server = 0; server < servers.size(); ++server) {
        HostRules::reachable(context, server, &findings);
        if (!servers.at(server).reachable())
            continue; // its facts are empty: every other check would only repeat "unreachable"
        for (const Rule rule : rules)
            rule(context, server, &findings);
    }
    return findings;
}

} // namespace AscendDeck
