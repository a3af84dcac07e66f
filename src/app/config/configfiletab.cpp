// SPDX-License-Identifier: GPL-2.0-or-later
#include "configfiletab.h"

#include "config/configeditor.h"
#include "config/diffdialog.h"
#include "config/mastercfmodel.h"
#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "postfix/configfiletext.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Mailroom::HelperError;

ConfigFileTab::ConfigFileTab(Mailroom::HelperClient *client, File file, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_file(file)
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_preview(new QPushButton(tr("Preview changes…"), this))
    , m_apply(new QPushButton(tr("Apply…"), this))
{
    setObjectName(file == File::MainCf ? QStringLiteral("mainCfTab") : QStringLiteral("masterCfTab"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        file == File::MainCf
            ? tr("/etc/postfix/main.cf as it is on disk, comments and order kept. Apply shows the changes first, "
                 "then the helper backs the file up, writes it, lets Postfix check it and reloads Postfix; if "
                 "Postfix refuses it, the previous file is put back and Postfix keeps running.")
            : tr("/etc/postfix/master.cf, Postfix's service table, with the services it defines beside it "
                 "(commented-out ones greyed). Apply works as for main.cf: diff first, backup, check, reload, "
                 "and the previous file back if Postfix refuses the new one."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QWidget *editor = createEditor();
    if (file == File::MasterCf) {
        auto *splitter = new QSplitter(Qt::Horizontal, this);
        splitter->addWidget(editor);
        auto *side = new QWidget(splitter);
        auto *sl = new QVBoxLayout(side);
        sl->setContentsMargins(0, 0, 0, 0);
        m_rows = new Mailroom::Config::MasterCfModel(this);
        m_rowsView = new QTableView(side);
        m_rowsView->setObjectName(QStringLiteral("masterRows"));
        m_rowsView->setModel(m_rows);
        m_rowsView->verticalHeader()->hide();
        m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 6);
        m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_rowsView->setSelectionMode(QAbstractItemView::SingleSelection);
        m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_rowsView->setWordWrap(false);
        m_rowsView->horizontalHeader()->setStretchLastSection(true);
        m_rowsView->setToolTip(tr("Click a service to go to its line."));
        sl->addWidget(m_rowsView, 1);
        m_rowsProblems = new QLabel(side);
        m_rowsProblems->setObjectName(QStringLiteral("masterProblems"));
        m_rowsProblems->setWordWrap(true);
        m_rowsProblems->hide();
        sl->addWidget(m_rowsProblems);
        splitter->addWidget(side);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        layout->addWidget(splitter, 1);
        m_rowsTimer = new QTimer(this);
        m_rowsTimer->setSingleShot(true);
        m_rowsTimer->setInterval(250);
        connect(m_rowsTimer, &QTimer::timeout, this, &ConfigFileTab::updateRows);
        connect(m_rowsView, &QTableView::clicked, this,
                [this](const QModelIndex &i) { goToLine(i.data(Mailroom::Config::MasterCfModel::LineRole).toInt()); });
    } else {
        layout->addWidget(editor, 1);
    }

    m_status->setObjectName(QStringLiteral("configFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    auto *row = new QHBoxLayout;
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    row->addWidget(m_reload);
    row->addStretch(1);
    row->addWidget(m_preview);
    row->addWidget(m_apply);
    layout->addLayout(row);
    m_preview->setEnabled(false);
    m_apply->setEnabled(false);

    connect(m_reload, &QPushButton::clicked, this, &ConfigFileTab::reload);
    connect(m_preview, &QPushButton::clicked, this, &ConfigFileTab::preview);
    connect(m_apply, &QPushButton::clicked, this, &ConfigFileTab::apply);
}

QWidget *ConfigFileTab::createEditor()
{
    m_editor = new Mailroom::ConfigEditor(m_file == File::MainCf ? Mailroom::ConfigEditor::FileKind::MainCf
                                                                 : Mailroom::ConfigEditor::FileKind::MasterCf,
                                          this);
    m_editor->setEnabled(false);
    connect(m_editor, &Mailroom::ConfigEditor::textChanged, this, &ConfigFileTab::onTextChanged);
    connect(m_editor, &Mailroom::ConfigEditor::postmapRequested, this, &ConfigFileTab::runPostmap);
    return m_editor;
}

void ConfigFileTab::loadCatalog()
{
    // Every parameter the installed Postfix knows, with its default and postconf(5)'s first
    // sentence: the parameter list and the linter's unknown-name and value checks need it.
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->GetParameterCatalog(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<Mailroom::Config::ParameterInfoList> reply = *watcher;
        if (reply.isError()) {
            return; // the editor says the catalog is missing; the file itself still loads
        }
        m_catalogLoaded = true;
        m_editor->setCatalog(reply.value());
    });
}

QString ConfigFileTab::editorText() const
{
    return m_editor->text();
}

void ConfigFileTab::setEditorText(const QString &text)
{
    m_editor->setText(text);
}

void ConfigFileTab::goToLine(int line)
{
    m_editor->goToLine(line);
}

QString ConfigFileTab::fileName() const
{
    return m_file == File::MainCf ? QStringLiteral("main.cf") : QStringLiteral("master.cf");
}

bool ConfigFileTab::isModified() const
{
    return m_loaded && editorText() != m_loadedText;
}

void ConfigFileTab::reload()
{
    if (m_busy) {
        return;
    }
    if (isModified()
        && QMessageBox::question(this, tr("Reload %1").arg(fileName()),
                                 tr("Discard your edits to %1 and load the file as it is on disk now?").arg(fileName()))
            != QMessageBox::Yes) {
        return;
    }
    load();
}

void ConfigFileTab::load()
{
    m_busy = true;
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->GetConfigFile(fileName()), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        m_busy = false;
        QDBusPendingReply<QString, QString> reply = *watcher;
        if (reply.isError()) {
            showHelperError(HelperError::fromDBus(reply.error()));
            return;
        }
        m_loadedText = reply.argumentAt<0>();
        m_revision = reply.argumentAt<1>();
        m_loaded = true;
        m_editor->setEnabled(true);
        if (m_file == File::MainCf && !m_catalogLoaded) {
            loadCatalog();
        }
        setEditorText(m_loadedText);
        m_status->hide();
        onTextChanged();
    });
}

void ConfigFileTab::onTextChanged()
{
    const bool modified = isModified();
    m_preview->setEnabled(modified && !m_busy);
    m_apply->setEnabled(modified && !m_busy);
    if (m_rowsTimer) {
        m_rowsTimer->start();
    }
}

void ConfigFileTab::updateRows()
{
    m_rows->setText(editorText().toUtf8());
    m_rowsView->resizeColumnsToContents();
    QStringList problems;
    for (const auto &p : m_rows->document().problems()) {
        problems.append(p.message);
    }
    m_rowsProblems->setText(problems.join(QLatin1Char('\n')));
    m_rowsProblems->setVisible(!problems.isEmpty());
}

void ConfigFileTab::preview()
{
    const QString text = editorText();
    const QString problem = Mailroom::ConfigFileText::problem(text);
    if (!problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->PreviewConfigFile(fileName(), text), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<QString> reply = *watcher;
        if (reply.isError()) {
            showHelperError(HelperError::fromDBus(reply.error()));
            return;
        }
        DiffDialog dialog(tr("Changes to %1").arg(fileName()),
                          reply.value().isEmpty() ? tr("Your text is the same as the file on disk.")
                                                  : tr("What Apply would change in /etc/postfix/%1:").arg(fileName()),
                          reply.value(), QString(), this);
        dialog.exec();
    });
}

void ConfigFileTab::apply()
{
    const QString text = editorText();
    const QString problem = Mailroom::ConfigFileText::problem(text);
    if (!problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    m_busy = true;
    onTextChanged();
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->PreviewConfigFile(fileName(), text), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, text](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<QString> reply = *watcher;
        m_busy = false;
        onTextChanged();
        if (reply.isError()) {
            showHelperError(HelperError::fromDBus(reply.error()));
            return;
        }
        if (reply.value().isEmpty()) {
            showResult(tr("Nothing to apply: your text is the same as %1 on disk.").arg(fileName()), true);
            return;
        }
        if (DiffDialog::confirm(this, tr("Apply changes to %1").arg(fileName()),
                                tr("These changes will be written to /etc/postfix/%1. The current file is backed up "
                                   "first; Postfix checks the new one and reloads, and if it refuses it the "
                                   "previous file is put back.")
                                    .arg(fileName()),
                                reply.value(), tr("Apply"))) {
            sendApply(text);
        }
    });
}

