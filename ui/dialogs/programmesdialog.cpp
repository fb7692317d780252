// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/programmesdialog.h"

#include <functional>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"

namespace {

constexpr int IdRole = Qt::UserRole;

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
            m_message->setText(error.isEmpty() ? ProgrammesDialog::tr("Nothing was changed.") : error);
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

ProgrammesDialog::ProgrammesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_programmes(newTable(QStringLiteral("programmes"), ProgrammeColumnCount, this))
    , m_addProgramme(new QPushButton(this))
    , m_renameProgramme(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("programmesDialog"));
    m_addProgramme->setObjectName(QStringLiteral("addProgramme"));
    m_renameProgramme->setObjectName(QStringLiteral("renameProgramme"));
    m_programmes->horizontalHeader()->setSectionResizeMode(ProgrammeName, QHeaderView::Stretch);
    m_programmes->horizontalHeader()->setSectionResizeMode(ProgrammeNameEn, QHeaderView::Stretch);

    auto *programmeButtons = new QHBoxLayout;
    programmeButtons->addStretch();
    programmeButtons->addWidget(m_addProgramme);
    programmeButtons->addWidget(m_renameProgramme);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(programmeButtons);
    layout->addWidget(m_programmes, 1);
    layout->addWidget(m_buttons);
    resize(860, 480);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addProgramme, &QPushButton::clicked, this, &ProgrammesDialog::addProgramme);
    connect(m_renameProgramme, &QPushButton::clicked, this, &ProgrammesDialog::renameProgramme);
    connect(m_programmes, &QTableWidget::itemSelectionChanged, this, &ProgrammesDialog::updateButtons);
    connect(m_programmes, &QTableWidget::cellDoubleClicked, this, &ProgrammesDialog::renameProgramme);
    // An undo or redo in the main window may add or rename rows behind this dialog.
    connect(m_session->commands(), &EditCommands::changed, this, &ProgrammesDialog::entityChanged);

    retranslate(); // also loads the list
}

ProgrammesDialog::~ProgrammesDialog() = default;

void ProgrammesDialog::addProgramme()
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

void ProgrammesDialog::renameProgramme()
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

void ProgrammesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProgrammesDialog::entityChanged(const QString &entity)
{
    if (entity == QLatin1String("programmes"))
        reloadProgrammes();
}

void ProgrammesDialog::reloadProgrammes()
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

void ProgrammesDialog::updateButtons()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    m_addProgramme->setEnabled(writable);
    m_renameProgramme->setEnabled(writable && selectedId(m_programmes) != 0);
}

void ProgrammesDialog::retranslate()
{
    setWindowTitle(tr("Programmes"));
    m_addProgramme->setText(tr("A&dd programme…"));
    m_renameProgramme->setText(tr("&Rename…"));
    m_programmes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("English name")});
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
    reloadProgrammes();
}
