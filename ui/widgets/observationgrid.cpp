// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/observationgrid.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/domain/localenumber.h"
#include "models/indicators/indicatorstore.h"
#include "models/indicators/observationgridmodel.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"

namespace {

//! Paints a cell as usual, with a small triangle in its top-right corner when the value has a comment.
class CommentMarkDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(ObservationGridModel::HasCommentRole).toBool())
            return;
        const QRect r = option.rect;
        const int size = qMax(5, r.height() / 3);
        const QPolygon mark({QPoint(r.right() - size, r.top()), QPoint(r.right(), r.top()),
                             QPoint(r.right(), r.top() + size)});
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd9, 0x6c, 0x00));
        painter->drawPolygon(mark);
        painter->restore();
    }
};

} // namespace

ObservationGrid::ObservationGrid(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ObservationGridModel(this))
{
    m_indicatorLabel = new QLabel(this);
    m_indicatorBox = new QComboBox(this);
    m_indicatorBox->setObjectName(QStringLiteral("indicatorBox"));
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicatorBox->setMinimumContentsLength(24);
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearBox"));
    m_year->setRange(2000, 2100);
    m_year->setGroupSeparatorShown(false);
    m_fromLabel = new QLabel(this);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_toLabel = new QLabel(this);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QLineEdit *e : {m_from, m_to})
        e->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12")) + 24);
    m_indicatorLabel->setBuddy(m_indicatorBox);
    m_yearLabel->setBuddy(m_year);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_indicatorLabel);
    bar->addWidget(m_indicatorBox, 1);
    bar->addSpacing(12);
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);

    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(false);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("observationTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CommentMarkDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    // The unit names are the vertical header: they stay in sight while the periods scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(Period::month(2026, 12).displayText()) + 16);
    m_view->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    // The selected cell in full.
    m_panel = new QGroupBox(this);
    m_cellTitle = new QLabel(m_panel);
    m_cellTitle->setWordWrap(true);
    QFont bold = m_cellTitle->font();
    bold.setBold(true);
    m_cellTitle->setFont(bold);
    m_valueLabel = new QLabel(m_panel);
    m_value = new QLineEdit(m_panel);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_numeratorLabel = new QLabel(m_panel);
    m_numerator = new QLineEdit(m_panel);
    m_numerator->setObjectName(QStringLiteral("numeratorEdit"));
    m_denominatorLabel = new QLabel(m_panel);
    m_denominator = new QLineEdit(m_panel);
    m_denominator->setObjectName(QStringLiteral("denominatorEdit"));
    m_peersLabel = new QLabel(m_panel);
    m_peers = new QSpinBox(m_panel);
    m_peers->setObjectName(QStringLiteral("peersBox"));
    m_peers->setRange(0, 100000);
    m_commentLabel = new QLabel(m_panel);
    m_comment = new QPlainTextEdit(m_panel);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_entered = new QLabel(m_panel);
    m_entered->setWordWrap(true);
    m_apply = new QPushButton(m_panel);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_valueLabel->setBuddy(m_value);
    m_numeratorLabel->setBuddy(m_numerator);
    m_denominatorLabel->setBuddy(m_denominator);
    m_peersLabel->setBuddy(m_peers);
    m_commentLabel->setBuddy(m_comment);

    auto *form = new QFormLayout;
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_numeratorLabel, m_numerator);
    form->addRow(m_denominatorLabel, m_denominator);
    form->addRow(m_peersLabel, m_peers);
    form->addRow(m_commentLabel, m_comment);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addWidget(m_cellTitle);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_entered);
    panelLayout->addWidget(m_apply, 0, Qt::AlignRight);
    panelLayout->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_indicatorBox, &QComboBox::currentIndexChanged, this, &ObservationGrid::onIndicatorChosen);
    connect(m_year, &QSpinBox::valueChanged, this, &ObservationGrid::onYearChanged);
    connect(m_from, &QLineEdit::editingFinished, this, &ObservationGrid::onRangeEdited);
    connect(m_to, &QLineEdit::editingFinished, this, &ObservationGrid::onRangeEdited);
    connect(m_apply, &QPushButton::clicked, this, &ObservationGrid::applyPanel);
    connect(m_value, &QLineEdit::returnPressed, this, &ObservationGrid::applyPanel);
    connect(m_model, &ObservationGridModel::editFailed, this, &ObservationGrid::showMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ObservationGrid::showCell);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ObservationGrid::showCell);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ObservationGrid::showCell);
    if (m_session) {
        connect(m_session, &Session::opened, this, [this] {
            reloadIndicators();
            updateReadOnly();
        });
        // A renamed or new indicator shows in the list at once.
        connect(m_session->commands(), &EditCommands::changed, this, [this](const QString &entity) {
            if (entity == QLatin1String("indicators"))
                reloadIndicators();
        });
        connect(m_session, &Session::closed, this, [this] {
            reloadIndicators();
            updateReadOnly();
        });
    }

    retranslate();
    m_model->setSession(m_session);
    reloadIndicators();
    updateReadOnly();
}

