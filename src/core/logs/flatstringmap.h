// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Mailroom {

// A string → value map for counters that see millions of lookups: the entries in one vector
// (iterated in insertion order) and an open-addressing table of entry numbers with part of each
// key's hash, so that a lookup reads one table slot and, when that hash part matches, one entry;
// no node per key. Keys are never removed.
template<typename T> class FlatStringMap
{
public:
    using value_type = std::pair<std::string, T>;
    using mapped_type = T;
    using const_iterator = typename std::vector<value_type>::const_iterator;

    // The value of key, default-constructed and inserted when missing.
    T &operator[](std::string_view key) { return m_entries[indexOf(key)].second; }

    // The entry number of key (its place in insertion order), inserting it when missing.
    size_t indexOf(std::string_view key)
    {
        if ((m_entries.size() + 1) * 4 > m_slots.size() * 3) {
            rehash(std::max<size_t>(16, m_slots.size() * 2));
        }
        const size_t h = hash(key);
        const quint32 tag = quint32(h >> 32);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.entry == 0) {
                m_entries.emplace_back(std::string(key), T());
                s.entry = quint32(m_entries.size());
                s.tag = tag;
                return m_entries.size() - 1;
            }
            if (s.tag == tag && m_entries[s.entry - 1].first == key) {
                return s.entry - 1;
            }
        }
    }
    T &valueAt(size_t index) { return m_entries[index].second; }

    const T *find(std::string_view key) const
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        const size_t h = hash(key);
        const quint32 tag = quint32(h >> 32);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.entry == 0) {
                return nullptr;
            }
            if (s.tag == tag && m_entries[s.entry - 1].first == key) {
                return &m_entries[s.entry - 1].second;
            }
        }
    }

    size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    const_iterator begin() const { return m_entries.begin(); }
    const_iterator end() const { return m_entries.end(); }
    void clear()
    {
        m_entries.clear();
        m_slots.clear();
        m_mask = 0;
    }

private:
    struct Slot
    {
        quint32 entry = 0; // index in m_entries + 1, 0: free
        quint32 tag = 0; // upper half of the key's hash
    };

    static size_t hash(std::string_view key) { return std::hash<std::string_view> {}(key); }

    void rehash(size_t count) // count: a power of two
    {
        m_slots.assign(count, Slot());
        m_mask = count - 1;
        for (size_t e = 0; e < m_entries.size(); ++e) {
            const size_t h = hash(m_entries[e].first);
            size_t i = h & m_mask;
            while (m_slots[i].entry != 0) {
                i = (i + 1) & m_mask;
            }
            m_slots[i] = {quint32(e + 1), quint32(h >> 32)};
        }
    }

    std::vector<value_type> m_entries;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace Mailroom
