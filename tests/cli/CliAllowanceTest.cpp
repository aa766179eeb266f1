// `program show` and `stats` print each program's allowance. A small
// season is built through the CLI and read back at a pinned moment; the
// expected figures come from RULES.md (72-hour thank-you window, one
// thank-you round, 1-2 updates, 14 days between messages, one top choice
// per season), worked out by hand.

#include "CliRunner.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

const QString kNow = QStringLiteral("2027-01-21T10:00-05:00");

QString iso(const char *moment)
{
    return QString::fromLatin1(moment);
}

QStringList json(const QStringList &args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

qint64 idOf(const CliResult &r)
{
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().value(QStringLiteral("id")).toInteger();
}

QSet<QString> rulesIn(const CliResult &r)
{
    QSet<QString> rules;
    for (const QJsonValue &f : r.json().value(QStringLiteral("findings")).toArray())
        rules.insert(f.toObject().value(QStringLiteral("rule")).toString());
    return rules;
}

// Rules about quotas and timing that warn or worse (content rules aside).
QSet<QString> limitWarningsIn(const CliResult &r)
{
    QSet<QString> rules;
    for (const QJsonValue &v : r.json().value(QStringLiteral("findings")).toArray()) {
        const QString rule = v[QStringLiteral("rule")].toString();
        if (v[QStringLiteral("severity")].toString() != QLatin1String("info") &&
            !rule.startsWith(QLatin1String("content.")))
            rules.insert(rule);
    }
    return rules;
}

QList<qint64> ids(const QJsonValue &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array.toArray())
        out << v.toInteger();
    return out;
}

// Interviews in January 2027, seen on the 21st at 10:00 New York time:
// - Lakeside: interview Jan 7, thank-you to the director Jan 9.
// - Riverside: interview Jan 12, no thank-you; an update on Jan 20 says
//   "I plan to rank you first", so it holds the season's top choice.
// - Hillcrest: interview Jan 19, policy no_post_interview: nothing due.
// - Summit: interview Jan 19 14:00, nothing sent: thank-you due Jan 22 14:00.
// - Valley: no interview yet; an interest email on Jan 15.
class CliAllowance : public ::testing::Test
{
protected:
    CliRunner cli;
    qint64 lakeside = 0, riverside = 0, hillcrest = 0, summit = 0, valley = 0;
    qint64 lopez = 0, ng = 0;
    qint64 lakesideThanks = 0, riversideUpdate = 0, valleyInterest = 0;

    void SetUp() override
    {
        cli.setNow(kNow);
        lakeside = addProgram({QStringLiteral("--name"), QStringLiteral("Lakeside University"),
                               QStringLiteral("--city"), QStringLiteral("Chicago"),
                               QStringLiteral("--status"), QStringLiteral("interviewed"),
                               QStringLiteral("--interview-date"), QStringLiteral("2027-01-07"),
                               QStringLiteral("--interview-time"), QStringLiteral("09:00")});
        riverside = addProgram({QStringLiteral("--name"), QStringLiteral("Riverside Medical"),
                                QStringLiteral("--status"), QStringLiteral("interviewed"),
                                QStringLiteral("--interview-date"), QStringLiteral("2027-01-12"),
                                QStringLiteral("--interview-time"), QStringLiteral("09:00")});
        hillcrest = addProgram({QStringLiteral("--name"), QStringLiteral("Hillcrest Health"),
                                QStringLiteral("--policy"), QStringLiteral("no_post_interview"),
                                QStringLiteral("--status"), QStringLiteral("interviewed"),
                                QStringLiteral("--interview-date"), QStringLiteral("2027-01-19"),
                                QStringLiteral("--interview-time"), QStringLiteral("09:00")});
        summit = addProgram({QStringLiteral("--name"), QStringLiteral("Summit University"),
                             QStringLiteral("--status"), QStringLiteral("interviewed"),
                             QStringLiteral("--interview-date"), QStringLiteral("2027-01-19"),
                             QStringLiteral("--interview-time"), QStringLiteral("14:00")});
        valley = addProgram({QStringLiteral("--name"), QStringLiteral("Valley Hospital"),
                             QStringLiteral("--status"), QStringLiteral("applied")});
        lopez = addContact(lakeside, QStringLiteral("Lopez"), QStringLiteral("program_director"));
        ng = addContact(riverside, QStringLiteral("Ng"), QStringLiteral("program_director"));

        lakesideThanks = idOf(log(lakeside, lopez, QStringLiteral("2027-01-09T10:00"),
                                  QStringLiteral("thank_you"),
                                  "Dear Dr. Lopez,\n\nThank you for the interview day at Lakeside "
                                  "and for the talk about the sinus surgery clinic.\n\n"
                                  "Sincerely,\nAmira Haddad"));
        riversideUpdate = idOf(log(riverside, ng, QStringLiteral("2027-01-20T10:00"),
                                   QStringLiteral("post_interview_update"),
                                   "Dear Dr. Ng,\n\nSince my interview at Riverside my paper on "
                                   "voice outcomes was accepted. I plan to rank you first.\n\n"
                                   "Sincerely,\nAmira Haddad"));
        valleyInterest = idOf(log(valley, 0, QStringLiteral("2027-01-15T10:00"),
                                  QStringLiteral("pre_interview_interest"),
                                  "Dear Selection Committee,\n\nI am writing about the Valley "
                                  "Hospital otolaryngology residency.\n\nSincerely,\nAmira"));
    }

