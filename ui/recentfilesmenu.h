// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class RecentFiles;

/*!
 * RecentFilesMenu is File › Open recent: one entry per file of RecentFiles (numbered, the full path in
 * the tooltip), and "Clear list". It rebuilds itself whenever the list changes or the menu opens, so
 * a file deleted meanwhile is never offered.
 */
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(RecentFiles *files, QWidget *parent = nullptr);

Q_SIGNALS:
    void fileChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    RecentFiles *m_files;
    QAction *m_clearAction;
};
