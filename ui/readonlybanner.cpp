// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readonlybanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAutoFillBackground(true);
    // A warm yellow, the colour office software uses for "protected view".
    setStyleSheet(QStringLiteral("ReadOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                                 "QLabel { color: #3b2f00; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_label, 1);
    setVisible(false);
}

void ReadOnlyBanner::setReason(const QString &reason)
{
    m_reason = reason;
    retranslate();
    setVisible(!reason.isEmpty());
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ReadOnlyBanner::retranslate()
{
    m_heading->setText(tr("Read-only"));
    m_label->setText(m_reason.isEmpty() ? QString()
                                        : tr("%1 Nothing can be changed in this file.").arg(m_reason));
}
