// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Mailroom::Config {

// One parameter Postfix knows: its name, its default as `postconf -d` prints it, and the first
// sentence of its entry in postconf(5) (empty when the manual is not installed).
struct ParameterInfo
{
    QString name;
    QString defaultValue;
    QString description;
    bool operator==(const ParameterInfo &) const = default;
};
// a(sss) in the helper's GetParameterCatalog (marshalling in helpertypes.h).
using ParameterInfoList = QList<ParameterInfo>;

// Every parameter of the installed Postfix. The names and defaults come from `postconf -d`; the
// descriptions from the installed postconf(5) manual page, so they match the installed version.
class ParameterCatalog
{
public:
    static constexpr const char *PostconfProgram = "/usr/sbin/postconf";
    static constexpr const char *ManPagePath = "/usr/share/man/man5/postconf.5.gz";

    ParameterCatalog() = default;
    explicit ParameterCatalog(QList<ParameterInfo> parameters);

    // "name = value" lines as `postconf -d` prints them; other lines are skipped.
    static QList<ParameterInfo> parsePostconfDefaults(const QByteArray &output);
    // name → first sentence of its entry, from postconf(5) in troff source form.
    static QHash<QString, QString> parseManPage(const QByteArray &troff);
    // Reads a manual page, gunzipping it when it ends in .gz. Empty on any failure.
    static QByteArray readManPage(const QString &path);
    // Names and defaults with their descriptions filled in where the manual has them.
    static QList<ParameterInfo> withDescriptions(QList<ParameterInfo> parameters,
                                                 const QHash<QString, QString> &descriptions);

    // Runs `postconf -d` of the local Postfix (fixed path, no arguments from anyone) and reads the
    // installed manual. Blocks for the time postconf takes (well under a second). Empty catalog,
    // and error set, when Postfix is not installed or postconf fails.
    static ParameterCatalog loadInstalled(QString *error);

    bool isEmpty() const { return m_parameters.isEmpty(); }
    QList<ParameterInfo> parameters() const { return m_parameters; }
    bool contains(const QString &name) const { return m_index.contains(name); }
    // The default of name; empty when unknown (or when the default is empty).
    QString defaultValue(const QString &name) const;
    QString description(const QString &name) const;

private:
    QList<ParameterInfo> m_parameters;
    QHash<QString, qsizetype> m_index;
};

} // namespace Mailroom::Config

Q_DECLARE_METATYPE(Mailroom::Config::ParameterInfo)
Q_DECLARE_METATYPE(Mailroom::Config::ParameterInfoList)
