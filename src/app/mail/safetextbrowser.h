// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QTextBrowser>

namespace Mailroom {

// A QTextBrowser that never loads anything: mail HTML may reference remote images (tracking
// pixels) or local files, so every resource request except inline data: URLs returns nothing.
// Links are not followed inside the view; activating one emits anchorClicked only.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

    // Resources that were asked for and refused (for tests and diagnostics).
    QList<QUrl> blockedResources() const { return m_blocked; }
    void clearBlockedResources() { m_blocked.clear(); }

private:
    QList<QUrl> m_blocked;
};

} // namespace Mailroom
