// SPDX-License-Identifier: GPL-2.0-or-later
// The Flatpak manifest, checked offline (flatpak-builder and the runtime cannot be downloaded
// here): the app id matches the desktop entry and metainfo, it runs on the KDE runtime, every
// permission is on the allowlist below and explained by a comment, the app builds the GUI alone
// (MAILROOM_GUI_ONLY, no tests), and every other module it builds is a library the built GUI
// actually links (its ELF NEEDED entries) — a module nothing links is only build time and surface.
// The manifest is read as the plain block-style YAML it is written in; flow style is refused.
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
struct Manifest
{
    QMap<QString, QString> scalars; // top-level "key: value"
    struct Arg
    {
        QString value;
        bool explained = false; // a comment on its line or right above it
    };
    QList<Arg> finishArgs;
    QStringList modules;
    QMap<QString, QStringList> configOpts; // module → its config-opts
    QString error;
};

Manifest parse(const QString &path)
{
    Manifest m;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m.error = QStringLiteral("cannot read ") + path;
        return m;
    }
    static const QRegularExpression topKey(QStringLiteral("^([a-z-]+):\\s*(.*)$"));
    static const QRegularExpression item(QStringLiteral("^(\\s*)-\\s+(.*)$"));
    static const QRegularExpression moduleName(QStringLiteral("^  - name:\\s*(\\S+)$"));
    QString section, module, nested;
    bool commentAbove = false;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString trimmed = raw.trimmed();
        if (trimmed.startsWith(QLatin1Char('#'))) {
            commentAbove = true;
            continue;
        }
        if (trimmed.isEmpty()) {
            commentAbove = false;
            continue;
        }
        const qsizetype hash = raw.indexOf(QLatin1String(" #"));
        const bool trailingComment = hash >= 0;
        const QString line = trailingComment ? raw.left(hash) : raw;
        if (line.contains(QLatin1Char('{')) || line.contains(QLatin1Char('['))) {
            m.error = QStringLiteral("flow style: ") + raw;
            return m;
        }
        if (const auto k = topKey.match(line); k.hasMatch()) {
            section = k.captured(1);
            module.clear();
            if (!k.captured(2).isEmpty()) {
                QString value = k.captured(2).trimmed();
                value.remove(QLatin1Char('\''));
                value.remove(QLatin1Char('"'));
                m.scalars.insert(section, value);
            }
        } else if (section == QLatin1String("finish-args")) {
            const auto i = item.match(line);
            if (!i.hasMatch()) {
                m.error = QStringLiteral("not a list item in finish-args: ") + raw;
                return m;
            }
            m.finishArgs.append({i.captured(2).trimmed(), trailingComment || commentAbove});
        } else if (section == QLatin1String("modules")) {
            if (const auto n = moduleName.match(line); n.hasMatch()) {
                module = n.captured(1);
                m.modules.append(module);
                nested.clear();
            } else if (line.startsWith(QLatin1String("    ")) && !line.startsWith(QLatin1String("     "))) {
                nested = line.trimmed().section(QLatin1Char(':'), 0, 0);
            } else if (const auto i = item.match(line); i.hasMatch() && nested == QLatin1String("config-opts")) {
                m.configOpts[module].append(i.captured(2).trimmed());
            }
        }
        commentAbove = false;
    }
    return m;
}

// What the GUI may ask for, and why it would (the manifest's comments say it again).
const QStringList &allowlist()
{
    static const QStringList list {
        QStringLiteral("--socket=wayland"),
        QStringLiteral("--socket=fallback-x11"),
        QStringLiteral("--share=ipc"),
        QStringLiteral("--share=network"),
        QStringLiteral("--system-talk-name=io.github.mailroom.Helper1"),
        QStringLiteral("--filesystem=/var/mail:ro"),
    };
    return list;
}

QString normalized(QString s)
{
    s = s.toLower();
    s.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return s;
}
} // namespace

