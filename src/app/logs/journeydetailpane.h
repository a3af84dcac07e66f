// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/diagnosis.h"

#include <QSplitter>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Mailroom {
class LogIndex;
} // namespace Mailroom

// The Logs page's detail pane for one message: its raw log lines, highlighted, beside the
// diagnosis (what happened, what to do, and a button to the setting that fixes it).
class JourneyDetailPane : public QSplitter
{
    Q_OBJECT
public:
    explicit JourneyDetailPane(QWidget *parent = nullptr);

    // Nothing selected.
    void clear();
    // journey is an index of a JourneyModel (or a proxy of one); head its chain head in index.
    // Without an index (still reading) only the raw lines are shown.
    void showJourney(const QModelIndex &journey, const std::shared_ptr<const Mailroom::LogIndex> &index, quint32 head);

Q_SIGNALS:
    // The user asked to fix what the diagnosis found.
    void fixRequested(Mailroom::Diagnosis::FixTarget target);

private:
    QPlainTextEdit *m_rawLines;
    QLabel *m_diagnosisText;
    QLabel *m_suggestionText;
    QPushButton *m_fixButton;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    Mailroom::Diagnosis::FixTarget m_fixTarget = Mailroom::Diagnosis::FixTarget::None;
};
