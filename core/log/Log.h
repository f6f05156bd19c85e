#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace AscendDeck {

class LogBuffer;

// Logging for the whole application: a rotating file in the app data location plus an in-memory buffer
// the UI's log view shows. Secrets never reach it: callers log argv through RemoteCommand::loggableCommand.
namespace Log {
// Sets up the file sink under dir (default: <AppDataLocation>/logs). Safe to call more than once.
void init(const QString &dir = QString());
QString filePath();
std::shared_ptr<spdlog::logger> remote();   // every remote command and transfer
std::shared_ptr<spdlog::logger> app();      // everything else
LogBuffer *buffer();
} // namespace Log

} // namespace AscendDeck
