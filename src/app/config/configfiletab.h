// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace Mailroom {
class ConfigEditor;
class HelperClient;
struct HelperError;
namespace Config {
class MasterCfModel;
} // namespace Config
} // namespace Mailroom

// One tab of the Configuration page: the whole of /etc/postfix/main.cf or master.cf as text
// (master.cf with its service table beside it), with Reload, Preview changes (a diff) and Apply
// (the diff first, then the helper's transaction: backup, write, postfix check, reload, rollback).
// Apply is refused when the file changed on disk since it was loaded; the tab says so and
// offers to reload.
class ConfigFileTab : public QWidget
{
    Q_OBJECT
public:
    enum class File
    {
        MainCf,
        MasterCf
    };
    ConfigFileTab(Mailroom::HelperClient *client, File file, QWidget *parent = nullptr);

    QString fileName() const;
    bool isModified() const;

public Q_SLOTS:
    // Loads the file from the helper; asks first when there are unapplied edits.
    void reload();
    // Rebuilds a hash:/lmdb:/cdb: table main.cf uses (the helper's RunPostmap); the result is
    // said in the status line; ConfigEditor's one-click fix postmapRequested(table) comes here.
    void runPostmap(const QString &table);

Q_SIGNALS:
    // The file on disk changed (applied): the page's other tabs may want to refresh.
    void applied();

private:
    // The one place the editor widget (ConfigEditor: highlighting, live lint, parameter list) is
    // made, and the three calls the tab makes on it.
    QWidget *createEditor();
    QString editorText() const;
    void setEditorText(const QString &text);
    void goToLine(int line);

    void load();
    void loadCatalog();
    void preview();
    void apply();
    void sendApply(const QString &text);
    void onTextChanged();
    void updateRows();
    void showResult(const QString &text, bool good);
    void showHelperError(const Mailroom::HelperError &error);
    void offerReloadAfterConflict();
    // "line N" in Postfix's words about this file → the editor goes there.
    void goToLineIn(const QString &postfixMessage);

    Mailroom::HelperClient *m_client;
    File m_file;
    Mailroom::ConfigEditor *m_editor = nullptr;
    QLabel *m_status;
    QPushButton *m_reload;
    QPushButton *m_preview;
    QPushButton *m_apply;
    Mailroom::Config::MasterCfModel *m_rows = nullptr;
    QTableView *m_rowsView = nullptr;
    QLabel *m_rowsProblems = nullptr;
    QTimer *m_rowsTimer = nullptr;
    bool m_catalogLoaded = false;
    QString m_loadedText;
    QString m_revision;
    bool m_loaded = false;
    bool m_busy = false;
};
