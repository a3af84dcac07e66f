// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace Mailroom {

// A byte range inside a LogSourceSet: a 40-bit offset into the concatenated sources and a
// 24-bit length, packed into 8 bytes so the index never copies log text.
class TextRef
{
public:
    static constexpr quint32 MaxLength = 0xFFFFFF;

    constexpr TextRef() = default;
    constexpr TextRef(quint64 offset, quint64 length)
        : m_packed((offset << 24) | (length > MaxLength ? MaxLength : length))
    { }

    constexpr quint64 offset() const { return m_packed >> 24; }
    constexpr quint32 length() const { return quint32(m_packed & MaxLength); }
    constexpr bool isEmpty() const { return length() == 0; }
    constexpr bool operator==(const TextRef &other) const = default;

private:
    quint64 m_packed = 0;
};

} // namespace Mailroom
