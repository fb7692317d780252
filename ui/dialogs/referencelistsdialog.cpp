// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/referencelistsdialog.h"

#include <functional>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/domain/textfold.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int FoldedRole = Qt::UserRole + 1;

enum UnitColumn { UnitCode, UnitName, UnitNameEn, UnitKind, UnitParent, UnitClosedOn, UnitColumnCount };
enum ProgrammeColumn { ProgrammeCode, ProgrammeName, ProgrammeNameEn, ProgrammeColumnCount };

/*!
 * The small Add…/Rename… form: its fields are added by the caller, and OK runs \a save, which calls the
 * facade. A refusal is shown in the form, which stays open with what was typed.
 */
class EntryDialog final : public QDialog
{
public:
    EntryDialog(const QString &title, QWidget *parent)
        : QDialog(parent)
        , m_form(new QFormLayout)
        , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    {
        setWindowTitle(title);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(520, 0);
    }

    QLineEdit *addLine(const QString &label, const QString &name, const QString &text)
    {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        m_form->addRow(label, edit);
        return edit;
    }
    void addRow(const QString &label, QWidget *field) { m_form->addRow(label, field); }
    void setSave(std::function<bool(QString *)> save) { m_save = std::move(save); }

    void accept() override
    {
        QString error;
        if (m_save && !m_save(&error)) {
            m_message->setText(error.isEmpty() ? ReferenceListsDialog::tr("Nothing was changed.") : error);
            m_message->setVisible(true);
            return;
        }
        QDialog::accept();
    }

private:
    QFormLayout *m_form;
    QLabel *m_message;
    std::function<bool(QString *)> m_save;
};

QTableWidget *newTable(const QString &name, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Hundreds of rows: one text line each, as in a spreadsheet.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem *newItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

qint64 selectedId(const QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0) || table->isRowHidden(row))
        return 0;
    return table->item(row, 0)->data(IdRole).toLongLong();
}

void selectId(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(IdRole).toLongLong() == id) {
            table->setCurrentCell(row, 0);
            table->scrollToItem(table->item(row, 0));
            return;
        }
    }
}

} // namespace

