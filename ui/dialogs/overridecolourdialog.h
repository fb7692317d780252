// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

/*!
 * OverrideColourDialog asks for the colour a commune gets by hand for a period and the reason, which is
 * required (it is kept with the colour and in the history). OK stays disabled until a reason is typed.
 */
class OverrideColourDialog final : public QDialog
{
    Q_OBJECT

public:
    //! \a colourCode: the colour in force ("green", "yellow", "red"), preselected.
    OverrideColourDialog(const QString &communeName, const QString &periodText, const QString &colourCode,
                         QWidget *parent = nullptr);
    ~OverrideColourDialog() override;

    QString colourCode() const;
    QString reason() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    QString m_commune;
    QString m_period;
    QLabel *m_intro;
    QLabel *m_colourLabel;
    QComboBox *m_colour;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};
