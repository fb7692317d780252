// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

/*!
 * AboutDialog names SteerDesk, its version and licence (GPL-3.0-or-later), where its data lives on this
 * PC, and that the demo database is illustrative, so nobody quotes its figures as official.
 */
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_body;
    QDialogButtonBox *m_buttons;
};
