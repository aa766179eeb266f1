#include "IcsExport.h"

#include "rules/RuleEngine.h"

#include <libical/ical.h>

#include <cstdlib>

namespace rapport::core {
namespace {

icaltimetype utc(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(time_t(moment.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalcomponent *alarm(const QString &text, int secondsBefore, bool relativeToEnd)
{
    icalcomponent *valarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
    icalcomponent_add_property(valarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(valarm, icalproperty_new_description(text.toUtf8().constData()));
    icaltriggertype trigger = icaltriggertype_from_int(0);
    trigger.duration = icaldurationtype_from_int(-secondsBefore);
    icalproperty *property = icalproperty_new_trigger(trigger);
    // A VTODO's alarm counts back from its DUE; RELATED=END says so.
    if (relativeToEnd)
        icalproperty_add_parameter(property, icalparameter_new_related(ICAL_RELATED_END));
    icalcomponent_add_property(valarm, property);
    return valarm;
}

icalcomponent *component(const Reminder &r, const icaltimetype &stamp)
{
    const bool todo = r.id.startsWith(QLatin1String("thank_you"));
    icalcomponent *c = icalcomponent_new(todo ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(c,
                               icalproperty_new_uid(IcsExport::uidFor(r.id).toUtf8().constData()));
    icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(c, icalproperty_new_summary(r.title.toUtf8().constData()));
    if (!r.description.isEmpty())
        icalcomponent_add_property(
            c, icalproperty_new_description(r.description.toUtf8().constData()));
    if (todo) {
        icalcomponent_add_property(c, icalproperty_new_due(utc(r.due)));
        icalcomponent_add_property(c, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
        icalcomponent_add_component(c, alarm(r.title, 12 * 3600, true));
    } else {
        icalcomponent_add_property(c, icalproperty_new_dtstart(utc(r.due)));
        icalcomponent_add_property(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(c, alarm(r.title, 24 * 3600, false));
    }
    return c;
}

} // namespace

QString IcsExport::uidFor(const QString &reminderId)
{
    QString id = reminderId;
    id.replace(QLatin1Char(':'), QLatin1Char('-'));
    return id + QStringLiteral("@rapport");
}

Result<QByteArray> IcsExport::write(const QList<Reminder> &reminders, const QDateTime &stamp)
{
    for (const Reminder &r : reminders) {
        if (!r.due.isValid())
            return fail(QStringLiteral("reminder \"%1\" has no due date").arg(r.title));
    }
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Rapport//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype dtstamp = utc(stamp);
    for (const Reminder &r : reminders)
        icalcomponent_add_component(calendar, component(r, dtstamp));
    char *text = icalcomponent_as_ical_string_r(calendar);
    icalcomponent_free(calendar);
    if (!text)
        return fail(QStringLiteral("libical could not write the calendar: %1")
                        .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace rapport::core
