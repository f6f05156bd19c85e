#pragma once

#include "PreflightFacts.h"
#include "base/Finding.h"
#include "PreflightRequest.h"

#include <QList>

namespace AscendDeck {

// Every preflight check over the facts of all servers at once (some checks compare servers). Pure: the
// same facts give the same findings, so the rules are tested without a server. Findings come grouped
// by server, in the order the servers were given, checks in PreflightCheck::ids() order.
class PreflightRules
{
public:
    static QList<Finding> evaluate(const QList<PreflightFacts> &servers, const PreflightRequest &request);
};

} // namespace AscendDeck
