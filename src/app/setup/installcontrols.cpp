// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/installcontrols.h"

#include "setup/packageoperation.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

InstallControls::InstallControls(HelperProxy *proxy, const QString &package, const QString &buttonText, QWidget *parent)
    : QObject(parent)
    , m_install(new QPushButton(buttonText, parent))
    , m_cancel(new QPushButton(tr("Cancel"), parent))
    , m_progress(new QProgressBar(parent))
    , m_progressText(new QLabel(parent))
    , m_operation(new Mailroom::PackageOperation(proxy, Mailroom::PackageOperation::Kind::Install, package, this))
{
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->hide();
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->hide();
    connect(m_install, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_install->setEnabled(false);
        m_cancel->show();
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_progress->show();
        m_progressText->setText(tr("Asking for permission…"));
        m_progressText->show();
        Q_EMIT started();
        m_operation->start();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressText->setText(tr("Cancelling…"));
        m_operation->cancel();
    });
    connect(m_operation, &Mailroom::PackageOperation::progress, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        m_progressText->setText(text);
    });
    connect(m_operation, &Mailroom::PackageOperation::finished, this,
            [this](bool success, bool cancelled, const QString &message) {
                m_cancel->hide();
                m_progress->hide();
                m_progressText->hide();
                m_busy = false;
                Q_EMIT finished(success, cancelled, message);
            });
}

void InstallControls::addTo(QBoxLayout *body, QBoxLayout *buttons)
{
    body->addWidget(m_progress);
    body->addWidget(m_progressText);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_install);
}

void InstallControls::update(bool installed, bool enabled)
{
    m_install->setVisible(!installed);
    m_install->setEnabled(enabled && !m_busy);
}
