// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/overviewstep.h"

#include "helperproxy.h"
#include "helpertypes.h"

#include <QDBusPendingReply>
#include <QLabel>
#include <QVBoxLayout>

OverviewStep::OverviewStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Overview"), parent)
{
    setIntro(tr("A working mail system has a few parts. This assistant replaces sendmail with Postfix, sets it "
                "up for your domain and checks that local mail is delivered."),
             tr("nothing; this page only reads."));
    auto *parts = new QLabel(this);
    parts->setObjectName(QStringLiteral("parts"));
    parts->setWordWrap(true);
    parts->setTextFormat(Qt::RichText);
    parts->setText(
        tr("<p><b>MUA</b> (mail user agent): the mail client people use to write, send and read mail — KMail, "
           "Thunderbird, Evolution, or <tt>mail</tt> in a terminal.</p>"
           "<p><b>MTA</b> (mail transfer agent): the server program that carries mail from one computer to another, "
           "on the local network or across the Internet — sendmail, Postfix, Exim. Users rarely deal with it "
           "directly.</p>"
           "<p><b>MDA</b> (mail delivery agent): works in the background between the MTA and the mail client, for "
           "example a spam filter such as SpamAssassin or Procmail.</p>"
           "<p><b>SMTP</b> (Simple Mail Transfer Protocol): the language MTAs speak to each other to hand over "
           "mail.</p>"
           "<p><b>SMTP relay</b>: instead of delivering mail to the world yourself, you hand all outgoing mail to a "
           "provider's SMTP server (for example MailJet, SendGrid or Mailgun) that sends it on.</p>"));
    body()->addWidget(parts);
}

void OverviewStep::refresh()
{
    setError(QString());
    m_lines = QStringList(4);
    m_pending = 4;
    auto done = [this] {
        if (--m_pending == 0) {
            setState(m_lines.join(QStringLiteral("<br>")));
            setDone(true); // reading is all this step does
        }
    };
    whenFinished(proxy()->GetSystemInfo(), [this, done](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::SystemInfo> r = *w;
        if (!showIfFailed(w)) {
            const Mailroom::SystemInfo i = r.value();
            const QString mta = i.sendmailProvider.isEmpty() ? tr("no MTA") : i.sendmailProvider;
            m_lines[0] = tr("%1, host name <b>%2</b>. Mail handed to <tt>/usr/sbin/sendmail</tt> goes to: <b>%3</b>.")
                             .arg(i.prettyName.toHtmlEscaped(), i.hostName.toHtmlEscaped(), mta.toHtmlEscaped());
        }
        done();
    });
    whenFinished(proxy()->GetServiceStates(), [this, done](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::ServiceStateList> r = *w;
        if (!showIfFailed(w)) {
            QStringList parts;
            for (const auto &s : r.value()) {
                if (!s.installed) {
                    continue;
                }
                parts << tr("%1: %2 (%3)").arg(s.unit, s.activeState, s.unitFileState);
            }
            m_lines[1] = parts.isEmpty() ? tr("No mail service is installed.")
                                         : tr("Mail services: %1.").arg(parts.join(QStringLiteral(", ")));
        }
        done();
    });
    whenFinished(proxy()->GetPackages(), [this, done](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::PackageStateList> r = *w;
        if (!showIfFailed(w)) {
            QStringList in;
            QStringList out;
            for (const auto &p : r.value()) {
                (p.installed ? in : out) << (p.installed ? tr("%1 %2").arg(p.name, p.version) : p.name);
            }
            m_lines[2] = tr("Installed: %1. Not installed: %2.")
                             .arg(in.isEmpty() ? tr("none") : in.join(QStringLiteral(", ")),
                                  out.isEmpty() ? tr("none") : out.join(QStringLiteral(", ")));
        }
        done();
    });
    whenFinished(proxy()->GetConfig({QStringLiteral("relayhost")}), [this, done](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::ConfigValueList> r = *w;
        // Without Postfix there is no relay setting to read; that is not an error here.
        const QString relay = r.isError() || r.value().isEmpty() ? QString() : r.value().constFirst().value;
        if (r.isError()) {
            m_lines[3] = tr("SMTP relay: none (Postfix is not installed).");
        } else {
            m_lines[3] = relay.isEmpty()
                ? tr("SMTP relay: none; Postfix delivers outgoing mail itself.")
                : tr("SMTP relay: outgoing mail goes through <b>%1</b>.").arg(relay.toHtmlEscaped());
        }
        done();
    });
}
