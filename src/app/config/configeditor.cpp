// SPDX-License-Identifier: GPL-2.0-or-later
#include "configeditor.h"

#include "config/linenumbereditor.h"
#include "config/maincflinter.h"
#include "highlighting.h"
#include "postfix/maincf.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Mailroom {

using Config::LintFinding;

namespace {
enum ParameterColumn
{
    NameColumn,
    ValueColumn,
    DefaultColumn,
    SetInColumn,
    DescriptionColumn,
    ColumnCount
};
constexpr int LineRole = Qt::UserRole + 1;
} // namespace

ConfigEditor::ConfigEditor(FileKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_editor(new LineNumberEditor(this))
    , m_findingsView(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_parameters(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_parameterView(new QTreeView(this))
    , m_catalogNote(new QLabel(this))
    , m_lintTimer(new QTimer(this))
{
    Highlighting::attach(m_editor->document(), m_editor, {QStringLiteral("Postfix Configuration")});

    m_editor->setObjectName(QStringLiteral("configFileEditor")); // the page and its tests find it by name
    m_findingsView->setObjectName(QStringLiteral("findings"));
    m_findingsView->setColumnCount(4);
    m_findingsView->setHeaderLabels({tr("Line"), tr("Severity"), tr("Problem"), tr("Fix")});
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setWordWrap(true);
    m_findingsView->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findingsView->header()->setStretchLastSection(false);
    connect(m_findingsView, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { m_editor->goToLine(item->data(0, LineRole).toInt()); });
    connect(m_findingsView, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_editor->goToLine(item->data(0, LineRole).toInt()); });

    m_parameters->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Current value"), tr("Default"), tr("Set in file"), tr("Description")});
    m_filter->setSourceModel(m_parameters);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_parameterView->setObjectName(QStringLiteral("parameters"));
    m_parameterView->setModel(m_filter);
    m_parameterView->setRootIsDecorated(false);
    m_parameterView->setUniformRowHeights(true);
    m_parameterView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameterView->setColumnWidth(NameColumn, 210);
    m_parameterView->setColumnWidth(ValueColumn, 110);
    m_parameterView->setColumnWidth(DefaultColumn, 110);
    m_parameterView->setColumnWidth(SetInColumn, 70);
    connect(m_parameterView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        activateParameter(m_filter->index(index.row(), NameColumn).data().toString());
    });
    m_search->setPlaceholderText(tr("Search parameters…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_catalogNote->setWordWrap(true);
    // Wrapped text needs its height for the column's width: the list gives way, not the note
    // (squeezed, the Chinese note ran over the list's scroll bar).
    m_catalogNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_catalogNote->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_catalogNote->setText(tr("Waiting for the list of parameters from the installed Postfix…"));

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_editor);
    auto *findingsBox = new QWidget(left);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_summary);
    findingsLayout->addWidget(m_findingsView);
    left->addWidget(findingsBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_parameterView, 1);
    rightLayout->addWidget(m_catalogNote);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    if (m_kind == FileKind::MasterCf) {
        right->hide(); // master.cf has services, not parameters
        findingsBox->hide();
    }

    // Live lint, debounced: the linter takes well under a millisecond per hundred lines.
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(300);
    connect(m_lintTimer, &QTimer::timeout, this, &ConfigEditor::lintNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_lintTimer->start();
        Q_EMIT textChanged();
    });
    showFindings();
}

void ConfigEditor::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    lintNow();
}

QString ConfigEditor::text() const
{
    return m_editor->toPlainText();
}

void ConfigEditor::goToLine(int line)
{
    m_editor->goToLine(line);
}

bool ConfigEditor::isModified() const
{
    return m_editor->document()->isModified();
}

void ConfigEditor::setCatalog(const QList<Config::ParameterInfo> &catalog)
{
    m_catalog = Config::ParameterCatalog(catalog);
    m_catalogNote->setText(
        tr("%n parameters from “postconf -d” of the installed Postfix; descriptions from its postconf(5) manual page. "
           "Click one to go to its line, or to add it with its default value.",
           nullptr, int(catalog.size())));
    refreshParameters();
    lintNow();
}

int ConfigEditor::errorCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [](const LintFinding &f) { return f.severity == LintFinding::Severity::Error; }));
}

void ConfigEditor::lintNow()
{
    m_lintTimer->stop();
    if (m_kind != FileKind::MainCf) {
        return;
    }
    static const QList<MyNetworks::InterfaceAddress> host
        = MyNetworks::fromInterfaces(QNetworkInterface::allInterfaces());
    Config::MainCfLinter::Environment env;
    env.catalog = m_catalog;
    env.hostAddresses = host;
    m_findings = Config::MainCfLinter(env).lint(text());
    showFindings();
    refreshParameters();
}

