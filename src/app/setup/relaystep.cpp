// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/relaystep.h"
#include "highlighting.h"

#include "helperclient.h"
#include "helperproxy.h"
#include "logs/deliveryline.h"
#include "logs/diagnosis.h"
#include "postfix/osrelease.h"
#include "setup/testmailtracker.h"
#include "setup/teststep.h"
#include "smtp/smtplogincheck.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QComboBox>
#include <QDBusPendingReply>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QStringList RelayKeys {QStringLiteral("relayhost"),
                             QStringLiteral("smtp_sasl_auth_enable"),
                             QStringLiteral("smtp_sasl_password_maps"),
                             QStringLiteral("smtp_sasl_security_options"),
                             QStringLiteral("smtp_sasl_tls_security_options"),
                             QStringLiteral("smtp_tls_security_level"),
                             QStringLiteral("smtp_tls_wrappermode"),
                             QStringLiteral("smtp_tls_CAfile"),
                             QStringLiteral("default_database_type")};

QPlainTextEdit *monospaceBox(const QString &name, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setMinimumHeight(90);
    return box;
}

Mailroom::DistroFamily toFamily(const QString &name)
{
    if (name == QLatin1String("debian")) {
        return Mailroom::DistroFamily::DebianLike;
    }
    if (name == QLatin1String("rhel")) {
        return Mailroom::DistroFamily::RhelLike;
    }
    return Mailroom::DistroFamily::Other;
}

// "[smtp.example.com]:587" → host and port; a bare "host" or "host:port" too.
std::pair<QString, int> splitRelayhost(const QString &value)
{
    QString v = value.trimmed();
    int port = 25;
    if (v.startsWith(QLatin1Char('['))) {
        const qsizetype close = v.indexOf(QLatin1Char(']'));
        const QString rest = v.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            port = rest.mid(1).toInt();
        }
        return {v.mid(1, close - 1), port};
    }
    if (v.count(QLatin1Char(':')) == 1) {
        return {v.section(QLatin1Char(':'), 0, 0), v.section(QLatin1Char(':'), 1).toInt()};
    }
    return {v, port};
}

const char *ResultOk = "QLabel { color: #1e6b2e; font-weight: bold; }";
const char *ResultBad = "QLabel { color: #a3140c; font-weight: bold; }";
} // namespace

