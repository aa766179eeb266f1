// A season lived in Chicago shows a message sent at 15:00 UTC as 9:00 in the
// morning everywhere it appears: never the UTC time.

#include "UiFixture.h"
#include "support/Builders.h"

#include "DateTimeText.h"
#include "dialogs/CommunicationDialog.h"
#include "models/DashboardSummary.h"
#include "models/LogModel.h"
#include "models/TimelineModel.h"
#include "report/SeasonReport.h"

#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QTimeZone>

namespace rapport::test {
namespace {

using ui::DateTimeText;

class SeasonTimeZoneTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(QDateTime(QDate(2027, 1, 9), QTime(18, 0), QTimeZone::utc()));
        core::Season season = core::Season::defaultsFor(2027);
        season.timeZone = QStringLiteral("America/Chicago");
        ASSERT_TRUE(core::ProfileRepository(session().db()).saveSeason(season).ok());
        auto program = core::ProgramRepository(session().db())
                           .add(ProgramBuilder().interview(QDate(2027, 1, 6)));
        ASSERT_TRUE(program.ok());
        programId = *program;
        auto contact = core::ContactRepository(session().db()).add(ContactBuilder(programId));
        ASSERT_TRUE(contact.ok());
        auto id = core::CommunicationRepository(session().db())
                      .add(CommunicationBuilder(programId)
                               .contact(*contact)
                               .at(kSent)
                               .kind(core::Kind::ThankYou)
                               .subject(QStringLiteral("Thank you")));
        ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
        communicationId = *id;
        ASSERT_TRUE(session().reloadNow().ok());
    }

    // The clock's way of writing 9:00 and 15:00 in this locale.
    static QString clockText(int hour)
    {
        return QLocale().toString(QTime(hour, 0), DateTimeText::forDates().timeFormat());
    }
    static void expectLocal(const QString &shown)
    {
        EXPECT_TRUE(shown.contains(clockText(9))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(clockText(15))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QLatin1String("UTC"))) << shown.toStdString();
    }

    const QDateTime kSent{QDate(2027, 1, 7), QTime(15, 0), QTimeZone::utc()};
    qint64 programId = 0;
    qint64 communicationId = 0;
};

TEST_F(SeasonTimeZoneTest, TheFormatterGivesTheSeasonsWallClock)
{
    const DateTimeText when = DateTimeText::forSeason(session().snapshot().season);
    EXPECT_EQ(when.zone().id(), QByteArrayLiteral("America/Chicago"));
    EXPECT_EQ(when.local(kSent).time(), QTime(9, 0));
    EXPECT_EQ(when.time(kSent), clockText(9));
    for (auto context : {DateTimeText::Context::Cell, DateTimeText::Context::Compact,
                         DateTimeText::Context::Weekday, DateTimeText::Context::Timeline,
                         DateTimeText::Context::Header, DateTimeText::Context::Tooltip,
                         DateTimeText::Context::Report})
        expectLocal(when.dateTime(kSent, context));
    EXPECT_TRUE(
        when.dateTime(kSent, DateTimeText::Context::Tooltip).endsWith(QLatin1String("CST")));
    // Late in the evening in Chicago is already the next day in UTC.
    const QDateTime late(QDate(2027, 1, 8), QTime(3, 30), QTimeZone::utc());
    EXPECT_EQ(when.date(late, DateTimeText::Context::Cell),
              when.date(QDate(2027, 1, 7), DateTimeText::Context::Cell));
}

TEST_F(SeasonTimeZoneTest, TheLogShowsTheLocalTime)
{
    ui::LogModel model(session());
    const QModelIndex cell = model.indexOf(communicationId, ui::LogModel::DateColumn);
    expectLocal(cell.data().toString());
    expectLocal(cell.data(Qt::ToolTipRole).toString());
}

TEST_F(SeasonTimeZoneTest, TheTimelineShowsTheLocalTime)
{
    ui::TimelineModel model(session());
    model.setProgram(programId);
    const QModelIndex row = model.indexOf(communicationId);
    ASSERT_TRUE(row.isValid());
    const QDateTime at = row.data(ui::TimelineModel::DateTimeRole).toDateTime();
    EXPECT_EQ(at, kSent);
    EXPECT_EQ(at.time(), QTime(9, 0)) << "the row paints the wall-clock time it is given";
    expectLocal(DateTimeText(at.timeZone()).dateTime(at, DateTimeText::Context::Timeline));
}

TEST_F(SeasonTimeZoneTest, TheEntryWindowShowsAndKeepsTheLocalTime)
{
    ui::CommunicationDialog dialog(session(), prompter, communicationId);
    dialog.show();
    auto *edit = dialog.findChild<QDateTimeEdit *>(QStringLiteral("at"));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->dateTime().time(), QTime(9, 0));
    EXPECT_EQ(edit->dateTime().date(), QDate(2027, 1, 7));
    EXPECT_TRUE(edit->text().contains(clockText(9))) << edit->text().toStdString();
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("offset"))->text(), QStringLiteral("CST"));

    // An hour later, typed as Chicago time, is stored as that moment.
    edit->setDateTime(QDateTime(QDate(2027, 1, 7), QTime(10, 0), Qt::UTC));
    prompter.unsavedAnswer = ui::UnsavedChoice::Save;
    dialog.close();
    auto stored = core::CommunicationRepository(session().db()).get(communicationId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->at, kSent.addSecs(3600));
    EXPECT_EQ(stored->at.offsetFromUtc(), -6 * 3600);
}

TEST_F(SeasonTimeZoneTest, TheDashboardsTodayIsChicagos)
{
    // 03:00 UTC on the 10th is still the evening of the 9th in Chicago.
    clock.set(QDateTime(QDate(2027, 1, 10), QTime(3, 0), QTimeZone::utc()));
    const ui::DashboardSummary summary = ui::DashboardSummary::build(
        session().snapshot(), session().findings(), session().engine().allowances(), clock.now());
    EXPECT_EQ(summary.today, QDate(2027, 1, 9));
}

TEST_F(SeasonTimeZoneTest, TheReportShowsTheLocalTime)
{
    const ui::SeasonReport report(session().snapshot(), session().findings(),
                                  session().engine().allowances(), clock.now());
    auto html = report.programHtml(programId);
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html->contains(clockText(9))) << "the timeline's time";
    EXPECT_FALSE(html->contains(clockText(15)));
}

} // namespace
} // namespace rapport::test
