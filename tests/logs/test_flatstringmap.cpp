// SPDX-License-Identifier: GPL-2.0-or-later
// The summary's string map: keys kept inside their entry up to FlatKey::InlineBytes and in the
// map's own storage beyond, lookups and insertion order agreeing with a reference map through
// rehashes, and long keys staying valid while the entries move.
#include "logs/flatstringmap.h"

#include <QTest>

#include <map>
#include <random>
#include <string>
#include <vector>

using namespace Mailroom;

class TestFlatStringMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysOfEveryLengthAroundTheInlineLimit()
    {
        FlatStringMap<int> map;
        std::vector<std::string> keys;
        for (size_t length = 0; length <= FlatKey::InlineBytes + 3; ++length) {
            keys.push_back(std::string(length, 'a'));
            keys.push_back(std::string(length, 'b') + std::string(1, '\0')); // a NUL inside the key
        }
        for (size_t i = 0; i < keys.size(); ++i) {
            map[keys[i]] = int(i);
        }
        QCOMPARE(map.size(), keys.size());
        size_t i = 0;
        for (const auto &[key, value] : map) { // insertion order, key bytes as given
            QCOMPARE(key.view(), std::string_view(keys[i]));
            QCOMPARE(value, int(i));
            ++i;
        }
        for (size_t k = 0; k < keys.size(); ++k) {
            QVERIFY(map.find(keys[k]));
            QCOMPARE(*map.find(keys[k]), int(k));
        }
        QVERIFY(!map.find(std::string(FlatKey::InlineBytes + 1, 'c')));
        QVERIFY(!map.find(std::string(FlatKey::InlineBytes + 4, 'a'))); // longer than any
    }

    void matchesReferenceThroughRehashes()
    {
        std::mt19937 random(7);
        std::uniform_int_distribution<int> length(0, 80);
        std::uniform_int_distribution<int> letter('a', 'e');
        FlatStringMap<long long> map;
        std::map<std::string, long long> reference;
        std::vector<std::string> order;
        for (int step = 0; step < 20000; ++step) {
            std::string key(size_t(length(random)) % 7 == 0 ? 60 : size_t(length(random) % 12), 'x');
            for (char &c : key) {
                c = char(letter(random));
            }
            if (!reference.contains(key)) {
                order.push_back(key);
            }
            map[key] += step;
            reference[key] += step;
        }
        QCOMPARE(map.size(), reference.size());
        size_t i = 0;
        for (const auto &[key, value] : map) {
            QCOMPARE(key.view(), std::string_view(order[i++]));
            QCOMPARE(value, reference.at(std::string(key.view())));
        }
        // A moved map keeps its long keys (they live in its storage, not in the entries).
        FlatStringMap<long long> moved = std::move(map);
        for (const auto &[key, value] : reference) {
            QVERIFY2(moved.find(key), key.c_str());
            QCOMPARE(*moved.find(key), value);
        }
    }
};

QTEST_GUILESS_MAIN(TestFlatStringMap)
#include "test_flatstringmap.moc"
