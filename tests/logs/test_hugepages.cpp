// SPDX-License-Identifier: GPL-2.0-or-later
// Programs linked with mailroomhugepages get transparent huge pages for large C++ allocations
// (where the kernel offers them at all), and small ones stay ordinary malloc blocks.
#include <QFile>
#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

namespace {
bool kernelHasHugePages()
{
    return QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
}

// The VmFlags of the mapping that holds p, from /proc/self/smaps ("hg": huge pages advised).
QList<QByteArray> flagsAt(const void *p)
{
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const auto address = reinterpret_cast<quintptr>(p);
    bool inside = false;
    // /proc files have no size: QFile::atEnd() would be true at once, so read them whole.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // A mapping's first line: "from-to perms offset dev inode path"; its fields: "Name: value".
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            bool ok1 = false, ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && from <= address && address < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).simplified().split(' ');
        }
    }
    return {};
}
} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The advice is what the program controls; whether the kernel then finds free huge pages
    // depends on the machine, so the test reads the advice (VmFlags "hg"), not AnonHugePages.
    void largeAllocationsAreAdvised()
    {
        if (!kernelHasHugePages()) {
            QSKIP("this kernel has no transparent huge pages");
        }
        const auto large = std::make_unique<std::vector<char>>(64 * 1024 * 1024);
        std::memset(large->data(), 1, large->size());
        const QList<QByteArray> flags = flagsAt(large->data() + large->size() / 2);
        QVERIFY2(!flags.isEmpty(), "no mapping found for the block");
        QVERIFY2(flags.contains("hg"), flags.join(' ').constData());
    }

    void smallAllocationsAreNot()
    {
        if (!kernelHasHugePages()) {
            QSKIP("this kernel has no transparent huge pages");
        }
        const auto small = std::make_unique<std::vector<char>>(64 * 1024);
        const QList<QByteArray> flags = flagsAt(small->data());
        QVERIFY2(!flags.isEmpty(), "no mapping found for the block");
        QVERIFY2(!flags.contains("hg"), flags.join(' ').constData());
    }
};

QTEST_GUILESS_MAIN(TestHugePages)
#include "test_hugepages.moc"
