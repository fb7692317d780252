// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

#include <QString>

class QLabel;
class Session;

/*!
 * PlaceholderPage stands in for a page that a later version brings: it names the page, says in the
 * user's language that it is coming, and shows which file is open so the window is never blank.
 * \a titleSource is an untranslated title marked with QT_TRANSLATE_NOOP("Navigation", …).
 */
class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const char *titleSource, const QString &iconPath, Session *session,
                    QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

private:
    void retranslate() override;

    Session *m_session;
    const char *m_titleSource;
    QString m_iconPath;
    QLabel *m_iconLabel;
    QLabel *m_heading;
    QLabel *m_message;
    QLabel *m_file;
};
