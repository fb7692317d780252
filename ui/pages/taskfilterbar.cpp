// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/taskfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/savedfilters.h"
#include "ui/widgets/unitcombobox.h"

namespace {

// A QDateEdit cannot be empty: its minimum date stands for "no bound" and shows a word instead.
const QDate NoDate(2000, 1, 1);

QDateEdit *optionalDateEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setDate(NoDate);
    edit->setKeyboardTracking(false);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

} // namespace

TaskFilterBar::TaskFilterBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_programme(new QComboBox(this))
    , m_leadUnit(new UnitComboBox(this))
    , m_assignedBy(new QComboBox(this))
    , m_deadlineLabel(new QLabel(this))
    , m_deadlineFrom(optionalDateEdit(this, "deadlineFrom"))
    , m_toLabel(new QLabel(this))
    , m_deadlineTo(optionalDateEdit(this, "deadlineTo"))
    , m_archived(new QCheckBox(this))
    , m_saved(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    m_programme->setObjectName(QStringLiteral("programmeFilter"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_leadUnit->setObjectName(QStringLiteral("leadUnitFilter"));
    // Unit names run to sixty characters: the combo must not grow to the longest one.
    m_leadUnit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_leadUnit->setMinimumContentsLength(12);
    m_assignedBy->setObjectName(QStringLiteral("assignedByFilter"));
    m_assignedBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignedBy->setMinimumContentsLength(12);
    m_deadlineLabel->setBuddy(m_deadlineFrom);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(12);
    m_save->setObjectName(QStringLiteral("saveFilter"));
    m_delete->setObjectName(QStringLiteral("deleteFilter"));

    // Two rows: what to show, then (after the page's actions) the archive switch and saved filters.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_programme);
    filters->addWidget(m_leadUnit, 1);
    filters->addWidget(m_assignedBy);
    filters->addWidget(m_deadlineLabel);
    filters->addWidget(m_deadlineFrom);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_deadlineTo);
    m_secondRow = new QHBoxLayout;
    m_secondRow->addStretch(1);
    m_secondRow->addWidget(m_archived);
    m_secondRow->addWidget(m_saved);
    m_secondRow->addWidget(m_save);
    m_secondRow->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(m_secondRow);

    const auto changed = [this] {
        if (!m_showing)
            Q_EMIT filterChanged();
    };
    connect(m_programme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_leadUnit, &UnitComboBox::unitChanged, this, changed);
    connect(m_assignedBy, &QComboBox::currentIndexChanged, this, changed);
    connect(m_deadlineFrom, &QDateEdit::dateChanged, this, changed);
    connect(m_deadlineTo, &QDateEdit::dateChanged, this, changed);
    connect(m_archived, &QCheckBox::toggled, this, changed);
    connect(m_saved, &QComboBox::activated, this, &TaskFilterBar::savedChosen);
    connect(m_save, &QPushButton::clicked, this, &TaskFilterBar::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &TaskFilterBar::deleteSaved);

    retranslate();
    reloadLists();
}

TaskFilterBar::~TaskFilterBar() = default;

void TaskFilterBar::setLeadingWidget(QWidget *widget)
{
    m_secondRow->insertWidget(0, widget);
}

void TaskFilterBar::fillFilter(TaskFilter *filter) const
{
    filter->programmeId = m_programme->currentData().toLongLong();
    filter->leadUnitId = m_leadUnit->unitId();
    filter->assignedBy = m_assignedBy->currentData().toString();
    filter->deadlineFrom = dateOf(m_deadlineFrom);
    filter->deadlineTo = dateOf(m_deadlineTo);
    filter->archived = m_archived->isChecked();
}

void TaskFilterBar::showFilter(const TaskFilter &filter)
{
    m_showing = true;
    const int programme = m_programme->findData(filter.programmeId);
    m_programme->setCurrentIndex(programme < 0 ? 0 : programme);
    m_leadUnit->setUnitId(filter.leadUnitId);
    const int level = m_assignedBy->findData(filter.assignedBy);
    m_assignedBy->setCurrentIndex(level < 0 ? 0 : level);
    m_deadlineFrom->setDate(filter.deadlineFrom.isValid() ? filter.deadlineFrom : NoDate);
    m_deadlineTo->setDate(filter.deadlineTo.isValid() ? filter.deadlineTo : NoDate);
    m_archived->setChecked(filter.archived);
    m_showing = false;
    Q_EMIT filterChanged();
}

void TaskFilterBar::clear()
{
    showFilter(TaskFilter());
}

void TaskFilterBar::reloadLists()
{
    m_showing = true;
    const qint64 programme = m_programme->currentData().toLongLong();
    const qint64 unit = m_leadUnit->unitId();
    m_programme->clear();
    m_programme->addItem(tr("All programmes"), qint64(0));
    const Database *database = m_session->isOpen() ? m_session->database() : nullptr;
    if (database) {
        for (const ReferenceData::Programme &p : ReferenceData::programmes(*database))
            m_programme->addItem(p.code, p.id);
        m_leadUnit->setUnits(ReferenceData::units(*database));
    } else {
        m_leadUnit->setUnits({});
    }
    m_programme->setCurrentIndex(qMax(0, m_programme->findData(programme)));
    m_leadUnit->setUnitId(unit);

    m_saved->clear();
    m_saved->addItem(tr("Saved filters…"), qint64(0));
    if (database) {
        for (const SavedFilters::Entry &e : SavedFilters::taskFilters(*database))
            m_saved->addItem(e.name, e.id);
    }
    const bool writable = database && !database->isReadOnly();
    m_save->setEnabled(writable);
    m_delete->setEnabled(writable && m_saved->count() > 1);
    m_showing = false;
}

void TaskFilterBar::savedChosen(int index)
{
    const qint64 id = m_saved->itemData(index).toLongLong();
    if (id <= 0 || !m_session->isOpen())
        return;
    for (const SavedFilters::Entry &e : SavedFilters::taskFilters(*m_session->database())) {
        if (e.id == id) {
            Q_EMIT savedFilterChosen(e.filter);
            return;
        }
    }
}

void TaskFilterBar::saveFilter(const TaskFilter &filter)
{
    if (!m_session->isOpen())
        return;
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"),
                                               tr("Name of this filter (for example \"Overdue — Department of "
                                                  "Science and Technology\"):"),
                                               QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!SavedFilters::saveTaskFilter(*m_session->database(), name, filter, &error)) {
        QMessageBox::warning(this, tr("Save filter"), tr("The filter was not saved: %1").arg(error));
        return;
    }
    reloadLists();
    m_saved->setCurrentIndex(qMax(0, m_saved->findText(name.simplified())));
}

