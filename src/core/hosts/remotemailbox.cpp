// SPDX-License-Identifier: GPL-2.0-or-later
#include "remotemailbox.h"

#include "helperproxy.h"

#include <QCoreApplication>

namespace Mailroom::RemoteMailbox {

bool canPassDescriptors(const QDBusConnection &bus)
{
    return bus.connectionCapabilities().testFlag(QDBusConnection::UnixFileDescriptorPassing);
}

HelperError read(HelperProxy &proxy, const QString &user, const std::function<bool(const QByteArray &)> &write,
                 uint chunkSize)
{
    qulonglong offset = 0;
    qulonglong end = 0;
    bool first = true;
    while (first || offset < end) {
        QDBusPendingReply<QByteArray, qulonglong> reply = proxy.ReadMailbox(user, offset, chunkSize);
        reply.waitForFinished();
        if (reply.isError()) {
            return HelperError::fromDBus(reply.error());
        }
        const QByteArray data = reply.argumentAt<0>();
        const qulonglong size = reply.argumentAt<1>();
        if (first) {
            end = size;
            first = false;
        } else if (size < offset) {
            HelperError e;
            e.kind = HelperError::Kind::Failed;
            e.message = QCoreApplication::translate(
                            "RemoteMailbox", "%1's mailbox was rewritten while it was being read; read it again.")
                            .arg(user);
            return e;
        }
        if (data.isEmpty()) {
            break; // shorter than it was at the first call, but not below what was read
        }
        const QByteArray wanted = data.left(qsizetype(qMin<qulonglong>(qulonglong(data.size()), end - offset)));
        offset += qulonglong(wanted.size());
        if (!write(wanted)) {
            break;
        }
    }
    return {};
}

} // namespace Mailroom::RemoteMailbox
