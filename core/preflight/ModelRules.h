#pragma once

#include "PreflightContext.h"
#include "base/Finding.h"

#include <QCoreApplication>

namespace AscendDeck {

// Checks of the weights folder: there, readable, inside the folder the container mounts, and the same on
// every server (seed 000: weights symlinked into ~/.cache were invisible in the container; seed 004: the
// model must be at the same path on every node).
class ModelRules
{
    Q_DECLARE_TR_FUNCTIONS(ModelRules)

public:
    static void present(const PreflightContext &context, int server, QList<Finding> *out);
    static void config(const PreflightContext &context, int server, QList<Finding> *out);
    static void symlinks(const PreflightContext &context, int server, QList<Finding> *out);
    static void consistent(const PreflightContext &context, int server, QList<Finding> *out);

private:
    static QString missingFolderMessage(const PreflightContext &context, int server);
};

} // namespace AscendDeck
