// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

//! An indicator of the catalogue as its form edits it; id 0 for a new one. Codes as in the schema.
struct IndicatorDraft
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
    QString measure = QStringLiteral("percent"); //!< percent, count, money, score, rank
    QString direction = QStringLiteral("up");    //!< up, down (ranks are always down)
    bool isRate = false;                         //!< value = numerator / denominator × 100 (percent only)
    QString accumulation = QStringLiteral("periodic");
    int decimals = 0;
    qint64 programmeId = 0;
    QString level = QStringLiteral("province"); //!< province, district, commune, department, any
    QString unitLabel;                          //!< what is counted: "hồ sơ", "tài khoản"
};

//! A target to set: from effectiveFrom until the next one of the same indicator, unit and assigner.
struct TargetDraft
{
    qint64 indicatorId = 0;
    qint64 unitId = 0;
    QDate effectiveFrom;
    double value = 0;
    QString assignedBy = QStringLiteral("provincial_sc");
    QString documentNumber; //!< "25/KH-BCĐ"; empty for none
    QDate documentDate;
    QString note;
};
