// The demo season as it stands on a given day: nothing sent after it, the
// season current at it, and still something for every page to show.

#include "demo/DemoSeason.h"
#include "Clock.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/SeasonLoader.h"

#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

// What one demo holds, read back from its database.
struct Demo
{
    DemoSummary summary;
    SeasonSnapshot snapshot;
    QList<Finding> findings;
};

Demo makeDemo(const QDate &today, int matchYear = 0, quint32 seed = 2027)
{
    test::TempDatabase temp;
    DemoOptions options;
    options.today = today;
    options.matchYear = matchYear;
    options.seed = seed;
    Demo demo;
    auto made = generateDemoSeason(temp.db(), options);
    EXPECT_TRUE(made) << made.errorMessage().toStdString();
    if (!made)
        return demo;
    demo.summary = *made;
    auto snapshot = loadSeason(temp.db(), 1990);
    EXPECT_TRUE(snapshot) << snapshot.errorMessage().toStdString();
    if (!snapshot)
        return demo;
    demo.snapshot = *snapshot;
    // The checks as they run on that day, at noon US Eastern.
    const FixedClock clock(QDateTime(today, QTime(12, 0), QTimeZone(-5 * 3600)));
    auto data = RuleData::builtIn();
    EXPECT_TRUE(data) << data.errorMessage().toStdString();
    RuleEngine engine(*data, clock);
    engine.setSnapshot(demo.snapshot);
    demo.findings = engine.checkSeason();
    return demo;
}

const Program *programNamed(const Demo &demo, const char *place)
{
    for (const Program &p : demo.snapshot.programs) {
        if (p.name == QLatin1String(place) + QStringLiteral(" Otolaryngology"))
            return &p;
    }
    return nullptr;
}

int countStatus(const Demo &demo, ProgramStatus status)
{
    return static_cast<int>(
        std::count_if(demo.snapshot.programs.cbegin(), demo.snapshot.programs.cend(),
                      [status](const Program &p) { return p.status == status; }));
}

QSet<QString> rulesOf(const Demo &demo)
{
    QSet<QString> rules;
    for (const Finding &f : demo.findings)
        rules.insert(f.rule);
    return rules;
}

int letters(const Demo &demo, Kind kind)
{
    return static_cast<int>(
        std::count_if(demo.snapshot.communications.cbegin(), demo.snapshot.communications.cend(),
                      [kind](const Communication &c) { return c.kind == kind; }));
}

// Incoming messages the checks flag as pressure or a breach by the program.
int flaggedIncoming(const Demo &demo)
{
    QSet<qint64> ids;
    for (const Finding &f : demo.findings) {
        if (f.severity == Severity::Violation && f.communicationId() &&
            (f.rule.startsWith(QLatin1String("incoming.")) ||
             f.rule == QLatin1String("match.outside_contract")))
            ids.insert(*f.communicationId());
    }
    return static_cast<int>(ids.size());
}

// One message as the story tells it, whatever the database's ids.
QString describe(const Demo &demo, const Communication &c)
{
    QString program;
    for (const Program &p : demo.snapshot.programs) {
        if (p.id == c.programId)
            program = p.name;
    }
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(program, c.at.toString(Qt::ISODate), toString(c.direction), toString(c.kind),
             c.subject, c.body);
}

struct Day
{
    QDate today;
    int matchYear;
};

// Across the season a user might open the demo on: the summer before
// applications, mid interview season, before the rank-list deadline, after
// Match Day; and the first days of the next season.
const Day kDays[] = {{QDate(2026, 8, 1), 2027},
                     {QDate(2026, 12, 6), 2027},
                     {QDate(2027, 2, 10), 2027},
                     {QDate(2027, 3, 25), 2027},
                     {QDate(2027, 6, 15), 2028}};

