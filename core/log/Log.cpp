#include "Log.h"

#include "LogBuffer.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace AscendDeck::Log {

namespace {
// Forwards formatted lines to the LogBuffer the UI reads.
class BufferSink : public spdlog::sinks::base_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line = QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size()));
        buffer()->append(line.trimmed());
    }
    void flush_() override {}
};

struct State
{
    QMutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    std::shared_ptr<spdlog::logger> remote;
    std::shared_ptr<spdlog::logger> app;
    QString filePath;
    LogBuffer buffer;
};

State &state()
{
    static State s;
    return s;
}

std::shared_ptr<spdlog::logger> makeLogger(const std::string &name)
{
    auto logger = std::make_shared<spdlog::logger>(name, state().sinks.begin(), state().sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    return logger;
}

// Loggers are handed out under the mutex: worker threads log from their first command on, possibly while
// another thread is still setting logging up, and a shared_ptr must not be copied while it is reassigned.
std::shared_ptr<spdlog::logger> logger(std::shared_ptr<spdlog::logger> State::*which)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.*which)
            return s.*which;
    }
    init();
    QMutexLocker lock(&s.mutex);
    return s.*which;
}
} // namespace

void init(const QString &dir)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.remote && dir.isEmpty())
        return;
    s.sinks.clear();
    s.sinks.push_back(std::make_shared<BufferSink>());
    QString logDir = dir;
    if (logDir.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        logDir = base.isEmpty() ? QString() : base + QStringLiteral("/logs");
    }
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        s.filePath = logDir + QStringLiteral("/ascenddeck.log");
        try {
            s.sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(s.filePath).toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            s.filePath.clear(); // an unwritable log folder must not stop the application
        }
    }
    for (auto &sink : s.sinks)
        sink->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
    s.remote = makeLogger("remote");
    s.app = makeLogger("app");
}

QString filePath()
{
    logger(&State::remote);
    QMutexLocker lock(&state().mutex);
    return state().filePath;
}

std::shared_ptr<spdlog::logger> remote()
{
    return logger(&State::remote);
}

std::shared_ptr<spdlog::logger> app()
{
    return logger(&State::app);
}

LogBuffer *buffer()
{
    return &state().buffer;
}

} // namespace AscendDeck::Log
