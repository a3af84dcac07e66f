// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What every fuzz target shares: the libFuzzer entry point's signature, a quiet Qt message
// handler (warnings about bad input are expected and would only slow the run down), a check
// that aborts like a crash, and a reader that takes values off the front of the input.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace MailroomFuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

// Installed before main() in both builds (libFuzzer's and the corpus runner's).
inline const bool installed = [] {
    qInstallMessageHandler(quietMessages);
    return true;
}();

// An invariant the code under test promises: failing it is a bug found, reported like a crash.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);                         \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

// Takes small values off the end of the input; what is left is the text to parse. From the end,
// so that a plain file (a real log, a mailbox, main.cf) is a useful input as it is.
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    { }
    quint8 byte()
    {
        if (m_size == 0) {
            return 0;
        }
        return quint8(m_data[--m_size]);
    }
    // What follows the last NUL (which goes too), for a short extra string such as a charset
    // name; empty, and nothing taken, when there is no NUL.
    QByteArrayView field()
    {
        const QByteArrayView all(m_data, m_size);
        // Not asked of an empty view: Qt 6.8's lastIndexOf('\0') found the NUL just before the
        // end of the input there (an empty view of data ending in NUL), read past the buffer.
        const qsizetype nul = all.isEmpty() ? -1 : all.lastIndexOf('\0');
        if (nul < 0) {
            return {};
        }
        m_size = nul;
        return all.sliced(nul + 1);
    }
    QByteArrayView rest() const { return QByteArrayView(m_data, m_size); }

private:
    const char *m_data;
    qsizetype m_size;
};

} // namespace MailroomFuzz