ReferenceListsDialog::ReferenceListsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_tabs(new QTabWidget(this))
    , m_unitsTab(new QWidget(m_tabs))
    , m_unitFilter(new QLineEdit(m_unitsTab))
    , m_units(newTable(QStringLiteral("units"), UnitColumnCount, m_unitsTab))
    , m_addUnit(new QPushButton(m_unitsTab))
    , m_renameUnit(new QPushButton(m_unitsTab))
    , m_programmesTab(new QWidget(m_tabs))
    , m_programmes(newTable(QStringLiteral("programmes"), ProgrammeColumnCount, m_programmesTab))
    , m_addProgramme(new QPushButton(m_programmesTab))
    , m_renameProgramme(new QPushButton(m_programmesTab))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("referenceListsDialog"));
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setClearButtonEnabled(true);
    m_addUnit->setObjectName(QStringLiteral("addUnit"));
    m_renameUnit->setObjectName(QStringLiteral("renameUnit"));
    m_addProgramme->setObjectName(QStringLiteral("addProgramme"));
    m_renameProgramme->setObjectName(QStringLiteral("renameProgramme"));
    m_units->horizontalHeader()->setSectionResizeMode(UnitName, QHeaderView::Stretch);
    m_units->horizontalHeader()->setSectionResizeMode(UnitNameEn, QHeaderView::Stretch);
    m_programmes->horizontalHeader()->setSectionResizeMode(ProgrammeName, QHeaderView::Stretch);
    m_programmes->horizontalHeader()->setSectionResizeMode(ProgrammeNameEn, QHeaderView::Stretch);

    auto *unitButtons = new QHBoxLayout;
    unitButtons->addWidget(m_unitFilter, 1);
    unitButtons->addWidget(m_addUnit);
    unitButtons->addWidget(m_renameUnit);
    auto *unitsLayout = new QVBoxLayout(m_unitsTab);
    unitsLayout->addLayout(unitButtons);
    unitsLayout->addWidget(m_units, 1);

    auto *programmeButtons = new QHBoxLayout;
    programmeButtons->addStretch();
    programmeButtons->addWidget(m_addProgramme);
    programmeButtons->addWidget(m_renameProgramme);
    auto *programmesLayout = new QVBoxLayout(m_programmesTab);
    programmesLayout->addLayout(programmeButtons);
    programmesLayout->addWidget(m_programmes, 1);

    m_tabs->addTab(m_unitsTab, QString());
    m_tabs->addTab(m_programmesTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(960, 600);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unitFilter, &QLineEdit::textChanged, this, &ReferenceListsDialog::filterUnits);
    connect(m_addUnit, &QPushButton::clicked, this, &ReferenceListsDialog::addUnit);
    connect(m_renameUnit, &QPushButton::clicked, this, &ReferenceListsDialog::renameUnit);
    connect(m_addProgramme, &QPushButton::clicked, this, &ReferenceListsDialog::addProgramme);
    connect(m_renameProgramme, &QPushButton::clicked, this, &ReferenceListsDialog::renameProgramme);
    connect(m_units, &QTableWidget::itemSelectionChanged, this, &ReferenceListsDialog::updateButtons);
    connect(m_programmes, &QTableWidget::itemSelectionChanged, this, &ReferenceListsDialog::updateButtons);
    connect(m_units, &QTableWidget::cellDoubleClicked, this, &ReferenceListsDialog::renameUnit);
    connect(m_programmes, &QTableWidget::cellDoubleClicked, this, &ReferenceListsDialog::renameProgramme);
    // An undo or redo in the main window may add or rename rows behind this dialog.
    connect(m_session->commands(), &EditCommands::changed, this, &ReferenceListsDialog::entityChanged);

    retranslate(); // also loads both lists
}

ReferenceListsDialog::~ReferenceListsDialog() = default;

void ReferenceListsDialog::addUnit()
{
    if (!m_addUnit->isEnabled())
        return;
    EntryDialog form(tr("Add unit"), this);
    QLineEdit *code = form.addLine(tr("&Code:"), QStringLiteral("code"), QString());
    QLineEdit *name = form.addLine(tr("&Name:"), QStringLiteral("name"), QString());
    QLineEdit *nameEn = form.addLine(tr("&English name:"), QStringLiteral("nameEn"), QString());
    auto *kind = new QComboBox(&form);
    kind->setObjectName(QStringLiteral("kind"));
    for (const ReferenceData::Choice &choice : ReferenceData::unitKinds())
        kind->addItem(choice.name, choice.code);
    kind->setCurrentIndex(qMax(0, kind->findData(QStringLiteral("department"))));
    form.addRow(tr("&Kind:"), kind);
    auto *parent = new UnitComboBox(&form);
    parent->setObjectName(QStringLiteral("parent"));
    parent->setUnits(m_unitList);
    parent->lineEdit()->setPlaceholderText(tr("None"));
    // Departments and communes belong to the province: it is the likely parent.
    for (const ReferenceData::Unit &unit : std::as_const(m_unitList)) {
        if (unit.kind == QLatin1String("province") && !unit.isClosed()) {
            parent->setUnitId(unit.id);
            break;
        }
    }
    form.addRow(tr("&Part of:"), parent);

    qint64 newId = 0;
    form.setSave([&](QString *error) {
        UnitDraft draft;
        draft.code = code->text().trimmed();
        draft.name = name->text().trimmed();
        draft.nameEn = nameEn->text().trimmed();
        draft.kind = kind->currentData().toString();
        draft.parentId = parent->unitId();
        if (draft.code.isEmpty() || draft.name.isEmpty()) {
            *error = tr("A unit needs a code and a name.");
            return false;
        }
        if (parent->hasUnmatchedText()) {
            *error =
                tr("No unit is called “%1”: choose one from the list.").arg(parent->currentText().trimmed());
            return false;
        }
        return m_session->commands()->addUnit(draft, &newId, error);
    });
    if (form.exec() == QDialog::Accepted) {
        reloadUnits();
        m_unitFilter->clear();
        selectId(m_units, newId);
    }
}