    qint64 addProgram(const QStringList &options)
    {
        return idOf(
            cli.run(json(QStringList{QStringLiteral("program"), QStringLiteral("add")} + options)));
    }

    qint64 addContact(qint64 program, const QString &last, const QString &role)
    {
        return idOf(cli.run(
            json({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--program"),
                  QString::number(program), QStringLiteral("--title"), QStringLiteral("Dr."),
                  QStringLiteral("--first"), QStringLiteral("Sam"), QStringLiteral("--last"), last,
                  QStringLiteral("--role"), role})));
    }

    CliResult log(qint64 program, qint64 contact, const QString &at, const QString &kind,
                  const QByteArray &body) const
    {
        QStringList args{QStringLiteral("log"),         QStringLiteral("add"),
                         QStringLiteral("--program"),   QString::number(program),
                         QStringLiteral("--at"),        at,
                         QStringLiteral("--kind"),      kind,
                         QStringLiteral("--body-file"), QStringLiteral("-")};
        if (contact)
            args << QStringLiteral("--contact") << QString::number(contact);
        return cli.run(json(args), body);
    }

    QJsonObject show(qint64 program) const
    {
        const CliResult r = cli.run(
            json({QStringLiteral("program"), QStringLiteral("show"), QString::number(program)}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json();
    }

    QJsonObject allowance(qint64 program) const
    {
        return show(program).value(QStringLiteral("allowance")).toObject();
    }

    QJsonObject stats() const
    {
        const CliResult r = cli.run(json({QStringLiteral("stats")}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json();
    }
};

struct Expected
{
    int used;
    int maximum;
    int left;
    const char *availability;
    const char *nextAllowed; // null: JSON null
};

void expectKind(const QJsonObject &a, const char *quota, const Expected &e)
{
    SCOPED_TRACE(quota);
    const QJsonObject k = a.value(QLatin1String(quota)).toObject();
    EXPECT_EQ(k.value(QStringLiteral("used")).toInt(), e.used);
    EXPECT_EQ(k.value(QStringLiteral("maximum")).toInt(), e.maximum);
    EXPECT_EQ(k.value(QStringLiteral("left")).toInt(), e.left);
    EXPECT_EQ(k.value(QStringLiteral("availability")).toString(), iso(e.availability));
    if (e.nextAllowed) {
        EXPECT_EQ(k.value(QStringLiteral("next_allowed")).toString(), iso(e.nextAllowed));
    } else {
        EXPECT_TRUE(k.value(QStringLiteral("next_allowed")).isNull());
    }
    if (QLatin1String(e.availability) != QLatin1String("now")) {
        EXPECT_FALSE(k.value(QStringLiteral("reason")).toString().isEmpty())
            << "a kind not allowed now says why";
    }
}

void expectNext(const QJsonObject &a, const char *type, const char *quota, const char *at)
{
    const QJsonObject n = a.value(QStringLiteral("next")).toObject();
    EXPECT_EQ(n.value(QStringLiteral("type")).toString(), iso(type));
    if (quota) {
        EXPECT_EQ(n.value(QStringLiteral("quota")).toString(), iso(quota));
    } else {
        EXPECT_TRUE(n.value(QStringLiteral("quota")).isNull());
    }
    if (at) {
        EXPECT_EQ(n.value(QStringLiteral("at")).toString(), iso(at));
    } else {
        EXPECT_TRUE(n.value(QStringLiteral("at")).isNull());
    }
    EXPECT_FALSE(n.value(QStringLiteral("label")).toString().isEmpty());
    EXPECT_FALSE(n.value(QStringLiteral("text")).toString().isEmpty());
}

TEST_F(CliAllowance, ShowPrintsTheProgramsCanonicalFields)
{
    const QJsonObject p = show(hillcrest);
    EXPECT_EQ(p.value(QStringLiteral("id")).toInteger(), hillcrest);
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Hillcrest Health"));
    EXPECT_EQ(p.value(QStringLiteral("policy")).toString(), QStringLiteral("no_post_interview"));
    EXPECT_EQ(p.value(QStringLiteral("status")).toString(), QStringLiteral("interviewed"));
    EXPECT_EQ(p.value(QStringLiteral("visa")).toString(), QStringLiteral("unknown"));
    EXPECT_EQ(p.value(QStringLiteral("interview_at")).toString(),
              QStringLiteral("2027-01-19T09:00:00-05:00"));
}

TEST_F(CliAllowance, ThankYouSentTwoDaysAfterTheInterviewUsesTheRound)
{
    const QJsonObject a = allowance(lakeside);
    expectKind(a, "thank_you", {1, 1, 0, "never", nullptr});
    EXPECT_EQ(ids(a.value(QStringLiteral("thank_you"))[QStringLiteral("counted")]),
              QList<qint64>{lakesideThanks});
    EXPECT_TRUE(a.value(QStringLiteral("thank_you_due")).isNull()) << "the round is logged";
    expectKind(a, "pre_interview", {0, 2, 2, "never", nullptr});
    // 14 days after the last outgoing message, the thank-you of Jan 9 10:00.
    expectKind(a, "post_interview", {0, 2, 2, "later", "2027-01-23T10:00:00-05:00"});
    EXPECT_EQ(a.value(QStringLiteral("gap_until")).toString(),
              QStringLiteral("2027-01-23T10:00:00-05:00"));
    expectNext(a, "waiting", "post_interview", "2027-01-23T10:00:00-05:00");
}

TEST_F(CliAllowance, ATopChoiceSentenceInAnUpdateMakesTheHolder)
{
    const QJsonObject a = allowance(riverside);
    expectKind(a, "post_interview", {1, 2, 1, "later", "2027-02-03T10:00:00-05:00"});
    EXPECT_EQ(ids(a.value(QStringLiteral("post_interview"))[QStringLiteral("counted")]),
              QList<qint64>{riversideUpdate});
    // No thank-you in the 72 hours after Jan 12 09:00: the window is closed.
    expectKind(a, "thank_you", {0, 1, 1, "never", nullptr});
    const QJsonObject top = a.value(QStringLiteral("top_choice")).toObject();
    EXPECT_TRUE(top.value(QStringLiteral("told")).toBool());
    EXPECT_TRUE(top.value(QStringLiteral("holder")).toBool());
    EXPECT_EQ(top.value(QStringLiteral("told_at")).toString(),
              QStringLiteral("2027-01-20T10:00:00-05:00"));
    EXPECT_EQ(top.value(QStringLiteral("holder_program_id")).toInteger(), riverside);
    expectKind(a, "top_choice", {1, 1, 0, "never", nullptr});
    EXPECT_EQ(ids(top.value(QStringLiteral("counted"))), QList<qint64>{riversideUpdate});

    // Every other program sees the season's top choice as taken.
    for (qint64 other : {lakeside, hillcrest, summit, valley}) {
        const QJsonObject t = allowance(other).value(QStringLiteral("top_choice")).toObject();
        EXPECT_FALSE(t.value(QStringLiteral("told")).toBool()) << other;
        EXPECT_FALSE(t.value(QStringLiteral("holder")).toBool()) << other;
        EXPECT_EQ(t.value(QStringLiteral("holder_program_id")).toInteger(), riverside) << other;
        EXPECT_EQ(t.value(QStringLiteral("left")).toInt(), 0) << other;
    }
}

TEST_F(CliAllowance, NoPostInterviewPolicySilencesTheThankYou)
{
    const QJsonObject a = allowance(hillcrest);
    EXPECT_TRUE(a.value(QStringLiteral("thank_you_due")).isNull())
        << "within 72 h of the interview, but the program wants no post-interview messages";
    expectKind(a, "thank_you", {0, 1, 1, "never", nullptr});
    expectKind(a, "post_interview", {0, 2, 2, "never", nullptr});
    expectNext(a, "closed", nullptr, nullptr);
}

TEST_F(CliAllowance, ThankYouIsDueSeventyTwoHoursAfterTheInterview)
{
    const QJsonObject a = allowance(summit);
    EXPECT_EQ(a.value(QStringLiteral("thank_you_due")).toString(),
              QStringLiteral("2027-01-22T14:00:00-05:00"));
    expectKind(a, "thank_you", {0, 1, 1, "now", nullptr});
    expectNext(a, "due", "thank_you", "2027-01-22T14:00:00-05:00");
}

TEST_F(CliAllowance, BeforeTheInterviewTheGapHoldsTheNextEmail)
{
    const QJsonObject a = allowance(valley);
    expectKind(a, "pre_interview", {1, 2, 1, "later", "2027-01-29T10:00:00-05:00"});
    EXPECT_EQ(ids(a.value(QStringLiteral("pre_interview"))[QStringLiteral("counted")]),
              QList<qint64>{valleyInterest});
    EXPECT_EQ(a.value(QStringLiteral("thank_you"))[QStringLiteral("availability")].toString(),
              QStringLiteral("later"));
    expectNext(a, "waiting", "pre_interview", "2027-01-29T10:00:00-05:00");
}

TEST_F(CliAllowance, SecondThankYouToTheSameDirectorCountsAgain)
{
    const CliResult again =
        log(lakeside, lopez, QStringLiteral("2027-01-09T16:00"), QStringLiteral("thank_you"),
            "Dear Dr. Lopez,\n\nThank you again for the interview day at "
            "Lakeside and the sinus surgery clinic.\n\nSincerely,\nAmira");
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(rulesIn(again).contains(QStringLiteral("quota.thank_you")))
        << again.out.toStdString();
    const QJsonObject a = allowance(lakeside);
    expectKind(a, "thank_you", {2, 1, 0, "never", nullptr});
    int seen = 0;
    for (const QJsonValue &v : stats().value(QStringLiteral("allowances")).toArray()) {
        if (v[QStringLiteral("program_id")].toInteger() == lakeside) {
            ++seen;
            EXPECT_EQ(v[QStringLiteral("thank_you")][QStringLiteral("used")].toInt(), 2);
        }
    }
    EXPECT_EQ(seen, 1);
}

TEST_F(CliAllowance, NotesToTwoInterviewersOvernightAreOneRound)
{
    const qint64 first = addContact(summit, QStringLiteral("Okafor"), QStringLiteral("faculty"));
    const qint64 second =
        addContact(summit, QStringLiteral("Reyes"), QStringLiteral("chief_resident"));
    ASSERT_EQ(log(summit, first, QStringLiteral("2027-01-19T19:00"), QStringLiteral("thank_you"),
                  "Dear Dr. Okafor,\n\nThank you for showing me the Summit airway clinic.\n\n"
                  "Sincerely,\nAmira")
                  .exitCode,
              0);
    const CliResult next =
        log(summit, second, QStringLiteral("2027-01-20T09:00"), QStringLiteral("thank_you"),
            "Dear Dr. Reyes,\n\nThank you for the resident lunch at Summit.\n\nSincerely,\nAmira");
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(limitWarningsIn(next).isEmpty()) << next.out.toStdString();
    const QJsonObject a = allowance(summit);
    expectKind(a, "thank_you", {1, 1, 0, "never", nullptr});
    EXPECT_TRUE(a.value(QStringLiteral("thank_you_due")).isNull());
}

TEST_F(CliAllowance, StatsAgreesWithProgramShowForEveryProgram)
{
    const QJsonObject s = stats();
    const QJsonArray allowances = s.value(QStringLiteral("allowances")).toArray();
    ASSERT_EQ(allowances.size(), 5);
    QSet<qint64> seen;
    QSet<qint64> due;
    for (const QJsonValue &v : allowances) {
        const QJsonObject summary = v.toObject();
        const qint64 id = summary.value(QStringLiteral("program_id")).toInteger();
        SCOPED_TRACE(id);
        seen.insert(id);
        const QJsonObject p = show(id);
        EXPECT_EQ(summary.value(QStringLiteral("name")), p.value(QStringLiteral("name")));
        const QJsonObject a = p.value(QStringLiteral("allowance")).toObject();
        for (const char *quota : {"pre_interview", "thank_you", "post_interview"}) {
            const QJsonObject mine = summary.value(QLatin1String(quota)).toObject();
            const QJsonObject full = a.value(QLatin1String(quota)).toObject();
            for (const char *key : {"used", "maximum", "left"})
                EXPECT_EQ(mine.value(QLatin1String(key)), full.value(QLatin1String(key)))
                    << quota << "." << key;
        }
        const QJsonObject next = summary.value(QStringLiteral("next")).toObject();
        const QJsonObject fullNext = a.value(QStringLiteral("next")).toObject();
        for (const char *key : {"type", "quota", "at", "label"})
            EXPECT_EQ(next.value(QLatin1String(key)), fullNext.value(QLatin1String(key))) << key;
        if (!a.value(QStringLiteral("thank_you_due")).isNull())
            due.insert(id);
    }
    EXPECT_EQ(seen, (QSet<qint64>{lakeside, riverside, hillcrest, summit, valley}));

    // Thank-yous due: the programs whose allowance has one, with its time.
    EXPECT_EQ(due, QSet<qint64>{summit});
    const QJsonArray thanks = s.value(QStringLiteral("thank_you_due")).toArray();
    ASSERT_EQ(thanks.size(), 1);
    EXPECT_EQ(thanks[0][QStringLiteral("program_id")].toInteger(), summit);
    EXPECT_EQ(thanks[0][QStringLiteral("due")].toString(),
              QStringLiteral("2027-01-22T14:00:00-05:00"));

    // The top choice: the update's sentence, not a letter of intent.
    const QJsonObject top = s.value(QStringLiteral("top_choice")).toObject();
    EXPECT_EQ(top.value(QStringLiteral("maximum")).toInt(), 1);
    const QJsonObject holder = top.value(QStringLiteral("holder")).toObject();
    EXPECT_EQ(holder.value(QStringLiteral("program_id")).toInteger(), riverside);
    EXPECT_EQ(holder.value(QStringLiteral("communication_id")).toInteger(), riversideUpdate);
    EXPECT_EQ(holder.value(QStringLiteral("kind")).toString(),
              QStringLiteral("post_interview_update"));
    EXPECT_EQ(top.value(QStringLiteral("told")).toArray().size(), 1);
}

TEST_F(CliAllowance, AnotherProgramToldIsListedAfterTheHolder)
{
    const CliResult letter =
        log(lakeside, lopez, QStringLiteral("2027-01-21T09:00"), QStringLiteral("letter_of_intent"),
            "Dear Dr. Lopez,\n\nLakeside University is my first choice and I will rank it "
            "first.\n\nSincerely,\nAmira Haddad");
    ASSERT_EQ(letter.exitCode, 0) << letter.err.toStdString();
    EXPECT_TRUE(rulesIn(letter).contains(QStringLiteral("quota.top_choice")));

    const QJsonObject top = stats().value(QStringLiteral("top_choice")).toObject();
    EXPECT_EQ(top.value(QStringLiteral("holder"))[QStringLiteral("program_id")].toInteger(),
              riverside)
        << "the first program told keeps the top choice";
    const QJsonArray told = top.value(QStringLiteral("told")).toArray();
    ASSERT_EQ(told.size(), 2);
    EXPECT_EQ(told[1][QStringLiteral("program_id")].toInteger(), lakeside);
    EXPECT_FALSE(told[1][QStringLiteral("holder")].toBool());
    EXPECT_EQ(told[1][QStringLiteral("kind")].toString(), QStringLiteral("letter_of_intent"));

    const QJsonObject t = allowance(lakeside).value(QStringLiteral("top_choice")).toObject();
    EXPECT_TRUE(t.value(QStringLiteral("told")).toBool());
    EXPECT_FALSE(t.value(QStringLiteral("holder")).toBool());
    EXPECT_EQ(t.value(QStringLiteral("used")).toInt(), 2);

    const CliResult text = cli.run({QStringLiteral("stats")});
    EXPECT_TRUE(text.out.contains(QLatin1String("more than one program")))
        << text.out.toStdString();
}

TEST_F(CliAllowance, TextShowsTheAllowanceReadably)
{
    const CliResult r =
        cli.run({QStringLiteral("program"), QStringLiteral("show"), QString::number(lakeside)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *line :
         {"Lakeside University  (program ", "  Status           interviewed",
          "  Interview        2027-01-07 09:00", "  Policy           none",
          "  Thank-you        1/1 used, 0 left\n",
          "                   next: never - Thank-you round sent on 2027-01-09",
          "  Post-interview   0/2 used, 2 left, 1 recommended\n",
          "                   next: from 2027-01-23 10:00 - ", "  Thank-you due    nothing due",
          "  Top choice told  no; held by Riverside Medical (program ",
          "  Next step        waiting - "})
        EXPECT_TRUE(r.out.contains(QLatin1String(line))) << line << "\n" << r.out.toStdString();

    const CliResult stats = cli.run({QStringLiteral("stats")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    for (const char *line :
         {"Top choice: Riverside Medical on 2027-01-20 by a sentence in a post interview update",
          "Next steps:\n  2027-01-22 14:00  Thank-you due: Summit University  (in 28 h)\n"
          "  2027-01-23 10:00  Next post-interview update: Lakeside University  (in 2 days)\n"})
        EXPECT_TRUE(stats.out.contains(QLatin1String(line))) << line << "\n"
                                                             << stats.out.toStdString();
}

TEST_F(CliAllowance, UnknownProgramExitsWithOneNamingTheId)
{
    const CliResult r =
        cli.run({QStringLiteral("program"), QStringLiteral("show"), QStringLiteral("999")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              QStringLiteral("rapport-cli: program show: there is no program with id 999\n"));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(cli.run({QStringLiteral("program"), QStringLiteral("show"), QStringLiteral("abc")})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("program"), QStringLiteral("show")}).exitCode, 2);
}

TEST_F(CliAllowance, ICalendarHasOnlyTheThankYouTheAllowanceSaysIsDue)
{
    const CliResult r = cli.run({QStringLiteral("export"), QStringLiteral("ics")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QLatin1String("BEGIN:VTODO")), 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("UID:thank_you-%1@rapport").arg(summit)));
    // 2027-01-22 14:00 -05:00, the allowance's thank_you_due, in UTC.
    EXPECT_TRUE(r.out.contains(QLatin1String("DUE:20270122T190000Z")));
    for (qint64 silent : {lakeside, riverside, hillcrest, valley})
        EXPECT_FALSE(r.out.contains(QStringLiteral("thank_you-%1@").arg(silent))) << silent;
}

} // namespace
