// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLayout;
class QWidget;
class Session;

/*!
 * The pieces every editing dialog is made of, built one way so that they look and behave alike: a date
 * field in the Vietnamese day/month/year order, a red problem line under a field, the yellow note that
 * says why nothing can be saved, and the check that decides it.
 */
class FormWidgets final
{
    Q_DECLARE_TR_FUNCTIONS(FormWidgets)

public:
    //! A dd/MM/yyyy date field with a calendar, named \a objectName.
    static QDateEdit *dateEdit(const QString &objectName, const QDate &date, QWidget *parent);
    //! A hidden, word-wrapped, red plain-text line for a field's problems (or the facade's refusal).
    static QLabel *problemLabel(const QString &objectName, QWidget *parent);
    //! \a fields with \a problem under them, only as high as what they show.
    static QWidget *withProblem(QLayout *fields, QLabel *problem, QWidget *parent);
    static QWidget *withProblem(QWidget *field, QLabel *problem, QWidget *parent);
    //! The hidden yellow note (the read-only banner's colours) named "readOnlyNote".
    static QLabel *readOnlyNote(QWidget *parent);
    /*!
     * Whether \a session has a file that can be changed; if not, \a note says why (no file, or read-only
     * and the reason) and is shown. Call again on a language change.
     */
    static bool checkWritable(const Session *session, QLabel *note);
    //! Sets the label (with its mnemonic, buddied to the field) of each field row of \a form: a form
    //! built with empty labels is named here, again on every language change.
    static void setRowLabels(QFormLayout *form, const QList<QPair<QWidget *, QString>> &rows);
};
