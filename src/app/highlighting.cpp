// SPDX-License-Identifier: GPL-2.0-or-later
#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace {
// Re-themes the highlighter when its widget's palette changes (a dark/light switch).
class PaletteFollower : public QObject
{
public:
    PaletteFollower(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget)
        : QObject(highlighter)
        , m_highlighter(highlighter)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange && m_highlighter) {
            m_highlighter->setTheme(Mailroom::Highlighting::repository().themeForPalette(m_widget->palette()));
            m_highlighter->rehighlight();
        }
        return false;
    }

private:
    QPointer<KSyntaxHighlighting::SyntaxHighlighter> m_highlighter;
    QPointer<QWidget> m_widget;
};
} // namespace

KSyntaxHighlighting::Repository &Mailroom::Highlighting::repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::SyntaxHighlighter *Mailroom::Highlighting::attach(QTextDocument *document, QWidget *widget,
                                                                       const QStringList &names)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    for (const QString &name : names) {
        const KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
        if (definition.isValid()) {
            highlighter->setDefinition(definition);
            break;
        }
    }
    highlighter->setTheme(repository().themeForPalette(widget->palette()));
    new PaletteFollower(highlighter, widget);
    return highlighter;
}