RelayStep::RelayStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Relay (optional)"), parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_validation(new QLabel(this))
    , m_test(new QPushButton(tr("Test login"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_trust(new QPushButton(tr("Trust this certificate and test again"), this))
    , m_progress(new QLabel(this))
    , m_loginResult(new QLabel(this))
    , m_certificate(new QLabel(this))
    , m_transcript(monospaceBox(QStringLiteral("transcript"), this))
    , m_diff(monospaceBox(QStringLiteral("diff"), this))
    , m_apply(new QPushButton(tr("Use this relay"), this))
    , m_remove(new QPushButton(tr("Remove relay"), this))
    , m_from(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send test message through the relay"), this))
    , m_sendLines(monospaceBox(QStringLiteral("sendLines"), this))
    , m_sendResult(new QLabel(this))
    , m_check(new Mailroom::SmtpLoginCheck(this))
    , m_tracker(new Mailroom::TestMailTracker(proxy(), this))
{
    setIntro(tr("Many Internet providers block outgoing connections to port 25, and mail from home or office "
                "addresses is often refused as spam. A relay (smarthost) is your provider's or a mail service's "
                "server: Postfix logs in to it and hands over all outgoing mail, and the relay delivers it. "
                "Local mail stays local."),
             tr("writes the user name and password to /etc/postfix/sasl_passwd (readable by root only) and builds "
                "its lookup table, sets relayhost and the login and encryption settings in main.cf after a backup, "
                "and restarts Postfix. Nothing is written before the login test has passed."));

    auto *account = new QGroupBox(tr("Relay account"), this);
    auto *form = new QFormLayout(account);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_host->setObjectName(QStringLiteral("relayHost"));
    m_host->setPlaceholderText(tr("e.g. smtp.example.com"));
    m_port->setObjectName(QStringLiteral("relayPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->setObjectName(QStringLiteral("relaySecurity"));
    m_security->setWordWrap(true);
    m_security->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_user->setObjectName(QStringLiteral("relayUser"));
    m_user->setPlaceholderText(tr("often your full e-mail address"));
    m_password->setObjectName(QStringLiteral("relayPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_validation->setObjectName(QStringLiteral("relayValidation"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("QLabel { color: #a3140c; }"));
    m_validation->hide();
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(QString(), m_security);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_validation);
    auto *testRow = new QHBoxLayout;
    m_test->setObjectName(QStringLiteral("testLogin"));
    m_cancel->setObjectName(QStringLiteral("cancelTest"));
    m_cancel->hide();
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->hide();
    m_progress->setObjectName(QStringLiteral("testProgress"));
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancel);
    testRow->addWidget(m_trust);
    testRow->addWidget(m_progress, 1);
    form->addRow(testRow);
    body()->addWidget(account);

    auto *login = new QGroupBox(tr("Login test"), this);
    auto *loginLayout = new QVBoxLayout(login);
    m_loginResult->setObjectName(QStringLiteral("loginResult"));
    m_loginResult->setWordWrap(true);
    m_loginResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loginResult->setText(tr("Not tested yet."));
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextFormat(Qt::RichText);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->hide();
    m_transcript->setPlaceholderText(
        tr("The conversation with the server appears here (the password is never shown)."));
    loginLayout->addWidget(m_loginResult);
    loginLayout->addWidget(m_certificate);
    loginLayout->addWidget(m_transcript);
    body()->addWidget(login);

    auto *changes = new QGroupBox(tr("What “Use this relay” changes in main.cf"), this);
    auto *changesLayout = new QVBoxLayout(changes);
    m_diff->setPlaceholderText(tr("After a successful login test, the exact changes to main.cf appear here."));
    Mailroom::Highlighting::attach(m_diff->document(), m_diff, {QStringLiteral("Diff")});
    changesLayout->addWidget(m_diff);
    body()->addWidget(changes);

    auto *sendBox = new QGroupBox(tr("Test message through the relay"), this);
    auto *sendForm = new QFormLayout(sendBox);
    m_from->setObjectName(QStringLiteral("testFrom"));
    m_from->addItems(TestStep::localUsers());
    m_to->setObjectName(QStringLiteral("testTo"));
    m_to->setPlaceholderText(tr("an address outside this server, e.g. your own mailbox at another provider"));
    m_send->setObjectName(QStringLiteral("sendTest"));
    m_sendResult->setObjectName(QStringLiteral("sendResult"));
    m_sendResult->setWordWrap(true);
    m_sendResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sendForm->addRow(tr("From:"), m_from);
    sendForm->addRow(tr("To:"), m_to);
    sendForm->addRow(QString(), m_send);
    sendForm->addRow(m_sendLines);
    sendForm->addRow(m_sendResult);
    body()->addWidget(sendBox);

    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    m_remove->setObjectName(QStringLiteral("removeRelay"));
    m_remove->setEnabled(false);
    buttons()->addWidget(m_remove);
    buttons()->addWidget(m_apply);

    for (QLineEdit *e : {m_host, m_user, m_password}) {
        connect(e, &QLineEdit::textChanged, this, &RelayStep::settingsEdited);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &RelayStep::settingsEdited);
    connect(m_to, &QLineEdit::textChanged, this, [this] {
        m_send->setEnabled(!m_relayhost.isEmpty() && !m_tracker->isRunning() && !m_to->text().trimmed().isEmpty());
    });
    connect(m_test, &QPushButton::clicked, this, &RelayStep::testLogin);
    connect(m_cancel, &QPushButton::clicked, m_check, &Mailroom::SmtpLoginCheck::cancel);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_trustedFingerprint = m_untrustedFingerprint;
        testLogin();
    });
    connect(m_check, &Mailroom::SmtpLoginCheck::progress, m_progress, &QLabel::setText);
    connect(m_check, &Mailroom::SmtpLoginCheck::finished, this, &RelayStep::showLoginResult);
    connect(m_apply, &QPushButton::clicked, this, &RelayStep::apply);
    connect(m_remove, &QPushButton::clicked, this, &RelayStep::removeRelay);
    connect(m_send, &QPushButton::clicked, this, &RelayStep::sendTest);
    connect(m_tracker, &Mailroom::TestMailTracker::queued, this,
            [this](const QString &id) { m_sendLines->appendPlainText(tr("Queued as %1").arg(id)); });
    connect(m_tracker, &Mailroom::TestMailTracker::logLine, this, [this](const Mailroom::LogEntry &e) {
        m_sendLines->appendPlainText(e.identifier + QStringLiteral(": ") + e.message);
    });
    connect(m_tracker, &Mailroom::TestMailTracker::finished, this,
            [this](const Mailroom::DeliveryLine &result, const QString &error) {
                m_send->setEnabled(!m_relayhost.isEmpty() && !m_to->text().trimmed().isEmpty());
                if (result.status == Mailroom::DeliveryStatus::Sent) {
                    m_sendResult->setStyleSheet(QLatin1String(ResultOk));
                    m_sendResult->setText(
                        tr("Sent: the relay %1 accepted the test message (status=sent).").arg(result.relay));
                    return;
                }
                m_sendResult->setStyleSheet(QLatin1String(ResultBad));
                if (result.status != Mailroom::DeliveryStatus::Other) {
                    const auto finding
                        = Mailroom::Diagnosis::diagnose(result.reason.toUtf8(), Mailroom::Diagnosis::Context::Delivery);
                    const QString why = result.reason.isEmpty() ? QString() : QStringLiteral("(%1)").arg(result.reason);
                    const QString status = result.statusWord();
                    m_sendResult->setText(finding.isValid()
                                              ? tr("Not delivered (status=%1) %2\n%3 %4")
                                                    .arg(status, why, finding.explanation, finding.suggestion)
                                              : tr("Not delivered (status=%1) %2").arg(status, why));
                } else {
                    m_sendResult->setText(error);
                }
            });

    updateSecurityText();
    m_send->setEnabled(false);
}

RelayStep::~RelayStep() = default;

Mailroom::RelayConfig RelayStep::relay() const
{
    Mailroom::RelayConfig r;
    r.host = m_host->text().trimmed();
    if (r.host.startsWith(QLatin1Char('[')) && r.host.endsWith(QLatin1Char(']'))) {
        r.host = r.host.mid(1, r.host.size() - 2);
    }
    r.port = m_port->value();
    r.user = m_user->text().trimmed();
    r.password = m_password->text();
    return r;
}

bool RelayStep::validate()
{
    const Mailroom::ValidationResult v = relay().validate();
    m_validation->setText(v.message);
    m_validation->setVisible(!v.valid);
    return v.valid;
}

void RelayStep::updateSecurityText()
{
    m_security->setText(m_port->value() == 465
                            ? tr("Port 465: the connection is encrypted from the start (implicit TLS); Postfix gets "
                                 "smtp_tls_wrappermode = yes.")
                            : tr("Port %1: the connection starts in clear and is encrypted with STARTTLS before the "
                                 "login (587 is the usual submission port).")
                                  .arg(m_port->value()));
}

void RelayStep::settingsEdited()
{
    updateSecurityText();
    m_loginOk = false;
    m_apply->setEnabled(false);
    m_diff->clear();
    m_validation->hide();
}

void RelayStep::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy); // the login test needs no Postfix
    m_cancel->setVisible(busy && m_check->isRunning());
    m_apply->setEnabled(!busy && m_loginOk && m_installed);
    m_remove->setEnabled(!busy && !m_relayhost.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *> {m_host, m_port, m_user, m_password}) {
        w->setEnabled(!busy);
    }
}

void RelayStep::refresh()
{
    whenFinished(proxy()->GetSystemInfo(), [this](QDBusPendingCallWatcher *iw) {
        QDBusPendingReply<Mailroom::SystemInfo> info = *iw;
        if (showIfFailed(iw)) {
            return;
        }
        m_installed = !info.value().postfixVersion.isEmpty();
        m_distroFamily = info.value().distroFamily;
        if (!m_installed) {
            setState(tr("Postfix is not installed yet. You can test the relay account now; using it needs "
                        "Postfix (step 4)."));
            m_relayhost.clear();
            setBusy(false);
            m_send->setEnabled(false);
            setDone(false);
            return;
        }
        whenFinished(proxy()->GetConfig(RelayKeys), [this](QDBusPendingCallWatcher *w) {
            QDBusPendingReply<Mailroom::ConfigValueList> r = *w;
            if (showIfFailed(w)) {
                return;
            }
            QMap<QString, QString> v;
            for (const auto &c : r.value()) {
                v.insert(c.key, c.value);
            }
            m_databaseType = v.value(QStringLiteral("default_database_type"), QStringLiteral("hash"));
            m_relayhost = v.value(QStringLiteral("relayhost"));
            const bool login = v.value(QStringLiteral("smtp_sasl_auth_enable")) == QLatin1String("yes");
            if (m_relayhost.isEmpty()) {
                setState(tr("Mail to other domains goes <b>directly</b> to the recipients' mail servers "
                            "(relayhost is empty)."));
            } else {
                setState(tr("Mail to other domains goes through the relay <b>%1</b>.<br>"
                            "Login (smtp_sasl_auth_enable): <b>%2</b>; encryption (smtp_tls_security_level): "
                            "<b>%3</b>%4.")
                             .arg(m_relayhost.toHtmlEscaped(), login ? tr("yes") : tr("no"),
                                  v.value(QStringLiteral("smtp_tls_security_level")).toHtmlEscaped(),
                                  v.value(QStringLiteral("smtp_tls_wrappermode")) == QLatin1String("yes")
                                      ? tr(", from the start (smtp_tls_wrappermode)")
                                      : QString()));
                if (m_host->text().isEmpty()) {
                    const auto [host, port] = splitRelayhost(m_relayhost);
                    m_host->setText(host);
                    m_port->setValue(port);
                }
            }
            setBusy(m_busy);
            m_send->setEnabled(!m_relayhost.isEmpty() && !m_tracker->isRunning() && !m_to->text().trimmed().isEmpty());
            setDone(!m_relayhost.isEmpty() && login);
        });
    });
}

void RelayStep::testLogin()
{
    setError(QString());
    if (!validate()) {
        return;
    }
    const Mailroom::RelayConfig r = relay();
    Mailroom::SmtpLoginCheck::Options o;
    o.host = r.host;
    o.port = quint16(r.port);
    o.user = r.user;
    o.password = r.password;
    o.trustedFingerprint = m_trustedFingerprint;
    m_loginOk = false;
    m_trust->hide();
    m_diff->clear();
    m_transcript->clear();
    m_certificate->hide();
    m_loginResult->setStyleSheet(QString());
    m_loginResult->setText(tr("Testing…"));
    if (m_check->start(o)) {
        setBusy(true);
    }
}

void RelayStep::showLoginResult(const Mailroom::SmtpLoginResult &result)
{
    using O = Mailroom::SmtpLoginResult::Outcome;
    m_progress->clear();
    m_loginResult->setText(result.message());
    m_loginResult->setStyleSheet(QLatin1String(result.isAccepted() ? ResultOk : ResultBad));
    m_transcript->setPlainText(result.transcript.join(QLatin1Char('\n')));

    const auto &c = result.certificate;
    if (!c.isNull) {
        const QLocale locale;
        QString text
            = tr("<b>Server certificate</b><br>"
                 "Issued to: %1<br>Issued by: %2<br>Also valid for: %3<br>Valid from %4 to %5<br>"
                 "SHA-256 fingerprint: <tt>%6</tt><br>Encryption: %7, %8")
                  .arg(c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(),
                       c.alternativeNames.isEmpty() ? tr("(no other names)")
                                                    : c.alternativeNames.join(QStringLiteral(", ")).toHtmlEscaped(),
                       locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                       locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat), c.sha256,
                       result.tlsProtocol.toHtmlEscaped(), result.cipher.toHtmlEscaped());
        text += QStringLiteral("<br>");
        text += c.chainTrusted
            ? tr("✔ Signed by a certificate authority this system trusts.")
            : (c.selfSigned ? tr("✘ Self-signed: no certificate authority this system trusts vouches for it.")
                            : tr("✘ Not signed by a certificate authority this system trusts."));
        text += QStringLiteral("<br>");
        text += c.hostMatches ? tr("✔ Made out for the host name %1.").arg(m_host->text().toHtmlEscaped())
                              : tr("✘ Not made out for the host name %1.").arg(m_host->text().toHtmlEscaped());
        if (!c.isTrusted() && Mailroom::CertificateSummary::sameFingerprint(c.sha256, m_trustedFingerprint)) {
            text += QStringLiteral("<br>") + tr("✔ You chose to trust this certificate by its fingerprint.");
        }
        if (!c.problems.isEmpty()) {
            text += QStringLiteral("<br>")
                + tr("Problems: %1").arg(c.problems.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        m_certificate->setText(text);
        m_certificate->show();
    }
    if (result.outcome == O::CertificateUntrusted) {
        m_untrustedFingerprint = c.sha256;
        m_trust->show();
    }
    m_loginOk = result.isAccepted();
    setBusy(false);
    if (m_loginOk && m_installed) {
        preview();
    } else if (m_loginOk) {
        m_diff->setPlainText(tr("# The account works. Install Postfix (step 4), then test again to see the changes."));
    }
}

Mailroom::ConfigChange RelayStep::expectedChange() const
{
    return relay().mainCfChange(m_databaseType, toFamily(m_distroFamily));
}

void RelayStep::preview()
{
    Mailroom::StringMap set;
    QStringList remove;
    for (const auto &e : expectedChange().entries()) {
        if (e.value) {
            set.insert(e.key, *e.value);
        } else {
            remove << e.key;
        }
    }
    whenFinished(proxy()->PreviewConfigChange(set, remove), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<QString> r = *w;
        if (showIfFailed(w)) {
            m_loginOk = false;
            setBusy(false);
            return;
        }
        const QString files = tr("# and /etc/postfix/sasl_passwd (root only, mode 600) gets the line\n"
                                 "#   %1 %2:********\n"
                                 "# then postmap builds its %3 table, and Postfix restarts.\n")
                                  .arg(relay().relayhost(), relay().user, m_databaseType);
        m_previewText = (r.value().isEmpty() ? tr("# main.cf already has these values.\n") : r.value()) + files;
        m_diff->setPlainText(m_previewText);
        setBusy(false);
    });
}

void RelayStep::apply()
{
    if (!m_loginOk || !validate()) {
        return;
    }
    setError(QString());
    setResult(QString());
    const Mailroom::RelayConfig r = relay();
    setBusy(true);
    m_progress->setText(tr("Writing the relay settings and restarting Postfix…"));
    whenFinished(proxy()->SetRelay(r.host, ushort(r.port), r.user, r.password), [this](QDBusPendingCallWatcher *w) {
        m_progress->clear();
        if (showIfFailed(w)) {
            setBusy(false);
            return;
        }
        verify();
    });
}

void RelayStep::verify()
{
    // Read back what Postfix itself now uses (postconf) and compare with what was meant.
    const Mailroom::ConfigChange expected = expectedChange();
    whenFinished(proxy()->GetConfig(RelayKeys), [this, expected](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::ConfigValueList> r = *w;
        setBusy(false);
        if (showIfFailed(w)) {
            return;
        }
        QMap<QString, Mailroom::ConfigValue> now;
        for (const auto &c : r.value()) {
            now.insert(c.key, c);
        }
        QStringList checked;
        QStringList wrong;
        for (const auto &e : expected.entries()) {
            if (!now.contains(e.key)) {
                continue;
            }
            const Mailroom::ConfigValue &v = now.value(e.key);
            if (e.value) {
                if (v.value == *e.value) {
                    checked << QStringLiteral("%1 = %2").arg(e.key, v.value).toHtmlEscaped();
                } else {
                    wrong << tr("%1 = %2 instead of %3").arg(e.key, v.value, *e.value);
                }
            } else if (v.explicitlySet) {
                wrong << tr("%1 is still set").arg(e.key);
            }
        }
        if (!wrong.isEmpty()) {
            setError(tr("The relay was applied, but Postfix now reports: %1").arg(wrong.join(QStringLiteral("; "))));
        } else {
            setResult(
                tr("The relay is in use. Postfix reports:<br><tt>%1</tt>").arg(checked.join(QStringLiteral("<br>"))));
        }
        // The password is in sasl_passwd now; it need not stay in this window. What was applied stays shown.
        m_password->clear();
        m_diff->setPlainText(tr("# Applied:\n") + m_previewText);
        Q_EMIT systemChanged();
        refresh();
    });
}

void RelayStep::removeRelay()
{
    setError(QString());
    setResult(QString());
    setBusy(true);
    whenFinished(proxy()->RemoveRelay(), [this](QDBusPendingCallWatcher *w) {
        setBusy(false);
        if (!showIfFailed(w)) {
            setResult(tr("The relay is removed: mail goes directly to the recipients' servers again, and "
                         "sasl_passwd is deleted (a backup is kept)."));
        }
        Q_EMIT systemChanged();
        refresh();
    });
}

void RelayStep::sendTest()
{
    const QString to = m_to->text().trimmed();
    if (m_from->currentText().isEmpty() || to.isEmpty()) {
        return;
    }
    m_sendLines->clear();
    m_sendResult->clear();
    m_sendResult->setStyleSheet(QString());
    m_send->setEnabled(false);
    m_tracker->send(m_from->currentText(), to, tr("Mailroom test message through the relay"));
}
