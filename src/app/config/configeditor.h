// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "config/lintfinding.h"
#include "config/parametercatalog.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace Mailroom {

class LineNumberEditor;

// The main.cf / master.cf editor of the Configuration page: the file as it is, highlighted by
// resources/syntax/postfix.xml; under it the linter's findings (line, severity, explanation, fix
// button), refreshed as one types; beside it the searchable list of every parameter Postfix knows.
// Loading and applying the file is the page's job (HelperClient: GetConfigFile / ApplyConfigFile).
class ConfigEditor : public QWidget
{
    Q_OBJECT
public:
    enum class FileKind
    {
        MainCf,
        MasterCf
    };

    explicit ConfigEditor(FileKind kind, QWidget *parent = nullptr);

    void setText(const QString &text); // loads, resets modified state
    QString text() const;
    bool isModified() const;
    void setCatalog(const QList<Mailroom::Config::ParameterInfo> &catalog); // from GetParameterCatalog
    int errorCount() const;
    QList<Mailroom::Config::LintFinding> findings() const { return m_findings; }
    void goToLine(int line);
    void lintAgain() { lintNow(); } // after something the linter looks at changed on disk (postmap)

Q_SIGNALS:
    void textChanged();
    void findingsChanged(int errors, int warnings);
    void postmapRequested(const QString &table); // the one-click fix for a stale/missing table

private:
    void lintNow();
    void showFindings();
    void refreshParameters();
    void applyFix(const Mailroom::Config::LintFinding::Fix &fix);
    void activateParameter(const QString &name);

    FileKind m_kind;
    LineNumberEditor *m_editor;
    QTreeWidget *m_findingsView;
    QLabel *m_summary;
    QLineEdit *m_search;
    QStandardItemModel *m_parameters;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_parameterView;
    QLabel *m_catalogNote;
    QTimer *m_lintTimer;
    Mailroom::Config::ParameterCatalog m_catalog;
    QList<Mailroom::Config::LintFinding> m_findings;
};

} // namespace Mailroom