void ReferenceListsDialog::renameUnit()
{
    const qint64 id = selectedId(m_units);
    if (id == 0 || !m_renameUnit->isEnabled())
        return;
    ReferenceData::Unit unit;
    for (const ReferenceData::Unit &candidate : std::as_const(m_unitList)) {
        if (candidate.id == id)
            unit = candidate;
    }
    EntryDialog form(tr("Rename unit %1").arg(unit.code), this);
    QLineEdit *name = form.addLine(tr("&Name:"), QStringLiteral("name"), unit.name);
    QLineEdit *nameEn = form.addLine(tr("&English name:"), QStringLiteral("nameEn"), unit.nameEn);
    form.setSave([&](QString *error) {
        if (name->text().trimmed().isEmpty()) {
            *error = tr("The name cannot be empty.");
            return false;
        }
        return m_session->commands()->renameUnit(id, name->text().trimmed(), nameEn->text().trimmed(), error);
    });
    if (form.exec() == QDialog::Accepted) {
        reloadUnits();
        selectId(m_units, id);
    }
}

void ReferenceListsDialog::addProgramme()
{
    if (!m_addProgramme->isEnabled())
        return;
    EntryDialog form(tr("Add programme"), this);
    QLineEdit *code = form.addLine(tr("&Code:"), QStringLiteral("code"), QString());
    QLineEdit *name = form.addLine(tr("&Name:"), QStringLiteral("name"), QString());
    QLineEdit *nameEn = form.addLine(tr("&English name:"), QStringLiteral("nameEn"), QString());
    qint64 newId = 0;
    form.setSave([&](QString *error) {
        ProgrammeDraft draft;
        draft.code = code->text().trimmed();
        draft.name = name->text().trimmed();
        draft.nameEn = nameEn->text().trimmed();
        if (draft.code.isEmpty() || draft.name.isEmpty()) {
            *error = tr("A programme needs a code and a name.");
            return false;
        }
        return m_session->commands()->addProgramme(draft, &newId, error);
    });
    if (form.exec() == QDialog::Accepted) {
        reloadProgrammes();
        selectId(m_programmes, newId);
    }
}

void ReferenceListsDialog::renameProgramme()
{
    const qint64 id = selectedId(m_programmes);
    if (id == 0 || !m_renameProgramme->isEnabled())
        return;
    ReferenceData::Programme programme;
    for (const ReferenceData::Programme &candidate : std::as_const(m_programmeList)) {
        if (candidate.id == id)
            programme = candidate;
    }
    EntryDialog form(tr("Rename programme %1").arg(programme.code), this);
    QLineEdit *name = form.addLine(tr("&Name:"), QStringLiteral("name"), programme.name);
    QLineEdit *nameEn = form.addLine(tr("&English name:"), QStringLiteral("nameEn"), programme.nameEn);
    form.setSave([&](QString *error) {
        if (name->text().trimmed().isEmpty()) {
            *error = tr("The name cannot be empty.");
            return false;
        }
        return m_session->commands()->renameProgramme(id, name->text().trimmed(), nameEn->text().trimmed(),
                                                      error);
    });
    if (form.exec() == QDialog::Accepted) {
        reloadProgrammes();
        selectId(m_programmes, id);
    }
}

void ReferenceListsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReferenceListsDialog::entityChanged(const QString &entity)
{
    if (entity == QLatin1String("units"))
        reloadUnits();
    else if (entity == QLatin1String("programmes"))
        reloadProgrammes();
}

