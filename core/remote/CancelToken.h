#pragma once

#include <atomic>
#include <memory>

namespace AscendDeck {

// Shared between whoever starts remote work and the worker threads doing it. Cheap to copy; cancel() is
// seen by every copy. Workers poll it between short blocking reads.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace AscendDeck
