#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace rapport::core {
struct Season;
}

namespace rapport::ui {

// Every date and time the applicant reads: in the season's time zone (never
// UTC, never the offset a message happened to carry), in the user's locale,
// with one clock (12- or 24-hour, as the locale has it) and one form per
// place it is shown.
class DateTimeText final
{
    Q_DECLARE_TR_FUNCTIONS(DateTimeText)

public:
    enum class Context
    {
        Cell,     // a table or list cell: "Jan 7, 2027, 9:00 AM"
        Compact,  // a chip or a short cell within the season: "Jan 7, 9:00 AM"
        Weekday,  // within the coming week: "Thu 9:00 AM"
        Timeline, // a timeline row: "Jan 7, 2027" over "9:00 AM"
        Header,   // a heading or a sentence: "Thu Jan 7, 2027, 9:00 AM"
        Tooltip,  // hovering: "Thursday, January 7, 2027, 9:00 AM CST", with the zone
        Report,   // the printed report: "7 Jan 2027, 9:00 AM"
    };

    explicit DateTimeText(QTimeZone zone, QLocale locale = QLocale());
    // The season's zone; the computer's when it names none.
    static DateTimeText forSeason(const core::Season &season);
    static QTimeZone zoneOf(const core::Season &season);
    // For calendar dates only (an interview day, a deadline), which have no
    // zone to convert from.
    static DateTimeText forDates();

    const QTimeZone &zone() const { return m_zone; }
    // The moment as a wall-clock time in the season's zone.
    QDateTime local(const QDateTime &at) const;
    // A wall-clock date and time in the season's zone, as a moment.
    QDateTime moment(const QDate &date, const QTime &time) const;

    QString dateTime(const QDateTime &at, Context context) const;
    // The date of the moment in the season's zone.
    QString date(const QDateTime &at, Context context) const;
    // A calendar date (an interview, a deadline): no zone to convert from.
    QString date(const QDate &date, Context context) const;
    QString time(const QDateTime &at) const;
    QString time(const QTime &time) const;
    // The one clock format, hours and minutes, for time edits too.
    QString timeFormat() const;

private:
    QString dateFormat(Context context) const;

    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace rapport::ui