TEST(DemoSeason, NothingIsSentAfterTodayAndTheSeasonIsTheCurrentOne)
{
    for (const Day &day : kDays) {
        SCOPED_TRACE(day.today.toString(Qt::ISODate).toStdString());
        const Demo demo = makeDemo(day.today);
        const Season &season = demo.snapshot.season;
        EXPECT_EQ(season.matchDay.year(), day.matchYear);
        EXPECT_EQ(season.matchDay, Season::estimatedMatchDay(day.matchYear));
        EXPECT_FALSE(season.datesConfirmed) << "the demo's dates are estimates";
        EXPECT_EQ(demo.summary.programs, 40);
        EXPECT_EQ(demo.summary.communications, demo.snapshot.communications.size());
        for (const Communication &c : demo.snapshot.communications) {
            EXPECT_LE(c.at.date(), day.today) << describe(demo, c).toStdString();
            EXPECT_LE(c.at.toUTC().date(), day.today) << describe(demo, c).toStdString();
        }
        // Each program's status is one it can have reached by today.
        for (const Program &p : demo.snapshot.programs) {
            SCOPED_TRACE(p.name.toStdString());
            if (p.status == ProgramStatus::Considering) {
                EXPECT_FALSE(p.applicationDate.isValid());
                EXPECT_FALSE(p.signalSent);
            } else {
                EXPECT_LE(p.applicationDate, day.today);
            }
            if (p.interviewDate.isValid() && p.interviewDate > day.today) {
                EXPECT_EQ(p.status, ProgramStatus::InterviewScheduled);
                EXPECT_FALSE(p.preferenceRank.has_value());
            }
            if (p.status == ProgramStatus::InterviewScheduled) {
                EXPECT_GT(p.interviewDate, day.today);
            }
            if (p.status == ProgramStatus::Interviewed || p.status == ProgramStatus::Ranked) {
                ASSERT_TRUE(p.interviewDate.isValid());
                EXPECT_LE(p.interviewDate, day.today);
            }
            if (p.status == ProgramStatus::Ranked) {
                EXPECT_GE(day.today, QDate(season.matchDay.year(), 2, 1)) << "the list is open";
            }
            if (p.status == ProgramStatus::Matched) {
                EXPECT_GT(day.today, season.matchDay);
            }
        }
    }
}

TEST(DemoSeason, TheSameDaySeedAndScaleGiveTheSameDemo)
{
    const Demo a = makeDemo(QDate(2026, 12, 6));
    const Demo b = makeDemo(QDate(2026, 12, 6));
    ASSERT_EQ(a.snapshot.communications.size(), b.snapshot.communications.size());
    for (qsizetype i = 0; i < a.snapshot.communications.size(); ++i)
        EXPECT_EQ(describe(a, a.snapshot.communications.at(i)),
                  describe(b, b.snapshot.communications.at(i)));
    ASSERT_EQ(a.snapshot.programs.size(), b.snapshot.programs.size());
    for (qsizetype i = 0; i < a.snapshot.programs.size(); ++i) {
        EXPECT_EQ(a.snapshot.programs.at(i).status, b.snapshot.programs.at(i).status);
        EXPECT_EQ(a.snapshot.programs.at(i).interviewDate, b.snapshot.programs.at(i).interviewDate);
    }
    const Demo other = makeDemo(QDate(2026, 12, 6), 0, 7);
    EXPECT_NE(describe(a, a.snapshot.communications.at(3)),
              describe(other, other.snapshot.communications.at(3)))
        << "another seed, another story";
}

TEST(DemoSeason, AnEarlierDayIsTheSameStoryCutShort)
{
    const Demo early = makeDemo(QDate(2026, 12, 6));
    const Demo late = makeDemo(QDate(2027, 3, 25));
    QStringList lateUntilEarly;
    for (const Communication &c : late.snapshot.communications) {
        if (c.at.date() <= QDate(2026, 12, 6))
            lateUntilEarly << describe(late, c);
    }
    QStringList earlyAll;
    for (const Communication &c : early.snapshot.communications)
        earlyAll << describe(early, c);
    EXPECT_EQ(earlyAll, lateUntilEarly);
    EXPECT_GT(late.snapshot.communications.size(), early.snapshot.communications.size());
}

TEST(DemoSeason, InTheSummerProgramsAreStillBeingChosen)
{
    const Demo demo = makeDemo(QDate(2026, 8, 1));
    EXPECT_EQ(countStatus(demo, ProgramStatus::Considering), 40);
    EXPECT_GT(demo.snapshot.communications.size(), 5);
    // The applicant already wrote to two people at one program in two days.
    EXPECT_TRUE(rulesOf(demo).contains(QStringLiteral("spread.many_contacts")));
    EXPECT_FALSE(rulesOf(demo).contains(QStringLiteral("quota.signals"))) << "no signals yet";
}

