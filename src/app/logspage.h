// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/helperconnection.h"
#include "logs/diagnosis.h"
#include "logs/journeyrow.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTemporaryDir;
class QTimer;
class QTreeView;
class JourneyDetailPane;
class JourneyFilterBar;
class LogSummaryView;

namespace Mailroom {
class HelperClient;
class JournalFeed;
class JourneyFilterProxyModel;
class JourneyModel;
class LogFollower;
class LogIndex;
class LogIndexer;
class LogSummary;
class ProblemModel;
} // namespace Mailroom

// The Logs section: reads the mail log (the journal through the helper, the system's classic
// log files with their rotations, or any file), follows every message through Postfix, and
// shows journeys with filters, their raw lines, a diagnosis with the setting to fix, the
// problems across the log, a summary with charts, and the lines it could not parse.
class LogsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Source
    {
        Journal,
        SystemLog,
        File
    };

    explicit LogsPage(QWidget *parent = nullptr);
    // For another host (connection.isRemote()) the journal comes through that host's helper only:
    // this computer's log files are never offered as its log ("Open log file…" opens a local file
    // as any file).
    explicit LogsPage(const Mailroom::HelperConnection &connection, QWidget *parent = nullptr);
    ~LogsPage() override;

    // The helper is only contacted when the journal is read; tests may pass their own.
    void setHelperClient(Mailroom::HelperClient *client);

    void loadJournal();
    void loadSystemLog(); // /var/log/maillog or /var/log/mail.log with rotations
    void openFile(const QString &path, bool withRotations = false);
    void setFollow(bool follow);
    void cancelLoading();
    bool isLoading() const;

    // The first of the classic mail log files that exists, empty if none.
    static QString systemLogPath();

    const std::shared_ptr<const Mailroom::LogSummary> &summary() const { return m_summary; }
    const std::shared_ptr<const Mailroom::LogIndex> &index() const { return m_index; }
    qint64 lineCount() const;
    qint64 unparsedCount() const;

    // Filters the journey table and shows it.
    void showJourneysWithStatus(int status); // Mailroom::JourneyStatus, -1 for all
    void selectJourney(int sourceRow);
    // "Show in Logs" from the queue: selects the journey of that queue id, reading the log
    // again (the journal unless a log file is open) when the one shown does not have it yet.
    void showQueueId(const QString &queueId);

Q_SIGNALS:
    // The user asked to fix what the diagnosis found; the Setup section opens the setting.
    void fixRequested(Mailroom::Diagnosis::FixTarget target);
    void loadingFinished();
    void loadingFailed(const QString &message);

private:
    void buildUi();
    QWidget *buildJourneysTab();
    void startIndexing(bool refresh);
    void appendJournalLines(const QByteArray &lines);
    void onFinished(const std::shared_ptr<const Mailroom::LogIndex> &index,
                    const std::shared_ptr<const Mailroom::LogSummary> &summary,
                    const QList<Mailroom::JourneyRow> &rows);
    void showError(const QString &message);
    void showSelectedJourney();
    void fillProblems();
    void openProblem(const QModelIndex &problem);
    void fillUnparsed();
    void updateStatusLine();
    void adoptFollower(const std::shared_ptr<Mailroom::LogFollower> &follower);
    void watchForNewLines();
    void refreshAfterFollow();
    bool selectQueueId(const QString &queueId);

    Mailroom::HelperConnection m_connection;
    Mailroom::HelperClient *m_client = nullptr;
    Mailroom::JournalFeed *m_journal = nullptr;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    QString m_journalFile;
    std::unique_ptr<Mailroom::LogIndexer> m_indexer;
    // Keeps the index current while following: only new lines are read (see LogFollower).
    std::shared_ptr<Mailroom::LogFollower> m_follower;
    int m_generation = 0;
    Source m_source = Source::File;
    QStringList m_files;
    QString m_pendingQueueId; // shown once the log being read is indexed
    QTimer *m_refreshTimer; // summary, problems and unparsed lines after new lines, coalesced

    std::shared_ptr<const Mailroom::LogIndex> m_index;
    std::shared_ptr<const Mailroom::LogSummary> m_summary;
    Mailroom::JourneyModel *m_model;
    Mailroom::JourneyFilterProxyModel *m_filter;
    Mailroom::ProblemModel *m_problemModel;

    QComboBox *m_sourceCombo;
    QPushButton *m_openButton;
    QPushButton *m_reloadButton;
    QCheckBox *m_followCheck;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_statusLabel;
    QPushButton *m_unparsedButton;
    QLabel *m_errorLabel;
    QTabWidget *m_tabs;
    JourneyFilterBar *m_filterBar;
    QTableView *m_table;
    JourneyDetailPane *m_details;
    QTreeView *m_problems;
    LogSummaryView *m_summaryView;
    QPlainTextEdit *m_unparsed;
};
