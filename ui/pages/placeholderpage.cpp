// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/placeholderpage.h"

#include "models/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const char *titleSource, const QString &iconPath, Session *session,
                                 QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_titleSource(titleSource)
    , m_iconPath(iconPath)
    , m_iconLabel(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_file(new QLabel(this))
{
    m_iconLabel->setPixmap(icon().pixmap(64, 64));
    m_iconLabel->setAlignment(Qt::AlignCenter);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_message->setObjectName(QStringLiteral("message"));
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_heading, m_message, m_file}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel);
    layout->addSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addWidget(m_file);
    layout->addStretch(3);

    connect(m_session, &Session::opened, this, &PlaceholderPage::retranslate);
    connect(m_session, &Session::closed, this, &PlaceholderPage::retranslate);
    retranslate();
}

QString PlaceholderPage::title() const
{
    return QCoreApplication::translate("Navigation", m_titleSource);
}

QIcon PlaceholderPage::icon() const
{
    return QIcon(m_iconPath);
}

void PlaceholderPage::retranslate()
{
    m_heading->setText(title());
    m_message->setText(tr("This page arrives with a later version of SteerDesk."));
    m_file->setText(m_session->isOpen() ? tr("Open file: %1").arg(QDir::toNativeSeparators(m_session->path()))
                                        : tr("No file is open. Use File › Open… or File › Open demo."));
}
