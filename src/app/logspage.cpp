// SPDX-License-Identifier: GPL-2.0-or-later
#include "logspage.h"

#include "helperclient.h"
#include "logs/journalfeed.h"
#include "logs/journeydetailpane.h"
#include "logs/journeyfilterbar.h"
#include "logs/journeyfilterproxymodel.h"
#include "logs/journeymodel.h"
#include "logs/logfollower.h"
#include "logs/logindex.h"
#include "logs/logindexer.h"
#include "logs/logsourceset.h"
#include "logs/logspagecategory.h"
#include "logs/logsummary.h"
#include "logs/logsummaryview.h"
#include "logs/problemmodel.h"
#include "logs/spamtotals.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using Mailroom::JourneyModel;
using Mailroom::JourneyStatus;

namespace {
enum Tab
{
    JourneysTab,
    ProblemsTab,
    SummaryTab,
    UnparsedTab
};
constexpr int MaxUnparsedShown = 10000;

} // namespace

LogsPage::LogsPage(QWidget *parent)
    : LogsPage(Mailroom::HelperConnection(), parent)
{ }

LogsPage::LogsPage(const Mailroom::HelperConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_refreshTimer(new QTimer(this))
    , m_model(new JourneyModel(this))
    , m_filter(new Mailroom::JourneyFilterProxyModel(this))
    , m_problemModel(new Mailroom::ProblemModel(this))
{
    m_filter->setSourceModel(m_model);
    // New lines update the table at once; the views over the whole log follow within a second.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &LogsPage::refreshAfterFollow);
    buildUi();
}

LogsPage::~LogsPage()
{
    m_indexer.reset(); // stops the worker before the models go
}

void LogsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("logSource"));
    m_sourceCombo->addItem(tr("System journal"), int(Source::Journal));
    if (!m_connection.isRemote()) {
        m_sourceCombo->addItem(tr("System log file"), int(Source::SystemLog));
    }
    m_sourceCombo->setToolTip(tr("Where to read the mail log from"));
    bar->addWidget(new QLabel(tr("Source:"), this));
    bar->addWidget(m_sourceCombo);
    m_reloadButton = new QPushButton(tr("Read"), this);
    m_reloadButton->setObjectName(QStringLiteral("readButton"));
    bar->addWidget(m_reloadButton);
    m_openButton = new QPushButton(m_connection.isRemote() ? tr("Open local log file…") : tr("Open log file…"), this);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    bar->addWidget(m_openButton);
    m_followCheck = new QCheckBox(tr("Follow live"), this);
    m_followCheck->setObjectName(QStringLiteral("followCheck"));
    m_followCheck->setToolTip(tr("Show new log lines as they are written"));
    bar->addWidget(m_followCheck);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    bar->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    bar->addWidget(m_cancelButton);
    bar->addStretch();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    bar->addWidget(m_statusLabel);
    m_unparsedButton = new QPushButton(this);
    m_unparsedButton->setObjectName(QStringLiteral("unparsedButton"));
    m_unparsedButton->setFlat(true);
    m_unparsedButton->setToolTip(tr("Show the lines that are not syslog lines"));
    bar->addWidget(m_unparsedButton);
    layout->addLayout(bar);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("logTabs"));
    m_tabs->addTab(buildJourneysTab(), tr("Messages"));

    m_problems = new QTreeView(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setModel(m_problemModel);
    m_problems->header()->setStretchLastSection(true);
    m_tabs->addTab(m_problems, tr("Problems"));

    m_summaryView = new LogSummaryView(this);
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_tabs->addTab(m_summaryView, tr("Summary"));

    m_unparsed = new QPlainTextEdit(this);
    m_unparsed->setObjectName(QStringLiteral("unparsedLines"));
    m_unparsed->setReadOnly(true);
    m_unparsed->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_unparsed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_unparsed, tr("Unparsed lines"));
    layout->addWidget(m_tabs, 1);

    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        const auto source = Source(m_sourceCombo->currentData().toInt());
        if (source == Source::Journal) {
            loadJournal();
        } else if (m_connection.isRemote() && source == Source::File && !m_files.isEmpty()) {
            startIndexing(true); // the local file opened; never this computer's system log
        } else {
            loadSystemLog();
        }
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Log File"), QStringLiteral("/var/log"),
                                                          tr("Log files (*log* *.gz);;All files (*)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(m_followCheck, &QCheckBox::toggled, this, &LogsPage::setFollow);
    connect(m_cancelButton, &QPushButton::clicked, this, &LogsPage::cancelLoading);
    connect(m_unparsedButton, &QPushButton::clicked, this, [this] { m_tabs->setCurrentIndex(UnparsedTab); });
    connect(m_problems, &QTreeView::activated, this, &LogsPage::openProblem);
    connect(m_problems, &QTreeView::clicked, this, &LogsPage::openProblem);

    connect(m_summaryView, &LogSummaryView::allRequested, this, [this] { showJourneysWithStatus(-1); });
    connect(m_summaryView, &LogSummaryView::statusRequested, this,
            [this](JourneyStatus status) { showJourneysWithStatus(int(status)); });
    connect(m_summaryView, &LogSummaryView::hourRequested, this, [this](JourneyStatus status, int hour) {
        m_filterBar->clear();
        m_filterBar->setStatus(int(status));
        if (m_summary && m_summary->perDay().size() == 1) {
            const int key = m_summary->perDay().begin()->first;
            const QDate day(key / 10000, key / 100 % 100, key % 100);
            m_filterBar->setTimeRange(QDateTime(day, QTime(hour, 0, 0)), QDateTime(day, QTime(hour, 59, 59)));
        } else {
            m_filterBar->setNote(tr("The chart adds up %1:00–%1:59 of every day; showing all days.").arg(hour));
        }
        m_tabs->setCurrentIndex(JourneysTab);
    });
    connect(m_summaryView, &LogSummaryView::addressRequested, this, [this](const QString &address) {
        m_filterBar->clear();
        m_filterBar->setAddress(address);
        m_tabs->setCurrentIndex(JourneysTab);
    });
    connect(m_summaryView, &LogSummaryView::domainRequested, this, [this](const QString &domain) {
        m_filterBar->clear();
        m_filterBar->setAddress(QLatin1Char('@') + domain);
        m_tabs->setCurrentIndex(JourneysTab);
    });
    connect(m_summaryView, &LogSummaryView::delayRequested, this, [this](double above, double upTo) {
        m_filterBar->clear();
        m_filterBar->setStatus(int(JourneyStatus::Sent));
        m_filterBar->setDelayRange(above, upTo);
        m_filterBar->setNote(upTo < 0 ? tr("Delay over %1 s").arg(above)
                                      : tr("Delay up to %1 s").arg(QLocale().toString(upTo)));
        m_tabs->setCurrentIndex(JourneysTab);
    });
    connect(m_summaryView, &LogSummaryView::rejectReasonRequested, this, [this](const QString &reason) {
        m_filterBar->clear();
        m_filterBar->setStatus(int(JourneyStatus::Rejected));
        m_filterBar->setText(reason);
        m_tabs->setCurrentIndex(JourneysTab);
    });
    updateStatusLine();
}

