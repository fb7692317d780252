// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/unitchecklist.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "models/domain/textfold.h"

namespace {

constexpr int IdRole = Qt::UserRole;
//! Code, name and English name folded without accents: what the typed words are looked for in.
constexpr int FoldedRole = Qt::UserRole + 1;

} // namespace

UnitChecklist::UnitChecklist(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("unitFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("unitList"));
    m_list->setUniformItemSizes(true);
    m_summary->setObjectName(QStringLiteral("unitSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, &UnitChecklist::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &UnitChecklist::itemChanged);
    retranslate();
}

UnitChecklist::~UnitChecklist() = default;

void UnitChecklist::setUnits(const QVector<ReferenceData::Unit> &units)
{
    m_units = units;
    populate();
}

QList<qint64> UnitChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (qint64 id : m_order) {
        if (!m_excluded.contains(id))
            ids.append(id);
    }
    return ids;
}

void UnitChecklist::setCheckedIds(const QList<qint64> &ids)
{
    m_order.clear();
    for (qint64 id : ids) {
        if (!m_order.contains(id))
            m_order.append(id);
    }
    m_keptClosed.clear();
    for (const ReferenceData::Unit &unit : std::as_const(m_units)) {
        if (unit.isClosed() && m_order.contains(unit.id))
            m_keptClosed.insert(unit.id);
    }
    populate();
    Q_EMIT changed();
}

void UnitChecklist::setExcludedIds(const QList<qint64> &ids)
{
    const QSet<qint64> excluded(ids.cbegin(), ids.cend());
    if (excluded == m_excluded)
        return;
    m_excluded = excluded;
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (!m_excluded.contains(item->data(IdRole).toLongLong()))
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
    }
    updateSummary();
    Q_EMIT changed();
}

void UnitChecklist::setExcludedId(qint64 id)
{
    setExcludedIds(id > 0 ? QList<qint64>{id} : QList<qint64>{});
}

void UnitChecklist::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateSummary();
}

void UnitChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool UnitChecklist::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // The secretary filtered to find a unit: the next key (Space) ticks it.
            for (int row = 0; row < m_list->count(); ++row) {
                if (!m_list->item(row)->isHidden()) {
                    m_list->setCurrentRow(row);
                    break;
                }
            }
            m_list->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UnitChecklist::populate()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // Open units, and closed ones only where the record already has them.
    for (const ReferenceData::Unit &unit : std::as_const(m_units)) {
        if (unit.isClosed() && !m_keptClosed.contains(unit.id))
            continue;
        auto *item = new QListWidgetItem(ReferenceData::localName(unit.name, unit.nameEn), m_list);
        item->setData(IdRole, unit.id);
        item->setData(FoldedRole, TextFold::fold(unit.code + QLatin1Char(' ') + unit.name + QLatin1Char(' ') +
                                                 unit.nameEn));
        item->setToolTip(unit.code);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (!m_excluded.contains(unit.id))
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setCheckState(m_order.contains(unit.id) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter();
    updateSummary();
}

void UnitChecklist::applyFilter()
{
    const QStringList words = TextFold::fold(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString folded = item->data(FoldedRole).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && folded.contains(word);
        item->setHidden(!match);
    }
}

void UnitChecklist::itemChanged(QListWidgetItem *item)
{
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->checkState() == Qt::Checked) {
        if (!m_order.contains(id))
            m_order.append(id);
    } else {
        m_order.removeAll(id);
    }
    updateSummary();
    Q_EMIT changed();
}

void UnitChecklist::updateSummary()
{
    // The list scrolls and filters; the line under it always shows the whole choice.
    QStringList names;
    for (qint64 id : checkedIds()) {
        for (const ReferenceData::Unit &unit : std::as_const(m_units)) {
            if (unit.id == id) {
                names.append(ReferenceData::localName(unit.name, unit.nameEn));
                break;
            }
        }
    }
    m_summary->setText(
        names.isEmpty()
            ? m_emptyText
            : tr("%n selected: %1", nullptr, int(names.size())).arg(names.join(QStringLiteral("; "))));
}

void UnitChecklist::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter units, accents optional"));
    // Names follow the language (a unit's English name in English); the ticks stay.
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const qint64 id = item->data(IdRole).toLongLong();
        for (const ReferenceData::Unit &unit : std::as_const(m_units)) {
            if (unit.id == id) {
                item->setText(ReferenceData::localName(unit.name, unit.nameEn));
                break;
            }
        }
    }
    updateSummary();
}
