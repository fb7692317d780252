// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/period.h"

#include <QRegularExpression>

#include "models/domain/textfold.h"

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2999;

int romanToInt(const QString &roman)
{
    static const QStringList numerals = {QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii"),
                                         QStringLiteral("iv")};
    return int(numerals.indexOf(roman)) + 1;
}

//! The quarter numeral as the language writes it: Arabic in English, Roman in Vietnamese ("Quý III").
QString quarterNumeral(int n)
{
    static const struct
    {
        const char *source;
        const char *comment;
    } numerals[] = {
        QT_TRANSLATE_NOOP3("Period", "1", "quarter numeral"), QT_TRANSLATE_NOOP3("Period", "2", "quarter numeral"),
        QT_TRANSLATE_NOOP3("Period", "3", "quarter numeral"), QT_TRANSLATE_NOOP3("Period", "4", "quarter numeral")};
    return n >= 1 && n <= 4 ? QCoreApplication::translate("Period", numerals[n - 1].source, numerals[n - 1].comment)
                            : QString();
}

int monthFromEnglish(const QString &word)
{
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"), QStringLiteral("april"),
        QStringLiteral("may"), QStringLiteral("june"), QStringLiteral("july"), QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    for (int i = 0; i < months.size(); ++i)
        if (months.at(i) == word || (word.size() >= 3 && months.at(i).startsWith(word)))
            return i + 1;
    return 0;
}

int ordinal(const QString &word)
{
    static const QStringList words = {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
                                      QStringLiteral("fourth")};
    static const QStringList shortWords = {QStringLiteral("1st"), QStringLiteral("2nd"), QStringLiteral("3rd"),
                                           QStringLiteral("4th")};
    const int i = int(words.indexOf(word));
    return i >= 0 ? i + 1 : int(shortWords.indexOf(word)) + 1;
}

} // namespace

Period::Period(Kind kind, int year, int index)
    : m_kind(kind)
    , m_year(year)
    , m_index(index)
{
}

Period Period::month(int year, int month)
{
    return year >= MinYear && year <= MaxYear && month >= 1 && month <= 12 ? Period(Kind::Month, year, month) : Period();
}

Period Period::quarter(int year, int quarter)
{
    return year >= MinYear && year <= MaxYear && quarter >= 1 && quarter <= 4 ? Period(Kind::Quarter, year, quarter)
                                                                              : Period();
}

Period Period::half(int year, int half)
{
    return year >= MinYear && year <= MaxYear && half >= 1 && half <= 2 ? Period(Kind::Half, year, half) : Period();
}

Period Period::year(int year)
{
    return year >= MinYear && year <= MaxYear ? Period(Kind::Year, year, 1) : Period();
}

Period Period::containing(Kind kind, const QDate &date)
{
    if (!date.isValid())
        return {};
    switch (kind) {
    case Kind::Month:
        return month(date.year(), date.month());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Half:
        return half(date.year(), (date.month() - 1) / 6 + 1);
    case Kind::Year:
        return year(date.year());
    case Kind::Invalid:
        break;
    }
    return {};
}

