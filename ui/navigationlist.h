// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QListWidget>

class Page;
class QStackedWidget;

/*!
 * NavigationList is the column of pages on the left of the main window. Each entry stands for a Page
 * of the given stack; choosing an entry shows that page. Entry texts come from Page::title() and are
 * asked again on every language change.
 */
class NavigationList final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QStackedWidget *stack, QWidget *parent = nullptr);

    //! Adds \a page to the stack and an entry for it to the list.
    void addPage(Page *page);
    Page *pageAt(int row) const;

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStackedWidget *m_stack;
    QList<Page *> m_pages;
};
