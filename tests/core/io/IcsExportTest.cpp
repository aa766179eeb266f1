#include "Python.h"

#include "io/IcsExport.h"
#include "rules/Allowance.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/SeasonLoader.h"
#include "support/Builders.h"
#include "support/FakeClock.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <libical/ical.h>

#include <gtest/gtest.h>

using namespace rapport::core;

namespace {

// Parses the file with the icalendar package and prints every component
// with the properties the test looks at.
const char *const kReadIcs = R"(
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {'prodid': str(cal['PRODID']), 'version': str(cal['VERSION']), 'items': []}
for c in cal.walk():
    if c.name not in ('VEVENT', 'VTODO'):
        continue
    when = c.get('DUE') or c.get('DTSTART')
    alarms = [a for a in c.walk() if a.name == 'VALARM']
    trig = alarms[0]['TRIGGER'] if alarms else None
    out['items'].append({
        'type': c.name, 'uid': str(c['UID']), 'summary': str(c['SUMMARY']),
        'description': str(c.get('DESCRIPTION', '')),
        'when': when.dt.isoformat(), 'utc': when.dt.utcoffset().total_seconds() == 0,
        'action': str(alarms[0]['ACTION']) if alarms else '',
        'trigger': trig.dt.total_seconds() if trig else None,
        'related': trig.params.get('RELATED', '') if trig else ''})
print(json.dumps(out))
)";

class IcsExportTest : public ::testing::Test
{
protected:
    rapport::test::TempDatabase t;
    rapport::test::FakeClock clock; // 2026-11-25 12:00 UTC
    qint64 lakeside = 0;
    bool datesConfirmed = false;

    QList<Reminder> reminders()
    {
        Program p = rapport::test::ProgramBuilder(
                        QStringLiteral("Lakeside University; \"Head, Neck\" Surgery"))
                        .interview(QDate(2026, 11, 24), QTime(9, 0))
                        .build();
        p.interviewOffsetSecs = -6 * 3600;
        lakeside = *ProgramRepository(t.db()).add(p);
        Season season = Season::defaultsFor(2027);
        season.rankListDeadline = QDate(2027, 2, 24);
        season.matchDay = QDate(2027, 3, 19);
        season.datesConfirmed = datesConfirmed;
        EXPECT_TRUE(ProfileRepository(t.db()).saveSeason(season).ok());
        auto data = RuleData::builtIn();
        EXPECT_TRUE(data.ok()) << data.errorMessage().toStdString();
        RuleEngine engine(*data, clock);
        engine.setSnapshot(*loadSeason(t.db(), 2027));
        return engine.reminders();
    }

    QByteArray ics()
    {
        auto text = IcsExport::write(reminders(), clock.now());
        EXPECT_TRUE(text.ok()) << text.errorMessage().toStdString();
        return text.ok() ? *text : QByteArray();
    }
};

