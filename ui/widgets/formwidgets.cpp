// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/formwidgets.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

#include "models/session.h"

QDateEdit *FormWidgets::dateEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QLabel *FormWidgets::problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

QWidget *FormWidgets::withProblem(QLayout *fields, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    // Only as high as what it shows: room a hidden problem left behind goes to the text boxes.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(fields);
    layout->addWidget(problem);
    return box;
}

QWidget *FormWidgets::withProblem(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *fields = new QVBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(field);
    return withProblem(fields, problem, parent);
}

QLabel *FormWidgets::readOnlyNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setObjectName(QStringLiteral("readOnlyNote"));
    note->setWordWrap(true);
    // The read-only banner's colours: the same warning looks the same everywhere.
    note->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    note->setVisible(false);
    return note;
}

bool FormWidgets::checkWritable(const Session *session, QLabel *note)
{
    if (!session->isOpen()) {
        note->setText(tr("No file is open."));
    } else if (session->isReadOnly()) {
        const QString reason = session->readOnlyReason();
        note->setText(reason.isEmpty() ? tr("The file is open read-only: nothing can be saved.")
                                       : tr("%1 Nothing can be saved in this file.").arg(reason));
    } else {
        note->setVisible(false);
        return true;
    }
    note->setVisible(true);
    return false;
}

void FormWidgets::setRowLabels(QFormLayout *form, const QList<QPair<QWidget *, QString>> &rows)
{
    for (const auto &row : rows) {
        auto *label = qobject_cast<QLabel *>(form->labelForField(row.first));
        if (!label && !row.second.isEmpty()) {
            // addRow() with an empty text makes no label: give the row one now.
            int index = -1;
            QFormLayout::ItemRole role = QFormLayout::FieldRole;
            form->getWidgetPosition(row.first, &index, &role);
            if (index < 0)
                continue;
            label = new QLabel(row.first->parentWidget());
            form->setWidget(index, QFormLayout::LabelRole, label);
        }
        if (label) {
            label->setText(row.second);
            label->setBuddy(row.first);
        }
    }
}
