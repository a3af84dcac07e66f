// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/messageview.h"
#include "highlighting.h"

#include "mail/safetextbrowser.h"
#include "mail/spamstatus.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Mailroom {

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headers = new QLabel(this);
    m_headers->setObjectName(QStringLiteral("messageHeaders"));
    m_headers->setTextFormat(Qt::RichText);
    m_headers->setWordWrap(true);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headers);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    auto *page = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new SafeTextBrowser(page);
    m_body->setObjectName(QStringLiteral("messageBody"));
    pageLayout->addWidget(m_body, 1);
    m_attachmentBox = new QWidget(page);
    auto *attLayout = new QHBoxLayout(m_attachmentBox);
    attLayout->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QListWidget(m_attachmentBox);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setMaximumHeight(80);
    m_save = new QPushButton(tr("Save…"), m_attachmentBox);
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    attLayout->addWidget(m_attachments, 1);
    attLayout->addWidget(m_save, 0, Qt::AlignTop);
    pageLayout->addWidget(m_attachmentBox);
    m_tabs->addTab(page, tr("Message"));

    m_raw = new QPlainTextEdit(m_tabs);
    m_raw->setObjectName(QStringLiteral("rawSource"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = Mailroom::Highlighting::attach(m_raw->document(), m_raw, {QStringLiteral("Email")});
    m_tabs->addTab(m_raw, tr("Raw source"));
    layout->addWidget(m_tabs, 1);

    connect(m_save, &QPushButton::clicked, this, &MessageView::saveSelectedAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &MessageView::saveSelectedAttachment);
    clear();
}

MessageView::~MessageView()
{
    delete m_highlighter;
    m_highlighter = nullptr;
}

void MessageView::clear()
{
    m_hasMessage = false;
    m_message = MimePart();
    m_attachmentParts.clear();
    m_headers->setText(tr("<i>No message selected.</i>"));
    m_body->clear();
    m_raw->clear();
    m_attachments->clear();
    m_attachmentBox->hide();
}

QString MessageView::subjectText() const
{
    return m_hasMessage ? m_message.decodedHeader("Subject") : QString();
}

namespace {
constexpr qsizetype MaxHeaderShown = 4000; // characters of one header field in the header pane
constexpr qsizetype MaxSourceShown = 1024 * 1024; // bytes of the raw source view
constexpr qsizetype MaxBodyShown = 512 * 1024; // characters of the body view's HTML
} // namespace

void MessageView::showMessage(const QByteArray &raw)
{
    m_message = MimePart::parse(raw);
    m_hasMessage = true;

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    const std::pair<const char *, QString> fields[] = {
        {"From", tr("From:")}, {"To", tr("To:")}, {"Cc", tr("Cc:")}, {"Date", tr("Date:")}, {"Subject", tr("Subject:")},
    };
    for (const auto &[name, label] : fields) {
        QString value = m_message.decodedHeader(name);
        if (value.isEmpty()) {
            continue;
        }
        if (value.size() > MaxHeaderShown) {
            // A header of megabytes (a hostile one) would take the label minutes to lay out.
            value = value.left(MaxHeaderShown) + QChar(0x2026);
        }
        const bool subject = qstrcmp(name, "Subject") == 0;
        html += QStringLiteral("<tr><td align=\"right\"><b>%1</b>&nbsp;</td><td>%2%3%4</td></tr>")
                    .arg(label.toHtmlEscaped(), subject ? QStringLiteral("<b>") : QString(), value.toHtmlEscaped(),
                         subject ? QStringLiteral("</b>") : QString());
    }
    // SpamAssassin's verdict, in words, with the rules that fired (X-Spam-Status, unfolded).
    const QByteArray spamFlag = m_message.header("X-Spam-Flag");
    const QByteArray spamStatus = m_message.header("X-Spam-Status");
    const SpamStatus spam = SpamStatus::parse(spamFlag.isNull() ? QByteArrayView() : QByteArrayView(spamFlag),
                                              spamStatus.isNull() ? QByteArrayView() : QByteArrayView(spamStatus));
    if (spam.present) {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        QString verdict = spam.spam ? tr("spam") : tr("not spam");
        if (spam.hasScore && spam.hasRequired) {
            verdict = spam.spam ? tr("spam, score %1 (%2 or more is spam)")
                                      .arg(locale.toString(spam.score, 'f', 1), locale.toString(spam.required, 'f', 1))
                                : tr("not spam, score %1 (%2 or more is spam)")
                                      .arg(locale.toString(spam.score, 'f', 1), locale.toString(spam.required, 'f', 1));
        }
        if (!spam.tests.isEmpty()) {
            verdict += QStringLiteral(" — ") + spam.tests.join(QStringLiteral(", "));
        }
        html += QStringLiteral("<tr><td align=\"right\"><b>%1</b>&nbsp;</td><td%2>%3</td></tr>")
                    .arg(tr("SpamAssassin:").toHtmlEscaped(),
                         spam.spam ? QStringLiteral(" style=\"color:#c62828\"") : QString(), verdict.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_headers->setText(html);

    // The body: sanitized HTML when there is an HTML part, plain text otherwise (safeHtml()
    // escapes plain text). Either way nothing is fetched: SafeTextBrowser refuses all URLs.
    m_body->clearBlockedResources();
    QString body = m_message.safeHtml();
    if (body.size() > MaxBodyShown) {
        // Megabytes of text (one line of them, in a hostile message) take the text view seconds
        // and hundreds of megabytes to lay out: its start is shown, as plain text that wraps.
        const QString text = m_message.plainText();
        body = QStringLiteral("<p><i>%1</i></p><pre style=\"white-space: pre-wrap\">%2</pre>")
                   .arg(tr("Mailroom shows the first %n character(s) of this message's text here (it has %1).", nullptr,
                           int(MaxBodyShown))
                            .arg(QLocale().toString(text.size()))
                            .toHtmlEscaped(),
                        text.left(MaxBodyShown).toHtmlEscaped());
    }
    m_body->setHtml(body);

    m_attachments->clear();
    m_attachmentParts = m_message.attachments();
    for (const MimePart *part : std::as_const(m_attachmentParts)) {
        QString name = part->fileName();
        if (name.isEmpty()) {
            name = part->isMessage() ? part->children().value(0).decodedHeader("Subject") : tr("(unnamed)");
        }
        m_attachments->addItem(
            tr("%1 (%2, %3)")
                .arg(name, QString::fromLatin1(part->mimeType()), QLocale().formattedDataSize(part->decodedSize())));
    }
    if (!m_attachmentParts.isEmpty()) {
        m_attachments->setCurrentRow(0);
    }
    m_attachmentBox->setVisible(!m_attachmentParts.isEmpty());

    // The source view lays out every line: a few megabytes of short lines (100,000 parts) cost
    // hundreds of megabytes. Its start is shown, cut at a line; the message itself is whole.
    if (raw.size() > MaxSourceShown) {
        qsizetype cut = raw.lastIndexOf('\n', MaxSourceShown);
        if (cut <= 0) {
            cut = MaxSourceShown;
        }
        m_raw->setPlainText(QString::fromUtf8(QByteArrayView(raw).first(cut)) + QLatin1Char('\n')
                            + tr("[Mailroom shows the first %1 of this message's %2 here.]")
                                  .arg(QLocale().formattedDataSize(cut), QLocale().formattedDataSize(raw.size())));
    } else {
        m_raw->setPlainText(QString::fromUtf8(raw));
    }
}

bool MessageView::saveAttachment(int i, const QString &path, QString *error)
{
    if (i < 0 || i >= m_attachmentParts.size()) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!m_attachmentParts.at(i)->save(&file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MessageView::saveSelectedAttachment()
{
    const int i = m_attachments->currentRow();
    if (i < 0 || i >= m_attachmentParts.size()) {
        return;
    }
    // Only the base name of the sender's suggestion: it must not pick the directory.
    QString suggested = QFileInfo(m_attachmentParts.at(i)->fileName()).fileName();
    if (suggested.isEmpty() || suggested.startsWith(QLatin1Char('.'))) {
        suggested = tr("attachment");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), QDir::home().filePath(suggested));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveAttachment(i, path, &error)) {
        QMessageBox::warning(this, tr("Save attachment"), tr("Could not save %1: %2").arg(path, error));
    }
}

} // namespace Mailroom
