// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

class HelperProxy;
class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Mailroom {
class PackageOperation;
}

// The "Install X" button of a Setup step with its progress bar, progress text and Cancel, for one
// logical package installed through the helper (PackageKit). The step places the pieces and
// hears how it ended.
class InstallControls : public QObject
{
    Q_OBJECT
public:
    InstallControls(HelperProxy *proxy, const QString &package, const QString &buttonText, QWidget *parent);
    // The progress bar and text into body, Cancel and Install into buttons.
    void addTo(QBoxLayout *body, QBoxLayout *buttons);
    bool isBusy() const { return m_busy; }
    // The Install button shows while the package is missing; enabled unless something else runs.
    void update(bool installed, bool enabled);
    QPushButton *installButton() const { return m_install; }

Q_SIGNALS:
    void started();
    // The operation ended: success, cancelled, the helper's message.
    void finished(bool success, bool cancelled, const QString &message);

private:
    QPushButton *m_install;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    Mailroom::PackageOperation *m_operation;
    bool m_busy = false;
};
