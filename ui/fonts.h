// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/*!
 * Fonts registers the fonts bundled in the resources (Liberation Sans and Serif, full Vietnamese
 * coverage) so that screens and printed reports look the same on every PC, whatever fonts it has.
 */
namespace Fonts {

/*!
 * Registers every .ttf file under ":/fonts" with QFontDatabase and makes "Liberation Sans" the
 * application font, keeping the platform's point size but no smaller than 10 pt. Call once after the
 * QApplication exists. Returns false when a bundled font could not be registered.
 */
bool registerBundled();

//! The family of the bundled sans-serif font used on screen.
QString sansFamily();
//! The family of the bundled serif font used for printed reports.
QString serifFamily();

} // namespace Fonts
