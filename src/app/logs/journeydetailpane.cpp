// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeydetailpane.h"

#include "highlighting.h"
#include "logs/journeymodel.h"
#include "logs/logindex.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Mailroom::Diagnosis;
using Mailroom::JourneyModel;
using Mailroom::JourneyStatus;

JourneyDetailPane::JourneyDetailPane(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    m_rawLines = new QPlainTextEdit(this);
    m_rawLines->setObjectName(QStringLiteral("rawLines"));
    m_rawLines->setReadOnly(true);
    m_rawLines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawLines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawLines->setPlaceholderText(tr("Select a message to see its log lines."));
    m_highlighter = Mailroom::Highlighting::attach(
        m_rawLines->document(), m_rawLines,
        {QStringLiteral("Log File (advanced)"), QStringLiteral("Log File (simplified)")});

    auto *diagnosis = new QWidget(this);
    auto *dl = new QVBoxLayout(diagnosis);
    auto *title = new QLabel(tr("<b>Diagnosis</b>"), diagnosis);
    dl->addWidget(title);
    m_diagnosisText = new QLabel(diagnosis);
    m_diagnosisText->setObjectName(QStringLiteral("diagnosisText"));
    m_diagnosisText->setWordWrap(true);
    m_diagnosisText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_diagnosisText);
    m_suggestionText = new QLabel(diagnosis);
    m_suggestionText->setObjectName(QStringLiteral("suggestionText"));
    m_suggestionText->setWordWrap(true);
    m_suggestionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_suggestionText);
    m_fixButton = new QPushButton(diagnosis);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->hide();
    dl->addWidget(m_fixButton, 0, Qt::AlignLeft);
    dl->addStretch();
    addWidget(m_rawLines);
    addWidget(diagnosis);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    // Room for the explanation and the fix button's label (the long raw lines would otherwise take it all).
    diagnosis->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    setSizes({600, 400});

    connect(m_fixButton, &QPushButton::clicked, this, [this] { Q_EMIT fixRequested(m_fixTarget); });
}

void JourneyDetailPane::clear()
{
    m_fixButton->hide();
    m_fixTarget = Diagnosis::FixTarget::None;
    m_rawLines->clear();
    m_diagnosisText->setText(tr("Select a message to see what happened to it."));
    m_suggestionText->clear();
}

void JourneyDetailPane::showJourney(const QModelIndex &journey, const std::shared_ptr<const Mailroom::LogIndex> &index,
                                    quint32 head)
{
    m_fixButton->hide();
    m_fixTarget = Diagnosis::FixTarget::None;
    m_rawLines->setPlainText(journey.data(JourneyModel::RawLinesRole).toStringList().join(QLatin1Char('\n')));
    if (!index) {
        m_diagnosisText->setText(tr("The diagnosis is shown when reading has finished."));
        m_suggestionText->clear();
        return;
    }
    const Diagnosis::Finding finding = Diagnosis::diagnoseJourney(*index, head);
    if (!finding.isValid()) {
        const QString status = journey.siblingAtColumn(JourneyModel::StatusColumn).data().toString();
        const QString answer = journey.data(JourneyModel::StatusTextRole).toString();
        const auto journeyStatus = JourneyStatus(journey.data(JourneyModel::StatusRole).toInt());
        const bool failed = journeyStatus != JourneyStatus::Sent && journeyStatus != JourneyStatus::InProgress;
        m_diagnosisText->setText(answer.isEmpty() ? status : tr("%1: %2").arg(status, answer));
        m_suggestionText->setText(failed ? tr("This is not one of the problems Mailroom recognises; the text above is "
                                              "what Postfix or the other server said.")
                                         : Diagnosis::spamVerdict(*index, head));
        return;
    }
    m_diagnosisText->setText(finding.explanation);
    m_suggestionText->setText(finding.suggestion);
    m_fixTarget = finding.target;
    if (finding.target != Diagnosis::FixTarget::None) {
        m_fixButton->setText(tr("Fix: %1").arg(Diagnosis::targetName(finding.target)));
        m_fixButton->show();
    }
}
