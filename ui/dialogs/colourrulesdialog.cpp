// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/colourrulesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/schema.h"
#include "ui/delegates/colourdelegate.h"
#include "ui/widgets/formwidgets.h"

namespace {

// The target combo's data: an indicator's id, 0 for the default set, CommuneScore for the commune score.
constexpr qint64 CommuneScore = -1;
constexpr TrafficLight Colours[] = {TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red};

QIcon dot(TrafficLight light)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ColourDelegate::colour(light));
    painter.drawEllipse(1, 1, 12, 12);
    return QIcon(pixmap);
}

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

//! \a text as a number in the user's locale (or the C way, "99.88"); nullopt for an empty text.
std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok)
        v = QLocale::c().toDouble(t, ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

ColourRulesDialog::ColourRulesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_useDefault(new QCheckBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_problemLabel(FormWidgets::problemLabel(QStringLiteral("problems"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("colourRulesDialog"));
    m_target->setObjectName(QStringLiteral("ruleSet"));
    m_useDefault->setObjectName(QStringLiteral("useDefault"));
    m_table->setObjectName(QStringLiteral("ranges"));
    m_add->setObjectName(QStringLiteral("addRange"));
    m_remove->setObjectName(QStringLiteral("removeRange"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_targetLabel->setBuddy(m_target);
    m_hint->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ColourColumn, 130);

    m_target->addItem(QString(), 0);
    m_target->addItem(QString(), CommuneScore);
    if (m_session->isOpen()) {
        m_target->insertSeparator(m_target->count());
        for (const IndicatorRecord &indicator : IndicatorStore::loadCatalogue(*m_session->database())) {
            m_target->addItem(QStringLiteral("%1 — %2")
                                  .arg(indicator.code, ReferenceData::localName(indicator.name, indicator.nameEn)),
                              indicator.id);
        }
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_targetLabel);
    top->addWidget(m_target, 1);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addWidget(m_up);
    rowButtons->addWidget(m_down);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(top);
    layout->addWidget(m_useDefault);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_hint);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    resize(860, 460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ColourRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ColourRulesDialog::loadSet);
    connect(m_useDefault, &QCheckBox::toggled, this, &ColourRulesDialog::useDefaultToggled);
    connect(m_table, &QTableWidget::itemChanged, this, &ColourRulesDialog::check);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ColourRulesDialog::check);
    connect(m_add, &QPushButton::clicked, this, &ColourRulesDialog::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ColourRulesDialog::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(1); });

    m_writable = FormWidgets::checkWritable(m_session, m_readOnlyNote);
    retranslate();
    loadSet();
}

ColourRulesDialog::~ColourRulesDialog() = default;

void ColourRulesDialog::selectIndicator(qint64 indicatorId)
{
    const int index = m_target->findData(indicatorId);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void ColourRulesDialog::selectCommuneScore()
{
    m_target->setCurrentIndex(m_target->findData(CommuneScore));
}

qint64 ColourRulesDialog::currentIndicator() const
{
    return qMax<qint64>(m_target->currentData().toLongLong(), 0);
}

bool ColourRulesDialog::communeScore() const
{
    return m_target->currentData().toLongLong() == CommuneScore;
}

void ColourRulesDialog::loadSet()
{
    QVector<ColourRange> ranges;
    m_defaults = ColourRules::defaultSet();
    if (m_session->isOpen()) {
        const Database &db = *m_session->database();
        m_defaults = ColourRules::load(db).defaults;
        const QString scope = QLatin1String(communeScore() ? Schema::RuleScope::CommuneScore
                                                           : Schema::RuleScope::Indicator);
        ranges = ColourRuleEdits::stored(db, scope, currentIndicator());
    }
    const bool ownSet = currentIndicator() > 0;
    // Nothing stored: the set in force is shown, and saving stores it as the file's own.
    if (ranges.isEmpty() && !ownSet)
        ranges = communeScore() ? ColourRules::defaultCommuneScoreSet().ranges() : m_defaults.ranges();
    m_useDefault->setVisible(ownSet);
    m_loading = true;
    m_useDefault->setChecked(ownSet && ranges.isEmpty());
    m_loading = false;
    setRows(ranges.isEmpty() ? m_defaults.ranges() : ranges);
    useDefaultToggled(m_useDefault->isChecked());
}

void ColourRulesDialog::useDefaultToggled(bool useDefault)
{
    const bool following = useDefault && currentIndicator() > 0;
    if (following && !m_loading)
        setRows(m_defaults.ranges());
    m_table->setEnabled(!following);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setEnabled(!following);
    check();
}

void ColourRulesDialog::setRows(const QVector<ColourRange> &ranges)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const ColourRange &range : ranges)
        insertRow(m_table->rowCount(), range);
    m_loading = false;
    check();
}

