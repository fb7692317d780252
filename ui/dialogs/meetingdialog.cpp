// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/meetingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/meetings/meetinglistmodel.h"
#include "models/meetings/meetingstore.h"
#include "models/session.h"
#include "models/storage/schema.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

namespace {

//! The unit column's id, beside the name it shows.
constexpr int UnitIdRole = Qt::UserRole;

const char *const Kinds[] = {Schema::MeetingKind::Regular, Schema::MeetingKind::Thematic,
                             Schema::MeetingKind::OnlineConference};

/*!
 * The attendee's unit is chosen with the same chooser as everywhere (accents optional); the cell shows
 * the name and keeps the id. Text that names no unit changes nothing, an emptied text clears the unit.
 */
class AttendeeUnitDelegate final : public QStyledItemDelegate
{
public:
    AttendeeUnitDelegate(const QVector<ReferenceData::Unit> *units, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_units(units)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new UnitComboBox(parent);
        combo->setObjectName(QStringLiteral("attendeeUnit"));
        combo->setUnits(*m_units);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<UnitComboBox *>(editor)->setUnitId(index.data(UnitIdRole).toLongLong());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<UnitComboBox *>(editor);
        if (combo->unitId() > 0) {
            model->setData(index, combo->unitId(), UnitIdRole);
            model->setData(index, combo->currentText(), Qt::DisplayRole);
        } else if (combo->currentText().trimmed().isEmpty()) {
            model->setData(index, QVariant(), UnitIdRole);
            model->setData(index, QString(), Qt::DisplayRole);
        }
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        // The chooser is taller than a row: keep it whole.
        QRect rect = option.rect;
        rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
        editor->setGeometry(rect);
    }

private:
    const QVector<ReferenceData::Unit> *m_units;
};

QPlainTextEdit *textBox(const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

MeetingDialog::MeetingDialog(Session *session, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("meetingDialog"));
    const bool open = m_session->isOpen();
    if (open)
        m_units = ReferenceData::units(*m_session->database());
    buildForm();

    Meeting meeting;
    if (!open) {
        m_loadError = tr("No file is open.");
    } else if (m_meetingId != 0) {
        QString error;
        if (!MeetingStore::load(*m_session->database(), m_meetingId, &meeting, &error))
            m_loadError = error.isEmpty() ? tr("The meeting could not be read.") : error;
    } else {
        meeting.heldOn = m_session->commands()->today();
        // The committee's head chairs meeting after meeting, in the same hall: start from the latest one.
        const QVector<MeetingSummary> meetings = MeetingStore::list(*m_session->database(), meeting.heldOn);
        Meeting latest;
        if (!meetings.isEmpty() && MeetingStore::load(*m_session->database(), meetings.first().id, &latest)) {
            meeting.chair = latest.chair;
            meeting.chairTitle = latest.chairTitle;
            meeting.location = latest.location;
        }
    }
    m_canSave = open && m_loadError.isEmpty() && !m_session->isReadOnly();
    setMeeting(meeting);
    retranslate();
    updateEnabled();
    m_heldOn->setFocus();
}

MeetingDialog::~MeetingDialog() = default;

void MeetingDialog::buildForm()
{
    m_heldOn = FormWidgets::dateEdit(QStringLiteral("heldOn"), QDate::currentDate(), this);
    m_hasStart = new QCheckBox(this);
    m_hasStart->setObjectName(QStringLiteral("hasStart"));
    m_startsAt = new QTimeEdit(QTime(8, 0), this);
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_startsAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_title = textBox(QStringLiteral("title"), 3, this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const char *kind : Kinds)
        m_kind->addItem(QString(), QLatin1String(kind));
    m_pointsLabel = new QLabel(this);
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("connectedPoints"));
    // -1 is "not recorded": the box then shows words rather than a number nobody said.
    m_points->setRange(-1, 99999);
    m_points->setValue(-1);
    m_pointsLabel->setBuddy(m_points);
    m_chair = new QLineEdit(this);
    m_chair->setObjectName(QStringLiteral("chair"));
    m_chairTitle = new QLineEdit(this);
    m_chairTitle->setObjectName(QStringLiteral("chairTitle"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_documentNumber = new QLineEdit(this);
    m_documentNumber->setObjectName(QStringLiteral("documentNumber"));
    m_documentDateLabel = new QLabel(this);
    m_documentDate = FormWidgets::dateEdit(QStringLiteral("documentDate"), QDate::currentDate(), this);
    m_documentDateLabel->setBuddy(m_documentDate);
    m_notes = textBox(QStringLiteral("notes"), 3, this);

    m_attendeesLabel = new QLabel(this);
    m_attendees = new QTableWidget(0, AttendeeColumnCount, this);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendees->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendees->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_attendees->setItemDelegateForColumn(UnitColumn, new AttendeeUnitDelegate(&m_units, m_attendees));
    m_attendees->verticalHeader()->setDefaultSectionSize(m_attendees->fontMetrics().height() + 12);
    m_attendees->setWordWrap(false);
    QHeaderView *header = m_attendees->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JobTitleColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics(m_attendees->font());
    // Names can be groups ("Lãnh đạo các sở, ban, ngành tỉnh") and titles long: room for both, the unit
    // takes the rest.
    m_attendees->setColumnWidth(
        NameColumn, metrics.horizontalAdvance(QStringLiteral("Lãnh đạo các sở, ban, ngành tỉnh")) + 24);
    m_attendees->setColumnWidth(
        JobTitleColumn,
        metrics.horizontalAdvance(QStringLiteral("Phó Chủ tịch UBND tỉnh, Phó Trưởng ban")) + 24);
    m_attendeesLabel->setBuddy(m_attendees);
    m_addAttendee = new QPushButton(this);
    m_addAttendee->setObjectName(QStringLiteral("addAttendee"));
    m_removeAttendee = new QPushButton(this);
    m_removeAttendee->setObjectName(QStringLiteral("removeAttendee"));
    m_upAttendee = new QPushButton(this);
    m_upAttendee->setObjectName(QStringLiteral("moveAttendeeUp"));
    m_downAttendee = new QPushButton(this);
    m_downAttendee->setObjectName(QStringLiteral("moveAttendeeDown"));

    m_readOnlyNote = FormWidgets::readOnlyNote(this);
    m_message = FormWidgets::problemLabel(QStringLiteral("message"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    const auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels.append({l, text});
        return l;
    };

    auto *when = new QHBoxLayout;
    when->addWidget(m_heldOn);
    when->addSpacing(12);
    when->addWidget(m_hasStart);
    when->addWidget(m_startsAt);
    when->addStretch();

    auto *kind = new QHBoxLayout;
    kind->addWidget(m_kind);
    kind->addSpacing(12);
    kind->addWidget(m_pointsLabel);
    kind->addWidget(m_points);
    kind->addStretch();

    auto *document = new QHBoxLayout;
    document->addWidget(m_documentNumber, 1);
    document->addWidget(m_documentDateLabel);
    document->addWidget(m_documentDate);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(label(m_heldOn, QT_TR_NOOP("&Date:")), when);
    left->addRow(label(m_title, QT_TR_NOOP("&Title:")), m_title);
    left->addRow(label(m_kind, QT_TR_NOOP("&Kind:")), kind);
    left->addRow(label(m_chair, QT_TR_NOOP("C&haired by:")), m_chair);
    left->addRow(label(m_chairTitle, QT_TR_NOOP("Chair's &position:")), m_chairTitle);
    left->addRow(label(m_location, QT_TR_NOOP("&Location:")), m_location);
    left->addRow(label(m_documentNumber, QT_TR_NOOP("Conclusion &notice:")), document);
    left->addRow(label(m_notes, QT_TR_NOOP("N&otes:")), m_notes);

    auto *attendeeButtons = new QHBoxLayout;
    attendeeButtons->addWidget(m_addAttendee);
    attendeeButtons->addWidget(m_removeAttendee);
    attendeeButtons->addStretch();
    attendeeButtons->addWidget(m_upAttendee);
    attendeeButtons->addWidget(m_downAttendee);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(left);
    layout->addSpacing(6);
    layout->addWidget(m_attendeesLabel);
    layout->addWidget(m_attendees, 1);
    layout->addLayout(attendeeButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(860, 720);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasStart, &QCheckBox::toggled, this, &MeetingDialog::updateEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateEnabled);
    connect(m_documentNumber, &QLineEdit::textChanged, this, &MeetingDialog::updateEnabled);
    // Until a notice is named, its date follows the meeting's: it is issued after the meeting, not before.
    connect(m_heldOn, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_documentNumber->text().trimmed().isEmpty())
            m_documentDate->setDate(date);
    });
    connect(m_attendees, &QTableWidget::currentCellChanged, this, &MeetingDialog::updateEnabled);
    connect(m_addAttendee, &QPushButton::clicked, this, &MeetingDialog::addAttendee);
    connect(m_removeAttendee, &QPushButton::clicked, this, &MeetingDialog::removeAttendee);
    connect(m_upAttendee, &QPushButton::clicked, this, [this] { moveAttendee(-1); });
    connect(m_downAttendee, &QPushButton::clicked, this, [this] { moveAttendee(1); });
}

void MeetingDialog::setMeeting(const Meeting &meeting)
{
    m_loaded = meeting;
    if (meeting.heldOn.isValid())
        m_heldOn->setDate(meeting.heldOn);
    m_hasStart->setChecked(meeting.startsAt.isValid());
    if (meeting.startsAt.isValid())
        m_startsAt->setTime(meeting.startsAt);
    m_title->setPlainText(meeting.title);
    const int kind = m_kind->findData(meeting.kind);
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
    m_points->setValue(meeting.connectedPoints < 0 ? -1 : meeting.connectedPoints);
    m_chair->setText(meeting.chair);
    m_chairTitle->setText(meeting.chairTitle);
    m_location->setText(meeting.location);
    m_documentNumber->setText(meeting.documentNumber);
    // The notice usually follows the meeting within days; its date starts at the meeting's.
    m_documentDate->setDate(meeting.documentDate.isValid() ? meeting.documentDate : m_heldOn->date());
    m_notes->setPlainText(meeting.notes);
    m_attendees->setRowCount(0);
    for (const MeetingAttendee &attendee : meeting.attendees) {
        const int row = m_attendees->rowCount();
        m_attendees->insertRow(row);
        setAttendeeRow(row, attendee);
    }
}

void MeetingDialog::setAttendeeRow(int row, const MeetingAttendee &attendee)
{
    m_attendees->setItem(row, NameColumn, new QTableWidgetItem(attendee.personName));
    m_attendees->setItem(row, JobTitleColumn, new QTableWidgetItem(attendee.jobTitle));
    auto *unit = new QTableWidgetItem(unitName(attendee.unitId));
    if (attendee.unitId > 0)
        unit->setData(UnitIdRole, attendee.unitId);
    m_attendees->setItem(row, UnitColumn, unit);
}

MeetingAttendee MeetingDialog::attendeeAt(int row) const
{
    MeetingAttendee attendee;
    if (const QTableWidgetItem *item = m_attendees->item(row, NameColumn))
        attendee.personName = item->text().trimmed();
    if (const QTableWidgetItem *item = m_attendees->item(row, JobTitleColumn))
        attendee.jobTitle = item->text().trimmed();
    if (const QTableWidgetItem *item = m_attendees->item(row, UnitColumn))
        attendee.unitId = item->data(UnitIdRole).toLongLong();
    return attendee;
}

QString MeetingDialog::unitName(qint64 id) const
{
    for (const ReferenceData::Unit &unit : m_units) {
        if (unit.id == id)
            return ReferenceData::localName(unit.name, unit.nameEn);
    }
    return {};
}

Meeting MeetingDialog::meeting() const
{
    Meeting meeting = m_loaded; // keeps the id
    meeting.id = m_meetingId;
    meeting.heldOn = m_heldOn->date();
    meeting.startsAt = m_hasStart->isChecked() ? m_startsAt->time() : QTime();
    meeting.title = m_title->toPlainText().simplified();
    meeting.kind = m_kind->currentData().toString();
    meeting.connectedPoints =
        meeting.kind == QLatin1String(Schema::MeetingKind::OnlineConference) ? m_points->value() : -1;
    meeting.chair = m_chair->text().trimmed();
    meeting.chairTitle = m_chairTitle->text().trimmed();
    meeting.location = m_location->text().trimmed();
    meeting.documentNumber = m_documentNumber->text().trimmed();
    meeting.documentDate = meeting.documentNumber.isEmpty() ? QDate() : m_documentDate->date();
    meeting.notes = m_notes->toPlainText().trimmed();
    meeting.attendees.clear();
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        const MeetingAttendee attendee = attendeeAt(row);
        // A row added and left empty is not an attendee; a row with only a position or unit is kept, and
        // the facade says which row lacks its name.
        if (attendee.personName.isEmpty() && attendee.jobTitle.isEmpty() && attendee.unitId == 0)
            continue;
        meeting.attendees.append(attendee);
    }
    return meeting;
}