ObservationGrid::~ObservationGrid() = default;

void ObservationGrid::retranslate()
{
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_yearLabel->setText(tr("&Year:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&to:"));
    m_from->setToolTip(tr("First period: 2026-01, 2026Q1, 2026H1 or 2026"));
    m_to->setToolTip(tr("Last period, of the same kind as the first"));
    m_readOnlyNote->setText(tr("The file is open read-only: figures can be read but not entered."));
    m_view->setToolTip(QString());
    m_panel->setTitle(tr("Selected cell"));
    m_valueLabel->setText(tr("&Value:"));
    m_numeratorLabel->setText(tr("&Numerator:"));
    m_denominatorLabel->setText(tr("&Denominator:"));
    m_peersLabel->setText(tr("Number &ranked:"));
    m_peers->setSpecialValueText(tr("unknown"));
    m_commentLabel->setText(tr("&Comment:"));
    m_apply->setText(tr("&Apply"));
    m_value->setPlaceholderText(tr("empty removes the value"));
}

void ObservationGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadIndicators();
        m_model->refresh();
        syncRangeControls();
    }
    QWidget::changeEvent(event);
}

void ObservationGrid::reloadIndicators()
{
    const qint64 current = indicatorId();
    m_syncing = true;
    m_indicatorBox->clear();
    if (m_session && m_session->isOpen()) {
        for (const IndicatorRecord &r : IndicatorStore::loadCatalogue(*m_session->database()))
            m_indicatorBox->addItem(QStringLiteral("%1 – %2").arg(r.code, ReferenceData::localName(r.name, r.nameEn)),
                                    r.id);
    }
    const int found = m_indicatorBox->findData(current);
    m_indicatorBox->setCurrentIndex(found >= 0 ? found : (m_indicatorBox->count() > 0 ? 0 : -1));
    m_syncing = false;
    onIndicatorChosen();
}

void ObservationGrid::setIndicator(qint64 id)
{
    const int found = m_indicatorBox->findData(id);
    if (found >= 0)
        m_indicatorBox->setCurrentIndex(found); // onIndicatorChosen follows
}

qint64 ObservationGrid::indicatorId() const
{
    return m_indicatorBox->currentData().toLongLong();
}

void ObservationGrid::onIndicatorChosen()
{
    if (m_syncing)
        return;
    m_message->clear();
    m_model->setIndicator(indicatorId());
    syncRangeControls();
    m_view->resizeColumnToContents(0);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCell();
}

void ObservationGrid::syncRangeControls()
{
    m_syncing = true;
    m_year->setValue(m_model->from().yearNumber());
    m_from->setText(m_model->from().code());
    m_to->setText(m_model->to().code());
    m_syncing = false;
}

void ObservationGrid::onYearChanged(int year)
{
    if (m_syncing)
        return;
    m_model->setYear(year);
    syncRangeControls();
}

void ObservationGrid::onRangeEdited()
{
    if (m_syncing)
        return;
    const Period from = Period::parse(m_from->text());
    const Period to = Period::parse(m_to->text());
    if (!from.isValid() || !to.isValid() || from.kind() != to.kind()) {
        showMessage(tr("Give two periods of the same kind, e.g. 2026-01 to 2026-12, or 2025Q1 to 2026Q4."));
        syncRangeControls();
        return;
    }
    if (from == m_model->from() && to == m_model->to())
        return;
    m_message->clear();
    m_model->setRange(from, to);
    syncRangeControls();
}