void ReferenceListsDialog::reloadUnits()
{
    const qint64 keep = selectedId(m_units);
    m_unitList.clear();
    if (m_session->isOpen())
        m_unitList = ReferenceData::units(*m_session->database());
    QHash<qint64, QString> names;
    for (const ReferenceData::Unit &unit : std::as_const(m_unitList))
        names.insert(unit.id, ReferenceData::localName(unit.name, unit.nameEn));

    m_units->setRowCount(0);
    m_units->setRowCount(int(m_unitList.size()));
    for (int row = 0; row < m_unitList.size(); ++row) {
        const ReferenceData::Unit &unit = m_unitList.at(row);
        auto *code = newItem(unit.code);
        code->setData(IdRole, unit.id);
        code->setData(FoldedRole, TextFold::fold(unit.code + QLatin1Char(' ') + unit.name + QLatin1Char(' ') +
                                                 unit.nameEn));
        m_units->setItem(row, UnitCode, code);
        m_units->setItem(row, UnitName, newItem(unit.name));
        m_units->setItem(row, UnitNameEn, newItem(unit.nameEn));
        m_units->setItem(row, UnitKind, newItem(ReferenceData::unitKindName(unit.kind)));
        m_units->setItem(row, UnitParent, newItem(names.value(unit.parentId)));
        m_units->setItem(row, UnitClosedOn, newItem(unit.closedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    m_units->resizeColumnToContents(UnitCode);
    m_units->resizeColumnToContents(UnitKind);
    filterUnits();
    selectId(m_units, keep);
    updateButtons();
}

void ReferenceListsDialog::reloadProgrammes()
{
    const qint64 keep = selectedId(m_programmes);
    m_programmeList.clear();
    if (m_session->isOpen())
        m_programmeList = ReferenceData::programmes(*m_session->database());
    m_programmes->setRowCount(0);
    m_programmes->setRowCount(int(m_programmeList.size()));
    for (int row = 0; row < m_programmeList.size(); ++row) {
        const ReferenceData::Programme &programme = m_programmeList.at(row);
        auto *code = newItem(programme.code);
        code->setData(IdRole, programme.id);
        m_programmes->setItem(row, ProgrammeCode, code);
        m_programmes->setItem(row, ProgrammeName, newItem(programme.name));
        m_programmes->setItem(row, ProgrammeNameEn, newItem(programme.nameEn));
    }
    m_programmes->resizeColumnToContents(ProgrammeCode);
    selectId(m_programmes, keep);
    updateButtons();
}

void ReferenceListsDialog::filterUnits()
{
    const QStringList words =
        TextFold::fold(m_unitFilter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_units->rowCount(); ++row) {
        const QString folded = m_units->item(row, UnitCode)->data(FoldedRole).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && folded.contains(word);
        m_units->setRowHidden(row, !match);
    }
    updateButtons();
}

void ReferenceListsDialog::updateButtons()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    m_addUnit->setEnabled(writable);
    m_addProgramme->setEnabled(writable);
    m_renameUnit->setEnabled(writable && selectedId(m_units) != 0);
    m_renameProgramme->setEnabled(writable && selectedId(m_programmes) != 0);
}

void ReferenceListsDialog::retranslate()
{
    setWindowTitle(tr("Units and programmes"));
    m_tabs->setTabText(m_tabs->indexOf(m_unitsTab), tr("&Units"));
    m_tabs->setTabText(m_tabs->indexOf(m_programmesTab), tr("&Programmes"));
    m_unitFilter->setPlaceholderText(tr("Filter by code or name, accents optional"));
    m_addUnit->setText(tr("&Add unit…"));
    m_renameUnit->setText(tr("&Rename…"));
    m_addProgramme->setText(tr("A&dd programme…"));
    m_renameProgramme->setText(tr("&Rename…"));
    m_units->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("English name"), tr("Kind"), tr("Part of"), tr("Closed on")});
    m_programmes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("English name")});
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
    // Kind names and the English/Vietnamese parent names follow the language.
    reloadUnits();
    reloadProgrammes();
}