QWidget *LogsPage::buildJourneysTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    m_filterBar = new JourneyFilterBar(m_filter, tab);
    m_filterBar->setObjectName(QStringLiteral("journeyFilters"));
    layout->addWidget(m_filterBar);

    auto *split = new QSplitter(Qt::Vertical, tab);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("journeys"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JourneyModel::TimeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JourneyModel::TimeColumn, 150);
    m_table->setColumnWidth(JourneyModel::FromColumn, 200);
    m_table->setColumnWidth(JourneyModel::ToColumn, 220);
    m_table->setColumnWidth(JourneyModel::StatusColumn, 100);
    m_table->setColumnWidth(JourneyModel::DelayColumn, 80);
    m_table->setColumnWidth(JourneyModel::RelayColumn, 240);

    m_details = new JourneyDetailPane(split);
    m_details->setObjectName(QStringLiteral("journeyDetails"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogsPage::showSelectedJourney);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogsPage::showSelectedJourney);
    connect(m_details, &JourneyDetailPane::fixRequested, this, &LogsPage::fixRequested);
    return tab;
}

void LogsPage::setHelperClient(Mailroom::HelperClient *client)
{
    m_client = client;
    delete m_journal;
    m_journal = nullptr;
}

QString LogsPage::systemLogPath()
{
    for (const char *path : {"/var/log/maillog", "/var/log/mail.log"}) {
        const QString p = QString::fromLatin1(path);
        if (QFileInfo::exists(p)) {
            return p;
        }
    }
    return {};
}

