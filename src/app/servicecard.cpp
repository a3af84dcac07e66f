// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicecard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

ServiceCard::ServiceCard(const QString &title, const QString &role, QWidget *parent)
    : QFrame(parent)
    , m_dot(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_package(new QLabel(this))
    , m_running(new QLabel(this))
    , m_boot(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(300);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *name = new QLabel(title, this);
    QFont f = name->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    name->setFont(f);
    m_dot->setFont(f);
    head->addWidget(m_dot);
    head->addWidget(name);
    head->addStretch(1);
    layout->addLayout(head);

    auto *roleLabel = new QLabel(role, this);
    roleLabel->setWordWrap(true);
    roleLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(roleLabel);

    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->addRow(tr("Package:"), m_package);
    form->addRow(tr("Service:"), m_running);
    form->addRow(tr("Start at boot:"), m_boot);
    layout->addLayout(form);
    setUnknown();
}

void ServiceCard::setUnknown()
{
    m_dot->setText(QStringLiteral("●"));
    m_dot->setStyleSheet(QStringLiteral("color: gray"));
    m_summary->setText(tr("Checking…"));
    m_package->setText(QStringLiteral("—"));
    m_running->setText(QStringLiteral("—"));
    m_boot->setText(QStringLiteral("—"));
}

void ServiceCard::setState(const Mailroom::ServiceState &s)
{
    QString color = QStringLiteral("gray");
    if (s.installed && s.isActive()) {
        color = QStringLiteral("#2e9d4f");
    } else if (s.installed && s.activeState == QLatin1String("failed")) {
        color = QStringLiteral("#d0342c");
    } else if (s.installed) {
        color = QStringLiteral("#e0a000");
    }
    m_dot->setText(QStringLiteral("●"));
    m_dot->setStyleSheet(QStringLiteral("color: %1").arg(color));
    m_summary->setText(s.summary());
    m_package->setText(s.installed ? tr("Installed") : tr("Not installed"));
    if (!s.installed) {
        m_running->setText(QStringLiteral("—"));
        m_boot->setText(QStringLiteral("—"));
        return;
    }
    //: %1 systemd active state, %2 sub state, e.g. "active (running)"
    m_running->setText(tr("%1 (%2)").arg(s.activeState, s.subState));
    m_boot->setText(s.isEnabled() ? tr("Yes (%1)").arg(s.unitFileState) : tr("No (%1)").arg(s.unitFileState));
}
