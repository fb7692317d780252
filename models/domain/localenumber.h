// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

/*!
 * LocaleNumber reads a number the way a person types or pastes it in their language, and writes it back
 * the same way: in Vietnamese "," marks decimals and "." groups thousands ("1.623.297", "99,88"); in
 * English the other way round. Spaces (also no-break and thin spaces) anywhere, a leading sign and a
 * trailing "%" are accepted. What could be read two ways is refused with a message that says how to
 * write it: "99.88" typed in Vietnamese is not 9 988 (a thousands group has three digits), so the
 * message suggests "99,88". Used by the data-entry grid and, later, the spreadsheet importer.
 */
class LocaleNumber final
{
    Q_DECLARE_TR_FUNCTIONS(LocaleNumber)

public:
    struct Result
    {
        bool ok = false;
        double value = 0;
        bool empty = false;   //!< nothing but spaces was given (not ok)
        bool percent = false; //!< the text ended with "%"
        QString error;        //!< why it was refused, in the user's language; empty when ok
    };

    //! Reads \a text as a number written in \a locale.
    static Result parse(const QString &text, const QLocale &locale = QLocale());

    /*!
     * \a value with \a decimals digits after the decimal mark and thousands grouped, in \a locale:
     * "1.623.297", "99,88". Negative \a decimals: as many digits as the value needs ("99,8765").
     */
    static QString format(double value, int decimals, const QLocale &locale = QLocale());
};
