// SPDX-License-Identifier: GPL-2.0-or-later
// Security review finding 9 against the real PackageKit: removing a package that others
// depend on is refused, naming them, and nothing is removed; sendmail, whose removal takes
// only its own packages, goes.
#include "sandboxuser.h"

#include <QTest>

namespace {
bool installed(const QString &package)
{
    const RunResult r
        = runAsRoot(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), package});
    return r.exitCode == 0 && r.out.contains("install ok installed");
}
} // namespace

class TestPackageRemoval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removalTakingOthersIsRefused()
    {
        // In the sandbox lintian needs ca-certificates (through libwww-perl).
        QVERIFY(installed(QStringLiteral("ca-certificates")));
        QVERIFY(installed(QStringLiteral("lintian")));
        const RunResult r
            = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL),
                    {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("ca-certificates")}, 180000);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(r.exitCode != 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Removing ca-certificates would also remove")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("lintian")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Nothing was removed")), qPrintable(err));
        QVERIFY(installed(QStringLiteral("ca-certificates")));
        QVERIFY(installed(QStringLiteral("lintian")));
    }

    void removalOfItsOwnPackagesGoes()
    {
        QVERIFY(installed(QStringLiteral("sendmail-bin")));
        const RunResult r
            = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL),
                    {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")}, 300000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char *p : {"sendmail", "sendmail-bin", "sendmail-cf", "sensible-mda"}) {
            QVERIFY2(!installed(QLatin1String(p)), p);
        }
        QVERIFY(installed(QStringLiteral("ca-certificates")));
    }
};

QTEST_GUILESS_MAIN(TestPackageRemoval)
#include "test_package_removal.moc"