void ConfigFileTab::sendApply(const QString &text)
{
    m_busy = true;
    onTextChanged();
    showResult(tr("Applying %1: Postfix checks it and reloads…").arg(fileName()), true);
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->ApplyConfigFile(fileName(), text, m_revision), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, text](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        m_busy = false;
        QDBusPendingReply<QString, QString, QString> reply = *watcher;
        if (reply.isError()) {
            const HelperError error = HelperError::fromDBus(reply.error());
            onTextChanged();
            if (error.kind == HelperError::Kind::Conflict) {
                offerReloadAfterConflict();
                return;
            }
            showHelperError(error);
            return;
        }
        m_revision = reply.argumentAt<0>();
        m_loadedText = text;
        onTextChanged();
        QString words = reply.argumentAt<1>().isEmpty()
            ? tr("Nothing changed: %1 already said exactly this.").arg(fileName())
            : tr("Applied. Postfix checked the new %1 and is running with it. The previous version was saved as "
                 "backup %2.")
                  .arg(fileName(), reply.argumentAt<1>());
        if (!reply.argumentAt<2>().isEmpty()) {
            words += QLatin1Char('\n') + tr("Postfix has new warnings:") + QLatin1Char('\n') + reply.argumentAt<2>();
        }
        showResult(words, true);
        Q_EMIT applied();
    });
}

