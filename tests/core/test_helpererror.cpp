// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperclient.h"

#include <QDBusMessage>
#include <QTest>

using Mailroom::HelperError;
using Kind = HelperError::Kind;
Q_DECLARE_METATYPE(HelperError::Kind)

class TestHelperError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("denied") << QStringLiteral("org.freedesktop.DBus.Error.AccessDenied") << Kind::AccessDenied
                                << QStringLiteral("not allowed");
        QTest::newRow("no helper") << QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown") << Kind::NotAvailable
                                   << QStringLiteral("mailroomd");
        QTest::newRow("bad input") << QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs") << Kind::InvalidArgs
                                   << QStringLiteral("rejected: details");
        QTest::newRow("interactive") << QStringLiteral("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired")
                                     << Kind::AccessDenied << QStringLiteral("not allowed");
        QTest::newRow("helper failure") << QStringLiteral("io.github.mailroom.Helper1.Error.Failed") << Kind::Failed
                                        << QStringLiteral("failed: details");
        QTest::newRow("remote session") << QStringLiteral("io.github.mailroom.Helper1.Error.RemoteSession")
                                        << Kind::AccessDenied << QStringLiteral("50-mailroom-mailadmin.rules");
        QTest::newRow("conflict") << QStringLiteral("io.github.mailroom.Helper1.Error.Conflict") << Kind::Conflict
                                  << QStringLiteral("Nothing was written: details");
    }
    void mapping()
    {
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        QFETCH(QString, messageContains);
        const HelperError e
            = HelperError::fromDBus(QDBusError(QDBusMessage::createError(name, QStringLiteral("details"))));
        QCOMPARE(e.kind, kind);
        QVERIFY(e.isError());
        QVERIFY2(e.userMessage().contains(messageContains), qPrintable(e.userMessage()));
    }
    void noError()
    {
        const HelperError e = HelperError::fromDBus(QDBusError());
        QVERIFY(!e.isError());
        QVERIFY(e.userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHelperError)
#include "test_helpererror.moc"
