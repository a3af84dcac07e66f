// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class HelperProxy;
class InstallControls;
class QDBusPendingCall;
class QDBusPendingCallWatcher;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace Mailroom {
class HelperClient;
}

// One page of the Setup assistant: what the step does, what it will change, what the
// machine looks like now (read live from the helper), the controls, and the result.
// A step knows whether it is done from the system's state, so re-runs show it done.
class SetupStep : public QWidget
{
    Q_OBJECT
public:
    SetupStep(Mailroom::HelperClient *client, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    bool isDone() const { return m_done; }
    bool isLoaded() const { return m_loaded; }

    // Re-reads the state from the helper (asynchronously).
    virtual void refresh() = 0;

Q_SIGNALS:
    void doneChanged(bool done);
    void loaded();
    // This step changed the system; other steps re-read their state.
    void systemChanged();

protected:
    HelperProxy *proxy() const;
    Mailroom::HelperClient *client() const { return m_client; }

    void setIntro(const QString &explanation, const QString &change);
    void setState(const QString &text);
    void setResult(const QString &text);
    // Shows a problem (empty hides it).
    void setError(const QString &text);
    // Marks the state as read; done tells whether the step's goal holds now.
    void setDone(bool done);

    QVBoxLayout *body() const { return m_body; }
    QHBoxLayout *buttons() const { return m_buttons; }

    // An install button's run, told in this step's words: its start clears the result and the
    // error (then started(), if any); its end says how it went (installedText on success, when
    // not empty), tells the other steps and re-reads the state.
    void followInstall(InstallControls *install, const QString &installedText,
                       const std::function<void()> &started = {});

    // Runs then(watcher) when the call has finished, on the UI thread; the watcher is deleted afterwards.
    void whenFinished(const QDBusPendingCall &call, const std::function<void(QDBusPendingCallWatcher *)> &then);
    // True (and the error shown) when the finished call failed.
    bool showIfFailed(const QDBusPendingCallWatcher *watcher);

private:
    Mailroom::HelperClient *m_client;
    QString m_title;
    bool m_done = false;
    bool m_loaded = false;
    QLabel *m_explanation;
    QLabel *m_change;
    QLabel *m_state;
    QLabel *m_result;
    QLabel *m_error;
    QVBoxLayout *m_body;
    QHBoxLayout *m_buttons;
};
