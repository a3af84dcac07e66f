// SPDX-License-Identifier: GPL-2.0-or-later
// Maildir file names and header blocks, as another program may leave them: a message file of
// any name (the delivery time, the ":2,"/"!2," info and its flag letters) in cur/ or new/ is
// listed with its flags, renamed to carry new flags, and listed again with exactly those.
//
// Input: the message's header block, NUL, the file name (cut at 200 bytes, '/' replaced), and
// a last byte choosing cur/ or new/ and the new flags.

#include "fuzztarget.h"

#include "mail/maildirstore.h"
#include "mail/messagetable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUtf8StringView>

using namespace Mailroom;

namespace {

MessageTable load(const MaildirStore &store)
{
    MessageTable table;
    FUZZ_CHECK(const_cast<MaildirStore &>(store).load([&table](MessageBatch &&b) { table.apply(std::move(b)); }));
    return table;
}

void clear(const QString &dir)
{
    for (const char *sub : {"cur", "new"}) {
        QDir d(dir + QLatin1Char('/') + QLatin1String(sub));
        for (const QString &name : d.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
            d.remove(name);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const bool made = QDir(dir.path()).mkpath(QStringLiteral("cur"))
        && QDir(dir.path()).mkpath(QStringLiteral("new")) && QDir(dir.path()).mkpath(QStringLiteral("tmp"));
    FUZZ_CHECK(made);

    MailroomFuzz::Input in(data, size);
    const quint8 choice = in.byte();
    QByteArray name = in.field().toByteArray();
    const QByteArrayView headers = in.rest();

    // Without a listing: the entry straight from the name and header bytes.
    QByteArray pool;
    const QByteArray key = ((choice & 1) ? "cur/" : "new/") + name;
    const MessageEntry entry = MaildirStore::makeEntry(key, headers, headers.size(), pool);
    FUZZ_CHECK(entry.headerLength <= quint32(headers.size()));
    MessageStatus::fromMaildirInfo(name);

    // On disk: names a file system takes, listed (hidden files are not messages). Only UTF-8
    // names: Qt opens files by QString, and other bytes do not survive QFile::decodeName().
    name = name.first(std::min<qsizetype>(name.size(), 200)).replace('/', '_');
    if (name.isEmpty() || name.startsWith('.') || !QUtf8StringView(name).isValidUtf8()) {
        return 0;
    }
    clear(dir.path());
    QFile file(dir.path() + QLatin1Char('/') + QFile::decodeName(key.first(4) + name));
    FUZZ_CHECK(file.open(QIODevice::WriteOnly));
    file.write(headers.data(), headers.size());
    file.close();

    const MaildirStore store(dir.path());
    MessageTable table = load(store);
    FUZZ_CHECK(table.size() == 1);
    table.subject(0);
    table.fromDisplay(0);
    table.to(0);
    table.date(0);
    FUZZ_CHECK(store.readMessage(table.key(0)) == headers);

    const MessageStatus::Flags wanted = MessageStatus::Flags(choice >> 1) & MessageStatus::persistentMask;
    QString error;
    const QByteArray newKey = store.setFlags(table.key(0), wanted, &error);
    FUZZ_CHECK(!newKey.isEmpty());
    table = load(store);
    FUZZ_CHECK(table.size() == 1);
    FUZZ_CHECK(table.key(0) == newKey);
    FUZZ_CHECK(table.flags(0) == (wanted | MessageStatus::Old));
    FUZZ_CHECK(store.remove(newKey, &error));
    FUZZ_CHECK(load(store).size() == 0);
    return 0;
}
