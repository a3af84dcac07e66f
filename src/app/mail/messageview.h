// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/mimepart.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Mailroom {

class SafeTextBrowser;

// Shows one message: decoded headers, the body (plain text, or sanitized HTML that loads
// nothing), the attachments with Save…, and the raw source highlighted as "Email".
class MessageView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    void showMessage(const QByteArray &raw);
    void clear();
    const MimePart &message() const { return m_message; }
    bool hasMessage() const { return m_hasMessage; }

    QString subjectText() const;
    SafeTextBrowser *bodyView() const { return m_body; }
    QPlainTextEdit *rawView() const { return m_raw; }
    KSyntaxHighlighting::SyntaxHighlighter *rawHighlighter() const { return m_highlighter; }
    QListWidget *attachmentList() const { return m_attachments; }
    // Saves attachment number i to path (the Save… button asks for the path).
    bool saveAttachment(int i, const QString &path, QString *error);

private:
    void saveSelectedAttachment();

    QLabel *m_headers;
    QTabWidget *m_tabs;
    SafeTextBrowser *m_body;
    QListWidget *m_attachments;
    QPushButton *m_save;
    QWidget *m_attachmentBox;
    QPlainTextEdit *m_raw;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    MimePart m_message;
    QList<const MimePart *> m_attachmentParts;
    bool m_hasMessage = false;
};

} // namespace Mailroom
