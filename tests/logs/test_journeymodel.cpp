// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeybuilder.h"
#include "logs/journeyfilterproxymodel.h"
#include "logs/journeymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Mailroom;

namespace {
std::shared_ptr<const LogIndex> basicIndex()
{
    auto sources = std::make_shared<LogSourceSet>();
    QString error;
    if (!sources->addFile(QFINDTESTDATA("../data/logs/basic/maillog"), &error)) {
        qWarning() << error;
        return {};
    }
    JourneyBuilder builder(sources);
    builder.setReferenceDate(QDate(2024, 3, 26));
    builder.processAll();
    return builder.finish();
}

int rowWithQueueId(const QAbstractItemModel &model, const QString &id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(JourneyModel::QueueIdsRole).toStringList().contains(id)) {
            return r;
        }
    }
    return -1;
}
} // namespace

class TestJourneyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent()
    {
        JourneyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JourneyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto index = basicIndex();
        QVERIFY(index);
        model.setIndex(index);
        QCOMPARE(model.rowCount(), int(index->chainHeads().size()));
        QCOMPARE(model.columnCount(), int(JourneyModel::ColumnCount));
        proxy.setStatuses({JourneyStatus::Rejected});
        proxy.sort(JourneyModel::DelayColumn, Qt::DescendingOrder);
        proxy.setText(QStringLiteral("relay access"));
        proxy.setText({});
        proxy.setStatuses({});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsWhatPeopleRead()
    {
        JourneyModel model;
        model.setIndex(basicIndex());
        const int r = rowWithQueueId(model, QStringLiteral("4Kc9Dq0Sx5z9rxH"));
        QVERIFY(r >= 0);
        QCOMPARE(model.index(r, JourneyModel::FromColumn).data().toString(), QStringLiteral("carol@mydomain.example"));
        QCOMPARE(model.index(r, JourneyModel::ToColumn).data().toString(),
                 QStringLiteral("dave@partner.example (+1 more)"));
        QCOMPARE(model.index(r, JourneyModel::StatusColumn).data().toString(), QStringLiteral("Delivered"));
        QCOMPARE(model.index(r, JourneyModel::RelayColumn).data().toString(),
                 QStringLiteral("mx1.partner.example[192.0.2.10]:25"));
        QCOMPARE(model.index(r, JourneyModel::TimeColumn).data(JourneyModel::TimeRole).toDateTime(),
                 QDateTime(QDate(2024, 3, 25), QTime(9, 15)));
        QCOMPARE(model.index(r, JourneyModel::SizeColumn).data(JourneyModel::SortRole).toLongLong(), 10240);
        QCOMPARE(model.index(r, 0).data(JourneyModel::RecipientsRole).toStringList(),
                 (QStringList {QStringLiteral("dave@partner.example"), QStringLiteral("erin@partner.example")}));
    }

    void lineRangesPointAtTheRawLines()
    {
        JourneyModel model;
        model.setIndex(basicIndex());
        const int r = rowWithQueueId(model, QStringLiteral("4Kc9Dq0Sx5z9rxH"));
        const auto ranges = model.index(r, 0).data(JourneyModel::LineRangesRole).value<QList<LogLineRange>>();
        const QStringList raw = model.index(r, 0).data(JourneyModel::RawLinesRole).toStringList();
        QCOMPARE(ranges.size(), 8);
        QCOMPARE(raw.size(), 8);
        QFile f(ranges.first().file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        for (int i = 0; i < ranges.size(); ++i) {
            QCOMPARE(QString::fromUtf8(all.mid(ranges[i].offset, ranges[i].length)), raw[i]);
        }
        QVERIFY(raw.first().contains(QLatin1String("connect from laptop.home.example")));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<QStringList>("mustNotContain");
        QTest::newRow("address") << QStringLiteral("address") << QStringLiteral("CAROL@")
                                 << QStringList {QStringLiteral("4Kc9Dq0Sx5z9rxH"), QStringLiteral("3B4C5D6E7F")}
                                 << QStringList {QStringLiteral("5D0E9A1B22")};
        QTest::newRow("domain") << QStringLiteral("domain") << QStringLiteral("partner.example")
                                << QStringList {QStringLiteral("4Kc9Dq0Sx5z9rxH"), QStringLiteral("6E1FAB2C33")}
                                << QStringList {QStringLiteral("5D0E9A1B22"), QStringLiteral("2A3B4C5D6E")};
        QTest::newRow("text in raw lines")
            << QStringLiteral("text") << QStringLiteral("198.51.100.7") << QStringList {QStringLiteral("4B1C22A0F3")}
            << QStringList {QStringLiteral("4Kc9Dq0Sx5z9rxH")};
        QTest::newRow("time range") << QStringLiteral("time")
                                    << QStringLiteral("2024-03-25T10:00:00/2024-03-25T11:00:00")
                                    << QStringList {QStringLiteral("5D0E9A1B22"), QStringLiteral("6E1FAB2C33")}
                                    << QStringList {QStringLiteral("4Kc9Dq0Sx5z9rxH"), QStringLiteral("1F2E3D4C5B")};
        QTest::newRow("status deferred") << QStringLiteral("status") << QStringLiteral("deferred")
                                         << QStringList {QStringLiteral("5E6F7A8B9C"), QStringLiteral("6F7A8B9CAD")}
                                         << QStringList {QStringLiteral("5D0E9A1B22")};
        QTest::newRow("status expired") << QStringLiteral("status") << QStringLiteral("expired")
                                        << QStringList {QStringLiteral("8C1D2E3F55")}
                                        << QStringList {QStringLiteral("9D2E3F4A66")};
        // A bar of the delay chart: (above, upTo] in seconds, -1 open.
        QTest::newRow("delay up to 1 s") << QStringLiteral("delay") << QStringLiteral("-1/1")
                                         << QStringList {QStringLiteral("4B1C22A0F3")}
                                         << QStringList {QStringLiteral("4Kc9Dq0Sx5z9rxH"),
                                                         QStringLiteral("5D0E9A1B22")};
        QTest::newRow("delay over 300 s")
            << QStringLiteral("delay") << QStringLiteral("300/-1") << QStringList {QStringLiteral("5D0E9A1B22")}
            << QStringList {QStringLiteral("4B1C22A0F3"), QStringLiteral("4Kc9Dq0Sx5z9rxH")};
    }
    void filters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QStringList, mustContain);
        QFETCH(QStringList, mustNotContain);
        JourneyModel model;
        model.setIndex(basicIndex());
        JourneyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (kind == QLatin1String("address")) {
            proxy.setAddress(value);
        } else if (kind == QLatin1String("domain")) {
            proxy.setDomain(value);
        } else if (kind == QLatin1String("text")) {
            proxy.setText(value);
        } else if (kind == QLatin1String("time")) {
            const QStringList parts = value.split(QLatin1Char('/'));
            proxy.setTimeRange(QDateTime::fromString(parts[0], Qt::ISODate),
                               QDateTime::fromString(parts[1], Qt::ISODate));
        } else if (kind == QLatin1String("status")) {
            proxy.setStatuses({value == QLatin1String("deferred") ? JourneyStatus::Deferred : JourneyStatus::Expired});
        } else if (kind == QLatin1String("delay")) {
            const QStringList parts = value.split(QLatin1Char('/'));
            proxy.setDelayRange(parts[0].toDouble(), parts[1].toDouble());
            QCOMPARE(proxy.delayAbove(), parts[0].toDouble());
        }
        QVERIFY(proxy.rowCount() < model.rowCount());
        for (const QString &id : mustContain) {
            QVERIFY2(rowWithQueueId(proxy, id) >= 0, qPrintable(id));
        }
        for (const QString &id : mustNotContain) {
            QVERIFY2(rowWithQueueId(proxy, id) < 0, qPrintable(id));
        }
    }

    void delayRangeOff()
    {
        JourneyModel model;
        model.setIndex(basicIndex());
        JourneyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setDelayRange(300, -1);
        QVERIFY(proxy.rowCount() < model.rowCount());
        proxy.setDelayRange(-1, -1); // off again: also the messages without a delay come back
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void sortsByNumbers()
    {
        JourneyModel model;
        model.setIndex(basicIndex());
        JourneyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(JourneyModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, JourneyModel::SizeColumn).data(JourneyModel::SortRole).toLongLong(), 10240);
        proxy.sort(JourneyModel::DelayColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, JourneyModel::DelayColumn).data(JourneyModel::SortRole).toDouble() >= 900);
    }

    void appendsBatches()
    {
        JourneyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto index = basicIndex();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendRows(index->sources(), {index->row(0)});
        model.appendRows(index->sources(), {index->row(1), index->row(2)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1); // the first batch of a new source set resets the model
    }
};

QTEST_GUILESS_MAIN(TestJourneyModel)
#include "test_journeymodel.moc"
