// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;
struct ColourRuleBook;

//! A traffic light; None where no rule applies (no target, or a value no range covers).
enum class TrafficLight { None, Green, Yellow, Red };

//! One range of a rule set: from lower to upper (an absent bound is open), each end included or not.
struct ColourRange
{
    std::optional<double> lower;
    bool lowerInclusive = true;
    std::optional<double> upper;
    bool upperInclusive = false;
    TrafficLight colour = TrafficLight::None;
    QString label; //!< the secretary's wording, e.g. "Từ 80% đến dưới 100%"

    //! Whether \a value falls in this range, ends exactly as the range says.
    bool contains(double value) const;
};

/*!
 * ColourRules is one traffic-light rule set: ordered ranges of a figure (an indicator's achievement in
 * percent, or a commune score) with the colour each one gives. Rules are data the secretary edits
 * (colour_rules), not constants: the default set (≥ 100 % green, 80–100 % yellow, < 80 % red) applies
 * to an indicator without its own set, and the file's own default set (indicator_id NULL) replaces the
 * built-in one. validate() says, in the user's language, where ranges overlap or leave a gap, so that
 * an editor can refuse such a set.
 */
class ColourRules final
{
    Q_DECLARE_TR_FUNCTIONS(ColourRules)

public:
    ColourRules() = default;
    explicit ColourRules(const QVector<ColourRange> &ranges);

    //! ≥ 100 green, [80, 100) yellow, < 80 red: the rule of the seeds' reports, on achievement in percent.
    static ColourRules defaultSet();

    const QVector<ColourRange> &ranges() const { return m_ranges; }
    bool isEmpty() const { return m_ranges.isEmpty(); }

    //! The colour of the first range (in order) that contains \a value; None when none does.
    TrafficLight colourFor(double value) const;
    //! The range that gives colourFor(\a value), or nullptr.
    const ColourRange *rangeFor(double value) const;

    /*!
     * The problems of a rule set, in the user's language; empty when the ranges are ordered-able
     * without overlap and cover every value from \a lowest (0: achievement and scores are never
     * negative) up to \a highest (open: achievement is never capped), e.g. "80–100 and 95–120 overlap",
     * "nothing covers 60–80".
     */
    static QStringList validate(const QVector<ColourRange> &ranges, double lowest = 0,
                                std::optional<double> highest = std::nullopt);
    QStringList problems() const { return validate(m_ranges); }

    //! "80–100", "≥ 100", "< 80" in the user's number format; how messages name a range.
    static QString rangeText(const ColourRange &range);

    //! "green", "yellow", "red" as stored and exported; empty for None.
    static QString code(TrafficLight colour);
    static TrafficLight fromCode(const QString &code);
    //! The colour's name in the user's language.
    static QString displayName(TrafficLight colour);

    //! Reads every 'indicator' rule set of \a database in one query; on failure the defaults apply and
    //! \a errorMessage says why.
    static ColourRuleBook load(const Database &database, QString *errorMessage = nullptr);

    //! ≥ 80 green, [50, 80) yellow, < 50 red: the built-in set for the commune score (0–100 points).
    static ColourRules defaultCommuneScoreSet();
    //! The file's commune score set (scope 'commune_score'); defaultCommuneScoreSet() when the file has
    //! none or it cannot be read (\a errorMessage then says why).
    static ColourRules loadCommuneScore(const Database &database, QString *errorMessage = nullptr);

private:
    QVector<ColourRange> m_ranges;
};

//! The indicator rule sets of one file, as ColourRules::load() reads them.
struct ColourRuleBook
{
    ColourRules defaults; //!< the file's default set (indicator_id NULL), else ColourRules::defaultSet()
    QHash<qint64, ColourRules> byIndicator;

    //! The indicator's own set when it has one, else the default set.
    const ColourRules &forIndicator(qint64 indicatorId) const;
};