void ColourRulesDialog::insertRow(int row, const ColourRange &range)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_table->insertRow(row);
    auto *colour = new QComboBox(m_table);
    colour->setObjectName(QStringLiteral("colour"));
    for (TrafficLight light : Colours)
        colour->addItem(dot(light), ColourRules::displayName(light), int(light));
    colour->setCurrentIndex(qMax(0, colour->findData(int(range.colour))));
    connect(colour, &QComboBox::currentIndexChanged, this, &ColourRulesDialog::check);
    m_table->setCellWidget(row, ColourColumn, colour);
    m_table->setItem(row, FromColumn, new QTableWidgetItem(numberText(range.lower)));
    m_table->setItem(row, FromIncludedColumn, checkItem(range.lowerInclusive));
    m_table->setItem(row, ToColumn, new QTableWidgetItem(numberText(range.upper)));
    m_table->setItem(row, ToIncludedColumn, checkItem(range.upperInclusive));
    m_table->setItem(row, LabelColumn, new QTableWidgetItem(range.label));
    m_table->item(row, FromColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->item(row, ToColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_loading = wasLoading;
}

QVector<ColourRange> ColourRulesDialog::rows(QStringList *problems) const
{
    QVector<ColourRange> ranges;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ColourRange r;
        const auto *colour = qobject_cast<QComboBox *>(m_table->cellWidget(row, ColourColumn));
        r.colour = colour ? static_cast<TrafficLight>(colour->currentData().toInt()) : TrafficLight::None;
        for (const int column : {int(FromColumn), int(ToColumn)}) {
            const QString text = m_table->item(row, column) ? m_table->item(row, column)->text() : QString();
            bool ok = true;
            const std::optional<double> value = parseNumber(text, &ok);
            if (!ok && problems)
                *problems << tr("Row %1: “%2” is not a number.").arg(row + 1).arg(text.trimmed());
            (column == FromColumn ? r.lower : r.upper) = value;
        }
        r.lowerInclusive = m_table->item(row, FromIncludedColumn)->checkState() == Qt::Checked;
        r.upperInclusive = m_table->item(row, ToIncludedColumn)->checkState() == Qt::Checked;
        r.label = m_table->item(row, LabelColumn)->text().trimmed();
        ranges.append(r);
    }
    return ranges;
}

void ColourRulesDialog::check()
{
    if (m_loading)
        return;
    QStringList problems;
    const QVector<ColourRange> ranges = rows(&problems);
    const bool following = m_useDefault->isChecked() && currentIndicator() > 0;
    if (problems.isEmpty() && !following)
        problems = ColourRules::validate(ranges);
    m_problems = problems;
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_writable && problems.isEmpty());
    const int row = m_table->currentRow();
    if (!following) {
        m_remove->setEnabled(row >= 0);
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
    }
}

void ColourRulesDialog::addRow()
{
    // A new range starts where the last one ends, so that it is nearly right as it comes.
    ColourRange range;
    range.colour = TrafficLight::Red;
    const QVector<ColourRange> current = rows(nullptr);
    if (!current.isEmpty() && current.last().lower) {
        range.upper = current.last().lower;
        range.upperInclusive = !current.last().lowerInclusive;
    }
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    insertRow(row, range);
    m_table->setCurrentCell(row, FromColumn);
    check();
}

void ColourRulesDialog::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    check();
}

void ColourRulesDialog::moveRow(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QVector<ColourRange> ranges = rows(nullptr);
    ranges.move(row, to);
    setRows(ranges);
    m_table->setCurrentCell(to, ColourColumn);
    check();
}

void ColourRulesDialog::accept()
{
    check();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const bool following = m_useDefault->isChecked() && currentIndicator() > 0;
    const QString scope =
        QLatin1String(communeScore() ? Schema::RuleScope::CommuneScore : Schema::RuleScope::Indicator);
    QString error;
    if (!m_session->commands()->setColourRules(scope, currentIndicator(),
                                               following ? QVector<ColourRange>() : rows(nullptr), &error)) {
        m_problemLabel->setText(error);
        m_problemLabel->show();
        return;
    }
    QDialog::accept();
}

void ColourRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ColourRulesDialog::retranslate()
{
    setWindowTitle(tr("Colour rules"));
    m_targetLabel->setText(tr("&Rules for:"));
    m_target->setItemText(0, tr("Default set for indicators (achievement in %)"));
    m_target->setItemText(1, tr("Commune score (points)"));
    m_useDefault->setText(tr("&Use the default set for indicators"));
    m_table->setHorizontalHeaderLabels(
        {tr("Colour"), tr("From"), tr("From included"), tr("To"), tr("To included"), tr("Label")});
    m_add->setText(tr("&Add range"));
    m_remove->setText(tr("Re&move range"));
    m_up->setText(tr("Move u&p"));
    m_down->setText(tr("Move do&wn"));
    m_hint->setText(tr("Ranges must follow one another without gaps or overlaps, from 0 upwards. Leave From or "
                       "To empty for no limit."));
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
    check();
}
