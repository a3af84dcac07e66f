// SPDX-License-Identifier: GPL-2.0-or-later
// zh_CN is a first-class UI language: every source string has a finished translation.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QDir dir(QStringLiteral(MAILROOM_TS_DIR));
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
        QVERIFY2(messages > 20, "the catalog looks empty: run the update_translations target");
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
    }

    void chineseCatalogLoadsAndTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("mailroom_zh_CN"), QStringLiteral(MAILROOM_QM_DIR)));
        const QString t = translator.translate("MainWindow", "Dashboard");
        QVERIFY(!t.isEmpty());
        QVERIFY(t != QLatin1String("Dashboard"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
