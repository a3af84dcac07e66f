// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/rulesdialog.h"

#include "bannerstyle.h"
#include "rules/rulestester.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mailroom {

using Field = DeliveryRule::Field;
using Action = DeliveryRule::Action;

RulesDialog::RulesDialog(QWidget *parent, const QString &path)
    : QDialog(parent)
    , m_path(path)
    , m_banner(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_editor(new QWidget(this))
    , m_field(new QComboBox(m_editor))
    , m_header(new QLineEdit(m_editor))
    , m_text(new QLineEdit(m_editor))
    , m_action(new QComboBox(m_editor))
    , m_target(new QLineEdit(m_editor))
    , m_error(new QLabel(m_editor))
    , m_recipes(new QPlainTextEdit(this))
    , m_test(new QPushButton(tr("Test with a message…"), this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Delivery rules"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Discard mail"), question) == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Rules run in order when mail is delivered to you through procmail; the first "
                                "that matches decides. They are kept in %1, beside any recipes you wrote yourself.")
                                 .arg(path.startsWith(QDir::homePath() + QLatin1Char('/'))
                                          ? QStringLiteral("~") + path.mid(QDir::homePath().size())
                                          : path),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner->setObjectName(QStringLiteral("rulesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(BannerStyle::Warning);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *top = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("rulesList"));
    m_add->setObjectName(QStringLiteral("rulesAdd"));
    top->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    top->addLayout(buttons);
    layout->addLayout(top, 1);

    m_field->setObjectName(QStringLiteral("ruleField"));
    m_field->addItem(tr("From contains"), int(Field::From));
    m_field->addItem(tr("To or Cc contains"), int(Field::To));
    m_field->addItem(tr("Subject contains"), int(Field::Subject));
    m_field->addItem(tr("A header contains"), int(Field::Header));
    m_field->addItem(tr("The spam flag is set"), int(Field::SpamFlag));
    m_header->setObjectName(QStringLiteral("ruleHeader"));
    m_header->setPlaceholderText(tr("Header name, e.g. List-Id"));
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_text->setPlaceholderText(tr("Text (matched literally, ignoring case)"));
    m_action->setObjectName(QStringLiteral("ruleAction"));
    m_action->addItem(tr("Move to folder"), int(Action::Folder));
    m_action->addItem(tr("Forward to"), int(Action::Forward));
    m_action->addItem(tr("Discard"), int(Action::Discard));
    m_target->setObjectName(QStringLiteral("ruleTarget"));
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_field);
    condition->addWidget(m_header);
    condition->addWidget(m_text, 1);
    form->addRow(tr("When:"), condition);
    auto *action = new QHBoxLayout;
    action->addWidget(m_action);
    action->addWidget(m_target, 1);
    form->addRow(tr("Then:"), action);
    form->addRow(QString(), m_error);
    layout->addWidget(m_editor);

    layout->addWidget(new QLabel(tr("The recipes procmail runs:"), this));
    m_recipes->setObjectName(QStringLiteral("rulesRecipes"));
    m_recipes->setReadOnly(true);
    m_recipes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recipes->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_recipes, 1);

    auto *testRow = new QHBoxLayout;
    m_test->setObjectName(QStringLiteral("rulesTest"));
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_verdict->setObjectName(QStringLiteral("rulesVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = box->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("rulesSave"));
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RulesDialog::showRule);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_rules.append(DeliveryRule {});
        fillList();
        m_list->setCurrentRow(int(m_rules.size()) - 1);
        m_text->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0) {
            m_rules.removeAt(row);
            fillList();
            m_list->setCurrentRow(std::min(row, int(m_rules.size()) - 1));
        }
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    for (QComboBox *c : {m_field, m_action}) {
        connect(c, &QComboBox::currentIndexChanged, this, &RulesDialog::editorChanged);
    }
    for (QLineEdit *e : {m_header, m_text, m_target}) {
        connect(e, &QLineEdit::textEdited, this, &RulesDialog::editorChanged);
    }
    connect(m_test, &QPushButton::clicked, this, &RulesDialog::chooseMessage);
    resize(720, 600);
    reload();
}

void RulesDialog::reload()
{
    QString error;
    if (!ProcmailRc::load(m_path, &m_rc, &error)) {
        m_rc = ProcmailRc::parse(QByteArray(ProcmailRc::beginMarker + '\n')); // read-only
        m_banner->setText(error);
    } else {
        m_banner->setText(m_rc.problem());
    }
    m_banner->setVisible(!m_banner->text().isEmpty());
    m_rules = m_rc.rules();
    fillList();
    m_list->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    updateState();
}