void LogsPage::loadJournal()
{
    m_follower.reset(); // it may be watching the previous temporary file
    m_source = Source::Journal;
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(Source::Journal)));
    if (!m_client) {
        m_client = new Mailroom::HelperClient(m_connection.bus(), this);
    }
    if (!m_journal) {
        m_journal = new Mailroom::JournalFeed(m_client, this);
        connect(m_journal, &Mailroom::JournalFeed::linesReady, this, &LogsPage::appendJournalLines);
        connect(m_journal, &Mailroom::JournalFeed::loaded, this, [this] { startIndexing(false); });
        connect(m_journal, &Mailroom::JournalFeed::failed, this, &LogsPage::showError);
    }
    m_journalDir = std::make_unique<QTemporaryDir>();
    m_journalFile = m_journalDir->filePath(QStringLiteral("journal.log"));
    QFile file(m_journalFile);
    if (!m_journalDir->isValid() || !file.open(QIODevice::WriteOnly)) {
        showError(tr("Cannot create a temporary file for the journal: %1").arg(file.errorString()));
        return;
    }
    file.close();
    m_files = {m_journalFile};
    m_errorLabel->hide();
    m_progress->setRange(0, 0); // unknown length while the helper lists entries
    m_progress->show();
    m_statusLabel->setText(tr("Reading the journal…"));
    m_journal->setFollow(m_followCheck->isChecked());
    m_journal->start();
}

void LogsPage::appendJournalLines(const QByteArray &lines)
{
    QFile file(m_journalFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(lines) != lines.size()) {
        showError(tr("Cannot write the journal's lines to %1: %2").arg(m_journalFile, file.errorString()));
        return;
    }
    file.close(); // while following, the LogFollower watching this file reads the new lines
}

void LogsPage::loadSystemLog()
{
    if (m_connection.isRemote()) {
        // This computer's files are not the log of the host this window manages.
        showError(tr("%1's log files cannot be read from here: choose \"System journal\", which the helper on %1 "
                     "reads.")
                      .arg(m_connection.host().toString()));
        return;
    }
    const QString path = systemLogPath();
    if (path.isEmpty()) {
        showError(tr("There is no /var/log/maillog or /var/log/mail.log on this system. Postfix may log to the "
                     "journal only: choose \"System journal\"."));
        return;
    }
    openFile(path, true);
    m_source = Source::SystemLog;
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(Source::SystemLog)));
}

void LogsPage::openFile(const QString &path, bool withRotations)
{
    m_follower.reset();
    m_source = Source::File;
    if (m_journal) {
        m_journal->stop();
    }
    const int index = m_sourceCombo->findData(int(Source::File));
    const QString label = m_connection.isRemote() ? tr("Local file: %1").arg(QFileInfo(path).fileName())
                                                  : tr("File: %1").arg(QFileInfo(path).fileName());
    if (index < 0) {
        m_sourceCombo->addItem(label, int(Source::File));
    } else {
        m_sourceCombo->setItemText(index, label);
    }
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(Source::File)));
    m_files = withRotations ? Mailroom::LogSourceSet::withRotations(path) : QStringList {path};
    m_errorLabel->hide();
    startIndexing(false);
}

