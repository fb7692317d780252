// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;

/*!
 * ReadOnlyBanner is the strip across the top of the window that says the open file is read-only and
 * why (another SteerDesk is writing it, the file or its folder is write-protected…), so the secretary
 * is never surprised that an edit is refused. It hides itself when there is no reason.
 */
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    //! Shows the banner with \a reason (already in the user's language); an empty reason hides it.
    void setReason(const QString &reason);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_reason;
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_label;
};
