// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/spamlearner.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Mailroom {

SpamLearner::SpamLearner(QObject *parent)
    : QObject(parent)
{ }

SpamLearner::~SpamLearner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
        delete m_process;
    }
}

QString SpamLearner::findProgram()
{
    QString p = QStandardPaths::findExecutable(QStringLiteral("sa-learn"));
    if (p.isEmpty()) {
        // A desktop session's PATH may lack the sbin-less Debian location on odd setups.
        p = QStandardPaths::findExecutable(QStringLiteral("sa-learn"), {QStringLiteral("/usr/bin")});
    }
    return p;
}

int SpamLearner::learnedCount(const QByteArray &output)
{
    static const QRegularExpression re(QStringLiteral("Learned tokens from (\\d+) message"));
    const auto m = re.match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool SpamLearner::start(Kind kind, const QList<QByteArray> &messages)
{
    if (m_process) {
        Q_EMIT finished(false, tr("SpamAssassin is still learning from the messages before."));
        return false;
    }
    m_kind = kind;
    m_learned = 0;
    m_next = 0;
    m_cancelled = false;
    m_files.clear();
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty() || !QFile::exists(program)) {
        finish(false, tr("SpamAssassin is not installed (sa-learn was not found)."));
        return false;
    }
    if (messages.isEmpty()) {
        finish(false, tr("No messages selected."));
        return false;
    }
    // QTemporaryDir is created 0700; the files are made 0600 before anything is written.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailroom-learn-XXXXXX"));
    if (!m_dir->isValid()) {
        finish(false, tr("Could not create a temporary folder: %1").arg(m_dir->errorString()));
        return false;
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QFile f(m_dir->filePath(QStringLiteral("%1.eml").arg(i + 1)));
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || f.write(messages.at(i)) != messages.at(i).size() || !f.flush()) {
            finish(false, tr("Could not write a temporary file: %1").arg(f.errorString()));
            return false;
        }
        m_files.append(f.fileName());
    }
    m_program = program;
    Q_EMIT progress(0, int(m_files.size()));
    nextBatch();
    return true;
}

void SpamLearner::nextBatch()
{
    const QStringList batch = m_files.mid(m_next, m_batchSize);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &SpamLearner::batchFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            batchFinished(-1, QProcess::CrashExit);
        }
    });
    QStringList args {m_kind == Kind::Spam ? QStringLiteral("--spam") : QStringLiteral("--ham"),
                      QStringLiteral("--no-sync")};
    // The last batch syncs the journal into the database, so the counts change right away.
    if (m_next + batch.size() >= m_files.size()) {
        args.removeLast();
    }
    args.append(QStringLiteral("--"));
    args.append(batch);
    m_process->start(m_program, args);
}

void SpamLearner::batchFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *p = m_process;
    m_process = nullptr;
    const QByteArray out = p->readAllStandardOutput();
    const QByteArray err = p->readAllStandardError().trimmed();
    const QString startError = p->errorString();
    p->deleteLater();
    if (exitCode == -1 && status == QProcess::CrashExit && !m_cancelled && out.isEmpty() && err.isEmpty()) {
        finish(false, tr("Could not run sa-learn: %1").arg(startError));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        if (m_cancelled) {
            finish(false, tr("Cancelled; SpamAssassin learned from %n message(s) before that.", nullptr, m_learned));
            return;
        }
        const QString why = err.isEmpty() ? tr("sa-learn exited with status %1").arg(exitCode)
                                          : QString::fromLocal8Bit(err.split('\n').constLast());
        finish(false, tr("SpamAssassin could not learn: %1").arg(why));
        return;
    }
    const int learned = learnedCount(out);
    const int batch = int(qMin<qsizetype>(m_batchSize, m_files.size() - m_next));
    m_learned += learned >= 0 ? learned : 0;
    m_next += batch;
    Q_EMIT progress(m_next, int(m_files.size()));
    if (m_next >= m_files.size()) {
        const int total = int(m_files.size());
        if (m_learned == 0) {
            finish(true, tr("SpamAssassin had already learned from these messages."));
        } else if (m_learned < total) {
            finish(true,
                   tr("SpamAssassin learned from %n message(s); it already knew the others.", nullptr, m_learned));
        } else {
            finish(true, tr("SpamAssassin learned from %n message(s).", nullptr, m_learned));
        }
        return;
    }
    if (m_cancelled) {
        finish(false, tr("Cancelled; SpamAssassin learned from %n message(s) before that.", nullptr, m_learned));
        return;
    }
    nextBatch();
}

void SpamLearner::cancel()
{
    m_cancelled = true;
    if (m_process) {
        m_process->terminate();
    }
}

void SpamLearner::finish(bool ok, const QString &message)
{
    m_dir.reset(); // the copies of the messages go now
    m_files.clear();
    Q_EMIT finished(ok, message);
}

bool SpamLearner::run(Kind kind, const QList<QByteArray> &messages, QString *message)
{
    bool result = false;
    QEventLoop loop;
    const auto c = connect(this, &SpamLearner::finished, &loop, [&](bool ok, const QString &text) {
        result = ok;
        if (message) {
            *message = text;
        }
        loop.quit();
    });
    if (start(kind, messages)) {
        loop.exec();
    }
    disconnect(c);
    return result;
}

} // namespace Mailroom
