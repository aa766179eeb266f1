// One season, one table of what each program's allowance is, and every
// place that shows a count or a limit checked against the same row: the
// Programs list, the program header, the dashboard, the program report,
// the calendar export, compose's advice and rapport-cli.
#include "UiFixture.h"
#include "support/Builders.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "models/DashboardSummary.h"
#include "models/ProgramListModel.h"
#include "pages/ProgramHeader.h"
#include "report/SeasonReport.h"

#include "compose/TemplateLibrary.h"
#include "io/IcsExport.h"
#include "rules/Allowance.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>

#include <optional>

using namespace rapport;
using core::Kind;
using core::NextStep;
using core::Quota;
using test::CommunicationBuilder;
using test::ContactBuilder;
using test::ProgramBuilder;

namespace {

QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

// Saturday 9 January 2027, noon UTC.
const QDateTime kNow = utc(2027, 1, 9, 12);

struct Expected
{
    const char *program;
    int pre;
    int thanks;
    int post;
    bool told;
    bool holds;
    NextStep::Type next;
    std::optional<Quota> nextQuota;
    QDateTime nextAt; // invalid: none
    QDateTime thankYouDue;
};

// Worked out by hand from RULES.md for the season SetUp() writes.
// clang-format off
const Expected kTable[] = {
    // Notes to the director at 19:00 and an interviewer at 09:00 the next
    // morning are one round; the next update waits 14 days after the last.
    {"Lakeside",  0, 1, 0, false, false, NextStep::Type::Waiting, Quota::PostInterview,
     utc(2027, 1, 22, 9), {}},
    // Interviewed yesterday, nothing sent: the thank-you is due 72 h on.
    {"Riverside", 0, 0, 0, false, false, NextStep::Type::Due, Quota::ThankYou,
     utc(2027, 1, 11, 14), utc(2027, 1, 11, 14)},
    // No post-interview communication: no reminder, nothing more.
    {"Northgate", 0, 0, 0, false, false, NextStep::Type::Closed, std::nullopt, {}, {}},
    // Both pre-interview emails used: the thank-you at the interview is next.
    {"Summit",    2, 0, 0, false, false, NextStep::Type::Waiting, Quota::ThankYou,
     utc(2027, 2, 1, 14), {}},
    // "I plan to rank you first" in an update: the season's top choice.
    {"Bayview",   0, 1, 1, true,  true,  NextStep::Type::Waiting, Quota::PostInterview,
     utc(2027, 1, 11, 10), {}},
    // A letter of intent after that: told too, one program too many.
    {"Cedar",     0, 1, 0, true,  false, NextStep::Type::Waiting, Quota::PostInterview,
     utc(2027, 1, 17, 10), {}},
};
// clang-format on

class AllowanceConsistencyTest : public test::UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(kNow);
        using Status = core::ProgramStatus;
        const qint64 lakeside = program(ProgramBuilder(QStringLiteral("Lakeside"))
                                            .status(Status::Interviewed)
                                            .interview(QDate(2027, 1, 7), QTime(14, 0)));
        const qint64 lopez = contact(ContactBuilder(lakeside)
                                         .title(QStringLiteral("Dr."))
                                         .name(QStringLiteral("Maria"), QStringLiteral("Lopez"))
                                         .role(core::ContactRole::ProgramDirector));
        const qint64 ng = contact(ContactBuilder(lakeside)
                                      .title(QStringLiteral("Dr."))
                                      .name(QStringLiteral("Sam"), QStringLiteral("Ng")));
        send(lakeside, lopez, Kind::ThankYou, utc(2027, 1, 7, 19));
        send(lakeside, ng, Kind::ThankYou, utc(2027, 1, 8, 9));

        program(ProgramBuilder(QStringLiteral("Riverside"))
                    .status(Status::Interviewed)
                    .interview(QDate(2027, 1, 8), QTime(14, 0)));
        program(ProgramBuilder(QStringLiteral("Northgate"))
                    .status(Status::Interviewed)
                    .interview(QDate(2027, 1, 6), QTime(14, 0))
                    .policy(core::CommunicationPolicy::NoPostInterview));

        const qint64 summit = program(ProgramBuilder(QStringLiteral("Summit"))
                                          .status(Status::InterviewScheduled)
                                          .interview(QDate(2027, 2, 1), QTime(14, 0)));
        send(summit, std::nullopt, Kind::PreInterviewInterest, utc(2026, 12, 1, 10));
        send(summit, std::nullopt, Kind::ApplicationUpdate, utc(2026, 12, 20, 10));

        const qint64 bayview = program(ProgramBuilder(QStringLiteral("Bayview"))
                                           .status(Status::Interviewed)
                                           .interview(QDate(2026, 12, 10), QTime(14, 0)));
        send(bayview, std::nullopt, Kind::ThankYou, utc(2026, 12, 11, 10));
        send(bayview, std::nullopt, Kind::PostInterviewUpdate, utc(2026, 12, 28, 10),
             QStringLiteral("Since we met I have finished my rotation. I plan to rank you "
                            "first."));

