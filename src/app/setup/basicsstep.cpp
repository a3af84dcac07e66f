// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/basicsstep.h"
#include "highlighting.h"

#include "helperproxy.h"
#include "postfix/maincfvalidator.h"
#include "postfix/mynetworks.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QComboBox>
#include <QDBusPendingReply>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QStringList Keys {QStringLiteral("myhostname"),      QStringLiteral("mydomain"),
                        QStringLiteral("myorigin"),        QStringLiteral("mydestination"),
                        QStringLiteral("inet_interfaces"), QStringLiteral("mynetworks")};

enum NetworkChoice
{
    Host,
    Subnet,
    Class,
    Custom
};

// The addresses the network choices are made from. Link-local ones (169.254/16, fe80::/10) are
// left out: they reach only the same link, change with each interface, and trusting them to
// relay would help no one.
QList<Mailroom::MyNetworks::InterfaceAddress> candidateAddresses()
{
    QList<Mailroom::MyNetworks::InterfaceAddress> out;
    for (const auto &a : Mailroom::MyNetworks::fromInterfaces(QNetworkInterface::allInterfaces())) {
        if (!a.ip.isLinkLocal()) {
            out << a;
        }
    }
    return out;
}
} // namespace

BasicsStep::BasicsStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Basic settings"), parent)
    , m_networkStyle(new QComboBox(this))
    , m_networkExplanation(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_preview(new QPushButton(tr("Preview changes"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setIntro(tr("Postfix needs to know its own name, your domain, which mail it delivers here, and which machines "
                "may send mail on through it. Suggestions come from this machine; check the domain."),
             tr("sets these parameters in /etc/postfix/main.cf after a backup of the file; Postfix checks the new "
                "file and is reloaded if it runs. A failed check puts the old file back."));

    const QMap<QString, QString> help {
        {QStringLiteral("myhostname"), tr("This server's full name, host.domain.extension, e.g. mta1.example.com.")},
        {QStringLiteral("mydomain"), tr("Your Internet domain, the part after the host name, e.g. example.com.")},
        {QStringLiteral("myorigin"), tr("The domain mail sent from here appears to come from; $mydomain is usual.")},
        {QStringLiteral("mydestination"),
         tr("The domains this server is the final destination for. Mail for any other domain is a relay request, "
            "which is refused unless the sender is in “Trusted networks”.")},
        {QStringLiteral("inet_interfaces"), tr("The network interfaces Postfix receives mail on; usually all.")},
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString &key : Keys) {
        Field f;
        f.edit = new QLineEdit(this);
        f.edit->setObjectName(key);
        f.message = new QLabel(this);
        f.message->setObjectName(key + QStringLiteral("-message"));
        f.message->setWordWrap(true);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        if (key == QLatin1String("mynetworks")) {
            m_networkStyle->setObjectName(QStringLiteral("networkStyle"));
            m_networkStyle->addItem(tr("This machine only (host)"));
            m_networkStyle->addItem(tr("Machines in the same subnet (subnet)"));
            m_networkStyle->addItem(tr("Machines in the same address class (class)"));
            m_networkStyle->addItem(tr("A list of networks I enter"));
            box->addWidget(m_networkStyle);
            m_networkExplanation->setWordWrap(true);
            m_networkExplanation->setObjectName(QStringLiteral("networkExplanation"));
            box->addWidget(m_networkExplanation);
        }
        box->addWidget(f.edit);
        box->addWidget(f.message);
        f.message->setProperty("help", help.value(key));
        f.message->setText(help.value(key));
        form->addRow(key == QLatin1String("mynetworks") ? tr("Trusted networks (mynetworks):") : key + QLatin1Char(':'),
                     box);
        m_fields.insert(key, f);
        connect(f.edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling) {
                invalidatePreview();
            }
        });
    }
    body()->addLayout(form);
    connect(m_networkStyle, &QComboBox::currentIndexChanged, this, [this] {
        updateNetworks();
        if (!m_filling) {
            invalidatePreview();
        }
    });

    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Press “Preview changes” to see exactly what will change in main.cf."));
    m_diff->setMinimumHeight(120);
    Mailroom::Highlighting::attach(m_diff->document(), m_diff, {QStringLiteral("Diff")});
    body()->addWidget(m_diff, 1);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    buttons()->addWidget(m_preview);
    buttons()->addWidget(m_apply);
    connect(m_preview, &QPushButton::clicked, this, &BasicsStep::preview);
    connect(m_apply, &QPushButton::clicked, this, &BasicsStep::apply);
}

void BasicsStep::refresh()
{
    whenFinished(proxy()->GetSystemInfo(), [this](QDBusPendingCallWatcher *iw) {
        QDBusPendingReply<Mailroom::SystemInfo> info = *iw;
        if (showIfFailed(iw)) {
            return;
        }
        const Mailroom::SystemInfo si = info.value();
        if (si.postfixVersion.isEmpty()) {
            setState(tr("Postfix is not installed yet: install it first, then come back to this step."));
            for (const Field &f : std::as_const(m_fields)) {
                f.edit->setEnabled(false);
            }
            m_networkStyle->setEnabled(false);
            m_preview->setEnabled(false);
            m_apply->setEnabled(false);
            setDone(false);
            return;
        }
        whenFinished(proxy()->GetConfig(Keys), [this, si](QDBusPendingCallWatcher *w) {
            QDBusPendingReply<Mailroom::ConfigValueList> r = *w;
            if (showIfFailed(w)) {
                return;
            }
            const Mailroom::ConfigValueList values = r.value();
            QStringList lines;
            bool allSet = true;
            for (const auto &v : values) {
                lines << tr("%1 = %2%3")
                             .arg(v.key, v.value.toHtmlEscaped(),
                                  v.explicitlySet ? QString() : tr(" <i>(Postfix default)</i>"));
                allSet = allSet && v.explicitlySet;
            }
            setState(tr("main.cf now:<br><tt>%1</tt>").arg(lines.join(QStringLiteral("<br>"))));
            for (const Field &f : std::as_const(m_fields)) {
                f.edit->setEnabled(true);
            }
            m_networkStyle->setEnabled(true);
            if (!m_previewed) {
                fill(values, si.hostName);
            }
            setDone(allSet && !values.isEmpty());
        });
    });
}

void BasicsStep::fill(const Mailroom::ConfigValueList &values, const QString &hostName)
{
    QMap<QString, Mailroom::ConfigValue> byKey;
    for (const auto &v : values) {
        byKey.insert(v.key, v);
    }
    // The first time (mydomain not chosen yet) suggest the chapter's values; later show what is set.
    const bool firstTime = !byKey.value(QStringLiteral("mydomain")).explicitlySet;
    QString host = byKey.value(QStringLiteral("myhostname")).value;
    if (firstTime && hostName.contains(QLatin1Char('.'))) {
        host = hostName;
    }
    QString domain = byKey.value(QStringLiteral("mydomain")).value;
    if (firstTime && host.contains(QLatin1Char('.'))) {
        domain = host.section(QLatin1Char('.'), 1);
    }
    m_filling = true;
    m_fields[QStringLiteral("myhostname")].edit->setText(host);
    m_fields[QStringLiteral("mydomain")].edit->setText(domain);
    m_fields[QStringLiteral("myorigin")].edit->setText(firstTime ? QStringLiteral("$mydomain")
                                                                 : byKey.value(QStringLiteral("myorigin")).value);
    m_fields[QStringLiteral("mydestination")].edit->setText(
        firstTime ? QStringLiteral("$myhostname, localhost.$mydomain, localhost, $mydomain")
                  : byKey.value(QStringLiteral("mydestination")).value);
    m_fields[QStringLiteral("inet_interfaces")].edit->setText(
        firstTime ? QStringLiteral("all") : byKey.value(QStringLiteral("inet_interfaces")).value);

    const QString networks = byKey.value(QStringLiteral("mynetworks")).value;
    const auto addresses = candidateAddresses();
    int choice = Custom;
    if (firstTime) {
        choice = Subnet; // the chapter's choice: the local network may relay, the Internet may not
    } else {
        for (int style : {Host, Subnet, Class}) {
            const auto entries
                = Mailroom::MyNetworks::derive(static_cast<Mailroom::MyNetworks::Style>(style), addresses);
            if (Mailroom::MyNetworks::value(entries).simplified()
                == QString(networks).replace(QLatin1Char(','), QLatin1Char(' ')).simplified()) {
                choice = style;
                break;
            }
        }
    }
    m_fields[QStringLiteral("mynetworks")].edit->setText(networks);
    m_networkStyle->setCurrentIndex(choice);
    updateNetworks();
    m_filling = false;
    invalidatePreview(true);
}

void BasicsStep::updateNetworks()
{
    QLineEdit *edit = m_fields[QStringLiteral("mynetworks")].edit;
    const int choice = m_networkStyle->currentIndex();
    if (choice == Custom) {
        edit->setReadOnly(false);
        m_networkExplanation->setText(Mailroom::MyNetworks::explainCustomList());
        return;
    }
    const auto style = static_cast<Mailroom::MyNetworks::Style>(choice);
    edit->setReadOnly(true);
    edit->setText(Mailroom::MyNetworks::value(Mailroom::MyNetworks::derive(style, candidateAddresses())));
    m_networkExplanation->setText(Mailroom::MyNetworks::explain(style));
}

bool BasicsStep::validate()
{
    bool ok = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const Mailroom::ValidationResult r = Mailroom::MainCfValidator::validate(it.key(), it.value().edit->text());
        if (!r.valid) {
            it.value().message->setText(r.message);
            it.value().message->setStyleSheet(QStringLiteral("QLabel { color: #a3140c; }"));
            ok = false;
        } else {
            it.value().message->setStyleSheet(QString());
            it.value().message->setText(it.value().message->property("help").toString());
        }
    }
    return ok;
}