void RulesDialog::fillList()
{
    m_loading = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const DeliveryRule &r = m_rules.at(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(r.describe()), m_list);
        if (!r.validationError().isEmpty()) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    m_list->setCurrentRow(std::min(row, int(m_rules.size()) - 1));
    m_loading = false;
    showRule(m_list->currentRow());
}

void RulesDialog::showRule(int row)
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    const bool valid = row >= 0 && row < m_rules.size();
    const DeliveryRule r = valid ? m_rules.at(row) : DeliveryRule {};
    m_field->setCurrentIndex(m_field->findData(int(r.field)));
    m_header->setText(r.header);
    m_text->setText(r.text);
    m_action->setCurrentIndex(m_action->findData(int(r.action)));
    m_target->setText(r.target);
    m_loading = false;
    updateState();
}

void RulesDialog::editorChanged()
{
    if (m_loading) {
        return;
    }
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size()) {
        return;
    }
    DeliveryRule &r = m_rules[row];
    r.field = Field(m_field->currentData().toInt());
    r.header = r.field == Field::Header ? m_header->text() : QString();
    r.text = r.field == Field::SpamFlag ? QString() : m_text->text();
    r.action = Action(m_action->currentData().toInt());
    r.target = r.action == Action::Discard ? QString() : m_target->text();
    if (QListWidgetItem *item = m_list->item(row)) {
        item->setText(QStringLiteral("%1. %2").arg(row + 1).arg(r.describe()));
        item->setForeground(r.validationError().isEmpty() ? m_list->palette().text().color()
                                                          : QColor(0xb0, 0x00, 0x20));
    }
    updateState();
}

void RulesDialog::updateState()
{
    const bool editable = m_rc.isEditable();
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_rules.size();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && selected);
    m_up->setEnabled(editable && selected && row > 0);
    m_down->setEnabled(editable && selected && row + 1 < m_rules.size());
    m_editor->setEnabled(editable && selected);
    const Field field = Field(m_field->currentData().toInt());
    const Action action = Action(m_action->currentData().toInt());
    m_header->setVisible(field == Field::Header);
    m_text->setVisible(field != Field::SpamFlag);
    m_target->setVisible(action != Action::Discard);
    m_target->setPlaceholderText(action == Action::Folder ? tr("Folder under ~/mail, e.g. Spam")
                                                          : tr("Address, e.g. bob@example.org"));
    m_error->setText(selected ? m_rules.at(row).validationError() : QString());
    bool allValid = true;
    for (const DeliveryRule &r : m_rules) {
        allValid = allValid && r.validationError().isEmpty();
    }
    m_save->setEnabled(editable && allValid && m_rules != m_rc.rules());
    m_test->setEnabled(editable);
    m_recipes->setPlainText(QString::fromUtf8(editable ? ProcmailRc::renderBlock(m_rules) : m_rc.original()));
}

void RulesDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules.size()) {
        return;
    }
    m_rules.swapItemsAt(row, to);
    m_loading = true;
    m_list->setCurrentRow(to);
    m_loading = false;
    fillList();
}

QString RulesDialog::testMessage(const QByteArray &message)
{
    const RuleVerdict v
        = RulesTester::test(m_rules, message, QFileInfo(m_path).absolutePath(), m_rc.hasHandWrittenRecipes());
    QString text = v.summary();
    if (m_rules != m_rc.rules()) {
        text += QLatin1Char(' ') + tr("(Rules as shown here, not yet saved.)");
    }
    m_verdict->setText(text);
    return text;
}

void RulesDialog::chooseMessage()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Test with a message"), QDir::homePath(),
                                                      tr("Messages (*.eml *.txt);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_verdict->setText(tr("Cannot read %1: %2").arg(file, f.errorString()));
        return;
    }
    testMessage(f.readAll());
}

bool RulesDialog::save()
{
    QStringList discards;
    for (const DeliveryRule &r : m_rules) {
        if (r.action == Action::Discard && !m_rc.rules().contains(r)) {
            discards << r.describeCondition();
        }
    }
    if (!discards.isEmpty()
        && !m_confirm(tr("Mail matching these rules will be thrown away for good, without a copy:\n\n%1\n\nSave "
                         "anyway?")
                          .arg(discards.join(QLatin1Char('\n'))))) {
        return false;
    }
    QString error;
    if (!m_rc.save(m_path, m_rules, &error)) {
        m_banner->setText(error);
        m_banner->show();
        return false;
    }
    m_banner->hide();
    updateState();
    return true;
}

} // namespace Mailroom