        const qint64 cedar = program(ProgramBuilder(QStringLiteral("Cedar"))
                                         .status(Status::Interviewed)
                                         .interview(QDate(2026, 12, 12), QTime(14, 0)));
        send(cedar, std::nullopt, Kind::ThankYou, utc(2026, 12, 13, 10));
        send(cedar, std::nullopt, Kind::LetterOfIntent, utc(2027, 1, 3, 10));
        ASSERT_TRUE(session().reloadNow().ok());
    }

    qint64 program(const core::Program &p)
    {
        auto id = core::ProgramRepository(session().db()).add(p);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    qint64 contact(const core::Contact &c)
    {
        auto id = core::ContactRepository(session().db()).add(c);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    void send(qint64 programId, std::optional<qint64> contactId, Kind kind, const QDateTime &at,
              const QString &body = QStringLiteral("Thank you for your time."))
    {
        CommunicationBuilder b(programId);
        b.kind(kind).at(at).body(body);
        if (contactId)
            b.contact(*contactId);
        auto id = core::CommunicationRepository(session().db()).add(b);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
    }

    const core::Program &named(const char *name)
    {
        for (const core::Program &p : session().snapshot().programs) {
            if (p.name == QLatin1String(name))
                return p;
        }
        ADD_FAILURE() << "no program " << name;
        return session().snapshot().programs.first();
    }

    int usedOf(const Expected &row, Quota q)
    {
        switch (q) {
        case Quota::PreInterview: return row.pre;
        case Quota::ThankYou: return row.thanks;
        case Quota::PostInterview: return row.post;
        case Quota::TopChoice: return 2; // two programs told this season
        }
        return -1;
    }
};

TEST_F(AllowanceConsistencyTest, TheEngineAgreesWithTheTable)
{
    for (const Expected &row : kTable) {
        SCOPED_TRACE(row.program);
        const core::ProgramAllowance *a = session().engine().allowance(named(row.program).id);
        ASSERT_NE(a, nullptr);
        for (Quota q : core::kAllQuotas)
            EXPECT_EQ((*a)[q].used, usedOf(row, q)) << core::quotaName(q).toStdString();
        EXPECT_EQ(a->toldTopChoice, row.told);
        EXPECT_EQ(a->holdsTopChoice, row.holds);
        EXPECT_EQ(a->next.type, row.next) << a->next.text.toStdString();
        EXPECT_EQ(a->next.quota, row.nextQuota);
        EXPECT_EQ(a->next.at, row.nextAt);
        EXPECT_EQ(a->thankYouDue.value_or(QDateTime()), row.thankYouDue);
    }
}

TEST_F(AllowanceConsistencyTest, TheProgramsListShowsTheSameNumbers)
{
    ui::ProgramListModel model(session());
    for (const Expected &row : kTable) {
        SCOPED_TRACE(row.program);
        const QModelIndex name = model.indexOf(named(row.program).id);
        ASSERT_TRUE(name.isValid());
        const int r = name.row();
        const auto cell = [&](int column) {
            return model.index(r, column).data().toString();
        };
        EXPECT_EQ(cell(ui::ProgramListModel::PreInterviewColumn),
                  QStringLiteral("%1/2").arg(row.pre));
        EXPECT_EQ(cell(ui::ProgramListModel::ThankYouColumn),
                  QStringLiteral("%1/1").arg(row.thanks));
        EXPECT_EQ(cell(ui::ProgramListModel::PostInterviewColumn),
                  QStringLiteral("%1/2").arg(row.post));
        EXPECT_EQ(name.data(ui::ProgramListModel::TopChoiceRole).toBool(), row.told);
        EXPECT_EQ(model.index(r, ui::ProgramListModel::NextColumn)
                      .data(ui::ProgramListModel::NextTypeRole)
                      .toString(),
                  core::toString(row.next));
        if (row.thankYouDue.isValid()) {
            EXPECT_TRUE(name.data(ui::ProgramListModel::NeedsAttentionRole).toBool());
        }
    }
}

TEST_F(AllowanceConsistencyTest, TheProgramHeaderShowsTheSameNumbers)
{
    ui::ProgramHeader header;
    const core::Allowances &all = session().engine().allowances();
    for (const Expected &row : kTable) {
        SCOPED_TRACE(row.program);
        const core::Program &p = named(row.program);
        header.setProgram(p, *all.program(p.id), kNow, QStringLiteral("Bayview"),
                          ui::DateTimeText::forSeason(session().snapshot().season));
        for (Quota q : {Quota::PreInterview, Quota::ThankYou, Quota::PostInterview}) {
            const auto *chip =
                header.findChild<QLabel *>(QStringLiteral("allowance_") + core::quotaName(q));
            ASSERT_NE(chip, nullptr);
            const int maximum = q == Quota::ThankYou ? 1 : 2;
            EXPECT_TRUE(chip->text().startsWith(QStringLiteral("%1 %2/%3")
                                                    .arg(ui::labels::quota(q))
                                                    .arg(usedOf(row, q))
                                                    .arg(maximum)))
                << chip->text().toStdString();
        }
        const auto *countdown = header.findChild<QLabel *>(QStringLiteral("headerCountdown"));
        ASSERT_NE(countdown, nullptr);
        EXPECT_EQ(countdown->isVisibleTo(&header), row.thankYouDue.isValid());
    }
}

TEST_F(AllowanceConsistencyTest, TheDashboardShowsTheSameDuesAndTopChoices)
{
    const ui::DashboardSummary s = ui::DashboardSummary::build(
        session().snapshot(), session().findings(), session().engine().allowances(), kNow);
    QStringList due;
    for (const auto &t : s.thankYous) {
        due << t.programName;
        for (const Expected &row : kTable) {
            if (t.programName == QLatin1String(row.program)) {
                EXPECT_EQ(t.due, row.thankYouDue) << row.program;
            }
        }
    }
    QStringList expectedDue;
    QStringList expectedTold;
    for (const Expected &row : kTable) {
        if (row.thankYouDue.isValid())
            expectedDue << QLatin1String(row.program);
        if (row.told)
            expectedTold << QLatin1String(row.program);
    }
    EXPECT_EQ(due, expectedDue);
    QStringList told;
    for (const auto &t : s.topChoices) {
        told << t.programName;
        for (const Expected &row : kTable) {
            if (t.programName == QLatin1String(row.program)) {
                EXPECT_EQ(t.overLimit, !row.holds) << row.program;
            }
        }
    }
    EXPECT_EQ(told, expectedTold);
}

TEST_F(AllowanceConsistencyTest, TheProgramReportShowsTheSameNumbers)
{
    const ui::SeasonReport report(session().snapshot(), session().findings(),
                                  session().engine().allowances(), kNow);
    for (const Expected &row : kTable) {
        SCOPED_TRACE(row.program);
        auto html = report.programHtml(named(row.program).id);
        ASSERT_TRUE(html.ok()) << html.errorMessage().toStdString();
        for (Quota q : {Quota::PreInterview, Quota::ThankYou, Quota::PostInterview}) {
            const int maximum = q == Quota::ThankYou ? 1 : 2;
            const QString cells = QStringLiteral("%1</td><td>%2 / %3</td>")
                                      .arg(ui::labels::quotaTitle(q).toHtmlEscaped())
                                      .arg(usedOf(row, q))
                                      .arg(maximum);
            EXPECT_TRUE(html->contains(cells)) << cells.toStdString();
        }
    }
}

TEST_F(AllowanceConsistencyTest, TheCalendarAndComposeFollowTheAllowance)
{
    const QList<core::Reminder> reminders = session().engine().reminders();
    QStringList thankYous;
    for (const core::Reminder &r : reminders) {
        if (!r.programId)
            continue;
        const core::ProgramAllowance *a = session().engine().allowance(*r.programId);
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->thankYouDue.value_or(QDateTime()), r.due);
        thankYous << session().program(*r.programId)->name;
    }
    EXPECT_EQ(thankYous, QStringList{QStringLiteral("Riverside")});
    auto ics = core::IcsExport::write(reminders, kNow);
    ASSERT_TRUE(ics.ok());
    EXPECT_TRUE(ics->contains("Riverside"));
    EXPECT_FALSE(ics->contains("Northgate"));

    for (const Expected &row : kTable) {
        SCOPED_TRACE(row.program);
        const core::Program &p = named(row.program);
        const auto advice =
            core::TemplateLibrary::adviseKinds(p, *session().engine().allowance(p.id));
        for (const core::KindAdvice &k : advice) {
            if (k.kind == Kind::ThankYou) {
                EXPECT_EQ(k.allowed, row.thankYouDue.isValid()) << k.reason.toStdString();
            }
            if (k.kind == Kind::LetterOfIntent) {
                EXPECT_FALSE(k.allowed) << "the season's top choice is taken";
            }
        }
    }
}

TEST_F(AllowanceConsistencyTest, RapportCliShowsTheSameNumbers)
{
    for (const Expected &row : kTable) {
        SCOPED_TRACE(row.program);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RAPPORT_NOW"), QStringLiteral("2027-01-09T12:00+00:00"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(RAPPORT_CLI),
                  {QStringLiteral("--database"), session().db().path(), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("program"), QStringLiteral("show"),
                   QString::number(named(row.program).id)});
        ASSERT_TRUE(cli.waitForFinished(30000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        const QJsonObject allowance = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                          .object()
                                          .value("allowance")
                                          .toObject();
        EXPECT_EQ(allowance.value("pre_interview").toObject().value("used").toInt(), row.pre);
        EXPECT_EQ(allowance.value("thank_you").toObject().value("used").toInt(), row.thanks);
        EXPECT_EQ(allowance.value("post_interview").toObject().value("used").toInt(), row.post);
        EXPECT_EQ(allowance.value("top_choice").toObject().value("told").toBool(), row.told);
        EXPECT_EQ(allowance.value("next").toObject().value("type").toString(),
                  core::toString(row.next));
        EXPECT_EQ(allowance.value("thank_you_due").isNull(), !row.thankYouDue.isValid());
    }
}

} // namespace
