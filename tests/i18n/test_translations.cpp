// SPDX-License-Identifier: GPL-2.0-or-later
// zh_CN is a first-class UI language: every source string has a finished translation. English,
// the source language, has a catalog of plural forms only ("1 message", "3 messages").
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

#include "mail/mboxindexer.h"
#include "postfix/maincfvalidator.h"
#include "postfix/mynetworks.h"
#include "smtp/smtploginresult.h"

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        // MAILROOM_TS_DIR in the environment points at a freshly updated copy (test_translations_current).
        const QString override = qEnvironmentVariable("MAILROOM_TS_DIR");
        const QDir dir(override.isEmpty() ? QStringLiteral(MAILROOM_TS_DIR) : override);
        const auto files = dir.entryList({QStringLiteral("*.ts")});
        QVERIFY(!files.isEmpty());
        for (const QString &f : files) {
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, tsFile);
        QFile file(tsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList missing;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete") || text.trimmed().isEmpty()) {
                    if (type != QLatin1String("vanished") && type != QLatin1String("obsolete")) {
                        missing << QStringLiteral("%1: %2").arg(context, source);
                    }
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The English catalog has the %n texts only; the others every text.
        const bool pluralsOnly = tsFile.endsWith(QLatin1String("_en.ts"));
        QVERIFY2(messages > (pluralsOnly ? 5 : 20), "the catalog looks empty: run the update_translations target");
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
    }

    void englishPluralForms()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("mailroom_en"), QStringLiteral(MAILROOM_QM_DIR)));
        QCOMPARE(translator.translate("MailPage", "%n message(s)", nullptr, 1), QStringLiteral("%n message"));
        QCOMPARE(translator.translate("MailPage", "%n message(s)", nullptr, 3), QStringLiteral("%n messages"));
        QCOMPARE(translator.translate("SummaryStep", "%n configuration backup(s) are kept.", nullptr, 1),
                 QStringLiteral("%n configuration backup is kept."));
        // Installed, tr() fills in the number.
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("MailPage", "%n message(s)", nullptr, 1), QStringLiteral("1 message"));
        QCOMPARE(QCoreApplication::translate("MailPage", "%n message(s)", nullptr, 0), QStringLiteral("0 messages"));
        QCoreApplication::removeTranslator(&translator);
    }

    void chineseCatalogLoadsAndTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("mailroom_zh_CN"), QStringLiteral(MAILROOM_QM_DIR)));
        const QString t = translator.translate("MainWindow", "Dashboard");
        QVERIFY(!t.isEmpty());
        QVERIFY(t != QLatin1String("Dashboard"));
    }

    // The catalog is filed by the contexts lupdate sees; these are looked up the way the program
    // does it at run time, so a context that differs between the two shows up here as English.
    void coreMessagesComeOutInChinese_data()
    {
        QTest::addColumn<QString>("text");
        QTranslator *translator = new QTranslator(qApp);
        QVERIFY(translator->load(QStringLiteral("mailroom_zh_CN"), QStringLiteral(MAILROOM_QM_DIR)));
        QCoreApplication::installTranslator(translator);
        QTest::newRow("PostfixValidation")
            << Mailroom::MainCfValidator::validate(QStringLiteral("myhostname"), QStringLiteral("bad host name!"))
                   .message;
        QTest::newRow("MyNetworks") << Mailroom::MyNetworks::explain(Mailroom::MyNetworks::Style::Subnet);
        Mailroom::SmtpLoginResult login;
        login.outcome = Mailroom::SmtpLoginResult::Outcome::Timeout;
        QTest::newRow("SmtpLoginResult") << login.message();
        Mailroom::MboxIndexer indexer(QStringLiteral("/nonexistent/mailroom-test.mbox"));
        indexer.update([](Mailroom::MessageBatch &&) { });
        QTest::newRow("MboxIndexer") << indexer.errorString();
    }
    void coreMessagesComeOutInChinese()
    {
        QFETCH(QString, text);
        QVERIFY2(!text.isEmpty(), "no message produced");
        const bool cjk = std::any_of(text.cbegin(), text.cend(),
                                     [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
        QVERIFY2(cjk, qPrintable(QStringLiteral("still English: ") + text));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
