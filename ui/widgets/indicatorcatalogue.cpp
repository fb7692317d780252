// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/indicatorcatalogue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/indicators/indicatorcatalogmodel.h"
#include "models/indicators/targettablemodel.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "ui/dialogs/indicatordialog.h"
#include "ui/dialogs/targetdialog.h"

namespace {

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

IndicatorCatalogue::IndicatorCatalogue(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalogue(new IndicatorCatalogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_targets(new TargetTableModel(this))
    , m_catalogueView(makeTable(QStringLiteral("catalogueView"), this))
    , m_targetsView(makeTable(QStringLiteral("targetsView"), this))
    , m_targetsTitle(new QLabel(this))
    , m_newIndicator(new QPushButton(this))
    , m_editIndicator(new QPushButton(this))
    , m_colourRules(new QPushButton(this))
    , m_newTarget(new QPushButton(this))
    , m_removeTarget(new QPushButton(this))
{
    m_newIndicator->setObjectName(QStringLiteral("newIndicator"));
    m_editIndicator->setObjectName(QStringLiteral("editIndicator"));
    m_colourRules->setObjectName(QStringLiteral("colourRules"));
    m_newTarget->setObjectName(QStringLiteral("newTarget"));
    m_removeTarget->setObjectName(QStringLiteral("removeTarget"));
    m_targetsTitle->setObjectName(QStringLiteral("targetsTitle"));

    m_proxy->setSourceModel(m_catalogue);
    m_catalogueView->setModel(m_proxy);
    m_catalogueView->setSortingEnabled(true);
    m_catalogueView->sortByColumn(-1, Qt::AscendingOrder); // the catalogue's own order
    m_catalogueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogueView->setSelectionMode(QAbstractItemView::SingleSelection);
    // A catalogue of ~150 rows: fitting the columns to their contents is cheap; the name takes the rest.
    m_catalogueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogueView->horizontalHeader()->setSectionResizeMode(IndicatorCatalogModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_targetsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_targetsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targetsView->setModel(m_targets);
    m_targetsView->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newIndicator);
    buttons->addWidget(m_editIndicator);
    buttons->addWidget(m_colourRules);
    buttons->addStretch(1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_catalogueView, 1);

    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(m_targetsTitle, 1);
    targetButtons->addWidget(m_newTarget);
    targetButtons->addWidget(m_removeTarget);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(targetButtons);
    bottomLayout->addWidget(m_targetsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_catalogueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IndicatorCatalogue::selectionChanged);
    connect(m_targetsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IndicatorCatalogue::updateButtons);
    connect(m_catalogueView, &QTableView::doubleClicked, this, &IndicatorCatalogue::editIndicator);
    connect(m_newIndicator, &QPushButton::clicked, this, &IndicatorCatalogue::newIndicator);
    connect(m_editIndicator, &QPushButton::clicked, this, &IndicatorCatalogue::editIndicator);
    connect(m_colourRules, &QPushButton::clicked, this,
            [this] { Q_EMIT colourRulesRequested(currentIndicatorId()); });
    connect(m_newTarget, &QPushButton::clicked, this, &IndicatorCatalogue::newTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, &IndicatorCatalogue::removeTarget);
    connect(m_session, &Session::opened, this, &IndicatorCatalogue::sessionChanged);
    connect(m_session, &Session::closed, this, &IndicatorCatalogue::sessionChanged);
    connect(m_session->commands(), &EditCommands::changed, this, &IndicatorCatalogue::dataChanged);

    retranslate();
    sessionChanged();
}

IndicatorCatalogue::~IndicatorCatalogue() = default;

qint64 IndicatorCatalogue::currentIndicatorId() const
{
    const QModelIndexList rows = m_catalogueView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(IndicatorCatalogModel::IdRole).toLongLong();
}

void IndicatorCatalogue::setCurrentIndicator(qint64 id)
{
    const int row = m_catalogue->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_catalogue->index(row, 0));
    m_catalogueView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_catalogueView->setCurrentIndex(index);
    m_catalogueView->scrollTo(index);
}

void IndicatorCatalogue::sessionChanged()
{
    const Database *database = m_session->isOpen() ? m_session->database() : nullptr;
    m_catalogue->setDatabase(database);
    m_targets->setDatabase(database);
    if (m_catalogue->rowCount() > 0)
        setCurrentIndicator(m_catalogue->indicator(0).id);
    selectionChanged();
}

void IndicatorCatalogue::dataChanged(const QString &entity)
{
    if (entity == QLatin1String("indicators") || entity == QLatin1String("programmes")) {
        const qint64 keep = currentIndicatorId();
        m_catalogue->refresh();
        setCurrentIndicator(keep);
        selectionChanged();
    } else if (entity == QLatin1String("targets") || entity == QLatin1String("units")) {
        m_targets->refresh();
        m_targetsView->resizeColumnsToContents();
        updateButtons();
    }
}

void IndicatorCatalogue::selectionChanged()
{
    const qint64 id = currentIndicatorId();
    m_targets->setIndicator(id);
    m_targetsView->resizeColumnsToContents();
    const int row = m_catalogue->rowOf(id);
    if (row >= 0) {
        const IndicatorRecord indicator = m_catalogue->indicator(row);
        m_targetsTitle->setText(
            tr("Targets of %1 – %2")
                .arg(indicator.code, ReferenceData::localName(indicator.name, indicator.nameEn)));
    } else {
        m_targetsTitle->setText(tr("Targets"));
    }
    updateButtons();
}

void IndicatorCatalogue::updateButtons()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    const bool selected = currentIndicatorId() > 0;
    m_newIndicator->setEnabled(writable);
    m_editIndicator->setEnabled(writable && selected);
    m_colourRules->setEnabled(m_session->isOpen() && selected);
    m_newTarget->setEnabled(writable && selected);
    m_removeTarget->setEnabled(writable && m_targets->targetAt(m_targetsView->currentIndex()).isValid());
}

void IndicatorCatalogue::newIndicator()
{
    IndicatorDialog dialog(m_session, IndicatorDraft(), this);
    if (dialog.exec() == QDialog::Accepted)
        setCurrentIndicator(dialog.savedId());
}

void IndicatorCatalogue::editIndicator()
{
    const int row = m_catalogue->rowOf(currentIndicatorId());
    if (row < 0 || m_session->isReadOnly())
        return;
    const IndicatorRecord r = m_catalogue->indicator(row);
    IndicatorDraft draft;
    draft.id = r.id;
    draft.code = r.code;
    draft.name = r.name;
    draft.nameEn = r.nameEn;
    draft.measure = r.measure;
    draft.direction = r.direction;
    draft.isRate = r.isRate;
    draft.accumulation = r.accumulation;
    draft.decimals = r.decimals;
    draft.level = r.level;
    draft.unitLabel = r.unitLabel;
    for (const ReferenceData::Programme &p : ReferenceData::programmes(*m_session->database())) {
        if (p.code == r.programmeCode)
            draft.programmeId = p.id;
    }
    IndicatorDialog dialog(m_session, draft, this);
    dialog.exec();
}

void IndicatorCatalogue::newTarget()
{
    const int row = m_catalogue->rowOf(currentIndicatorId());
    if (row < 0)
        return;
    // The unit of the selected target row, else the province (the root of the hierarchy).
    qint64 unitId = m_targetsView->currentIndex().data(TargetTableModel::UnitIdRole).toLongLong();
    if (unitId == 0) {
        for (const ReferenceData::Unit &u : ReferenceData::storedUnits(*m_session->database())) {
            if (u.parentId == 0 && u.kind == QLatin1String("province")) {
                unitId = u.id;
                break;
            }
        }
    }
    TargetDialog dialog(m_session, m_catalogue->indicator(row), unitId, this);
    dialog.exec();
}

void IndicatorCatalogue::removeTarget()
{
    const TargetRecord target = m_targets->targetAt(m_targetsView->currentIndex());
    if (!target.isValid())
        return;
    QString error;
    if (!m_session->commands()->removeTarget(target.id, &error))
        QMessageBox::warning(this, tr("Remove target"), error);
}

void IndicatorCatalogue::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorCatalogue::retranslate()
{
    m_newIndicator->setText(tr("New indicator…"));
    m_editIndicator->setText(tr("Edit indicator…"));
    m_colourRules->setText(tr("Colour rules…"));
    m_newTarget->setText(tr("New target…"));
    m_removeTarget->setText(tr("Remove target"));
    m_removeTarget->setToolTip(tr("Removes the target selected in the table (Ctrl+Z brings it back)"));
    // Names, measures and assigners are shown in the language: read again, keeping the selection.
    dataChanged(QStringLiteral("indicators"));
}