void TaskFilterBar::deleteSaved()
{
    const int index = m_saved->currentIndex();
    const qint64 id = m_saved->itemData(index).toLongLong();
    if (id <= 0 || !m_session->isOpen()) {
        QMessageBox::information(this, tr("Delete filter"), tr("Choose a saved filter first."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete filter"), tr("Delete the saved filter \"%1\"?").arg(m_saved->itemText(index)))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!SavedFilters::remove(*m_session->database(), id, &error))
        QMessageBox::warning(this, tr("Delete filter"), tr("The filter was not deleted: %1").arg(error));
    reloadLists();
}

void TaskFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskFilterBar::retranslate()
{
    // The first entry of each list names the filter ("All programmes"): labels would not fit a 1024-pixel
    // projector screen beside the fields.
    m_programme->setToolTip(tr("Programme"));
    m_programme->setAccessibleName(tr("Programme"));
    m_leadUnit->lineEdit()->setPlaceholderText(tr("All lead units"));
    m_leadUnit->setToolTip(tr("Lead unit: type part of the name, accents optional"));
    m_leadUnit->setAccessibleName(tr("Lead unit"));
    m_assignedBy->setToolTip(tr("Assigned by"));
    m_assignedBy->setAccessibleName(tr("Assigned by"));
    m_deadlineLabel->setText(tr("&Deadline from"));
    m_toLabel->setText(tr("to"));
    m_deadlineFrom->setSpecialValueText(tr("any"));
    m_deadlineTo->setSpecialValueText(tr("any"));
    m_archived->setText(tr("Archi&ved"));
    m_archived->setToolTip(tr("Show archived tasks instead of current ones; restore them from here"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the current filters under a name, in this file"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the chosen saved filter"));
    if (m_programme->count() > 0)
        m_programme->setItemText(0, tr("All programmes"));
    if (m_saved->count() > 0)
        m_saved->setItemText(0, tr("Saved filters…"));

    const QString level = m_assignedBy->currentData().toString();
    m_showing = true;
    m_assignedBy->clear();
    m_assignedBy->addItem(tr("All assigning levels"), QString());
    for (const ReferenceData::Choice &c : ReferenceData::assigningLevels())
        m_assignedBy->addItem(c.name, c.code);
    m_assignedBy->setCurrentIndex(qMax(0, m_assignedBy->findData(level)));
    m_showing = false;
}
