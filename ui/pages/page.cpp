// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/page.h"

#include <QEvent>

Page::Page(QWidget *parent)
    : QWidget(parent)
{}

bool Page::deferWhileHidden()
{
    if (isVisible())
        return false;
    m_catchUpPending = true;
    return true;
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_catchUpPending) {
        m_catchUpPending = false;
        catchUp();
    }
}
