// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/*!
 * Folding for search and matching: lower case without Vietnamese diacritics ("Số hóa dữ liệu đất đai"
 * → "so hoa du lieu dat dai"), so that a secretary typing without accents still finds what she means.
 * đ/Đ, which Unicode does not decompose, fold to d.
 */
namespace TextFold {
QString fold(const QString &text);
} // namespace TextFold