void ConfigFileTab::runPostmap(const QString &table)
{
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->RunPostmap(table), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, table](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        if (watcher->isError()) {
            showHelperError(HelperError::fromDBus(watcher->error()));
            return;
        }
        showResult(tr("postmap rebuilt %1.").arg(table), true);
        m_editor->lintAgain();
    });
}

void ConfigFileTab::offerReloadAfterConflict()
{
    showResult(tr("Not applied: %1 was changed on disk after you loaded it (by someone else or another program). "
                  "Nothing was written.")
                   .arg(fileName()),
               false);
    QMessageBox box(QMessageBox::Warning, tr("%1 changed on disk").arg(fileName()),
                    tr("Someone changed /etc/postfix/%1 after you loaded it, so your edits were not applied: they "
                       "would silently undo that change.\n\nReload the file to see the current version (your "
                       "edits are discarded; copy them first if you need them), or keep editing.")
                        .arg(fileName()),
                    QMessageBox::NoButton, this);
    QPushButton *reloadButton = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == reloadButton) {
        load();
    }
}

void ConfigFileTab::showResult(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QStringLiteral("QLabel { padding: 6px; }")
                                 : QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #e8a3aa; "
                                                  "border-radius: 4px; padding: 6px; color: #5c0a12; }"));
    m_status->show();
}

void ConfigFileTab::showHelperError(const HelperError &error)
{
    if (error.dbusName == Mailroom::Api::Error::NotInstalled) {
        showResult(tr("Postfix is not installed yet: install it in Setup."), false);
        return;
    }
    if (error.dbusName == Mailroom::Api::Error::RolledBack) {
        showResult(tr("Postfix refused the new %1, so the previous file was put back and Postfix keeps running "
                      "with it. Your edits are still here. Postfix said:\n%2")
                       .arg(fileName(), error.message),
                   false);
        goToLineIn(error.message);
        return;
    }
    showResult(error.userMessage(), false);
    goToLineIn(error.message);
}

void ConfigFileTab::goToLineIn(const QString &postfixMessage)
{
    // "/etc/postfix/main.cf, line 12: …", "file /etc/postfix/master.cf: line 20: …", "Line 3 is …".
    // Postfix's warnings come before its fatal error ("line 76: overriding earlier entry", then
    // "fatal: … line 77: missing '='"): the line it stopped at is the one to show.
    static const QRegularExpression re(QStringLiteral("\\b[Ll]ine (\\d+)\\b"));
    int first = 0;
    for (const QString &line : postfixMessage.split(QLatin1Char('\n'))) {
        const auto match = re.match(line);
        if (!match.hasMatch()) {
            continue;
        }
        if (line.contains(QLatin1String("fatal:")) || line.contains(QLatin1String("error:"))) {
            goToLine(match.captured(1).toInt());
            return;
        }
        if (first == 0) {
            first = match.captured(1).toInt();
        }
    }
    if (first > 0) {
        goToLine(first);
    }
}