void ObservationGrid::updateReadOnly()
{
    const bool readOnly = m_model->isReadOnly();
    m_readOnlyNote->setVisible(m_session && m_session->isOpen() && readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    for (QWidget *w : std::initializer_list<QWidget *>{m_value, m_numerator, m_denominator, m_peers, m_comment})
        w->setEnabled(!readOnly);
    m_comment->setReadOnly(readOnly);
    m_apply->setEnabled(!readOnly);
    showCell();
}

void ObservationGrid::showCell()
{
    const QModelIndex index = m_view->currentIndex();
    const IndicatorRecord &indicator = m_model->indicator();
    const bool readOnly = m_model->isReadOnly();
    m_numerator->setEnabled(!readOnly && indicator.isRate);
    m_denominator->setEnabled(!readOnly && indicator.isRate);
    m_numeratorLabel->setEnabled(indicator.isRate);
    m_denominatorLabel->setEnabled(indicator.isRate);
    m_peers->setEnabled(!readOnly && indicator.isRank());
    m_peersLabel->setEnabled(indicator.isRank());
    m_panel->setEnabled(index.isValid());
    if (!index.isValid()) {
        m_cellTitle->clear();
        for (QLineEdit *e : {m_value, m_numerator, m_denominator})
            e->clear();
        m_comment->clear();
        m_entered->clear();
        return;
    }
    const ObservationGridModel::Cell &cell = m_model->cell(index.row(), index.column());
    m_cellTitle->setText(tr("%1, %2")
                             .arg(m_model->headerData(index.row(), Qt::Vertical).toString(),
                                  m_model->periodAt(index.column()).displayText()));
    m_value->setText(indicator.isRank() ? (cell.isEmpty() ? QString() : LocaleNumber::format(cell.value, 0))
                                        : m_model->editText(cell));
    m_numerator->setText(cell.hasRatio ? LocaleNumber::format(cell.numerator, -1) : QString());
    m_denominator->setText(cell.hasRatio ? LocaleNumber::format(cell.denominator, -1) : QString());
    m_peers->setValue(indicator.isRank() ? (cell.peers > 0 ? cell.peers : m_model->defaultPeers(index)) : 0);
    m_comment->setPlainText(cell.comment);
    if (cell.isEmpty()) {
        m_entered->setText(tr("No value yet."));
    } else {
        const QDateTime at = index.data(ObservationGridModel::EnteredAtRole).toDateTime();
        const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
        m_entered->setText(cell.enteredBy.isEmpty() ? tr("Entered on %1.").arg(when)
                                                    : tr("Entered by %1 on %2.").arg(cell.enteredBy, when));
    }
}

void ObservationGrid::applyPanel()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_model->isReadOnly())
        return;
    const IndicatorRecord &indicator = m_model->indicator();
    ObservationDraft draft;
    draft.comment = m_comment->toPlainText();
    draft.peers = indicator.isRank() ? m_peers->value() : 0;
    const QString where = m_cellTitle->text();
    const auto read = [&](QLineEdit *edit, double *value) {
        const LocaleNumber::Result r = LocaleNumber::parse(edit->text());
        if (!r.ok) {
            showMessage(tr("%1: %2").arg(where, r.error));
            edit->setFocus();
            return false;
        }
        *value = r.value;
        return true;
    };
    const bool ratio = indicator.isRate && (!m_numerator->text().trimmed().isEmpty() ||
                                            !m_denominator->text().trimmed().isEmpty());
    if (ratio) {
        if (!read(m_numerator, &draft.numerator) || !read(m_denominator, &draft.denominator))
            return;
        draft.hasRatio = true;
    } else if (m_value->text().trimmed().isEmpty()) {
        draft.remove = true;
    } else if (!read(m_value, &draft.value)) {
        return;
    }
    if (indicator.isRank() && !draft.remove && draft.peers <= 0) {
        showMessage(tr("%1: enter how many were ranked.").arg(where));
        m_peers->setFocus();
        return;
    }
    m_message->clear();
    if (m_model->applyDraft(index, draft))
        m_view->setFocus();
}

void ObservationGrid::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString ObservationGrid::message() const
{
    return m_message->text();
}

void ObservationGrid::paste()
{
    if (m_model->isReadOnly()) {
        showMessage(tr("The file is open read-only: nothing was pasted."));
        return;
    }
    QModelIndex topLeft = m_view->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected)
        if (!topLeft.isValid() || i.row() < topLeft.row() || (i.row() == topLeft.row() && i.column() < topLeft.column()))
            topLeft = i;
    if (!topLeft.isValid())
        return;
    m_message->clear();
    m_model->pasteText(topLeft, QApplication::clipboard()->text());
}

void ObservationGrid::copy()
{
    QApplication::clipboard()->setText(m_model->copyText(m_view->selectionModel()->selectedIndexes()));
}

bool ObservationGrid::eventFilter(QObject *watched, QEvent *event)
{
    // Keys no window shortcut took: paste and copy blocks, clear cells, and undo and redo when the grid
    // is shown on its own (in the main window, Edit ▸ Undo takes Ctrl+Z first).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            copy();
            return true;
        }
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            if (!m_model->isReadOnly())
                m_model->clearCells(m_view->selectionModel()->selectedIndexes());
            return true;
        }
        if (m_session && key->matches(QKeySequence::Undo)) {
            m_session->undoStack()->undo();
            return true;
        }
        if (m_session && key->matches(QKeySequence::Redo)) {
            m_session->undoStack()->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
