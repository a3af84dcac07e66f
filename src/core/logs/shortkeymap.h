// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Mailroom {

// A short byte string (a queue id: at most 22 bytes are kept) with its length and a tag byte
// (the host), packed into 24 bytes so that comparing and hashing are three word operations.
struct ShortKey
{
    static constexpr qsizetype MaxBytes = 22;
    quint64 w[3] = {0, 0, 0};

    static ShortKey make(QByteArrayView text, quint8 tag = 0)
    {
        ShortKey key;
        const size_t n = size_t(std::min<qsizetype>(text.size(), MaxBytes));
        std::memcpy(reinterpret_cast<char *>(key.w), text.data(), n);
        key.w[2] |= (quint64(std::min<qsizetype>(text.size(), 255)) << 48) | (quint64(tag) << 56);
        return key;
    }
    // The same key with a tag, for a key made without one.
    ShortKey tagged(quint8 tag) const
    {
        ShortKey key = *this;
        key.w[2] |= quint64(tag) << 56;
        return key;
    }
    bool isEmpty() const { return w[2] == 0; } // real keys have a length
    // The text kept (all of it for texts of up to MaxBytes).
    QByteArrayView text() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(w),
                              std::min<qsizetype>(qsizetype((w[2] >> 48) & 0xff), MaxBytes));
    }
    bool operator==(const ShortKey &o) const { return w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2]; }
    size_t hash() const
    {
        quint64 h = (w[0] ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
        h ^= (w[1] + (h >> 29)) * 0x94D049BB133111EBull;
        h ^= (w[2] + (h >> 31)) * 0xD6E8FEB86659FD93ull;
        return size_t(h ^ (h >> 32));
    }
};

inline size_t qHash(const ShortKey &key, size_t seed = 0) noexcept
{
    return key.hash() ^ seed;
}

// Open addressing with linear probing over inline keys: one cache line per lookup, no node
// allocations. Millions of queue ids go through these maps while a log is read. The empty key
// marks a free slot (real keys have a length); erasing shifts the following keys back, so there
// are no tombstones and a map that only ever holds the messages in flight stays small.
template<typename Value> class ShortKeyMap
{
public:
    ShortKeyMap() { rehash(64); }

    Value *find(const ShortKey &key)
    {
        for (size_t i = key.hash() & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.key == key) {
                return &s.value;
            }
            if (s.key.isEmpty()) {
                return nullptr;
            }
        }
    }
    const Value *find(const ShortKey &key) const { return const_cast<ShortKeyMap *>(this)->find(key); }

    // The value for key, default-constructed and inserted if it was not there.
    Value &operator[](const ShortKey &key)
    {
        for (size_t i = key.hash() & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.key == key) {
                return s.value;
            }
            if (s.key.isEmpty()) {
                if ((m_size + 1) * 10 > m_slots.size() * 7) { // at most 70% full
                    rehash(m_slots.size() * 2);
                    return (*this)[key];
                }
                ++m_size;
                s.key = key;
                s.value = Value();
                return s.value;
            }
        }
    }

    // Removes key; returns whether it was there.
    bool erase(const ShortKey &key)
    {
        size_t i = key.hash() & m_mask;
        while (!(m_slots[i].key == key)) {
            if (m_slots[i].key.isEmpty()) {
                return false;
            }
            i = (i + 1) & m_mask;
        }
        // Backward shift: a key further along the run moves into the hole unless its home slot
        // lies (cyclically) after the hole, where a lookup would no longer pass the hole.
        for (size_t j = (i + 1) & m_mask; !m_slots[j].key.isEmpty(); j = (j + 1) & m_mask) {
            const size_t home = m_slots[j].key.hash() & m_mask;
            const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i] = Slot();
        --m_size;
        return true;
    }

    // Makes room for count keys in all, so that filling the map does not rehash it.
    void reserve(size_t count)
    {
        size_t capacity = m_slots.size();
        while (count * 10 > capacity * 7) {
            capacity *= 2;
        }
        if (capacity != m_slots.size()) {
            rehash(capacity);
        }
    }
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Starts loading key's home slot into the cache, for a lookup of key a little later: readers
    // of a large map look up the keys of several lines at once this way, their misses overlapping.
    void prefetch(const ShortKey &key) const { __builtin_prefetch(&m_slots[key.hash() & m_mask]); }
    // Calls f(key, value) for every key, in no particular order.
    template<typename F> void forEach(F f) const
    {
        for (const Slot &s : m_slots) {
            if (!s.key.isEmpty()) {
                f(s.key, s.value);
            }
        }
    }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
        rehash(64);
    }
    size_t memoryUsage() const { return m_slots.capacity() * sizeof(Slot); }

private:
    struct Slot
    {
        ShortKey key;
        Value value {};
    };
    void rehash(size_t capacity)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.resize(capacity);
        m_mask = capacity - 1;
        for (const Slot &s : old) {
            if (!s.key.isEmpty()) {
                for (size_t i = s.key.hash() & m_mask;; i = (i + 1) & m_mask) {
                    if (m_slots[i].key.isEmpty()) {
                        m_slots[i] = s;
                        break;
                    }
                }
            }
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace Mailroom
