// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/*!
 * A reporting period: a month, a quarter, a half year or a year. It is written as a code in files and
 * the database ("2026-05", "2026Q3", "2026H1", "2026") and shown the way the committee writes it
 * ("Tháng 5/2026", "Quý III/2026", "6 tháng đầu năm 2026"). A deadline given as a period means the
 * period's last day; parse() understands both the codes and the usual Vietnamese and English wordings.
 */
class Period final
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind { Invalid, Month, Quarter, Half, Year };

    Period() = default;
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period half(int year, int half);
    static Period year(int year);
    //! The month, quarter, half or year of \a kind that contains \a date.
    static Period containing(Kind kind, const QDate &date);

    //! Parses a code or a wording; returns an invalid Period when the text is not a period.
    static Period parse(const QString &text);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    //! 1-12 for a month, 1-4 for a quarter, 1-2 for a half, 1 for a year.
    int index() const { return m_index; }

    QDate firstDay() const;
    QDate lastDay() const;
    //! "2026-05", "2026Q3", "2026H1", "2026".
    QString code() const;
    //! The wording in the current language: "Quý III/2026" in Vietnamese, "Q3 2026" in English.
    QString displayText() const;
    //! The period of the same kind that follows this one.
    Period next() const;

    bool operator==(const Period &other) const
    {
        return m_kind == other.m_kind && m_year == other.m_year && m_index == other.m_index;
    }
    bool operator!=(const Period &other) const { return !(*this == other); }

private:
    Period(Kind kind, int year, int index);

    Kind m_kind = Kind::Invalid;
    int m_year = 0;
    int m_index = 0;
};
