// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/page.h"

Page::Page(QWidget *parent)
    : QWidget(parent)
{}
