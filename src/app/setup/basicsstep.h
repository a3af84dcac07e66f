// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

#include "helpertypes.h"

#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Step 5: the main.cf basics of the chapter, validated as typed, previewed as a diff, applied with a backup.
class BasicsStep : public SetupStep
{
    Q_OBJECT
public:
    explicit BasicsStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void fill(const Mailroom::ConfigValueList &values, const QString &hostName);
    void updateNetworks();
    bool validate();
    void invalidatePreview(bool keepApplied = false);
    Mailroom::StringMap settings() const;
    void preview();
    void apply();

    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr;
    };
    QMap<QString, Field> m_fields;
    QComboBox *m_networkStyle;
    QLabel *m_networkExplanation;
    QPlainTextEdit *m_diff;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QString m_applied; // the diff of the last apply, with its backup id
    bool m_previewed = false;
    bool m_filling = false;
};
