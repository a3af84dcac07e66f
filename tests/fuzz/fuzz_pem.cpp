// SPDX-License-Identifier: GPL-2.0-or-later
// PEM text as Mailroom reads it: a certificate chain summarized for a person (what the GUI and
// mailroomctl show of the helper's TLS state: subject, names, dates, fingerprint, key, trust),
// and what the helper makes of text a user installs (it runs as root): the certificate blocks,
// whether a private key is there, whether it belongs to a certificate, and the chain put in the
// order a server sends it. Certificates, keys and requests are parsed by Qt's TLS backend and
// OpenSSL's libcrypto; the code around them must hold whatever they return.
//
// Input: the text, then (after its last NUL, if any) the host name to verify the chain against.

#include "fuzztarget.h"

#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"
#include "tlskeys.h"

#include <QRegularExpression>
#include <QSslSocket>
#include <QTimeZone>

using namespace Mailroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Without a TLS backend nothing would be parsed and the target would test nothing.
    static const bool backend = !QSslSocket::availableBackends().isEmpty();
    FUZZ_CHECK(backend);
    static const QRegularExpression fingerprint(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));

    MailroomFuzz::Input in(data, size);
    const QByteArrayView hostField = in.field();
    const QString host = hostField.isEmpty() ? QStringLiteral("mail.example.org") : QString::fromUtf8(hostField);
    const QByteArray text = in.rest().toByteArray();

    const CertificateSummary s = CertificateSummary::fromPem(text, host);
    if (s.isNull) {
        FUZZ_CHECK(!s.problems.isEmpty() && !s.isTrusted() && s.sha256.isEmpty());
    } else {
        FUZZ_CHECK(fingerprint.match(s.sha256).hasMatch());
        FUZZ_CHECK(CertificateSummary::sameFingerprint(s.sha256, s.sha256.toLower().remove(u':')));
        FUZZ_CHECK(s.keyBits >= 0);
        FUZZ_CHECK(!s.selfSigned || !s.chainTrusted);
        FUZZ_CHECK(!s.isTrusted() || (s.chainTrusted && s.hostMatches));
        s.keyDescription();
        const CertificateExpiry expiry = CertificateExpiry::at(
            s.notBefore, s.notAfter, QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::UTC));
        expiry.message(host, QStringLiteral("mailroom"));
    }

    const QList<QByteArray> blocks = TlsKeys::certificateBlocks(text);
    FUZZ_CHECK(blocks.size() <= text.count("-----BEGIN CERTIFICATE-----"));
    for (const QByteArray &b : blocks) {
        FUZZ_CHECK(b.startsWith("-----BEGIN CERTIFICATE-----") && b.endsWith("-----END CERTIFICATE-----\n"));
    }
    if (!TlsKeys::containsPrivateKey(text) || blocks.isEmpty()) {
        return 0;
    }
    // As TlsOperations::install: the key and the certificates from the same text.
    const bool firstMatches = TlsKeys::keyMatches(text, blocks.constFirst());
    const TlsKeys::Chain chain = TlsKeys::orderChain(blocks, text);
    if (chain.ok()) {
        FUZZ_CHECK(!chain.certificates.isEmpty() && chain.certificates.size() <= blocks.size());
        FUZZ_CHECK(TlsKeys::keyMatches(text, chain.certificates.constFirst()));
        for (qsizetype i = 0; i < chain.certificates.size(); ++i) {
            FUZZ_CHECK(blocks.contains(chain.certificates.at(i)));
            FUZZ_CHECK(chain.certificates.indexOf(chain.certificates.at(i)) == i
                       || blocks.count(chain.certificates.at(i)) > 1);
        }
    } else {
        FUZZ_CHECK(chain.certificates.isEmpty() && !chain.error.isEmpty());
        FUZZ_CHECK(!firstMatches || blocks.size() > 1); // the key's own certificate alone is a chain
    }
    return 0;
}
