// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/unitspage.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/reference/unittreemodel.h"
#include "models/session.h"
#include "ui/dialogs/closeunitdialog.h"
#include "ui/dialogs/moveunitdialog.h"
#include "ui/dialogs/unitdialog.h"

namespace {

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

UnitsPage::UnitsPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new UnitTreeModel(this))
    , m_toolBar(new QToolBar(this))
    , m_addAction(new QAction(this))
    , m_renameAction(new QAction(this))
    , m_closeAction(new QAction(this))
    , m_reopenAction(new QAction(this))
    , m_successorAction(new QAction(this))
    , m_moveAction(new QAction(this))
    , m_showClosedAction(new QAction(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
{
    m_addAction->setObjectName(QStringLiteral("actionAddUnit"));
    m_renameAction->setObjectName(QStringLiteral("actionRenameUnit"));
    m_closeAction->setObjectName(QStringLiteral("actionCloseUnit"));
    m_reopenAction->setObjectName(QStringLiteral("actionReopenUnit"));
    m_successorAction->setObjectName(QStringLiteral("actionSetSuccessor"));
    m_moveAction->setObjectName(QStringLiteral("actionMoveUnit"));
    m_showClosedAction->setObjectName(QStringLiteral("actionShowClosedUnits"));
    m_showClosedAction->setCheckable(true);
    m_showClosedAction->setChecked(m_model->showClosed());

    m_toolBar->setObjectName(QStringLiteral("unitsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_renameAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_closeAction);
    m_toolBar->addAction(m_reopenAction);
    m_toolBar->addAction(m_successorAction);
    m_toolBar->addAction(m_moveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_showClosedAction);

    m_search->setObjectName(QStringLiteral("unitSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);

    m_view->setObjectName(QStringLiteral("unitsTree"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    // The names are what the secretary reads: they get their room, the successor takes what is left.
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics metrics(m_view->font());
    const auto widthFor = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 24;
    };
    m_view->setColumnWidth(UnitTreeModel::NameColumn, widthFor("Sở Nông nghiệp và Môi trường") + 3 * m_view->indentation());
    m_view->setColumnWidth(UnitTreeModel::CodeColumn, widthFor("PHUONG-LONGXUYEN"));
    m_view->setColumnWidth(UnitTreeModel::KindColumn, widthFor("Cơ quan, đơn vị"));
    m_view->setColumnWidth(UnitTreeModel::OpenedColumn, widthFor("01/07/2025"));
    m_view->setColumnWidth(UnitTreeModel::ClosedColumn, widthFor("01/07/2025"));
    m_view->setColumnWidth(UnitTreeModel::SuccessorColumn, widthFor("Phường Long Xuyên"));
    m_view->header()->setMinimumSectionSize(60);

    m_details->setObjectName(QStringLiteral("unitDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(8);
    m_details->setMinimumWidth(220);
    m_details->setMaximumWidth(360);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 260});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_toolBar, 1);
    bar->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_addAction, &QAction::triggered, this, &UnitsPage::addUnit);
    connect(m_renameAction, &QAction::triggered, this, &UnitsPage::renameUnit);
    connect(m_closeAction, &QAction::triggered, this, &UnitsPage::closeUnit);
    connect(m_reopenAction, &QAction::triggered, this, &UnitsPage::reopenUnit);
    connect(m_successorAction, &QAction::triggered, this, &UnitsPage::setSuccessor);
    connect(m_moveAction, &QAction::triggered, this, &UnitsPage::moveUnit);
    connect(m_showClosedAction, &QAction::toggled, this, [this](bool show) {
        const qint64 keep = currentUnitId();
        m_model->setShowClosed(show);
        m_view->expandToDepth(1);
        selectUnit(keep);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 keep = currentUnitId();
        m_model->setSearchText(text);
        if (text.trimmed().isEmpty())
            m_view->expandToDepth(1);
        else
            m_view->expandAll();
        selectUnit(keep);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_view, &QTreeView::doubleClicked, this, &UnitsPage::renameUnit);
    // Group rows ("Sở, ban, ngành (31)") read across the whole row, not cut off in the name column.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int topRow = 0; topRow < m_model->rowCount(); ++topRow) {
            const QModelIndex top = m_model->index(topRow, 0);
            for (int row = 0; row < m_model->rowCount(top); ++row) {
                if (m_model->index(row, 0, top).data(UnitTreeModel::GroupRole).toBool())
                    m_view->setFirstColumnSpanned(row, top, true);
            }
        }
    });
    connect(m_session, &Session::opened, this, &UnitsPage::sessionChanged);
    connect(m_session, &Session::closed, this, &UnitsPage::sessionChanged);
    // Edits, undo and redo made anywhere (the Edit menu, another page) show here.
    connect(m_session->commands(), &EditCommands::changed, this, &UnitsPage::entityChanged);

    retranslate();
    sessionChanged();
}

UnitsPage::~UnitsPage() = default;

QString UnitsPage::title() const
{
    return QCoreApplication::translate("Navigation", "Units");
}

QIcon UnitsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/units.svg"));
}

qint64 UnitsPage::currentUnitId() const
{
    const ReferenceData::Unit *unit = m_model->unitAt(m_view->currentIndex());
    return unit ? unit->id : 0;
}

void UnitsPage::selectUnit(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    updateActions();
    updateDetails();
}

void UnitsPage::addUnit()
{
    if (!m_addAction->isEnabled())
        return;
    const QModelIndex current = m_view->currentIndex();
    qint64 parentId = m_model->parentIdFor(current);
    // Under the province by default: departments and communes belong to it.
    if (parentId == 0 && m_model->rowCount() > 0)
        parentId = m_model->index(0, 0).data(UnitTreeModel::IdRole).toLongLong();
    // A unit selected in a group is most likely a sibling of the new one: same parent, same kind.
    QString kind = current.data(UnitTreeModel::KindRole).toString();
    if (const ReferenceData::Unit *unit = m_model->unitAt(current)) {
        if (current.parent().data(UnitTreeModel::GroupRole).toBool())
            parentId = unit->parentId;
        else if (unit->kind == QLatin1String("province"))
            kind = QStringLiteral("department");
    }
    UnitDialog dialog(m_session, parentId, kind.isEmpty() ? QStringLiteral("department") : kind, this);
    if (dialog.exec() == QDialog::Accepted)
        selectUnit(dialog.unitId());
}

void UnitsPage::renameUnit()
{
    const ReferenceData::Unit *unit = m_model->unit(currentUnitId());
    if (!unit || !m_renameAction->isEnabled())
        return;
    UnitDialog dialog(m_session, *unit, this);
    dialog.exec();
}

void UnitsPage::closeUnit()
{
    const qint64 id = currentUnitId();
    if (id == 0 || !m_closeAction->isEnabled())
        return;
    CloseUnitDialog dialog(m_session, id, CloseUnitDialog::Mode::Close, this);
    dialog.exec();
}

void UnitsPage::reopenUnit()
{
    const qint64 id = currentUnitId();
    if (id == 0 || !m_reopenAction->isEnabled())
        return;
    QString error;
    if (!m_session->commands()->reopenUnit(id, &error))
        m_details->setText(QStringLiteral("<p style='color:#c62828'>%1</p>").arg(esc(error)));
}

void UnitsPage::setSuccessor()
{
    const qint64 id = currentUnitId();
    if (id == 0 || !m_successorAction->isEnabled())
        return;
    CloseUnitDialog dialog(m_session, id, CloseUnitDialog::Mode::SetSuccessor, this);
    dialog.exec();
}

void UnitsPage::moveUnit()
{
    const qint64 id = currentUnitId();
    if (id == 0 || !m_moveAction->isEnabled())
        return;
    MoveUnitDialog dialog(m_session, id, this);
    dialog.exec();
}

void UnitsPage::sessionChanged()
{
    // The model must drop its pointer before anything reads through it: the Database it held may be gone.
    m_model->setDatabase(m_session->isOpen() ? m_session->database() : nullptr);
    m_view->expandToDepth(1);
    updateActions();
    updateDetails();
}

void UnitsPage::entityChanged(const QString &entity)
{
    if (entity == QLatin1String("units"))
        reload();
    else if (entity == QLatin1String("tasks"))
        updateDetails(); // the number of tasks a unit leads
}

void UnitsPage::reload()
{
    const qint64 keep = currentUnitId();
    m_model->reload();
    m_view->expandToDepth(1);
    if (!m_search->text().trimmed().isEmpty())
        m_view->expandAll();
    selectUnit(keep);
}

void UnitsPage::updateActions()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    const ReferenceData::Unit *unit = m_model->unit(currentUnitId());
    m_addAction->setEnabled(writable);
    m_renameAction->setEnabled(writable && unit);
    m_closeAction->setEnabled(writable && unit && !unit->isClosed());
    m_reopenAction->setEnabled(writable && unit && unit->isClosed());
    m_successorAction->setEnabled(writable && unit && unit->isClosed());
    m_moveAction->setEnabled(writable && unit && unit->parentId > 0); // the province stays the root
}

void UnitsPage::updateDetails()
{
    if (!m_session->isOpen()) {
        m_details->setText(tr("No file is open."));
        return;
    }
    const ReferenceData::Unit *unit = m_model->unit(currentUnitId());
    if (!unit) {
        m_details->setText(tr("Select a unit to see its details."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(esc(unit->name));
    if (!unit->nameEn.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(esc(unit->nameEn));
    lines << tr("Code: %1").arg(esc(unit->code));
    lines << tr("Kind: %1").arg(esc(ReferenceData::unitKindName(unit->kind)));
    if (unit->parentId > 0)
        lines << tr("Part of: %1").arg(esc(m_model->unitName(unit->parentId)));
    if (unit->openedOn.isValid())
        lines << tr("Opened on %1").arg(dateText(unit->openedOn));
    if (unit->isClosed()) {
        lines << tr("Closed on %1").arg(dateText(unit->closedOn));
        lines << (unit->successorId > 0 ? tr("Taken over by: %1").arg(esc(m_model->unitName(unit->successorId)))
                                        : tr("No successor recorded"));
    } else {
        lines << tr("Open");
    }
    const QVector<ReferenceData::Unit> predecessors = m_model->predecessors(unit->id);
    if (!predecessors.isEmpty()) {
        QStringList names;
        for (const ReferenceData::Unit &p : predecessors)
            names << esc(ReferenceData::localName(p.name, p.nameEn));
        lines << tr("Took over from: %1").arg(names.join(QStringLiteral(", ")));
    }
    const UnitUsage usage = m_session->commands()->unitUsage(unit->id);
    lines << tr("Leads %n task(s), %1 of them open", nullptr, usage.tasks).arg(locale.toString(usage.openTasks));
    if (usage.openChildren > 0)
        lines << tr("%n open unit(s) under it", nullptr, usage.openChildren);
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void UnitsPage::retranslate()
{
    m_addAction->setText(tr("&Add unit…"));
    m_addAction->setToolTip(tr("Add a unit under the selected one"));
    m_renameAction->setText(tr("&Rename…"));
    m_closeAction->setText(tr("&Close…"));
    m_closeAction->setToolTip(tr("Close the unit on a date, naming the unit that takes over"));
    m_reopenAction->setText(tr("Re&open"));
    m_successorAction->setText(tr("Set &successor…"));
    m_moveAction->setText(tr("&Move…"));
    m_moveAction->setToolTip(tr("Put the unit under another one"));
    m_showClosedAction->setText(tr("Show &closed units"));
    m_search->setPlaceholderText(tr("Find a unit by code or name, accents optional"));
    // Kind names, dates and the English or Vietnamese names follow the language.
    reload();
}
