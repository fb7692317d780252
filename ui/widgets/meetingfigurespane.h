// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVector>
#include <QWidget>

class Database;
class MeetingFiguresModel;
class QComboBox;
class QLabel;
class QTableView;
struct MeetingSummary;

/*!
 * MeetingFiguresPane is the Meetings page's Figures tab: the chosen meeting's figures beside those of an
 * earlier meeting (the one just before by default), each frozen or, when never frozen, computed now as of
 * the meeting's date and labelled so. It reads the figures only while shown: a hidden pane marks them
 * stale and fills them when it appears.
 */
class MeetingFiguresPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingFiguresPane(QWidget *parent = nullptr);
    ~MeetingFiguresPane() override;

    /*!
     * Shows meeting \a meetingId held on \a heldOn in \a database; \a meetings is the page's list (newest
     * first): the ones after \a meetingId in it are the earlier meetings to compare with, \a previousId
     * chosen at first (0: no comparison). A null \a database or meeting 0 empties the pane and says
     * \a reason.
     */
    void setMeeting(const Database *database, qint64 meetingId, const QDate &heldOn,
                    const QVector<MeetingSummary> &meetings, qint64 previousId, const QString &reason = {});
    MeetingFiguresModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void retranslate();

    MeetingFiguresModel *m_model;
    QLabel *m_compareLabel;
    QComboBox *m_compare;
    QLabel *m_note;
    QTableView *m_view;
    const Database *m_database = nullptr;
    qint64 m_meetingId = 0;
    QDate m_heldOn;
    QString m_reason;
    QVector<QPair<qint64, QDate>> m_earlier; //!< id and date of each meeting in m_compare (after "none")
    bool m_stale = true;
};
