// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/unitcombobox.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "models/domain/textfold.h"

namespace {

constexpr int IdRole = Qt::UserRole;
//! Code, name and English name folded without accents: what the typed words are looked for in.
constexpr int FoldedRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;

} // namespace

/*!
 * The completer's list: the units whose folded code and names contain every folded word typed, so that
 * "so tai" and "tài chính" both find "Sở Tài chính". QCompleter's own MatchContains cannot ignore accents.
 */
class UnitFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString &text)
    {
        const QStringList words = TextFold::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words == m_words)
            return;
        m_words = words;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QString folded = sourceModel()->index(sourceRow, 0, sourceParent).data(FoldedRole).toString();
        for (const QString &word : m_words) {
            if (!folded.contains(word))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

UnitComboBox::UnitComboBox(QWidget *parent)
    : QComboBox(parent)
    , m_filter(new UnitFilterModel(this))
    , m_completer(new QCompleter(this))
{
    setEditable(true);
    // Typing never creates a unit: units are added deliberately, in Reference lists.
    setInsertPolicy(QComboBox::NoInsert);
    // Unit names are long ("Văn phòng Ủy ban nhân dân tỉnh"); the combo must not widen the whole form.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(16);

    m_filter->setSourceModel(model());
    m_completer->setModel(m_filter);
    // The proxy does the matching; the completer only shows what it lets through.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);

    connect(lineEdit(), &QLineEdit::textEdited, this, &UnitComboBox::textEdited);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // "sở tài chính" typed in full becomes the unit's own spelling, and the choice is made; so does
        // a fragment only one unit matches ("khcn"), which the user then sees spelt out in full.
        int row = rowOfText(currentText());
        if (row < 0 && !currentText().trimmed().isEmpty()) {
            m_filter->setNeedle(currentText());
            if (m_filter->rowCount() == 1)
                row = m_filter->mapToSource(m_filter->index(0, 0)).row();
        }
        if (row >= 0 && row != currentIndex())
            setCurrentIndex(row);
        else if (row >= 0 && itemText(row) != currentText())
            setEditText(itemText(row));
        emitIfChanged();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &UnitComboBox::completerActivated);
    connect(this, &QComboBox::currentIndexChanged, this, &UnitComboBox::emitIfChanged);
}

UnitComboBox::~UnitComboBox() = default;

void UnitComboBox::setUnits(const QVector<ReferenceData::Unit> &units)
{
    const qint64 keep = unitId();
    m_units = units;
    populate(keep);
}

qint64 UnitComboBox::unitId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int current = currentIndex();
    if (current >= 0 && itemText(current) == text)
        return itemData(current, IdRole).toLongLong();
    const int row = rowOfText(text);
    return row >= 0 ? itemData(row, IdRole).toLongLong() : 0;
}

void UnitComboBox::setUnitId(qint64 id)
{
    if (id != 0 && findData(id, IdRole) < 0)
        populate(id); // a closed unit is listed only while it is the choice
    {
        const QSignalBlocker blocker(this);
        const int row = id == 0 ? -1 : findData(id, IdRole);
        setCurrentIndex(row);
        if (row < 0)
            clearEditText();
    }
    emitIfChanged();
}

bool UnitComboBox::hasUnmatchedText() const
{
    return !currentText().trimmed().isEmpty() && unitId() == 0;
}

void UnitComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Names follow the language (English names in English); keep the choice, or the half-typed text.
        const bool unmatched = hasUnmatchedText();
        const QString typed = currentText();
        populate(unitId());
        if (unmatched)
            setEditText(typed);
    }
    QComboBox::changeEvent(event);
}

void UnitComboBox::populate(qint64 keepId)
{
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const ReferenceData::Unit &unit : std::as_const(m_units)) {
            if (unit.isClosed() && unit.id != keepId)
                continue;
            const QString name = ReferenceData::localName(unit.name, unit.nameEn);
            addItem(name, unit.id);
            const int row = count() - 1;
            setItemData(
                row,
                TextFold::fold(unit.code + QLatin1Char(' ') + unit.name + QLatin1Char(' ') + unit.nameEn),
                FoldedRole);
            setItemData(row, unit.code, CodeRole);
            setItemData(row, unit.isClosed() ? tr("%1 (closed)").arg(unit.code) : unit.code, Qt::ToolTipRole);
        }
        const int row = keepId == 0 ? -1 : findData(keepId, IdRole);
        setCurrentIndex(row);
        if (row < 0)
            clearEditText();
    }
    emitIfChanged();
}

int UnitComboBox::rowOfText(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return -1;
    // Exactly the name, or the code, in any case; else the one unit whose name folds to the same letters.
    const int exact = findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return exact;
    const QString folded = TextFold::fold(text);
    int match = -1;
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, CodeRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            return row;
        if (TextFold::fold(itemText(row)) == folded) {
            if (match >= 0)
                return -1; // two units read the same without accents: the user must choose
            match = row;
        }
    }
    return match;
}

void UnitComboBox::textEdited(const QString &text)
{
    m_filter->setNeedle(text);
    if (text.trimmed().isEmpty() || m_filter->rowCount() == 0)
        m_completer->popup()->hide();
    else
        m_completer->complete();
    emitIfChanged();
}

void UnitComboBox::completerActivated(const QModelIndex &index)
{
    // The index is the completer's (a proxy over m_filter, itself over the combo's model): map it home.
    QModelIndex source = index;
    if (auto *completion = qobject_cast<QAbstractProxyModel *>(m_completer->completionModel()))
        source = completion->mapToSource(source);
    if (source.model() == m_filter)
        source = m_filter->mapToSource(source);
    if (source.isValid() && source.model() == model())
        setCurrentIndex(source.row());
    emitIfChanged();
}

void UnitComboBox::emitIfChanged()
{
    const qint64 id = unitId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT unitChanged(id);
}
