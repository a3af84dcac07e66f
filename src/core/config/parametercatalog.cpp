// SPDX-License-Identifier: GPL-2.0-or-later
#include "parametercatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <zlib.h>

namespace Mailroom::Config {

namespace {
QByteArray gunzip(const QByteArray &data)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) { // 32: gzip or zlib header, detected
        return {};
    }
    QByteArray out;
    char buffer[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return {};
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return out;
}

// The troff escapes postconf(5) uses, reduced to plain text.
QString plainText(QString line)
{
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    line.remove(font);
    line.replace(QLatin1String("\\-"), QLatin1String("-"));
    line.replace(QLatin1String("\\(bu"), QString());
    line.replace(QLatin1String("\\&"), QString());
    line.replace(QLatin1String("\\e"), QLatin1String("\\"));
    return line;
}

// The first sentence: up to the first ". " (or the end). Abbreviations such as "e.g." have no
// space after their inner dots, so they do not end it.
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return end < 0 ? text : text.left(end + 1);
}
} // namespace

ParameterCatalog::ParameterCatalog(QList<ParameterInfo> parameters)
    : m_parameters(std::move(parameters))
{
    for (qsizetype i = 0; i < m_parameters.size(); ++i) {
        m_index.insert(m_parameters.at(i).name, i);
    }
}

QList<ParameterInfo> ParameterCatalog::parsePostconfDefaults(const QByteArray &output)
{
    QList<ParameterInfo> result;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(QLatin1String(" ="));
        if (eq <= 0 || line.at(0).isSpace()) {
            continue;
        }
        const QString name = line.left(eq);
        static const QRegularExpression valid(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_]+")));
        if (!valid.match(name).hasMatch()) {
            continue;
        }
        result.append({name, line.mid(eq + 2).trimmed(), QString()});
    }
    return result;
}

QHash<QString, QString> ParameterCatalog::parseManPage(const QByteArray &troff)
{
    // Each parameter is a section ".SH name (default: value)"; its first paragraph (up to the
    // next request such as .PP, .IP, .nf) starts with the sentence we show.
    static const QRegularExpression heading(QStringLiteral(R"(^\.SH\s+([a-z0-9_]+)\s+\(default)"));
    QHash<QString, QString> result;
    QString current;
    QString text;
    bool collecting = false;
    auto finish = [&] {
        if (!current.isEmpty()) {
            result.insert(current, firstSentence(text.simplified()));
        }
        current.clear();
        text.clear();
        collecting = false;
    };
    for (const QByteArray &raw : troff.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String(".SH"))) {
            finish();
            if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
                current = m.captured(1);
                collecting = true;
            }
            continue;
        }
        if (!collecting) {
            continue;
        }
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            if (!text.trimmed().isEmpty()) {
                collecting = false; // the first paragraph ended
            }
            continue;
        }
        text += plainText(line) + QLatin1Char(' ');
    }
    finish();
    return result;
}

QByteArray ParameterCatalog::readManPage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray data = file.readAll();
    return path.endsWith(QLatin1String(".gz")) ? gunzip(data) : data;
}

QList<ParameterInfo> ParameterCatalog::withDescriptions(QList<ParameterInfo> parameters,
                                                        const QHash<QString, QString> &descriptions)
{
    for (ParameterInfo &p : parameters) {
        p.description = descriptions.value(p.name);
    }
    return parameters;
}

ParameterCatalog ParameterCatalog::loadInstalled(QString *error)
{
    const QString program = QString::fromLatin1(PostconfProgram);
    if (!QFile::exists(program)) {
        if (error) {
            *error = QCoreApplication::translate("ParameterCatalog",
                                                 "Postfix is not installed here (no %1), so the list of "
                                                 "parameters it knows is not available.")
                         .arg(program);
        }
        return {};
    }
    QProcess postconf;
    postconf.setProgram(program);
    postconf.setArguments({QStringLiteral("-d")});
    postconf.setProcessChannelMode(QProcess::SeparateChannels);
    postconf.start();
    if (!postconf.waitForFinished(30000) || postconf.exitStatus() != QProcess::NormalExit || postconf.exitCode() != 0) {
        if (error) {
            *error = QCoreApplication::translate("ParameterCatalog", "“%1 -d” failed: %2")
                         .arg(program, QString::fromLocal8Bit(postconf.readAllStandardError()).trimmed());
        }
        postconf.kill();
        postconf.waitForFinished(1000);
        return {};
    }
    const QList<ParameterInfo> defaults = parsePostconfDefaults(postconf.readAllStandardOutput());
    const QHash<QString, QString> descriptions = parseManPage(readManPage(QString::fromLatin1(ManPagePath)));
    return ParameterCatalog(withDescriptions(defaults, descriptions));
}

QString ParameterCatalog::defaultValue(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? QString() : m_parameters.at(*it).defaultValue;
}

QString ParameterCatalog::description(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? QString() : m_parameters.at(*it).description;
}

} // namespace Mailroom::Config