class TestFlatpakManifest : public QObject
{
    Q_OBJECT
private:
    Manifest m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        m_manifest = parse(QStringLiteral(MANIFEST));
        QVERIFY2(m_manifest.error.isEmpty(), qPrintable(m_manifest.error));
    }

    void identity()
    {
        const QString id = m_manifest.scalars.value(QStringLiteral("app-id"));
        QCOMPARE(id, QStringLiteral("io.github.mailroom.Mailroom"));
        QVERIFY(QFile::exists(QStringLiteral(RESOURCES "/") + id + QStringLiteral(".desktop")));
        QFile metainfo(QStringLiteral(RESOURCES "/") + id + QStringLiteral(".metainfo.xml.in"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains("<id>" + id.toUtf8() + "</id>"));
        QCOMPARE(m_manifest.scalars.value(QStringLiteral("runtime")), QStringLiteral("org.kde.Platform"));
        QCOMPARE(m_manifest.scalars.value(QStringLiteral("sdk")), QStringLiteral("org.kde.Sdk"));
        QCOMPARE(m_manifest.scalars.value(QStringLiteral("command")), QStringLiteral("mailroom"));
    }

    void finishArgs_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<bool>("explained");
        for (const auto &a : std::as_const(m_manifest.finishArgs)) {
            QTest::newRow(qPrintable(a.value)) << a.value << a.explained;
        }
    }
    void finishArgs()
    {
        QFETCH(QString, arg);
        QFETCH(bool, explained);
        QVERIFY2(allowlist().contains(arg), qPrintable(arg + QStringLiteral(" is not on the allowlist")));
        QVERIFY2(explained, qPrintable(arg + QStringLiteral(" has no comment saying why")));
    }
    void finishArgsPresent()
    {
        // Without the helper's bus name the app could do nothing at all.
        bool helper = false;
        for (const auto &a : std::as_const(m_manifest.finishArgs)) {
            helper = helper || a.value == QLatin1String("--system-talk-name=io.github.mailroom.Helper1");
        }
        QVERIFY(helper);
    }

    void guiOnly()
    {
        QVERIFY(!m_manifest.modules.isEmpty());
        QCOMPARE(m_manifest.modules.last(), QStringLiteral("mailroom"));
        const QStringList opts = m_manifest.configOpts.value(QStringLiteral("mailroom"));
        QVERIFY2(opts.contains(QLatin1String("-DMAILROOM_GUI_ONLY=ON")), qPrintable(opts.join(u' ')));
        QVERIFY2(opts.contains(QLatin1String("-DBUILD_TESTING=OFF")), qPrintable(opts.join(u' ')));
    }

    // Every module but the app itself must be a library the GUI links (today there is none: the
    // KDE runtime has all the GUI needs).
    void modulesAreLinked()
    {
        QProcess readelf;
        readelf.start(QStringLiteral(READELF), {QStringLiteral("-d"), QStringLiteral(GUI)});
        QVERIFY(readelf.waitForFinished(30000));
        QCOMPARE(readelf.exitCode(), 0);
        static const QRegularExpression needed(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        QStringList libraries;
        for (auto it = needed.globalMatch(QString::fromUtf8(readelf.readAllStandardOutput())); it.hasNext();) {
            libraries.append(it.next().captured(1));
        }
        QVERIFY(libraries.size() > 3);
        QStringList unlinked;
        for (const QString &module : std::as_const(m_manifest.modules)) {
            bool linked = module == QLatin1String("mailroom");
            for (const QString &lib : std::as_const(libraries)) {
                linked = linked || normalized(lib).contains(normalized(module));
            }
            if (!linked) {
                unlinked.append(module);
            }
        }
        QVERIFY2(unlinked.isEmpty(),
                 qPrintable(unlinked.join(QLatin1String(", "))
                            + QStringLiteral(" built, but the GUI links none of it: ")
                            + libraries.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestFlatpakManifest)
#include "test_flatpak_manifest.moc"