Period Period::parse(const QString &text)
{
    // Fold case and diacritics so that "Quý III/2026", "quy iii/2026" and "QUÝ 3 NĂM 2026" read the same.
    const QString t = TextFold::fold(text).simplified();
    if (t.isEmpty())
        return {};
    QRegularExpressionMatch m;
    static const QRegularExpression code(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})|q([1-4])|h([12]))?$"));
    if ((m = code.match(t)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            return month(y, m.captured(2).toInt());
        if (!m.captured(3).isEmpty())
            return quarter(y, m.captured(3).toInt());
        if (!m.captured(4).isEmpty())
            return half(y, m.captured(4).toInt());
        return year(y);
    }
    // "quy iii/2026", "quy 3 nam 2026", "quy iii - 2026"
    static const QRegularExpression quy(QStringLiteral("^quy\\s*(i{1,3}|iv|[1-4])\\s*(?:/|-|nam)\\s*(\\d{4})$"));
    if ((m = quy.match(t)).hasMatch()) {
        const QString q = m.captured(1);
        return quarter(m.captured(2).toInt(), q.at(0).isDigit() ? q.toInt() : romanToInt(q));
    }
    // "thang 5/2026", "thang 05 nam 2026", "05/2026"
    static const QRegularExpression thang(QStringLiteral("^(?:thang\\s*)?(\\d{1,2})\\s*(?:/|-|nam)\\s*(\\d{4})$"));
    if ((m = thang.match(t)).hasMatch())
        return month(m.captured(2).toInt(), m.captured(1).toInt());
    // "6 thang dau nam 2026", "6 thang cuoi nam 2026"
    static const QRegularExpression sauThang(QStringLiteral("^6 thang (dau|cuoi)(?: nam)?\\s*(\\d{4})$"));
    if ((m = sauThang.match(t)).hasMatch())
        return half(m.captured(2).toInt(), m.captured(1) == QLatin1String("dau") ? 1 : 2);
    // "nam 2026"
    static const QRegularExpression nam(QStringLiteral("^nam\\s*(\\d{4})$"));
    if ((m = nam.match(t)).hasMatch())
        return year(m.captured(1).toInt());
    // English: "q3 2026", "q3/2026", "third quarter of 2026", "h1 2026", "first half of 2026", "may 2026"
    static const QRegularExpression qEn(QStringLiteral("^q([1-4])\\s*(?:/|-|\\s)\\s*(\\d{4})$"));
    if ((m = qEn.match(t)).hasMatch())
        return quarter(m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression hEn(QStringLiteral("^h([12])\\s*(?:/|-|\\s)\\s*(\\d{4})$"));
    if ((m = hEn.match(t)).hasMatch())
        return half(m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression ordinalEn(
        QStringLiteral("^(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|half)(?:\\s+of)?\\s+(\\d{4})$"));
    if ((m = ordinalEn.match(t)).hasMatch()) {
        const int n = ordinal(m.captured(1));
        return m.captured(2) == QLatin1String("quarter") ? quarter(m.captured(3).toInt(), n)
                                                         : half(m.captured(3).toInt(), n);
    }
    static const QRegularExpression monthEn(QStringLiteral("^([a-z]+)\\.?\\s+(\\d{4})$"));
    if ((m = monthEn.match(t)).hasMatch()) {
        const int mo = monthFromEnglish(m.captured(1));
        return mo > 0 ? month(m.captured(2).toInt(), mo) : Period();
    }
    return {};
}

QDate Period::firstDay() const
{
    switch (m_kind) {
    case Kind::Month:
        return QDate(m_year, m_index, 1);
    case Kind::Quarter:
        return QDate(m_year, (m_index - 1) * 3 + 1, 1);
    case Kind::Half:
        return QDate(m_year, (m_index - 1) * 6 + 1, 1);
    case Kind::Year:
        return QDate(m_year, 1, 1);
    case Kind::Invalid:
        break;
    }
    return {};
}

QDate Period::lastDay() const
{
    return isValid() ? next().firstDay().addDays(-1) : QDate();
}

Period Period::next() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_index == 12 ? month(m_year + 1, 1) : month(m_year, m_index + 1);
    case Kind::Quarter:
        return m_index == 4 ? quarter(m_year + 1, 1) : quarter(m_year, m_index + 1);
    case Kind::Half:
        return m_index == 2 ? half(m_year + 1, 1) : half(m_year, 2);
    case Kind::Year:
        return year(m_year + 1);
    case Kind::Invalid:
        break;
    }
    return {};
}

QString Period::code() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(m_year).arg(m_index);
    case Kind::Half:
        return QStringLiteral("%1H%2").arg(m_year).arg(m_index);
    case Kind::Year:
        return QString::number(m_year);
    case Kind::Invalid:
        break;
    }
    return {};
}

QString Period::displayText() const
{
    switch (m_kind) {
    case Kind::Month:
        //: A month as a period, e.g. "Tháng 5/2026"; %1 month number, %2 year.
        return tr("Month %1/%2").arg(m_index).arg(m_year);
    case Kind::Quarter:
        //: A quarter, e.g. "Quý III/2026"; %1 the quarter numeral, %2 the year.
        return tr("Q%1 %2").arg(quarterNumeral(m_index)).arg(m_year);
    case Kind::Half:
        return m_index == 1 ? tr("First half of %1").arg(m_year) : tr("Second half of %1").arg(m_year);
    case Kind::Year:
        return tr("Year %1").arg(m_year);
    case Kind::Invalid:
        break;
    }
    return {};
}
