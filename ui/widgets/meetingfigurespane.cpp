// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/meetingfigurespane.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingfiguresmodel.h"
#include "models/meetings/meetingstore.h"

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

MeetingFiguresPane::MeetingFiguresPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MeetingFiguresModel(this))
    , m_compareLabel(new QLabel(this))
    , m_compare(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(30);
    m_compareLabel->setBuddy(m_compare);
    m_note->setObjectName(QStringLiteral("figuresNote"));
    m_note->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("figuresView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(MeetingFiguresModel::FigureColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingFiguresModel::EarlierColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingFiguresModel::LaterColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingFiguresModel::ChangeColumn, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_compareLabel);
    bar->addWidget(m_compare, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_compare, &QComboBox::currentIndexChanged, this, &MeetingFiguresPane::fill);
    retranslate();
}

MeetingFiguresPane::~MeetingFiguresPane() = default;

void MeetingFiguresPane::setMeeting(const Database *database, qint64 meetingId, const QDate &heldOn,
                                    const QVector<MeetingSummary> &meetings, qint64 previousId,
                                    const QString &reason)
{
    m_database = database;
    m_meetingId = database ? meetingId : 0;
    m_heldOn = heldOn;
    m_reason = reason;
    m_earlier.clear();
    {
        const QSignalBlocker blocker(m_compare);
        m_compare->clear();
        if (m_meetingId > 0) {
            // The earlier meetings, newest first; the one just before is the natural comparison.
            m_compare->addItem(tr("(no comparison)"), qint64(0));
            bool earlier = false;
            for (const MeetingSummary &m : meetings) {
                if (m.id == m_meetingId) {
                    earlier = true;
                    continue;
                }
                if (earlier) {
                    m_compare->addItem(MeetingStore::caption(m.heldOn, m.title), m.id);
                    m_earlier.append({m.id, m.heldOn});
                }
            }
            const int index = m_compare->findData(previousId);
            m_compare->setCurrentIndex(index > 0 ? index : 0);
        }
    }
    m_stale = true;
    if (isVisible())
        fill();
}

void MeetingFiguresPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        fill();
}

void MeetingFiguresPane::fill()
{
    m_stale = false;
    if (!m_database || m_meetingId == 0) {
        m_model->clear();
        m_note->setText(m_reason);
        m_note->setVisible(!m_reason.isEmpty());
        return;
    }
    QStringList notes;
    // A meeting whose figures were never frozen shows them computed now, as of its date, and says so.
    const auto figuresOf = [&](qint64 id, const QDate &heldOn, QString *caption) {
        const QString name = tr("Meeting of %1").arg(shortDate(heldOn));
        MeetingFigures figures = MeetingFigures::frozen(*m_database, id);
        if (figures.isValid()) {
            *caption = tr("%1 (frozen)").arg(name);
            return figures;
        }
        QString error;
        if (!MeetingFigures::compute(*m_database, heldOn, &figures, &error)) {
            notes << tr("The figures as of %1 could not be computed: %2").arg(shortDate(heldOn), error);
            *caption = name;
            return MeetingFigures();
        }
        *caption = tr("%1 (computed now, not frozen)").arg(name);
        notes << tr("The meeting of %1 has no frozen figures: they are computed now as of its date, from "
                    "what the file holds today, and may change.")
                     .arg(shortDate(heldOn));
        return figures;
    };
    QString laterCaption;
    const MeetingFigures later = figuresOf(m_meetingId, m_heldOn, &laterCaption);
    QString earlierCaption = tr("No comparison");
    MeetingFigures earlier;
    const int chosen = m_compare->currentIndex() - 1; // after "(no comparison)"
    if (chosen >= 0 && chosen < m_earlier.size())
        earlier = figuresOf(m_earlier.at(chosen).first, m_earlier.at(chosen).second, &earlierCaption);
    m_model->setFigures(m_database, earlier, earlierCaption, later, laterCaption);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void MeetingFiguresPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeetingFiguresPane::retranslate()
{
    m_compareLabel->setText(tr("&Compare with:"));
    if (m_compare->count() > 0)
        m_compare->setItemText(0, tr("(no comparison)"));
}
