// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/safetextbrowser.h"

#include <QImage>

namespace Mailroom {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("data") && type == QTextDocument::ImageResource) {
        // data:image/png;base64,... — inline, nothing leaves the machine.
        const QString s = name.toString(QUrl::FullyEncoded);
        const qsizetype comma = s.indexOf(QLatin1Char(','));
        if (comma > 0 && s.left(comma).endsWith(QLatin1String(";base64"))) {
            QImage image;
            if (image.loadFromData(QByteArray::fromBase64(s.mid(comma + 1).toLatin1()))) {
                return image;
            }
        }
        return {};
    }
    m_blocked.append(name);
    return {};
}

} // namespace Mailroom