TEST_F(IcsExportTest, PythonIcalendarReadsTheRemindersBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reminders.ics"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(ics());
    f.close();
    const QJsonObject cal = rapport::test::runPython(kReadIcs, {path}).object();
    EXPECT_EQ(cal[QStringLiteral("prodid")].toString(), QStringLiteral("-//Rapport//EN"));
    EXPECT_EQ(cal[QStringLiteral("version")].toString(), QStringLiteral("2.0"));
    const QJsonArray items = cal[QStringLiteral("items")].toArray();
    ASSERT_EQ(items.size(), 3);

    const QJsonObject thanks = items[0].toObject();
    EXPECT_EQ(thanks[QStringLiteral("type")].toString(), QStringLiteral("VTODO"));
    EXPECT_EQ(thanks[QStringLiteral("uid")].toString(),
              QStringLiteral("thank_you-%1@rapport").arg(lakeside));
    EXPECT_EQ(thanks[QStringLiteral("summary")].toString(),
              QStringLiteral("Thank-you to Lakeside University; \"Head, Neck\" Surgery"))
        << "escaped by libical, unescaped by Python";
    // 09:00 -06:00 on the 24th plus 72 hours, in UTC.
    EXPECT_EQ(thanks[QStringLiteral("when")].toString(),
              QStringLiteral("2026-11-27T15:00:00+00:00"));
    EXPECT_TRUE(thanks[QStringLiteral("utc")].toBool());
    EXPECT_EQ(thanks[QStringLiteral("action")].toString(), QStringLiteral("DISPLAY"));
    EXPECT_EQ(thanks[QStringLiteral("trigger")].toDouble(), -12 * 3600.0);
    EXPECT_EQ(thanks[QStringLiteral("related")].toString(), QStringLiteral("END"));

    const QJsonObject deadline = items[1].toObject();
    EXPECT_EQ(deadline[QStringLiteral("type")].toString(), QStringLiteral("VEVENT"));
    EXPECT_EQ(deadline[QStringLiteral("uid")].toString(),
              QStringLiteral("rank_list_deadline@rapport"));
    EXPECT_EQ(deadline[QStringLiteral("when")].toString(),
              QStringLiteral("2027-02-25T02:00:00+00:00"))
        << "21:00 US Eastern (EST)";
    EXPECT_EQ(deadline[QStringLiteral("trigger")].toDouble(), -86400.0);
    // Not confirmed by the applicant: said in the summary and the description.
    EXPECT_EQ(deadline[QStringLiteral("summary")].toString(),
              QStringLiteral("Rank-list deadline (estimated)"));
    EXPECT_TRUE(deadline[QStringLiteral("description")].toString().endsWith(
        QStringLiteral("Estimated date — check the NRMP calendar.")))
        << deadline[QStringLiteral("description")].toString().toStdString();

    const QJsonObject match = items[2].toObject();
    EXPECT_EQ(match[QStringLiteral("uid")].toString(), QStringLiteral("match_day@rapport"));
    EXPECT_EQ(match[QStringLiteral("when")].toString(), QStringLiteral("2027-03-19T16:00:00+00:00"))
        << "noon US Eastern (EDT)";
    EXPECT_TRUE(match[QStringLiteral("description")].toString().contains(
        QStringLiteral("Estimated date — check the NRMP calendar.")));
}

TEST_F(IcsExportTest, ConfirmedDatesAreNotCalledEstimates)
{
    datesConfirmed = true;
    const QByteArray text = ics();
    EXPECT_TRUE(text.contains("SUMMARY:Rank-list deadline\r\n")) << text.toStdString();
    EXPECT_TRUE(text.contains("SUMMARY:Match Day\r\n"));
    EXPECT_FALSE(text.contains("stimated")) << text.toStdString();
}

TEST_F(IcsExportTest, LibicalParsesItBackWithFoldedCrlfLines)
{
    const QByteArray text = ics();
    EXPECT_TRUE(text.contains("\r\n"));
    EXPECT_EQ(text.count("\n"), text.count("\r\n")) << "every line ends in CRLF";
    for (const QByteArray &line : text.split('\n'))
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets + the CR

    icalcomponent *cal = icalparser_parse_string(text.constData());
    ASSERT_NE(cal, nullptr);
    EXPECT_EQ(icalcomponent_count_errors(cal), 0);
    int todos = 0;
    int events = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) == ICAL_VTODO_COMPONENT) {
            ++todos;
            const icaltimetype due = icalcomponent_get_due(c);
            EXPECT_TRUE(icaltime_is_utc(due));
            EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(c)),
                      QStringLiteral("Thank-you to Lakeside University; \"Head, Neck\" Surgery"));
            EXPECT_NE(icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT), nullptr);
        } else if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
            ++events;
            EXPECT_TRUE(icaltime_is_utc(icalcomponent_get_dtstart(c)));
        }
    }
    EXPECT_EQ(todos, 1);
    EXPECT_EQ(events, 2);
    icalcomponent_free(cal);
}