TEST(DemoSeason, MidInterviewSeasonHasInterviewsDoneAndToComeAndBreaches)
{
    const Demo demo = makeDemo(QDate(2026, 12, 6));
    const int interviewed = countStatus(demo, ProgramStatus::Interviewed);
    const int scheduled = countStatus(demo, ProgramStatus::InterviewScheduled);
    EXPECT_GE(interviewed, 10);
    EXPECT_GE(scheduled, 5);
    EXPECT_EQ(countStatus(demo, ProgramStatus::Ranked), 0) << "the rank list is not open yet";
    EXPECT_GE(countStatus(demo, ProgramStatus::Applied), 6);
    EXPECT_EQ(countStatus(demo, ProgramStatus::Withdrawn), 5);
    EXPECT_EQ(countStatus(demo, ProgramStatus::Rejected), 7);

    // Thank-you notes after the interviews done so far.
    EXPECT_GE(letters(demo, Kind::ThankYou), interviewed - 2);
    // Breaches of the quota and timing rules, and pressure from programs.
    const QSet<QString> rules = rulesOf(demo);
    for (const char *rule :
         {"quota.pre_interview", "quota.thank_you", "timing.thank_you_window", "timing.min_gap",
          "spread.many_contacts", "policy.program", "quota.signals", "signals.home_program"})
        EXPECT_TRUE(rules.contains(QLatin1String(rule))) << rule;
    EXPECT_GE(flaggedIncoming(demo), 2);
    // The letters of intent are February's.
    EXPECT_EQ(letters(demo, Kind::LetterOfIntent), 0);
}

TEST(DemoSeason, BeforeTheDeadlineEverythingTheStoryStagesHasHappened)
{
    const Demo demo = makeDemo(QDate(2027, 2, 10));
    EXPECT_EQ(countStatus(demo, ProgramStatus::Ranked), 18);
    EXPECT_EQ(countStatus(demo, ProgramStatus::Interviewed), 4);
    EXPECT_EQ(countStatus(demo, ProgramStatus::InterviewScheduled), 0);
    EXPECT_EQ(letters(demo, Kind::LetterOfIntent), 2);
    const QSet<QString> rules = rulesOf(demo);
    for (const char *rule :
         {"quota.pre_interview", "quota.thank_you", "timing.thank_you_window",
          "quota.post_interview", "quota.top_choice", "timing.min_gap", "spread.many_contacts",
          "policy.program", "phase.kind", "quota.signals", "signals.home_program",
          "match.outside_contract", "incoming.rank_request"})
        EXPECT_TRUE(rules.contains(QLatin1String(rule))) << rule;
}

TEST(DemoSeason, AfterMatchDayTheFirstChoiceMatched)
{
    const Demo demo = makeDemo(QDate(2027, 3, 25));
    const Program *lakeside = programNamed(demo, "Lakeside University");
    ASSERT_NE(lakeside, nullptr);
    EXPECT_EQ(lakeside->status, ProgramStatus::Matched);
    EXPECT_EQ(countStatus(demo, ProgramStatus::Matched), 1);
    EXPECT_EQ(countStatus(demo, ProgramStatus::Ranked), 17);
    // On Match Day itself the results are not out until noon.
    const Demo matchDay = makeDemo(QDate(2027, 3, 19));
    EXPECT_EQ(countStatus(matchDay, ProgramStatus::Matched), 0);
}

TEST(DemoSeason, AnExplicitMatchYearKeepsItsSeason)
{
    const Demo demo = makeDemo(QDate(2027, 2, 20), 2027);
    EXPECT_EQ(demo.snapshot.season.matchDay, QDate(2027, 3, 19));
    EXPECT_EQ(demo.snapshot.season.rankListDeadline, QDate(2027, 2, 24));
    const Demo early = makeDemo(QDate(2026, 12, 6), 2026);
    EXPECT_EQ(early.snapshot.season.matchDay, QDate(2026, 3, 20));
    EXPECT_EQ(early.summary.communications,
              makeDemo(QDate(2027, 2, 20), 2026).summary.communications)
        << "a season that is over is told in full";
}

} // namespace
} // namespace rapport::core

namespace rapport::core {
namespace {

// The demo shows a breach gone past knowingly: the late thank-you, with the
// reason the applicant gave, and only once that note was written.
TEST(DemoSeason, AcknowledgesTheLateThankYouOnceItIsSent)
{
    const Demo later = makeDemo(QDate(2027, 2, 20));
    QList<const Finding *> acknowledged;
    for (const Finding &f : later.findings) {
        if (f.acknowledged)
            acknowledged << &f;
    }
    ASSERT_EQ(acknowledged.size(), 1);
    EXPECT_EQ(acknowledged.first()->rule, QStringLiteral("timing.thank_you_window"));
    EXPECT_FALSE(acknowledged.first()->acknowledgedReason.isEmpty());
    EXPECT_TRUE(acknowledged.first()->acknowledgedAt.isValid());

    const Demo early = makeDemo(QDate(2026, 8, 1));
    EXPECT_TRUE(early.snapshot.acknowledgements.isEmpty());
}

} // namespace
} // namespace rapport::core