void BasicsStep::invalidatePreview(bool keepApplied)
{
    m_previewed = false;
    m_apply->setEnabled(false);
    // What was applied stays in view after the re-read that follows an apply; an edit clears it.
    if (!keepApplied) {
        m_applied.clear();
    }
    m_diff->setPlainText(m_applied);
    m_preview->setEnabled(validate());
}

Mailroom::StringMap BasicsStep::settings() const
{
    Mailroom::StringMap map;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        map.insert(it.key(), it.value().edit->text().trimmed());
    }
    return map;
}

void BasicsStep::preview()
{
    if (!validate()) {
        return;
    }
    setError(QString());
    m_preview->setEnabled(false);
    whenFinished(proxy()->PreviewConfigChange(settings(), {}), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<QString> r = *w;
        m_preview->setEnabled(true);
        if (showIfFailed(w)) {
            return;
        }
        const QString diff = r.value();
        m_diff->setPlainText(diff.isEmpty() ? tr("main.cf already has these values; nothing to change.") : diff);
        m_previewed = true;
        m_apply->setEnabled(!diff.isEmpty());
    });
}

void BasicsStep::apply()
{
    setError(QString());
    setResult(QString());
    m_apply->setEnabled(false);
    m_preview->setEnabled(false);
    whenFinished(proxy()->ApplyConfigChange(settings(), {}), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<QString, QString> r = *w;
        m_preview->setEnabled(true);
        if (showIfFailed(w)) {
            return;
        }
        const QString backup = r.argumentAt<0>();
        const QString applied = r.argumentAt<1>();
        m_applied = applied.isEmpty()
            ? QString()
            : tr("# Applied to main.cf (the previous file is backup %1):\n").arg(backup) + applied;
        setResult(backup.isEmpty() ? tr("Nothing needed to change.")
                                   : tr("Saved. The previous main.cf is kept as backup <b>%1</b>; the Summary step "
                                        "shows how to put it back.")
                                         .arg(backup.toHtmlEscaped()));
        m_previewed = false;
        Q_EMIT systemChanged();
        refresh();
    });
}
