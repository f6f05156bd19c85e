#pragma once

#include <QtGlobal>

#include <vector>

namespace AscendDeck {

// A fixed-capacity ring of samples: once full, each push overwrites the oldest. The storage is allocated
// once, up front, so that a monitor running for days keeps a flat memory footprint. Not thread-safe: the
// owner (ClusterSamples, on the GUI thread) serialises access.
template<typename T>
class SampleRing
{
public:
    explicit SampleRing(int capacity = 1)
        : m_items(static_cast<size_t>(qMax(1, capacity)))
    {
    }

    int capacity() const { return static_cast<int>(m_items.size()); }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // How many samples were ever pushed, including the ones overwritten since.
    qint64 totalPushed() const { return m_total; }

    void push(const T &item)
    {
        m_items[static_cast<size_t>(m_head)] = item;
        m_head = (m_head + 1) % capacity();
        m_size = qMin(m_size + 1, capacity());
        ++m_total;
    }

    // 0 is the oldest sample kept, size() - 1 the newest.
    const T &at(int index) const
    {
        Q_ASSERT(index >= 0 && index < m_size);
        const int first = (m_head - m_size + capacity()) % capacity();
        return m_items[static_cast<size_t>((first + index) % capacity())];
    }
    const T &latest() const { return at(m_size - 1); }

    void clear()
    {
        m_head = 0;
        m_size = 0;
    }

    // The kept samples, oldest first (a copy: for export and charts, not for hot paths).
    std::vector<T> toVector() const
    {
        std::vector<T> out;
        out.reserve(static_cast<size_t>(m_size));
        for (int i = 0; i < m_size; ++i)
            out.push_back(at(i));
        return out;
    }

private:
    std::vector<T> m_items;
    int m_head = 0; // where the next push goes
    int m_size = 0;
    qint64 m_total = 0;
};

} // namespace AscendDeck