TEST_F(IcsExportTest, UidsAreStableAcrossExports)
{
    const QList<Reminder> list = reminders();
    auto first = IcsExport::write(list, clock.now());
    auto later = IcsExport::write(list, clock.now().addDays(1));
    ASSERT_TRUE(first.ok() && later.ok());
    EXPECT_EQ(first->count("UID:"), 3);
    const QByteArray thanks = QStringLiteral("UID:thank_you-%1@rapport").arg(lakeside).toUtf8();
    for (const QByteArray &uid : {thanks, QByteArray("UID:rank_list_deadline@rapport"),
                                  QByteArray("UID:match_day@rapport")})
        EXPECT_TRUE(first->contains(uid) && later->contains(uid)) << uid.toStdString();
    EXPECT_NE(*first, *later) << "only DTSTAMP differs";
}

// Thank-you reminders come from each program's allowance: none for a
// program whose policy rules post-interview messages out, none once a
// round is logged, and the one left is due when the allowance says.
TEST(IcsExport, ThankYouTodosAreTheOnesTheAllowanceHasDue)
{
    rapport::test::TempDatabase t;
    rapport::test::FakeClock clock; // 2026-11-25 12:00 UTC, a day after the interviews
    ProgramRepository programs(t.db());
    auto add = [&](const QString &name, CommunicationPolicy policy) {
        Program p = rapport::test::ProgramBuilder(name)
                        .status(ProgramStatus::Interviewed)
                        .interview(QDate(2026, 11, 24), QTime(9, 0))
                        .policy(policy)
                        .build();
        p.interviewOffsetSecs = -6 * 3600;
        return *programs.add(p);
    };
    const qint64 due = add(QStringLiteral("Lakeside"), CommunicationPolicy::None);
    const qint64 quiet = add(QStringLiteral("Hillcrest"), CommunicationPolicy::NoPostInterview);
    const qint64 noNotes = add(QStringLiteral("Summit"), CommunicationPolicy::NoThankYou);
    const qint64 thanked = add(QStringLiteral("Riverside"), CommunicationPolicy::None);
    ASSERT_TRUE(CommunicationRepository(t.db())
                    .add(rapport::test::CommunicationBuilder(thanked)
                             .kind(Kind::ThankYou)
                             .on(QDate(2026, 11, 24), QTime(23, 0)))
                    .ok());
    auto data = RuleData::builtIn();
    ASSERT_TRUE(data.ok()) << data.errorMessage().toStdString();
    RuleEngine engine(*data, clock);
    engine.setSnapshot(*loadSeason(t.db(), 2027));
    for (qint64 silent : {quiet, noNotes, thanked}) {
        ASSERT_NE(engine.allowance(silent), nullptr);
        EXPECT_FALSE(engine.allowance(silent)->thankYouDue) << silent;
    }
    ASSERT_NE(engine.allowance(due), nullptr);
    ASSERT_TRUE(engine.allowance(due)->thankYouDue);

    auto text = IcsExport::write(engine.reminders(), clock.now());
    ASSERT_TRUE(text.ok()) << text.errorMessage().toStdString();
    icalcomponent *cal = icalparser_parse_string(text->constData());
    ASSERT_NE(cal, nullptr);
    QStringList uids;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(c));
        uids << uid;
        if (icalcomponent_isa(c) != ICAL_VTODO_COMPONENT)
            continue;
        EXPECT_EQ(uid, IcsExport::uidFor(QStringLiteral("thank_you:%1").arg(due)));
        EXPECT_EQ(qint64(icaltime_as_timet(icalcomponent_get_due(c))),
                  engine.allowance(due)->thankYouDue->toSecsSinceEpoch())
            << "the VTODO is due when the allowance says";
    }
    icalcomponent_free(cal);
    EXPECT_EQ(uids.count(IcsExport::uidFor(QStringLiteral("thank_you:%1").arg(due))), 1);
    for (qint64 silent : {quiet, noNotes, thanked}) {
        EXPECT_FALSE(uids.contains(IcsExport::uidFor(QStringLiteral("thank_you:%1").arg(silent))))
            << silent << " has a reminder the allowance does not";
    }
    EXPECT_EQ(text->count("BEGIN:VTODO"), 1);
}

TEST(IcsExport, ANoRemindersCalendarIsStillValid)
{
    auto text =
        IcsExport::write({}, QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text->startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(text->contains("PRODID:-//Rapport//EN\r\n"));
}

} // namespace