void MeetingDialog::addAttendee()
{
    const int current = m_attendees->currentRow();
    const int row = current < 0 ? m_attendees->rowCount() : current + 1;
    m_attendees->insertRow(row);
    setAttendeeRow(row, MeetingAttendee());
    m_attendees->setCurrentCell(row, NameColumn);
    m_attendees->setFocus();
    m_attendees->editItem(m_attendees->item(row, NameColumn));
    updateEnabled();
}

void MeetingDialog::removeAttendee()
{
    const int row = m_attendees->currentRow();
    if (row < 0)
        return;
    m_attendees->removeRow(row);
    if (m_attendees->rowCount() > 0)
        m_attendees->setCurrentCell(qMin(row, m_attendees->rowCount() - 1), NameColumn);
    updateEnabled();
}

void MeetingDialog::moveAttendee(int delta)
{
    const int row = m_attendees->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_attendees->rowCount())
        return;
    const MeetingAttendee moving = attendeeAt(row);
    setAttendeeRow(row, attendeeAt(other));
    setAttendeeRow(other, moving);
    m_attendees->setCurrentCell(other, m_attendees->currentColumn());
    updateEnabled();
}

void MeetingDialog::updateEnabled()
{
    m_startsAt->setEnabled(m_hasStart->isChecked());
    const bool online =
        m_kind->currentData().toString() == QLatin1String(Schema::MeetingKind::OnlineConference);
    m_points->setEnabled(online);
    m_pointsLabel->setEnabled(online);
    const bool hasDocument = !m_documentNumber->text().trimmed().isEmpty();
    m_documentDate->setEnabled(hasDocument);
    m_documentDateLabel->setEnabled(hasDocument);
    const int row = m_attendees->currentRow();
    m_removeAttendee->setEnabled(row >= 0);
    m_upAttendee->setEnabled(row > 0);
    m_downAttendee->setEnabled(row >= 0 && row < m_attendees->rowCount() - 1);
}