void LogsPage::setFollow(bool follow)
{
    if (m_followCheck->isChecked() != follow) {
        m_followCheck->setChecked(follow); // comes back here through toggled()
        return;
    }
    if (m_source == Source::Journal && m_journal) {
        m_journal->setFollow(follow);
    }
    if (!follow) {
        if (m_follower) {
            m_follower->stopWatching();
        }
        return;
    }
    if (m_follower) {
        watchForNewLines();
    } else if (!isLoading() && m_index && !m_files.isEmpty()) {
        startIndexing(false); // read once more, keeping what is needed to read on from the end
    }
}

void LogsPage::adoptFollower(const std::shared_ptr<Mailroom::LogFollower> &follower)
{
    m_follower = follower;
    connect(follower.get(), &Mailroom::LogFollower::journeysChanged, this, [this](const QList<quint32> &journeys) {
        m_model->updateJourneys(m_index, journeys);
        updateStatusLine();
        if (!m_refreshTimer->isActive()) {
            m_refreshTimer->start();
        }
    });
    connect(follower.get(), &Mailroom::LogFollower::fileReplaced, this, [this] {
        startIndexing(false); // rotated or truncated: read it anew
    });
    connect(follower.get(), &Mailroom::LogFollower::failed, this, &LogsPage::showError);
    if (m_followCheck->isChecked()) {
        watchForNewLines();
    }
}

void LogsPage::watchForNewLines()
{
    if (!m_follower || m_follower->isWatching() || m_files.isEmpty() || !m_index) {
        return;
    }
    // From the end of what was read: lines written since then are read on the first poll.
    const auto &sources = m_index->sources();
    qint64 indexed = 0;
    for (int s = 0; s < sources->count(); ++s) {
        if (sources->path(s) == m_files.constLast()) {
            indexed = sources->data(s).size();
        }
    }
    m_follower->watchFile(m_files.constLast(), indexed);
}

void LogsPage::refreshAfterFollow()
{
    if (!m_index) {
        return;
    }
    m_summaryView->setSummary(m_summary);
    m_summaryView->setSpamTotals(Mailroom::SpamTotals::of(*m_index));
    fillProblems();
    fillUnparsed();
    updateStatusLine();
}

void LogsPage::cancelLoading()
{
    if (m_indexer) {
        m_indexer->cancel();
    }
}

bool LogsPage::isLoading() const
{
    return m_indexer && m_indexer->isRunning();
}

