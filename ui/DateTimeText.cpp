#include "DateTimeText.h"

#include "domain/Season.h"

#include <QRegularExpression>

namespace rapport::ui {

DateTimeText::DateTimeText(QTimeZone zone, QLocale locale)
    : m_zone(std::move(zone)), m_locale(std::move(locale))
{}

QTimeZone DateTimeText::zoneOf(const core::Season &season)
{
    // Models ask per cell: reading the zone's rules each time would show.
    thread_local QString lastId;
    thread_local QTimeZone last;
    if (last.isValid() && season.timeZone == lastId)
        return last;
    QTimeZone zone(season.timeZone.toUtf8());
    if (season.timeZone.isEmpty() || !zone.isValid())
        zone = QTimeZone::systemTimeZone();
    lastId = season.timeZone;
    last = zone;
    return zone;
}

DateTimeText DateTimeText::forSeason(const core::Season &season)
{
    return DateTimeText(zoneOf(season));
}

DateTimeText DateTimeText::forDates()
{
    return DateTimeText(QTimeZone::utc());
}

QDateTime DateTimeText::local(const QDateTime &at) const
{
    return at.isValid() ? at.toTimeZone(m_zone) : at;
}

QDateTime DateTimeText::moment(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, m_zone);
}

QString DateTimeText::timeFormat() const
{
    // The locale's short form, without seconds where a locale has them.
    QString format = m_locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return format.trimmed();
}

QString DateTimeText::dateFormat(Context context) const
{
    switch (context) {
    case Context::Cell:
    case Context::Timeline: return tr("MMM d, yyyy");
    // The season spans two years, but the month tells which.
    case Context::Compact: return tr("MMM d");
    case Context::Weekday: return tr("ddd");
    case Context::Header: return tr("ddd MMM d, yyyy");
    case Context::Tooltip: return tr("dddd, MMMM d, yyyy");
    case Context::Report: return tr("d MMM yyyy");
    }
    return {};
}

QString DateTimeText::dateTime(const QDateTime &at, Context context) const
{
    if (!at.isValid())
        return {};
    const QDateTime wall = local(at);
    // "Thu 9:00 AM": a weekday needs no comma to part it from the time.
    QString text = (context == Context::Weekday ? tr("%1 %2") : tr("%1, %2"))
                       .arg(m_locale.toString(wall.date(), dateFormat(context)),
                            m_locale.toString(wall.time(), timeFormat()));
    if (context == Context::Tooltip)
        text += QLatin1Char(' ') + m_zone.abbreviation(wall);
    return text;
}

QString DateTimeText::date(const QDateTime &at, Context context) const
{
    return at.isValid() ? m_locale.toString(local(at).date(), dateFormat(context)) : QString();
}

QString DateTimeText::date(const QDate &date, Context context) const
{
    return date.isValid() ? m_locale.toString(date, dateFormat(context)) : QString();
}

QString DateTimeText::time(const QDateTime &at) const
{
    return at.isValid() ? m_locale.toString(local(at).time(), timeFormat()) : QString();
}

QString DateTimeText::time(const QTime &time) const
{
    return time.isValid() ? m_locale.toString(time, timeFormat()) : QString();
}

} // namespace rapport::ui
