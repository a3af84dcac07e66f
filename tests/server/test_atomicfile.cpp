// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

Q_DECLARE_METATYPE(AtomicFile::Step)

namespace {
const QByteArray OldContent = "# the old main.cf\nmyhostname = old.example.com\n";
const QByteArray NewContent = "# the new main.cf\nmyhostname = new.example.com\nrelayhost = [smtp.example.com]:587\n";

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("main.cf")); }
    QStringList leftovers() const
    {
        QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        files.removeAll(QStringLiteral("main.cf"));
        return files;
    }

private Q_SLOTS:
    void init()
    {
        AtomicFile::setFailingStepForTesting(std::nullopt);
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(OldContent);
        f.close();
        QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0640) == 0);
    }
    void cleanup() { AtomicFile::setFailingStepForTesting(std::nullopt); }

    void replaces()
    {
        const auto r = AtomicFile::write(path(), NewContent, 0600, getuid(), getgid());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(contents(path()), NewContent);
        // The existing file's mode is kept (main.cf stays world-readable if it was).
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        QCOMPARE(leftovers(), QStringList());
    }

    // Finding 4 of issue 16: a change another program made after the caller read the file (as
    // postconf -e does, by rename) is never overwritten.
    void replacesOnlyWhatWasRead()
    {
        const QByteArray outside = "# edited by postconf -e meanwhile\nmyhostname = outside.example.com\n";
        QFile f(path() + QStringLiteral(".outside"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(outside);
        f.close();
        QCOMPARE(::rename(QFile::encodeName(f.fileName()).constData(), QFile::encodeName(path()).constData()), 0);
        auto r = AtomicFile::write(path(), NewContent, 0644, getuid(), getgid(), false, &OldContent);
        QVERIFY(!r.ok);
        QVERIFY(r.changedMeanwhile);
        QVERIFY2(r.error.contains(QLatin1String("changed by another program")), qPrintable(r.error));
        QCOMPARE(contents(path()), outside);
        QCOMPARE(leftovers(), QStringList());

        r = AtomicFile::write(path(), NewContent, 0644, getuid(), getgid(), false, &outside);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(contents(path()), NewContent);

        // No file counts as empty.
        QVERIFY(QFile::remove(path()));
        const QByteArray nothing;
        r = AtomicFile::write(path(), NewContent, 0644, getuid(), getgid(), false, &nothing);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(contents(path()), NewContent);
    }

    void forcedModeForSecrets()
    {
        const auto r = AtomicFile::write(path(), NewContent, 0600, getuid(), getgid(), true);
        QVERIFY(r.ok);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void failureLeavesOldFile_data()
    {
        QTest::addColumn<AtomicFile::Step>("step");
        QTest::addColumn<QString>("message");
        QTest::newRow("create temporary") << AtomicFile::Step::CreateTemporary << "cannot create a temporary file";
        QTest::newRow("owner and mode") << AtomicFile::Step::SetOwnerAndMode << "cannot set owner/mode";
        QTest::newRow("write") << AtomicFile::Step::Write << "cannot write";
        QTest::newRow("fsync") << AtomicFile::Step::Sync << "cannot sync";
        QTest::newRow("close") << AtomicFile::Step::Close << "cannot close";
        QTest::newRow("rename") << AtomicFile::Step::Rename << "cannot replace";
    }
    void failureLeavesOldFile()
    {
        QFETCH(AtomicFile::Step, step);
        QFETCH(QString, message);
        AtomicFile::setFailingStepForTesting(step);
        const auto r = AtomicFile::write(path(), NewContent, 0600, getuid(), getgid());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));
        QCOMPARE(contents(path()), OldContent);
        // No half-written temporary file is left beside it.
        QCOMPARE(leftovers(), QStringList());
        // And the next attempt works.
        AtomicFile::setFailingStepForTesting(std::nullopt);
        QVERIFY(AtomicFile::write(path(), NewContent, 0600, getuid(), getgid()).ok);
        QCOMPARE(contents(path()), NewContent);
    }

    // A helper killed between creating its temporary file and renaming it (issue 16's kill test)
    // leaves .mailroom-PID-XXXXXX behind: the next helper removes it at start, but never the file
    // of a writer that still runs (the old instance finishing its calls during a hand-over).
    void removesOnlyAbandonedTemporaries()
    {
        const pid_t child = ::fork();
        if (child == 0) {
            ::_exit(0);
        }
        QVERIFY(child > 0);
        QCOMPARE(::waitpid(child, nullptr, 0), child);
        const auto create = [this](const QString &name) {
            QFile f(m_dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write("half") == 4;
        };
        const QString gone = QStringLiteral(".mailroom-%1-aB3dE6").arg(child);
        const QString ours = QStringLiteral(".mailroom-%1-xY9zQ1").arg(::getpid());
        const QString running = QStringLiteral(".mailroom-%1-kL2mN4").arg(::getppid());
        const QString older = QStringLiteral(".mailroom-pQ7rS8");
        QVERIFY(create(gone));
        QVERIFY(create(ours));
        QVERIFY(create(running));
        QVERIFY(create(older));
        const QString linked = QStringLiteral(".mailroom-%1-tU5vW0").arg(child);
        QVERIFY(QFile::link(path(), m_dir.filePath(linked)));
        QCOMPARE(AtomicFile::removeAbandoned(m_dir.path()), 2);
        QStringList expected {running, older, linked};
        expected.sort();
        QStringList left = leftovers();
        left.sort();
        QCOMPARE(left, expected);
        QCOMPARE(contents(path()), OldContent);
        QCOMPARE(AtomicFile::removeAbandoned(m_dir.filePath(QStringLiteral("missing"))), 0);
    }

    void refusesSymlinks()
    {
        const QString target = m_dir.filePath(QStringLiteral("target"));
        QFile t(target);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("secret");
        t.close();
        const QString link = m_dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        QByteArray out;
        QVERIFY(!AtomicFile::read(link, &out).ok);
        QVERIFY(!AtomicFile::write(link, NewContent, 0600, getuid(), getgid()).ok);
        QCOMPARE(contents(target), QByteArray("secret"));
    }

    void readsAndRemoves()
    {
        QByteArray out;
        QVERIFY(AtomicFile::read(path(), &out).ok);
        QCOMPARE(out, OldContent);
        QVERIFY(AtomicFile::exists(path()));
        QVERIFY(AtomicFile::remove(path()).ok);
        QVERIFY(!AtomicFile::exists(path()));
        QVERIFY(AtomicFile::remove(path()).ok); // already gone is fine
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomicfile.moc"
