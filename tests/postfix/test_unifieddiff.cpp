// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/unifieddiff.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using Mailroom::UnifiedDiff;

namespace {

QByteArray chopNl(const QByteArray &l)
{
    return l.endsWith('\n') ? l.chopped(1) : l;
}

QByteArray numbers(int n)
{
    QByteArray out;
    for (int i = 1; i <= n; ++i) {
        out += QByteArray::number(i) + '\n';
    }
    return out;
}

// A minimal patch(1): applies a unified diff to old text, checking context and removed lines.
QByteArray applyPatch(const QByteArray &oldText, const QByteArray &patch, bool *ok)
{
    *ok = false;
    QList<QByteArray> old;
    for (qsizetype s = 0; s < oldText.size();) {
        qsizetype nl = oldText.indexOf('\n', s);
        qsizetype e = nl < 0 ? oldText.size() : nl + 1;
        old.append(oldText.mid(s, e - s));
        s = e;
    }
    QList<QByteArray> lines = patch.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    QByteArray out;
    qsizetype pos = 0; // next old line to copy
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@$"));
    for (qsizetype i = 2; i < lines.size();) {
        const auto m = header.match(QString::fromUtf8(lines.at(i)));
        if (!m.hasMatch()) {
            return {};
        }
        const int start = m.captured(1).toInt();
        const int count = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        const qsizetype begin = count == 0 ? start : start - 1;
        while (pos < begin) {
            out += old.at(pos++);
        }
        ++i;
        bool lastWasOld = false;
        while (i < lines.size() && !lines.at(i).startsWith("@@")) {
            const QByteArray &l = lines.at(i++);
            if (l.startsWith('\\')) {
                if (lastWasOld) {
                    continue;
                }
                if (out.endsWith('\n')) {
                    out.chop(1);
                }
                continue;
            }
            const QByteArray body = l.mid(1) + '\n';
            if (l.startsWith(' ') || l.startsWith('-')) {
                if (pos >= old.size() || chopNl(old.at(pos)) != l.mid(1)) {
                    return {};
                }
                ++pos;
            }
            if (l.startsWith(' ') || l.startsWith('+')) {
                out += body;
                lastWasOld = false;
            } else {
                lastWasOld = true;
            }
        }
    }
    while (pos < old.size()) {
        out += old.at(pos++);
    }
    *ok = true;
    return out;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected texts are what GNU diff -u --label old --label new prints.
    void diff_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("identical") << QByteArray("a\n") << QByteArray("a\n") << QByteArray();
        QTest::newRow("two hunks") << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n")
                                   << QByteArray("a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nl\n")
                                   << QByteArray("--- old\n+++ new\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n"
                                                 "@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n");
        QTest::newRow("newline added at end")
            << QByteArray("x\ny") << QByteArray("x\ny\n")
            << QByteArray("--- old\n+++ new\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
        QTest::newRow("from empty") << QByteArray() << QByteArray("one\ntwo\n")
                                    << QByteArray("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+one\n+two\n");
        QTest::newRow("to empty") << QByteArray("one\ntwo\n") << QByteArray()
                                  << QByteArray("--- old\n+++ new\n@@ -1,2 +0,0 @@\n-one\n-two\n");
        QByteArray three = numbers(20);
        three.replace("\n2\n", "\ntwo\n").replace("\n18\n", "\neighteen\n").replace("\n10\n", "\n");
        QTest::newRow("three hunks") << numbers(20) << three
                                     << QByteArray("--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
                                                   "@@ -7,7 +7,6 @@\n 7\n 8\n 9\n-10\n 11\n 12\n 13\n"
                                                   "@@ -15,6 +14,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n");
        QByteArray merged = numbers(20);
        merged.replace("\n2\n", "\ntwo\n").replace("\n9\n", "\nnine\n");
        QTest::newRow("six lines apart merge")
            << numbers(20) << merged
            << QByteArray("--- old\n+++ new\n@@ -1,12 +1,12 @@\n 1\n-2\n+two\n 3\n 4\n"
                          " 5\n 6\n 7\n 8\n-9\n+nine\n 10\n 11\n 12\n");
        QTest::newRow("one line file") << QByteArray("a\n") << QByteArray("b\n")
                                       << QByteArray("--- old\n+++ new\n@@ -1 +1 @@\n-a\n+b\n");
    }
    void diff()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(QByteArray, expected);
        QCOMPARE(UnifiedDiff::diff(oldText, newText, "old", "new"), expected);
    }

    void removedLinesComeFirst()
    {
        const QByteArray d = UnifiedDiff::diff("k\na\nb\nk2\n", "k\nx\ny\nk2\n", "a/main.cf", "b/main.cf");
        QCOMPARE(d, QByteArray("--- a/main.cf\n+++ b/main.cf\n@@ -1,4 +1,4 @@\n k\n-a\n-b\n+x\n+y\n k2\n"));
    }

    // Any two texts: the diff applies to the old text and gives the new one.
    void appliesBack()
    {
        QRandomGenerator rng(4242);
        const QList<QByteArray> pool {"a\n",           "b\n",   "c\n", "mynetworks = 127.0.0.0/8\n",
                                      "  [::1]/128\n", "# x\n", "\n"};
        for (int round = 0; round < 400; ++round) {
            QByteArray a;
            QByteArray b;
            const int n = rng.bounded(30);
            for (int i = 0; i < n; ++i) {
                const QByteArray line = pool.at(rng.bounded(pool.size()));
                const int what = rng.bounded(10);
                if (what != 0) {
                    a += line;
                }
                if (what != 1) {
                    b += what == 2 ? pool.at(rng.bounded(pool.size())) : line;
                }
            }
            if (rng.bounded(4) == 0 && a.endsWith('\n')) {
                a.chop(1);
            }
            if (rng.bounded(4) == 0 && b.endsWith('\n')) {
                b.chop(1);
            }
            const QByteArray d = UnifiedDiff::diff(a, b, "old", "new", int(rng.bounded(4)));
            if (a == b) {
                QVERIFY(d.isEmpty());
                continue;
            }
            bool ok = false;
            const QByteArray result = applyPatch(a, d, &ok);
            QVERIFY2(ok, d.constData());
            QVERIFY2(result == b, d.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "test_unifieddiff.moc"
