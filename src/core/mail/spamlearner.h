// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Mailroom {

// Trains the user's own SpamAssassin Bayes database ("Mark as spam" / "Not spam") by running
// sa-learn as the calling user — no helper, no privileges: the database is ~/.spamassassin.
// Each message goes to a 0600 file in a private temporary directory (removed when done); sa-learn
// reads them in batches so progress can be shown and a long run cancelled between batches.
// Threading: a QObject of the thread that creates it; sa-learn runs as a child process, so
// nothing blocks that thread. Exactly one finished() per start().
class SpamLearner : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Spam,
        Ham
    };
    explicit SpamLearner(QObject *parent = nullptr);
    ~SpamLearner() override;

    // The sa-learn to run (default: found in PATH); for tests.
    void setProgram(const QString &program) { m_program = program; }
    void setBatchSize(int n) { m_batchSize = qMax(1, n); }

    // Raw RFC 5322 messages (no mbox From_ line). Returns false (and emits finished) when it
    // cannot start: another run is going on, nothing to learn, sa-learn missing.
    bool start(Kind kind, const QList<QByteArray> &messages);
    void cancel();
    bool isRunning() const { return m_process != nullptr; }
    // Runs start() and waits (command line use). Returns finished()'s result.
    bool run(Kind kind, const QList<QByteArray> &messages, QString *message);

    // "Learned tokens from 2 message(s) (2 message(s) examined)" → 2, -1 if not such a line.
    static int learnedCount(const QByteArray &output);
    // sa-learn's path, or empty when SpamAssassin is not installed.
    static QString findProgram();

Q_SIGNALS:
    void progress(int done, int total);
    // ok: every batch ran; message: the result in words (or sa-learn's own error).
    void finished(bool ok, const QString &message);

private:
    void nextBatch();
    void batchFinished(int exitCode, QProcess::ExitStatus status);
    void finish(bool ok, const QString &message);

    QString m_program;
    int m_batchSize = 25;
    Kind m_kind = Kind::Spam;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_files;
    int m_next = 0;
    int m_learned = 0;
    bool m_cancelled = false;
    QProcess *m_process = nullptr;
};

} // namespace Mailroom
