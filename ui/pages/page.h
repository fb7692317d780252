// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QIcon;

/*!
 * Page is one screen of the main window's navigation (Dashboard, Tasks, …). The navigation asks a page
 * for its title again on every language change, so title() must translate on each call: that is what
 * lets the language change at run time without a restart. A page retranslates its own content on
 * QEvent::LanguageChange.
 */
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    //! The page's name in the navigation, in the current language.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

protected:
    /*!
     * For data that changed elsewhere (an edit on another page): true when the page is hidden, and then
     * catchUp() runs once it is shown again, so that a hidden page does not recompute on every edit.
     */
    bool deferWhileHidden();
    //! What the page does when it is shown after deferWhileHidden() put work off.
    virtual void catchUp() {}
    //! Sets the page's texts in the current language; called on every QEvent::LanguageChange.
    virtual void retranslate() {}
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_catchUpPending = false;
};
