#include "UiFixture.h"
#include "support/Builders.h"

#include "AllowanceText.h"
#include "models/ProgramFilterProxy.h"
#include "models/ProgramListModel.h"
#include "pages/ProgramsPage.h"

#include "storage/CommunicationRepository.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTest>

using rapport::test::CommunicationBuilder;
using rapport::test::ProgramBuilder;
using rapport::test::UiFixture;
using namespace rapport;
using ui::ProgramListModel;
using ui::ProgramsPage;

namespace {

QDateTime utc(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

// A season of four programs on Friday 8 January 2027 at noon: what the
// Programs list and the program header say about each.
class ProgramAllowanceUiTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // Dates and times in the words an American reader sees them.
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        clock.set(utc(2027, 1, 8, 12));

        // Interviewed yesterday at 17:00: the thank-you is due within 72 h.
        alder = add(ProgramBuilder(QStringLiteral("Alder Valley Otolaryngology"))
                        .status(core::ProgramStatus::Interviewed)
                        .interview(QDate(2027, 1, 7), QTime(17, 0)));
        // Asked for no post-interview communication, and says so in its own words.
        core::Program quiet = ProgramBuilder(QStringLiteral("Birch Hill Otolaryngology"))
                                  .status(core::ProgramStatus::Interviewed)
                                  .interview(QDate(2026, 12, 10), QTime(9, 0))
                                  .policy(core::CommunicationPolicy::NoPostInterview);
        quiet.policyNote = QStringLiteral("<i>No letters</i>, please");
        birch = add(quiet);
        send(CommunicationBuilder(birch).on(QDate(2026, 9, 1)));
        // Told it is the top choice by a sentence in an update, not by a
        // letter of intent.
        cedar = add(ProgramBuilder(QStringLiteral("Cedar Point Otolaryngology"))
                        .status(core::ProgramStatus::Interviewed)
                        .interview(QDate(2026, 12, 1), QTime(8, 0)));
        send(CommunicationBuilder(cedar)
                 .on(QDate(2026, 12, 2))
                 .kind(core::Kind::ThankYou)
                 .subject(QStringLiteral("Thank you")));
        send(CommunicationBuilder(cedar)
                 .on(QDate(2027, 1, 2))
                 .kind(core::Kind::PostInterviewUpdate)
                 .subject(QStringLiteral("An update"))
                 .body(QStringLiteral("Dear Dr. Lopez,\n\nMy paper was accepted. I plan to rank "
                                      "you first.\n\nSincerely,\nA. Applicant")));
        // Not interviewed yet, nothing sent; its name looks like markup.
        dogwood = add(ProgramBuilder(QStringLiteral("<b>Dogwood</b> ENT")));
        ASSERT_TRUE(session().reloadNow().ok());
    }

    void TearDown() override { QLocale::setDefault(m_locale); }

