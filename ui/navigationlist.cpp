// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/navigationlist.h"

#include "ui/pages/page.h"

#include <QEvent>
#include <QStackedWidget>

NavigationList::NavigationList(QStackedWidget *stack, QWidget *parent)
    : QListWidget(parent)
    , m_stack(stack)
{
    setObjectName(QStringLiteral("navigation"));
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    // The column reads as part of the window, not as a white list box.
    setStyleSheet(QStringLiteral("NavigationList { background: palette(window); }"
                                 "NavigationList::item { padding: 6px 8px; }"));
    connect(this, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void NavigationList::addPage(Page *page)
{
    m_stack->addWidget(page);
    m_pages.append(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), this);
    item->setData(Qt::UserRole, page->objectName());
    if (currentRow() < 0)
        setCurrentRow(0);
}

Page *NavigationList::pageAt(int row) const
{
    return m_pages.value(row);
}

QSize NavigationList::sizeHint() const
{
    // Wide enough for the longest title in the current language, never narrower than a usual column.
    const int width = sizeHintForColumn(0) + 2 * frameWidth() + 16;
    return {qMax(width, 170), QListWidget::sizeHint().height()};
}

void NavigationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void NavigationList::retranslate()
{
    for (int row = 0; row < m_pages.size(); ++row)
        item(row)->setText(m_pages.at(row)->title());
    updateGeometry();
}
