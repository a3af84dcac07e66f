// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/certificateexpiry.h"

#include <QCoreApplication>

namespace Mailroom {

CertificateExpiry CertificateExpiry::at(const QDateTime &notBefore, const QDateTime &notAfter, const QDateTime &now)
{
    CertificateExpiry e;
    const qint64 seconds = now.secsTo(notAfter);
    // Whole days left, rounded down (an hour left is 0 days, an hour late is -1).
    e.daysLeft = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    if (notBefore.isValid() && now < notBefore) {
        e.state = State::NotYetValid;
    } else if (seconds < 0) {
        e.state = State::Expired;
    } else if (e.daysLeft <= warnDays) {
        e.state = State::ExpiresSoon;
    }
    return e;
}

QString CertificateExpiry::message(const QString &hostName, const QString &source) const
{
    const bool certbot = source == QLatin1String("letsencrypt");
    const QString renew = certbot
        ? QCoreApplication::translate("CertificateExpiry",
                                      "certbot renews it: check that “certbot renew” runs (systemctl status "
                                      "certbot.timer) and reload Postfix afterwards.")
        : QCoreApplication::translate("CertificateExpiry",
                                      "Get a new one: Configuration → Certificates (or mailroomctl tls request, then "
                                      "mailroomctl tls install).");
    switch (state) {
    case State::Valid:
        return QCoreApplication::translate("CertificateExpiry", "The certificate for %1 is valid for %n more day(s).",
                                           nullptr, int(daysLeft))
            .arg(hostName);
    case State::ExpiresSoon:
        return QCoreApplication::translate("CertificateExpiry", "The certificate for %1 expires in %n day(s). %2",
                                           nullptr, int(daysLeft))
            .arg(hostName, renew);
    case State::Expired:
        return QCoreApplication::translate(
                   "CertificateExpiry",
                   "The certificate for %1 has expired: mail clients and servers that check it refuse it. %2")
            .arg(hostName, renew);
    case State::NotYetValid:
        return QCoreApplication::translate(
                   "CertificateExpiry",
                   "The certificate for %1 is not valid yet: check the system clock, or install the right certificate.")
            .arg(hostName);
    }
    return {};
}

} // namespace Mailroom