    qint64 add(const core::Program &p)
    {
        auto id = core::ProgramRepository(session().db()).add(p);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    void send(const core::Communication &c)
    {
        auto id = core::CommunicationRepository(session().db()).add(c);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
    }

    std::unique_ptr<ProgramsPage> showPage()
    {
        auto page = std::make_unique<ProgramsPage>(session(), prompter);
        page->resize(1440, 860);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    // Clicks the program's row in the list, as the user picks it.
    static void pick(ProgramsPage &page, qint64 programId)
    {
        const QModelIndex row = page.proxy()->mapFromSource(
            page.listModel()->indexOf(programId, ProgramListModel::StatusColumn));
        ASSERT_TRUE(row.isValid());
        page.listView()->scrollTo(row);
        QTest::mouseClick(page.listView()->viewport(), Qt::LeftButton, {},
                          page.listView()->visualRect(row).center());
        ASSERT_EQ(page.currentProgramId(), programId);
    }

    static QLabel *label(ProgramsPage &page, const char *name)
    {
        auto *found = page.findChild<QLabel *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static QString chip(ProgramsPage &page, core::Quota q)
    {
        const QByteArray name = "allowance_" + core::quotaName(q).toUtf8();
        QLabel *found = label(page, name.constData());
        return found && found->isVisible() ? found->text() : QString();
    }

    static QString next(ProgramsPage &page, qint64 programId)
    {
        return page.listModel()->indexOf(programId, ProgramListModel::NextColumn).data().toString();
    }

    qint64 alder = 0;
    qint64 birch = 0;
    qint64 cedar = 0;
    qint64 dogwood = 0;

private:
    QLocale m_locale;
};

TEST_F(ProgramAllowanceUiTest, NextColumnSaysWhatIsDueOrAllowedAndWhen)
{
    auto page = showPage();
    QAbstractItemModelTester tester(page->listModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ProgramListModel *model = page->listModel();
    EXPECT_FALSE(page->listView()->isColumnHidden(ProgramListModel::NextColumn));

    EXPECT_EQ(next(*page, alder), QStringLiteral("Thank-you due · Sun 5:00 PM"));
    EXPECT_EQ(next(*page, birch), QStringLiteral("Nothing more"));
    EXPECT_EQ(next(*page, cedar), QStringLiteral("Next update · Jan 16"));
    EXPECT_EQ(next(*page, dogwood), QStringLiteral("Email allowed"));

    const QModelIndex due = model->indexOf(alder, ProgramListModel::NextColumn);
    EXPECT_EQ(due.data(ProgramListModel::NextTypeRole).toString(), QStringLiteral("due"));
    EXPECT_EQ(due.data(Qt::ForegroundRole).value<QColor>(), ui::AllowanceText::dueColor());
    EXPECT_TRUE(due.data(ProgramListModel::NeedsAttentionRole).toBool());
    EXPECT_FALSE(model->indexOf(dogwood).data(ProgramListModel::NeedsAttentionRole).toBool());
    // The tooltip is the allowance's own sentence, why and until when.
    const QString closed =
        model->indexOf(birch, ProgramListModel::NextColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(closed.contains(QStringLiteral("does not want post-interview communication")))
        << closed.toStdString();

    // Sorted by Next: what is due, then what is allowed, then what waits,
    // then what is closed.
    page->listView()->sortByColumn(ProgramListModel::NextColumn, Qt::AscendingOrder);
    QList<qint64> order;
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        order << page->proxy()->index(row, 0).data(ProgramListModel::ProgramIdRole).toLongLong();
    EXPECT_EQ(order, (QList<qint64>{alder, dogwood, cedar, birch}));

    // The quota columns show the allowance's numbers: one thank-you round,
    // one update, and the update told Cedar Point it is the top choice.
    const QModelIndex thanks = model->indexOf(cedar, ProgramListModel::ThankYouColumn);
    EXPECT_EQ(thanks.data().toString(), QStringLiteral("1/1"));
    EXPECT_EQ(model->indexOf(cedar, ProgramListModel::PostInterviewColumn).data().toString(),
              QStringLiteral("1/2"));
    EXPECT_EQ(model->indexOf(birch, ProgramListModel::PreInterviewColumn)
                  .data(ProgramListModel::QuotaUsedRole)
                  .toInt(),
              1);
    EXPECT_TRUE(model->indexOf(cedar).data(ProgramListModel::TopChoiceRole).toBool());
    EXPECT_FALSE(model->indexOf(alder).data(ProgramListModel::TopChoiceRole).toBool());
    EXPECT_TRUE(model->indexOf(cedar)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Top choice: you told this program on Sat Jan 2")));
}

TEST_F(ProgramAllowanceUiTest, NextColumnFitsItsWordsAndLeavesTheNamesTheirRoom)
{
    // The page's share of a 1440-pixel screen beside the window's sidebar.
    auto page = std::make_unique<ProgramsPage>(session(), prompter);
    page->resize(1265, 840);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    QTableView *view = page->listView();
    const QFontMetrics metrics = view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int next = view->columnWidth(ProgramListModel::NextColumn);
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const QString text =
            page->proxy()->index(row, ProgramListModel::NextColumn).data().toString();
        EXPECT_LT(metrics.horizontalAdvance(text), next) << text.toStdString();
    }
    EXPECT_GE(view->columnWidth(ProgramListModel::NameColumn), 18 * em);

    // A width the user sets stays through a reload.
    view->horizontalHeader()->resizeSection(ProgramListModel::NextColumn, 30 * em);
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(view->columnWidth(ProgramListModel::NextColumn), 30 * em);
}

TEST_F(ProgramAllowanceUiTest, HeaderStripShowsEachQuotaAndTheThankYouCountdown)
{
    auto page = showPage();

    pick(*page, alder);
    EXPECT_EQ(chip(*page, core::Quota::ThankYou), QStringLiteral("Thank-you 0/1 · due Jan 10"));
    EXPECT_EQ(chip(*page, core::Quota::PostInterview), QStringLiteral("Updates 0/2 · 2 left"));
    // Another program holds the top choice; before the interview's quotas
    // are history and show their numbers only.
    EXPECT_EQ(chip(*page, core::Quota::TopChoice), QStringLiteral("Top choice 1/1 · taken"));
    EXPECT_EQ(chip(*page, core::Quota::PreInterview), QStringLiteral("Pre-interview 0/2"));
    EXPECT_TRUE(label(*page, "allowance_top_choice")
                    ->toolTip()
                    .contains(QStringLiteral("Cedar Point Otolaryngology")));
    QLabel *countdown = label(*page, "headerCountdown");
    EXPECT_TRUE(countdown->isVisible());
    EXPECT_EQ(countdown->text(),
              QStringLiteral("Thank-you due in 53 h, by Sun Jan 10, 2027, 5:00 PM"));
    EXPECT_FALSE(label(*page, "headerPolicyBadge")->isVisible());
    EXPECT_FALSE(label(*page, "headerStar")->isVisible());

    pick(*page, birch);
    EXPECT_EQ(chip(*page, core::Quota::ThankYou), QStringLiteral("Thank-you 0/1 · closed"));
    EXPECT_EQ(chip(*page, core::Quota::PostInterview), QStringLiteral("Updates 0/2 · closed"));
    EXPECT_EQ(chip(*page, core::Quota::PreInterview), QStringLiteral("Pre-interview 1/2"));
    QLabel *updates = label(*page, "allowance_post_interview");
    EXPECT_EQ(updates->property("availability").toString(), QStringLiteral("never"));
    EXPECT_TRUE(updates->toolTip().contains(
        QStringLiteral("Birch Hill Otolaryngology does not want post-interview communication")));
    EXPECT_FALSE(countdown->isVisible());
    QLabel *badge = label(*page, "headerPolicyBadge");
    EXPECT_TRUE(badge->isVisible());
    EXPECT_EQ(badge->text(), QStringLiteral("Policy: No post-interview communication"));
    // The program's own words stay text, never markup.
    EXPECT_TRUE(badge->toolTip().contains(QStringLiteral("&lt;i&gt;No letters&lt;/i&gt;")));
    QLabel *note = label(*page, "headerPolicy");
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    EXPECT_EQ(note->text(), QStringLiteral("The program says: <i>No letters</i>, please"));

    pick(*page, cedar);
    EXPECT_EQ(chip(*page, core::Quota::ThankYou), QStringLiteral("Thank-you 1/1 · sent Dec 2"));
    EXPECT_EQ(chip(*page, core::Quota::PostInterview), QStringLiteral("Updates 1/2 · from Jan 16"));
    EXPECT_EQ(chip(*page, core::Quota::TopChoice), QStringLiteral("Top choice 1/1 · told Jan 2"));
    EXPECT_EQ(label(*page, "allowance_post_interview")->property("availability").toString(),
              QStringLiteral("later"));
    QLabel *star = label(*page, "headerStar");
    EXPECT_TRUE(star->isVisible());
    EXPECT_TRUE(star->toolTip().contains(QStringLiteral("that it is your top choice")));
    EXPECT_FALSE(countdown->isVisible());
    EXPECT_FALSE(badge->isVisible());
    EXPECT_FALSE(note->isVisible());

    pick(*page, dogwood);
    QLabel *title = label(*page, "headerTitle");
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(title->text(), QStringLiteral("<b>Dogwood</b> ENT"));
    // Before the interview the pre-interview quota says what is next; the
    // others wait for the interview, which is not scheduled.
    EXPECT_EQ(chip(*page, core::Quota::PreInterview), QStringLiteral("Pre-interview 0/2 · 2 left"));
    EXPECT_EQ(chip(*page, core::Quota::ThankYou), QStringLiteral("Thank-you 0/1"));
    EXPECT_TRUE(label(*page, "allowance_thank_you")
                    ->toolTip()
                    .contains(QStringLiteral("After the interview, which is not scheduled yet")));
}

TEST_F(ProgramAllowanceUiTest, ASecondProgramToldIsMarkedOneTooMany)
{
    // Alder Valley is told too, after Cedar Point: a letter of intent.
    send(CommunicationBuilder(alder)
             .at(utc(2027, 1, 8, 9))
             .kind(core::Kind::LetterOfIntent)
             .subject(QStringLiteral("My letter of intent")));
    ASSERT_TRUE(session().reloadNow().ok());
    auto page = showPage();
    const QModelIndex name = page->listModel()->indexOf(alder);
    EXPECT_TRUE(name.data(ProgramListModel::TopChoiceRole).toBool());
    const QString tip = name.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("one program too many"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Cedar Point Otolaryngology was told first")));

    pick(*page, alder);
    EXPECT_EQ(chip(*page, core::Quota::TopChoice), QStringLiteral("Top choice 2/1 · one too many"));
    EXPECT_TRUE(label(*page, "headerStar")
                    ->toolTip()
                    .contains(QStringLiteral("One program too many: Cedar Point Otolaryngology")));
    pick(*page, cedar);
    EXPECT_EQ(chip(*page, core::Quota::TopChoice), QStringLiteral("Top choice 2/1 · told Jan 2"));
}

} // namespace
