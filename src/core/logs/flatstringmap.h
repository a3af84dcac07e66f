// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace Mailroom {

// A key of a FlatStringMap: up to InlineBytes in place, so that a lookup that finds its entry
// compares the key in the entry's own cache lines (the usual address or domain); longer keys live
// in their map's storage, which outlives every copy of the key.
class FlatKey
{
public:
    static constexpr size_t InlineBytes = 44;

    const char *data() const { return m_size <= InlineBytes ? m_bytes.in : m_bytes.out; }
    size_t size() const { return m_size; }
    std::string_view view() const { return {data(), m_size}; }
    operator std::string_view() const { return view(); }
    bool operator==(std::string_view other) const
    {
        return other.size() == m_size && std::memcmp(data(), other.data(), m_size) == 0;
    }

private:
    template<typename T> friend class FlatStringMap;
    // Copies text in place, or points at `storage` (a copy of text kept by the map).
    FlatKey(std::string_view text, const char *storage)
        : m_size(quint32(text.size()))
    {
        if (m_size <= InlineBytes) {
            std::memcpy(m_bytes.in, text.data(), text.size());
        } else {
            m_bytes.out = storage;
        }
    }
    union {
        char in[InlineBytes];
        const char *out;
    } m_bytes;
    quint32 m_size;
};

// A string → value map for counters that see millions of lookups: the entries in one vector
// (iterated in insertion order) and an open-addressing table of entry numbers with part of each
// key's hash, so that a lookup reads one table slot and, when that hash part matches, one entry
// with its key; no node per key. Keys are never removed.
template<typename T> class FlatStringMap
{
public:
    struct value_type
    {
        FlatKey first;
        T second;
    };
    using mapped_type = T;
    using const_iterator = typename std::vector<value_type>::const_iterator;

    FlatStringMap() = default;
    FlatStringMap(const FlatStringMap &) = delete; // long keys point into m_longKeys
    FlatStringMap &operator=(const FlatStringMap &) = delete;
    FlatStringMap(FlatStringMap &&) = default;
    FlatStringMap &operator=(FlatStringMap &&) = default;

    // The value of key, default-constructed and inserted when missing.
    T &operator[](std::string_view key) { return m_entries[indexOf(key)].second; }
    // The entry number of key (its place in insertion order), inserting it when missing.
    size_t indexOf(std::string_view key)
    {
        if ((m_entries.size() + 1) * 4 > m_slots.size() * 3) {
            rehash(std::max<size_t>(16, m_slots.size() * 2));
        }
        const quint32 tag = hash(key);
        for (size_t i = home(tag);; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.entry == 0) {
                const char *storage = nullptr;
                if (key.size() > FlatKey::InlineBytes) {
                    m_longKeys.push_back(std::make_unique<char[]>(key.size()));
                    std::memcpy(m_longKeys.back().get(), key.data(), key.size());
                    storage = m_longKeys.back().get();
                }
                m_entries.push_back({FlatKey(key, storage), T()});
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
        const quint32 tag = hash(key);
        for (size_t i = home(tag);; i = (i + 1) & m_mask) {
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
        m_longKeys.clear();
        m_mask = 0;
        m_shift = 32;
    }

private:
    struct Slot
    {
        quint32 entry = 0; // index in m_entries + 1, 0: free
        quint32 tag = 0; // the key's hash
    };
    // A 32-bit hash of the key, inline (std::hash runs out of line, and every address of a log
    // is looked up): eight bytes at a time multiplied and folded, the rest (and the length) last,
    // then mixed (MurmurHash3's finalizer).
    static quint32 hash(std::string_view key)
    {
        const char *p = key.data();
        size_t n = key.size();
        quint64 h = 0x9E3779B97F4A7C15ull ^ (quint64(n) * 0xC2B2AE3D27D4EB4Full);
        for (; n >= 8; p += 8, n -= 8) {
            quint64 w;
            std::memcpy(&w, p, sizeof w);
            h = (h ^ w) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        quint64 w = 0;
        if (n > 0) {
            std::memcpy(&w, p, n);
        }
        h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ull;
        h ^= h >> 33;
        return quint32(h);
    }
    // A hash's first slot: its top bits after a multiplication (Fibonacci hashing), so that
    // growing the table needs only the hashes kept in the slots, not the keys.
    size_t home(quint32 tag) const { return size_t(quint32(tag * 0x9E3779B1u) >> m_shift); }
    void rehash(size_t count) // count: a power of two, at least 2
    {
        const std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(count));
        m_mask = count - 1;
        m_shift = 32 - std::countr_zero(count);
        for (const Slot &o : old) {
            if (o.entry == 0) {
                continue;
            }
            size_t i = home(o.tag);
            while (m_slots[i].entry != 0) {
                i = (i + 1) & m_mask;
            }
            m_slots[i] = o;
        }
    }

    std::vector<value_type> m_entries;
    std::vector<Slot> m_slots;
    std::vector<std::unique_ptr<char[]>> m_longKeys; // keys longer than FlatKey::InlineBytes
    size_t m_mask = 0;
    int m_shift = 32;
};

} // namespace Mailroom
