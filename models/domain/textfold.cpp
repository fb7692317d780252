// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/textfold.h"

namespace TextFold {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ
            out += QLatin1Char('d');
        else
            out += c.toLower();
    }
    return out;
}

} // namespace TextFold
