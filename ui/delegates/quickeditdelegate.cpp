// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/quickeditdelegate.h"

#include <QDateEdit>

#include "models/commands/editcommands.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

QuickEditDelegate::QuickEditDelegate(Kind kind, Session *session, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
    , m_session(session)
{
}

QWidget *QuickEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (!m_session->isOpen())
        return QStyledItemDelegate::createEditor(parent, option, index);
    if (m_kind == Kind::Unit) {
        auto *combo = new UnitComboBox(parent);
        combo->setObjectName(QStringLiteral("quickLeadUnit"));
        combo->setUnits(ReferenceData::units(*m_session->database()));
        return combo;
    }
    QDateEdit *edit = FormWidgets::dateEdit(QStringLiteral("quickCompletedOn"), QDate(), parent);
    // A completion is a fact already happened.
    edit->setMaximumDate(m_session->commands()->today());
    return edit;
}

void QuickEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<UnitComboBox *>(editor))
        combo->setUnitId(index.data(Qt::EditRole).toLongLong());
    else if (auto *edit = qobject_cast<QDateEdit *>(editor))
        edit->setDate(index.data(Qt::EditRole).toDate());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void QuickEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<UnitComboBox *>(editor)) {
        // Text that names no unit changes nothing: the lead unit is never emptied by a stray keystroke.
        if (combo->unitId() > 0)
            model->setData(index, combo->unitId(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}
