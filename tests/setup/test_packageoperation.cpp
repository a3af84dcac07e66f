// SPDX-License-Identifier: GPL-2.0-or-later
// A package operation followed through the helper's signals, as the Setup assistant and
// mailroomctl package see it — including an end announced before the operation id.
#include "fakehelper.h"
#include "helperapi.h"
#include "setup/packageoperation.h"

#include <QSignalSpy>
#include <QTest>

using Mailroom::PackageOperation;

class TestPackageOperation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void finishAfterId();
    void finishBeforeId();
    void otherOperationsAreIgnored();
    void refused();
    void cancel();

private:
    std::unique_ptr<FakeHelper> m_helper;
};

namespace {
QVariantList progress(const QString &op, uint percent)
{
    return {op, percent, QStringLiteral("download"), QStringLiteral("postfix")};
}
QVariantList finished(const QString &op, bool success, bool cancelled, const QString &message)
{
    return {op, success, cancelled, message};
}
} // namespace

void TestPackageOperation::init()
{
    m_helper = std::make_unique<FakeHelper>();
    QVERIFY(m_helper->connectPeer());
}

void TestPackageOperation::cleanup()
{
    m_helper.reset();
}

void TestPackageOperation::finishAfterId()
{
    m_helper->on(QStringLiteral("InstallPackage"), [this](const QDBusMessage &call) {
        QCOMPARE(call.arguments().value(0).toString(), QStringLiteral("postfix"));
        m_helper->reply(call, {QStringLiteral("op1")});
        m_helper->emitSignal(QStringLiteral("PackageProgress"), progress(QStringLiteral("op1"), 40));
        m_helper->emitSignal(QStringLiteral("PackageOperationFinished"),
                             finished(QStringLiteral("op1"), true, false, QStringLiteral("postfix 3.9")));
    });
    PackageOperation op(m_helper->proxy(), PackageOperation::Kind::Install, QStringLiteral("postfix"));
    QSignalSpy progressSpy(&op, &PackageOperation::progress);
    QSignalSpy done(&op, &PackageOperation::finished);
    op.start();
    QVERIFY(op.isRunning());
    QVERIFY(done.wait(5000));
    QCOMPARE(progressSpy.size(), 1);
    QCOMPARE(progressSpy.at(0).at(0).toInt(), 40);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0), (QVariantList {true, false, QStringLiteral("postfix 3.9")}));
    QVERIFY(!op.isRunning());
    QVERIFY(!op.helperError().isError());
}

void TestPackageOperation::finishBeforeId()
{
    // A quick operation: the helper's signal overtakes the reply that names the operation.
    m_helper->on(QStringLiteral("RemovePackage"), [this](const QDBusMessage &call) {
        m_helper->emitSignal(QStringLiteral("PackageOperationFinished"),
                             finished(QStringLiteral("op7"), false, false, QStringLiteral("not installed")));
        m_helper->reply(call, {QStringLiteral("op7")});
    });
    PackageOperation op(m_helper->proxy(), PackageOperation::Kind::Remove, QStringLiteral("sendmail"));
    QSignalSpy started(&op, &PackageOperation::started);
    QSignalSpy done(&op, &PackageOperation::finished);
    op.start();
    QVERIFY(done.wait(5000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("op7"));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0), (QVariantList {false, false, QStringLiteral("not installed")}));
    QVERIFY(!op.isRunning());
}

void TestPackageOperation::otherOperationsAreIgnored()
{
    // Another client's operation ends before ours is named, and again afterwards.
    m_helper->on(QStringLiteral("InstallPackage"), [this](const QDBusMessage &call) {
        m_helper->emitSignal(QStringLiteral("PackageOperationFinished"),
                             finished(QStringLiteral("op2"), false, true, QStringLiteral("theirs")));
        m_helper->reply(call, {QStringLiteral("op3")});
        m_helper->emitSignal(QStringLiteral("PackageProgress"), progress(QStringLiteral("op2"), 90));
        m_helper->emitSignal(QStringLiteral("PackageOperationFinished"),
                             finished(QStringLiteral("op2"), false, true, QStringLiteral("theirs")));
        m_helper->emitSignal(QStringLiteral("PackageOperationFinished"),
                             finished(QStringLiteral("op3"), true, false, QStringLiteral("ours")));
    });
    PackageOperation op(m_helper->proxy(), PackageOperation::Kind::Install, QStringLiteral("postfix"));
    QSignalSpy progressSpy(&op, &PackageOperation::progress);
    QSignalSpy done(&op, &PackageOperation::finished);
    op.start();
    QVERIFY(done.wait(5000));
    QTest::qWait(50); // nothing more may follow
    QCOMPARE(progressSpy.size(), 0);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0), (QVariantList {true, false, QStringLiteral("ours")}));
}

void TestPackageOperation::refused()
{
    m_helper->on(QStringLiteral("InstallPackage"), [this](const QDBusMessage &call) {
        m_helper->replyError(call, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"), QStringLiteral("no"));
    });
    PackageOperation op(m_helper->proxy(), PackageOperation::Kind::Install, QStringLiteral("postfix"));
    QSignalSpy done(&op, &PackageOperation::finished);
    op.start();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QCOMPARE(done.at(0).at(1).toBool(), false);
    QCOMPARE(done.at(0).at(2).toString(), op.helperError().userMessage());
    QCOMPARE(op.helperError().kind, Mailroom::HelperError::Kind::AccessDenied);
    QVERIFY(!op.isRunning());
}

void TestPackageOperation::cancel()
{
    m_helper->on(QStringLiteral("InstallPackage"),
                 [this](const QDBusMessage &call) { m_helper->reply(call, {QStringLiteral("op4")}); });
    m_helper->on(QStringLiteral("CancelPackageOperation"), [this](const QDBusMessage &call) {
        QCOMPARE(call.arguments().value(0).toString(), QStringLiteral("op4"));
        m_helper->reply(call, {});
        m_helper->emitSignal(QStringLiteral("PackageOperationFinished"),
                             finished(QStringLiteral("op4"), false, true, QString()));
    });
    PackageOperation op(m_helper->proxy(), PackageOperation::Kind::Install, QStringLiteral("postfix"));
    QSignalSpy started(&op, &PackageOperation::started);
    QSignalSpy done(&op, &PackageOperation::finished);
    op.start();
    QVERIFY(started.wait(5000));
    op.cancel();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0), (QVariantList {false, true, QString()}));
    QCOMPARE(m_helper->calls(),
             (QStringList {QStringLiteral("InstallPackage"), QStringLiteral("CancelPackageOperation")}));
}

QTEST_GUILESS_MAIN(TestPackageOperation)
#include "test_packageoperation.moc"
