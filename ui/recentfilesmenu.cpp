// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfilesmenu.h"

#include "ui/recentfiles.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(RecentFiles *files, QWidget *parent)
    : QMenu(parent)
    , m_files(files)
    , m_clearAction(new QAction(this))
{
    setObjectName(QStringLiteral("recentMenu"));
    setToolTipsVisible(true);
    m_clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearAction, &QAction::triggered, m_files, &RecentFiles::clear);
    connect(m_files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    retranslate();
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // clear() deletes the actions the menu owns: take "Clear list" out first, it is kept.
    removeAction(m_clearAction);
    clear();
    const QStringList files = m_files->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    addSeparator();
    addAction(m_clearAction);
    m_clearAction->setEnabled(!files.isEmpty());
    setEnabled(!files.isEmpty());
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &recent"));
    m_clearAction->setText(tr("&Clear list"));
}