void MeetingDialog::accept()
{
    if (!m_canSave)
        return;
    // An attendee cell still being edited holds what was typed last: taking the focus commits it.
    m_buttons->button(QDialogButtonBox::Ok)->setFocus(Qt::OtherFocusReason);
    const Meeting edited = meeting();
    QString error;
    qint64 id = 0;
    if (!m_session->commands()->saveMeeting(edited, &id, &error)) {
        // The form stays as typed: the user corrects it or cancels.
        m_message->setText(error.isEmpty() ? tr("The meeting was not saved.") : error);
        m_message->setVisible(true);
        return;
    }
    m_meetingId = id > 0 ? id : m_meetingId;
    QDialog::accept();
}

void MeetingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MeetingDialog::retranslate()
{
    setWindowTitle(m_meetingId == 0
                       ? tr("New meeting")
                       : tr("Meeting of %1").arg(m_loaded.heldOn.toString(QStringLiteral("dd/MM/yyyy"))));
    for (const auto &field : std::as_const(m_labels))
        field.first->setText(tr(field.second));
    m_hasStart->setText(tr("&starts at"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, MeetingListModel::kindName(m_kind->itemData(i).toString()));
    m_pointsLabel->setText(tr("&Connected points:"));
    m_points->setSpecialValueText(tr("not recorded"));
    m_points->setToolTip(tr("How many places were connected to the online conference"));
    m_title->setPlaceholderText(tr("e.g. Hội nghị đánh giá kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2026"));
    m_chair->setPlaceholderText(tr("e.g. Hồ Văn Mừng"));
    m_chairTitle->setPlaceholderText(tr("e.g. Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo"));
    m_documentNumber->setPlaceholderText(tr("e.g. 145/TB-VPUBND; empty: none yet"));
    m_documentDateLabel->setText(tr("dated"));
    m_attendeesLabel->setText(tr("&Attendees, in the order of the minutes:"));
    m_attendees->setHorizontalHeaderLabels({tr("Name"), tr("Position"), tr("Unit")});
    m_addAttendee->setText(tr("&Add attendee"));
    m_removeAttendee->setText(tr("&Remove attendee"));
    m_upAttendee->setText(tr("Move &up"));
    m_downAttendee->setText(tr("Move do&wn"));
    // Unit names follow the language.
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_attendees->item(row, UnitColumn))
            item->setText(unitName(item->data(UnitIdRole).toLongLong()));
    }

    if (!m_loadError.isEmpty()) {
        m_readOnlyNote->setText(m_loadError);
        m_readOnlyNote->setVisible(true);
    } else {
        FormWidgets::checkWritable(m_session, m_readOnlyNote);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_canSave);
}