void LogsPage::startIndexing(bool refresh)
{
    const int generation = ++m_generation;
    m_indexer.reset(); // cancels a run still going and waits for it (one chunk at most)
    m_follower.reset();
    m_refreshTimer->stop();
    m_indexer = std::make_unique<Mailroom::LogIndexer>();
    Mailroom::LogIndexer *indexer = m_indexer.get();
    // Keeping what is needed to read on costs memory: only when following (or about to).
    indexer->setFollowable(m_followCheck->isChecked() || m_source == Source::Journal);
    connect(indexer, &Mailroom::LogIndexer::followerReady, this,
            [this, generation](const std::shared_ptr<Mailroom::LogFollower> &follower) {
                if (generation == m_generation) {
                    adoptFollower(follower);
                }
            });
    if (!refresh) {
        m_model->clear();
        m_index.reset();
        m_summary.reset();
        m_summaryView->clear();
        m_problemModel->clear();
        m_unparsed->clear();
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_progress->show();
        m_cancelButton->show();
        m_statusLabel->setText(tr("Reading…"));
        connect(indexer, &Mailroom::LogIndexer::batchReady, this,
                [this, generation](const std::shared_ptr<const Mailroom::LogSourceSet> &sources,
                                   const QList<Mailroom::JourneyRow> &rows) {
                    if (generation == m_generation) {
                        m_model->appendRows(sources, rows);
                    }
                });
        connect(indexer, &Mailroom::LogIndexer::progress, this, [this, generation](qint64 done, qint64 total) {
            if (generation == m_generation) {
                m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
            }
        });
    }
    // The totals are complete before the journeys: the summary tab shows them at once.
    connect(indexer, &Mailroom::LogIndexer::summaryReady, this,
            [this, generation](const std::shared_ptr<const Mailroom::LogSummary> &summary) {
                if (generation == m_generation) {
                    m_summary = summary;
                    m_summaryView->setSummary(summary);
                }
            });
    connect(indexer, &Mailroom::LogIndexer::finished, this,
            [this, generation](const std::shared_ptr<const Mailroom::LogIndex> &index,
                               const std::shared_ptr<const Mailroom::LogSummary> &summary,
                               const QList<Mailroom::JourneyRow> &rows) {
                if (generation == m_generation) {
                    onFinished(index, summary, rows);
                }
            });
    connect(indexer, &Mailroom::LogIndexer::failed, this, [this, generation](const QString &error) {
        if (generation == m_generation) {
            m_progress->hide();
            m_cancelButton->hide();
            showError(error);
        }
    });
    connect(indexer, &Mailroom::LogIndexer::canceled, this, [this, generation] {
        if (generation == m_generation) {
            m_progress->hide();
            m_cancelButton->hide();
            m_statusLabel->setText(tr("Reading canceled: %n message(s) so far", nullptr, m_model->rowCount()));
        }
    });
    indexer->start(m_files);
}

void LogsPage::onFinished(const std::shared_ptr<const Mailroom::LogIndex> &index,
                          const std::shared_ptr<const Mailroom::LogSummary> &summary,
                          const QList<Mailroom::JourneyRow> &rows)
{
    // Keep the selected message selected across refreshes while following.
    QString selectedQueueId;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        selectedQueueId = current.data(JourneyModel::QueueIdsRole).toStringList().value(0);
    }
    const bool first = !m_index;
    m_index = index;
    m_model->setIndex(index, rows); // computed on the indexer's thread
    if (summary != m_summary) { // not already shown on summaryReady()
        m_summary = summary;
        m_summaryView->setSummary(summary);
    }
    m_summaryView->setSpamTotals(Mailroom::SpamTotals::of(*index));
    fillProblems();
    fillUnparsed();
    m_progress->hide();
    m_cancelButton->hide();
    if (first && m_model->rowCount() > 0 && !m_filterBar->hasTimeRange()) {
        QDateTime from, to;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const auto &row = m_model->row(r);
            const QDateTime a = JourneyModel::toDateTime(row.firstTime);
            const QDateTime b = JourneyModel::toDateTime(row.lastTime);
            from = !from.isValid() || a < from ? a : from;
            to = !to.isValid() || b > to ? b : to;
        }
        m_filterBar->suggestTimeRange(from, to);
    }
    if (!selectedQueueId.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->data(m_model->index(r, 0), JourneyModel::QueueIdsRole)
                    .toStringList()
                    .contains(selectedQueueId)) {
                selectJourney(r);
                break;
            }
        }
    }
    updateStatusLine();
    if (!m_pendingQueueId.isEmpty()) {
        const QString queueId = std::exchange(m_pendingQueueId, QString());
        if (!selectQueueId(queueId)) {
            m_statusLabel->setText(tr("No message with queue id %1 in this log.").arg(queueId));
        }
    }
    Q_EMIT loadingFinished();
}

void LogsPage::showError(const QString &message)
{
    qCWarning(lcLogsPage) << "reading the mail log failed:" << message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_progress->hide();
    Q_EMIT loadingFailed(message);
}

qint64 LogsPage::lineCount() const
{
    return m_index ? qint64(m_index->lines().size()) : 0;
}

qint64 LogsPage::unparsedCount() const
{
    return m_index ? qint64(m_index->lineCount(Mailroom::LineKind::Unparsed)) : 0;
}

