// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/aboutdialog.h"

#include "models/storage/datapaths.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/steerdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setObjectName(QStringLiteral("aboutBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setMinimumWidth(420);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About SteerDesk"));
    m_title->setText(QStringLiteral("SteerDesk %1").arg(QStringLiteral(STEERDESK_VERSION)));

    const QString dataFolder = DataPaths::dataFolder();
    const QString paragraphs[] = {
        tr("Records what the steering committee for digital transformation and Project 06 assigns and "
           "what units report, and produces the meeting report, charts and spreadsheets."),
        tr("Licence: %1. This program comes with no warranty.")
            .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                                "GNU GPL-3.0-or-later</a>")),
        tr("Data folder: %1")
            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QUrl::fromLocalFile(dataFolder).toString(QUrl::FullyEncoded),
                          QDir::toNativeSeparators(dataFolder).toHtmlEscaped())),
        tr("The demo database is illustrative: it is drawn from press reports of committee meetings "
           "and is not an official record."),
    };
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    m_body->setText(html);
}
