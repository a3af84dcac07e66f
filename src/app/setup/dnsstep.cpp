// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/dnsstep.h"

#include "helperproxy.h"
#include "helpertypes.h"

#include <QDBusPendingReply>
#include <QDnsLookup>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>

namespace {
constexpr int LookupTimeoutMs = 5000;

QString withoutDot(QString name)
{
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    return name.toLower();
}
} // namespace

DnsStep::DnsStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("DNS (MX record)"), parent)
    , m_check(new QPushButton(tr("Check again"), this))
    , m_timeout(new QTimer(this))
{
    setIntro(tr("Other mail servers find the server for your domain through its MX (mail exchanger) record in DNS. "
                "Your registrar usually points it at their own mail server; when you run your own, the MX record "
                "must name this server."),
             tr("nothing on this machine. If the record is wrong, change it in your registrar's DNS settings: add or "
                "edit the MX record of your domain so that it names this server's host name, which must itself "
                "resolve to this server's public address."));
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(LookupTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_lookup && m_lookup->isFinished() == false) {
            m_lookup->abort(); // finished() follows with OperationCancelledError
        }
    });
    m_check->setObjectName(QStringLiteral("apply"));
    buttons()->addWidget(m_check);
    connect(m_check, &QPushButton::clicked, this, &DnsStep::lookUp);
}

void DnsStep::refresh()
{
    whenFinished(proxy()->GetConfig({QStringLiteral("mydomain"), QStringLiteral("myhostname")}),
                 [this](QDBusPendingCallWatcher *w) {
                     QDBusPendingReply<Mailroom::ConfigValueList> r = *w;
                     if (r.isError()) {
                         setState(
                             tr("Postfix is not set up yet, so the domain is not known: do the basic settings first."));
                         m_check->setEnabled(false);
                         setDone(false);
                         return;
                     }
                     for (const auto &v : r.value()) {
                         (v.key == QLatin1String("mydomain") ? m_domain : m_myHostname) = v.value;
                     }
                     whenFinished(proxy()->GetSystemInfo(), [this](QDBusPendingCallWatcher *iw) {
                         QDBusPendingReply<Mailroom::SystemInfo> info = *iw;
                         if (!info.isError()) {
                             m_hostName = info.value().hostName;
                         }
                         lookUp();
                     });
                 });
}

void DnsStep::lookUp()
{
    if (m_domain.isEmpty() || (m_lookup && !m_lookup->isFinished())) {
        return;
    }
    setError(QString());
    m_check->setEnabled(false);
    setState(tr("Looking up the MX record of <b>%1</b>…").arg(m_domain.toHtmlEscaped()));
    delete m_lookup;
    m_lookup = new QDnsLookup(QDnsLookup::MX, m_domain, this);
    connect(m_lookup, &QDnsLookup::finished, this, &DnsStep::finished);
    m_timeout->start();
    m_lookup->lookup();
}

void DnsStep::finished()
{
    m_timeout->stop();
    m_check->setEnabled(true);
    const QStringList ours {withoutDot(m_hostName), withoutDot(m_myHostname), withoutDot(m_domain)};
    QString text;
    bool matches = false;
    switch (m_lookup->error()) {
    case QDnsLookup::NoError: {
        QStringList names;
        for (const QDnsMailExchangeRecord &mx : m_lookup->mailExchangeRecords()) {
            const QString name = withoutDot(mx.exchange());
            names << tr("%1 (preference %2)").arg(name.toHtmlEscaped()).arg(mx.preference());
            matches = matches || ours.contains(name);
        }
        text = tr("MX of <b>%1</b>: %2.").arg(m_domain.toHtmlEscaped(), names.join(QStringLiteral(", ")));
        text += QStringLiteral("<br>")
            + (matches ? tr("It names this server: other servers will deliver mail for your domain here.")
                       : tr("It does not name this server (%1). Mail for your domain goes elsewhere until you change "
                            "the MX record at your registrar.")
                             .arg(withoutDot(m_myHostname).toHtmlEscaped()));
        break;
    }
    case QDnsLookup::NotFoundError:
        text = tr("<b>%1</b> has no MX record, or the domain does not exist in DNS (NXDOMAIN). Register the domain "
                  "and add an MX record naming %2.")
                   .arg(m_domain.toHtmlEscaped(), withoutDot(m_myHostname).toHtmlEscaped());
        break;
    case QDnsLookup::OperationCancelledError:
        text = tr("No answer from DNS within %1 seconds: this machine seems to be offline or has no working name "
                  "server. Local mail works without DNS; check again when online.")
                   .arg(LookupTimeoutMs / 1000);
        break;
    default:
        text = tr("The DNS lookup failed: %1").arg(m_lookup->errorString().toHtmlEscaped());
        break;
    }
    setState(text);
    setDone(matches);
}