void LogsPage::updateStatusLine()
{
    const QLocale locale;
    if (!m_index) {
        m_statusLabel->setText(m_files.isEmpty() ? tr("Choose a source and click Read.") : QString());
        m_unparsedButton->hide();
        return;
    }
    m_statusLabel->setText(
        tr("%1 messages in %2 lines").arg(locale.toString(m_model->rowCount()), locale.toString(lineCount())));
    m_unparsedButton->setText(tr("Unparsed lines: %1").arg(locale.toString(unparsedCount())));
    m_unparsedButton->setVisible(true);
    m_unparsedButton->setEnabled(unparsedCount() > 0);
    m_tabs->setTabText(UnparsedTab, tr("Unparsed lines (%1)").arg(locale.toString(unparsedCount())));
    m_tabs->setTabText(ProblemsTab, tr("Problems (%1)").arg(locale.toString(m_problemModel->rowCount())));
}

void LogsPage::showJourneysWithStatus(int status)
{
    m_filterBar->clear();
    m_filterBar->setStatus(status);
    m_tabs->setCurrentIndex(JourneysTab);
}

void LogsPage::selectJourney(int sourceRow)
{
    const QModelIndex proxyIndex = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (proxyIndex.isValid()) {
        m_table->setCurrentIndex(proxyIndex);
        m_table->scrollTo(proxyIndex);
    }
}

void LogsPage::showQueueId(const QString &queueId)
{
    if (m_index && !isLoading() && selectQueueId(queueId)) {
        return;
    }
    m_pendingQueueId = queueId;
    if (isLoading()) {
        return; // selected when this reading finishes
    }
    if (m_source == Source::File && !m_files.isEmpty()) {
        startIndexing(true);
    } else if (m_source == Source::SystemLog) {
        loadSystemLog();
    } else {
        loadJournal();
    }
}

bool LogsPage::selectQueueId(const QString &queueId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->data(m_model->index(r, 0), JourneyModel::QueueIdsRole).toStringList().contains(queueId)) {
            m_filterBar->clear();
            m_tabs->setCurrentIndex(JourneysTab);
            selectJourney(r);
            return true;
        }
    }
    return false;
}

void LogsPage::showSelectedJourney()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const int sourceRow = m_filter->mapToSource(current).row();
    m_details->showJourney(current, m_index, m_model->row(sourceRow).head);
}

void LogsPage::fillProblems()
{
    m_problemModel->setJourneys(*m_model, m_index);
    for (int c = 0; c < Mailroom::ProblemModel::ProblemColumn; ++c) {
        m_problems->resizeColumnToContents(c);
    }
}

void LogsPage::openProblem(const QModelIndex &problem)
{
    const QVariant headData = problem.data(Mailroom::ProblemModel::HeadRole);
    if (!headData.isValid()) {
        return; // a refused login: no journey; its tool tip says what to do
    }
    const quint32 head = headData.toUInt();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r).head == head) {
            m_filterBar->clear();
            selectJourney(r);
            m_tabs->setCurrentIndex(JourneysTab);
            return;
        }
    }
}

void LogsPage::fillUnparsed()
{
    m_unparsed->clear();
    if (!m_index) {
        return;
    }
    QString text;
    int shown = 0;
    const auto &lines = m_index->lines();
    for (quint32 i = 0; i < lines.size() && shown < MaxUnparsedShown; ++i) {
        if (Mailroom::LineKind(lines[i].kind) != Mailroom::LineKind::Unparsed) {
            continue;
        }
        const int source = m_index->lineSource(i);
        text += QStringLiteral("%1:%2: %3\n")
                    .arg(QFileInfo(m_index->sources()->path(source)).fileName())
                    .arg(m_index->lineNumber(i))
                    .arg(QString::fromUtf8(m_index->lineText(i)));
        ++shown;
    }
    if (unparsedCount() > shown) {
        text += tr("… and %1 more").arg(QLocale().toString(unparsedCount() - shown));
    }
    m_unparsed->setPlainText(text);
}