void ConfigEditor::showFindings()
{
    m_findingsView->clear();
    QList<QTextEdit::ExtraSelection> marks;
    int errors = 0;
    int warnings = 0;
    for (const LintFinding &f : std::as_const(m_findings)) {
        errors += f.severity == LintFinding::Severity::Error;
        warnings += f.severity == LintFinding::Severity::Warning;
        auto *item = new QTreeWidgetItem(m_findingsView);
        item->setText(0, QString::number(f.line));
        item->setData(0, LineRole, f.line);
        item->setText(1, LintFinding::severityText(f.severity));
        item->setText(2, f.message);
        item->setToolTip(2, f.message);
        const QColor colour = f.severity == LintFinding::Severity::Error ? QColor(Qt::red)
            : f.severity == LintFinding::Severity::Warning               ? QColor(230, 140, 0)
                                                                         : QColor(Qt::gray);
        item->setForeground(1, colour);
        if (f.fix.kind != LintFinding::Fix::Kind::None) {
            auto *button = new QPushButton(f.fix.label, m_findingsView);
            const LintFinding::Fix fix = f.fix;
            connect(button, &QPushButton::clicked, this, [this, fix] { applyFix(fix); });
            m_findingsView->setItemWidget(item, 3, button);
        }
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document()->findBlockByNumber(f.line - 1));
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(colour);
        mark.format.setToolTip(f.message);
        marks.append(mark);
    }
    m_editor->setExtraSelections(marks);
    m_findingsView->resizeColumnToContents(0);
    m_findingsView->resizeColumnToContents(1);
    m_findingsView->resizeColumnToContents(3);
    m_summary->setText(m_findings.isEmpty() ? tr("No problems found.")
                                            : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                               + tr("%n warning(s)", nullptr, warnings));
    Q_EMIT findingsChanged(errors, warnings);
}

void ConfigEditor::refreshParameters()
{
    if (m_kind != FileKind::MainCf) {
        return;
    }
    const MainCf cf = MainCf::fromByteArray(text().toUtf8());
    QHash<QString, int> lineOf;
    for (const MainCf::Parameter &p : cf.parameters()) {
        lineOf.insert(p.name, p.firstLine); // the last definition wins, as in Postfix
    }
    const QList<Config::ParameterInfo> all = m_catalog.parameters();
    if (m_parameters->rowCount() != all.size()) {
        m_parameters->setRowCount(0);
        for (const Config::ParameterInfo &p : all) {
            QList<QStandardItem *> row;
            row << new QStandardItem(p.name) << new QStandardItem << new QStandardItem(p.defaultValue)
                << new QStandardItem << new QStandardItem(p.description);
            row.last()->setToolTip(p.description);
            m_parameters->appendRow(row);
        }
    }
    for (int r = 0; r < m_parameters->rowCount(); ++r) {
        const QString name = m_parameters->item(r, NameColumn)->text();
        const auto it = lineOf.constFind(name);
        const bool set = it != lineOf.constEnd();
        const QString value = set ? *cf.value(name) : m_parameters->item(r, DefaultColumn)->text();
        if (m_parameters->item(r, ValueColumn)->text() != value) {
            m_parameters->item(r, ValueColumn)->setText(value);
        }
        const QString setIn = set ? tr("line %1").arg(*it) : QString();
        if (m_parameters->item(r, SetInColumn)->text() != setIn) {
            m_parameters->item(r, SetInColumn)->setText(setIn);
            m_parameters->item(r, NameColumn)->setData(set ? *it : 0, LineRole);
        }
    }
}

void ConfigEditor::applyFix(const LintFinding::Fix &fix)
{
    switch (fix.kind) {
    case LintFinding::Fix::Kind::None:
        return;
    case LintFinding::Fix::Kind::RunPostmap:
        Q_EMIT postmapRequested(fix.table);
        return;
    case LintFinding::Fix::Kind::ReplaceLines: {
        QTextDocument *doc = m_editor->document();
        const QTextBlock first = doc->findBlockByNumber(fix.firstLine - 1);
        const QTextBlock last = doc->findBlockByNumber(fix.lastLine - 1);
        if (!first.isValid() || !last.isValid()) {
            return;
        }
        QTextCursor cursor(first);
        cursor.beginEditBlock(); // one undo step
        if (fix.replacement.isEmpty()) {
            // Remove the lines with their newline.
            const QTextBlock after = last.next();
            cursor.setPosition(after.isValid() ? after.position() : last.position() + last.length() - 1,
                               QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        } else {
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            cursor.insertText(fix.replacement);
        }
        cursor.endEditBlock();
        lintNow();
        return;
    }
    }
}

void ConfigEditor::activateParameter(const QString &name)
{
    const MainCf cf = MainCf::fromByteArray(text().toUtf8());
    int line = 0;
    for (const MainCf::Parameter &p : cf.parameters()) {
        if (p.name == name) {
            line = p.firstLine;
        }
    }
    if (line == 0) {
        // Not set: add "name = default" at the end, where postconf -e would put it.
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        if (!text().isEmpty() && !text().endsWith(QLatin1Char('\n'))) {
            cursor.insertText(QStringLiteral("\n"));
        }
        cursor.insertText(name + QLatin1String(" = ") + m_catalog.defaultValue(name) + QLatin1Char('\n'));
        line = m_editor->document()->blockCount() - 1;
    }
    m_editor->goToLine(line);
}

} // namespace Mailroom
