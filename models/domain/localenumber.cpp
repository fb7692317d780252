// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/localenumber.h"

#include <cmath>

#include <QStringList>

namespace {

//! Spaces of every kind (no-break, narrow no-break, thin) and a stray byte-order mark are layout only.
bool isLayout(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
}

bool isMinus(QChar c, const QLocale &locale)
{
    return c == QLatin1Char('-') || c == QChar(0x2212) || c == QChar(0x2013) || QString(c) == locale.negativeSign();
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

//! "“99.88”": the text as typed, quoted the way the messages quote it.
QString quoted(const QString &text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

} // namespace

LocaleNumber::Result LocaleNumber::parse(const QString &text, const QLocale &locale)
{
    Result r;
    const QString shown = text.simplified();
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        if (!isLayout(c))
            s += c;
    if (s.isEmpty()) {
        r.empty = true;
        r.error = tr("Enter a number.");
        return r;
    }

    bool negative = false;
    if (isMinus(s.front(), locale)) {
        negative = true;
        s.remove(0, 1);
    } else if (s.front() == QLatin1Char('+')) {
        s.remove(0, 1);
    }
    if (!s.isEmpty() && (s.back() == QLatin1Char('%') || QString(s.back()) == locale.percent())) {
        r.percent = true;
        s.chop(1);
    }

    // The decimal mark of the language, and the other mark, which can only group thousands.
    const QChar decimal = locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    const QString example = format(1623297.5, 1, locale);

    for (QChar c : std::as_const(s)) {
        if (c.isLetter()) {
            r.error = tr("%1 is not a number: it contains letters.").arg(quoted(shown));
            return r;
        }
        if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && c != decimal && c != group) {
            r.error = tr("%1 is not a number: %2 cannot be used in a number.").arg(quoted(shown), quoted(QString(c)));
            return r;
        }
    }
    bool anyDigit = false;
    for (QChar c : std::as_const(s))
        anyDigit = anyDigit || c.isDigit();
    if (!anyDigit) {
        r.error = tr("%1 is not a number.").arg(quoted(shown));
        return r;
    }

    // Swapping the two marks is what a number written the other language's way needs.
    const auto swapped = [&] {
        QString t = shown;
        for (QChar &c : t) {
            if (c == decimal)
                c = group;
            else if (c == group)
                c = decimal;
        }
        return t;
    };

    const qsizetype decimals = s.count(decimal);
    if (decimals > 1) {
        if (!s.contains(group) && parse(swapped(), locale).ok)
            r.error = tr("%1 has more than one decimal mark %2. Thousands are separated with %3: %4.")
                          .arg(quoted(shown), quoted(QString(decimal)), quoted(QString(group)), swapped());
        else
            r.error = tr("%1 has more than one decimal mark %2.").arg(quoted(shown), quoted(QString(decimal)));
        return r;
    }
    const qsizetype at = s.indexOf(decimal);
    const QString integerPart = at < 0 ? s : s.left(at);
    const QString fraction = at < 0 ? QString() : s.mid(at + 1);
    if (fraction.contains(group)) {
        r.error = tr("%1 cannot be read: %2 marks decimals and %3 separates thousands, as in %4.")
                      .arg(quoted(shown), quoted(QString(decimal)), quoted(QString(group)), example);
        return r;
    }
    QString digits = integerPart;
    if (integerPart.contains(group)) {
        const QStringList groups = integerPart.split(group);
        bool grouped = groups.first().size() >= 1 && groups.first().size() <= 3;
        for (qsizetype i = 1; i < groups.size(); ++i)
            grouped = grouped && groups.at(i).size() == 3;
        if (!grouped) {
            if (groups.size() == 2 && at < 0)
                r.error = tr("%1 cannot be read: %2 separates thousands, in groups of three digits. "
                             "For decimals use %3: %4.")
                              .arg(quoted(shown), quoted(QString(group)), quoted(QString(decimal)), swapped());
            else
                r.error = tr("%1 cannot be read: %2 separates thousands, in groups of three digits, "
                             "and %3 marks decimals, as in %4.")
                              .arg(quoted(shown), quoted(QString(group)), quoted(QString(decimal)), example);
            return r;
        }
        digits = groups.join(QString());
    }
    if (!allDigits(digits) || !allDigits(fraction) || (digits.isEmpty() && fraction.isEmpty())) {
        r.error = tr("%1 is not a number.").arg(quoted(shown));
        return r;
    }
    bool ok = false;
    const QString plain = (digits.isEmpty() ? QStringLiteral("0") : digits) +
                          (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        r.error = tr("%1 is too large.").arg(quoted(shown));
        return r;
    }
    r.ok = true;
    r.value = negative && value != 0 ? -value : value;
    return r;
}

QString LocaleNumber::format(double value, int decimals, const QLocale &locale)
{
    if (value == 0)
        value = 0; // no "-0"
    if (decimals < 0)
        return locale.toString(value, 'f', QLocale::FloatingPointShortest);
    const QString text = locale.toString(value, 'f', decimals);
    // A value that rounds to zero is shown without its sign ("-0,00" means nothing to a reader).
    const QString zero = locale.toString(0.0, 'f', decimals);
    return text == locale.negativeSign() + zero ? zero : text;
}
