// SPDX-License-Identifier: GPL-2.0-or-later
// The queue-id map: inserting, finding and erasing (backward shift, across the wrap-around of
// the slot array) agree with a reference map at every step.
#include "logs/shortkeymap.h"

#include <QTest>

#include <map>
#include <random>
#include <string>

using namespace Mailroom;

class TestShortKeyMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysDifferByTextLengthAndTag()
    {
        const ShortKey a = ShortKey::make("4F1C2A3B", 0);
        QCOMPARE(ShortKey::make("4F1C2A3B", 0), a);
        QVERIFY(!(ShortKey::make("4F1C2A3B", 1) == a));
        QVERIFY(!(ShortKey::make("4F1C2A3", 0) == a));
        QVERIFY(!a.isEmpty());
        QVERIFY(ShortKey().isEmpty());
    }

    void eraseMissingKeyChangesNothing()
    {
        ShortKeyMap<int> map;
        map[ShortKey::make("AAAAAA")] = 1;
        QVERIFY(!map.erase(ShortKey::make("BBBBBB")));
        QCOMPARE(map.size(), size_t(1));
        QVERIFY(map.erase(ShortKey::make("AAAAAA")));
        QVERIFY(!map.erase(ShortKey::make("AAAAAA")));
        QVERIFY(map.isEmpty());
        QVERIFY(!map.find(ShortKey::make("AAAAAA")));
    }

    void matchesReferenceUnderChurn_data()
    {
        QTest::addColumn<int>("keySpace");
        QTest::addColumn<int>("steps");
        // Few distinct keys in a small table: long probe runs that wrap around the end.
        QTest::newRow("crowded") << 40 << 20000;
        QTest::newRow("queue-like") << 5000 << 200000;
    }
    void matchesReferenceUnderChurn()
    {
        QFETCH(int, keySpace);
        QFETCH(int, steps);
        std::mt19937 random(12345);
        ShortKeyMap<quint32> map;
        std::map<std::string, quint32> reference;
        for (int step = 0; step < steps; ++step) {
            const std::string id = "Q" + std::to_string(random() % unsigned(keySpace));
            const ShortKey key = ShortKey::make(QByteArrayView(id.data(), qsizetype(id.size())));
            switch (random() % 3) {
            case 0:
                map[key] = quint32(step);
                reference[id] = quint32(step);
                break;
            case 1:
                QCOMPARE(map.erase(key), reference.erase(id) == 1);
                break;
            default: {
                const quint32 *found = map.find(key);
                const auto it = reference.find(id);
                QCOMPARE(found != nullptr, it != reference.end());
                if (found) {
                    QCOMPARE(*found, it->second);
                }
            }
            }
            QCOMPARE(map.size(), reference.size());
        }
        // Everything left is still found with its value.
        for (const auto &[id, value] : reference) {
            const quint32 *found = map.find(ShortKey::make(QByteArrayView(id.data(), qsizetype(id.size()))));
            QVERIFY(found);
            QCOMPARE(*found, value);
        }
    }
};

QTEST_GUILESS_MAIN(TestShortKeyMap)
#include "test_shortkeymap.moc"
