// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QTextDocument;
class QWidget;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Mailroom::Highlighting {
// The one KSyntaxHighlighting repository of the program (loading definitions is not free, and
// every view should see the same ones). GUI thread only.
KSyntaxHighlighting::Repository &repository();

// Highlights document with the named definition (the first of names that exists) in the theme
// that suits widget's palette, light or dark, and follows palette changes of widget.
KSyntaxHighlighting::SyntaxHighlighter *attach(QTextDocument *document, QWidget *widget, const QStringList &names);
} // namespace Mailroom::Highlighting
