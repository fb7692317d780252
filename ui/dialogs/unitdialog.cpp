// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/unitdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

UnitDialog::UnitDialog(Session *session, qint64 parentId, const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_adding(true)
{
    build();
    for (const ReferenceData::Choice &choice : ReferenceData::unitKinds())
        m_kind->addItem(choice.name, choice.code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    if (m_session->isOpen())
        m_parent->setUnits(ReferenceData::units(*m_session->database()));
    m_parent->setUnitId(parentId);
    m_openedOn->setDate(QDate::currentDate());
    m_codeEdit->setFocus();
    retranslate();
}

UnitDialog::UnitDialog(Session *session, const ReferenceData::Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_adding(false)
    , m_unitId(unit.id)
    , m_code(unit.code)
{
    build();
    m_name->setText(unit.name);
    m_nameEn->setText(unit.nameEn);
    for (QWidget *w : std::initializer_list<QWidget *>{m_codeLabel, m_codeEdit, m_kindLabel, m_kind, m_parentLabel,
                                                       m_parent, m_hasOpenedOn, m_openedOn})
        w->hide();
    m_name->setFocus();
    retranslate();
}

UnitDialog::~UnitDialog() = default;

void UnitDialog::build()
{
    setObjectName(QStringLiteral("unitDialog"));
    m_readOnlyNote = FormWidgets::readOnlyNote(this);
    m_codeLabel = new QLabel(this);
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("code"));
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_nameEnLabel = new QLabel(this);
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_parentLabel = new QLabel(this);
    m_parent = new UnitComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_hasOpenedOn = new QCheckBox(this);
    m_hasOpenedOn->setObjectName(QStringLiteral("hasOpenedOn"));
    m_openedOn = FormWidgets::dateEdit(QStringLiteral("openedOn"), QDate::currentDate(), this);
    m_openedOn->setEnabled(false);
    m_message = FormWidgets::problemLabel(QStringLiteral("message"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_codeLabel->setBuddy(m_codeEdit);
    m_nameLabel->setBuddy(m_name);
    m_nameEnLabel->setBuddy(m_nameEn);
    m_kindLabel->setBuddy(m_kind);
    m_parentLabel->setBuddy(m_parent);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_codeLabel, m_codeEdit);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_parentLabel, m_parent);
    form->addRow(m_hasOpenedOn, m_openedOn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasOpenedOn, &QCheckBox::toggled, m_openedOn, &QWidget::setEnabled);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(FormWidgets::checkWritable(m_session, m_readOnlyNote));
}

void UnitDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString error;
    bool saved = false;
    if (m_adding) {
        UnitDraft draft;
        draft.code = m_codeEdit->text().trimmed();
        draft.name = m_name->text().trimmed();
        draft.nameEn = m_nameEn->text().trimmed();
        draft.kind = m_kind->currentData().toString();
        draft.parentId = m_parent->unitId();
        draft.openedOn = m_hasOpenedOn->isChecked() ? m_openedOn->date() : QDate();
        if (m_parent->hasUnmatchedText())
            error = tr("No unit is called “%1”: choose one from the list.").arg(m_parent->currentText().trimmed());
        else
            saved = m_session->commands()->addUnit(draft, &m_unitId, &error);
    } else {
        saved = m_session->commands()->renameUnit(m_unitId, m_name->text().trimmed(), m_nameEn->text().trimmed(),
                                                  &error);
    }
    if (!saved) {
        m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
        m_message->show();
        return;
    }
    QDialog::accept();
}

void UnitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnitDialog::retranslate()
{
    setWindowTitle(m_adding ? tr("Add unit") : tr("Rename unit %1").arg(m_code));
    m_codeLabel->setText(tr("&Code:"));
    m_codeEdit->setPlaceholderText(tr("e.g. SO-KHCN, XA-MYHOA"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEnLabel->setText(tr("&English name:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_parentLabel->setText(tr("&Part of:"));
    m_parent->lineEdit()->setPlaceholderText(tr("None"));
    m_hasOpenedOn->setText(tr("&Opened on:"));
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}
