#include "UiFixture.h"

#include "delegates/TimelineDelegate.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/ProgramDialog.h"
#include "models/ContactListModel.h"
#include "models/ProgramFilterProxy.h"
#include "models/ProgramListModel.h"
#include "models/TimelineModel.h"
#include "pages/ProgramContactsTab.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"
#include "widgets/TimelineView.h"

#include "rules/RuleEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using rapport::test::UiFixture;
using namespace rapport;
using ui::ProgramListModel;
using ui::ProgramsPage;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

class ProgramsPageTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // A day in January: interviews done, rank list not yet due.
        clock.set(QDateTime(QDate(2027, 1, 20), QTime(12, 0), QTimeZone::utc()));
        loadDemo();
    }

    std::unique_ptr<ProgramsPage> showPage()
    {
        auto page = std::make_unique<ProgramsPage>(session(), prompter);
        page->resize(1300, 800);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    core::Finding findingOf(const QString &rule)
    {
        for (const core::Finding &f : session().engine().checkSeason()) {
            if (f.rule == rule && f.communicationId())
                return f;
        }
        ADD_FAILURE() << "no finding " << rule.toStdString();
        return {};
    }
};

TEST_F(ProgramsPageTest, NewProgramThroughTheDialogIsListedAndSelected)
{
    auto page = showPage();
    const int before = page->listModel()->rowCount();
    page->newProgram();
    ui::ProgramDialog *dialog = page->programDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "programName"),
                     QStringLiteral("Zenith Otolaryngology"));
    QTest::keyClicks(child<QLineEdit>(dialog, "programInstitution"),
                     QStringLiteral("Zenith Health"));
    QTest::keyClicks(child<QLineEdit>(dialog, "programCity"), QStringLiteral("Albuquerque"));
    QTest::keyClicks(child<QLineEdit>(dialog, "programState"), QStringLiteral("NM"));
    auto *status = child<QComboBox>(dialog, "programStatus");
    status->setCurrentIndex(
        status->findData(static_cast<int>(core::ProgramStatus::InterviewScheduled)));
    QTest::mouseClick(child<QCheckBox>(dialog, "programHasInterview"), Qt::LeftButton);
    child<QDateEdit>(dialog, "programInterviewDate")->setDate(QDate(2027, 1, 28));
    auto *policy = child<QComboBox>(dialog, "programPolicy");
    policy->setCurrentIndex(
        policy->findData(static_cast<int>(core::CommunicationPolicy::NoThankYou)));
    clickOk(dialog);

    ASSERT_TRUE(QTest::qWaitFor([&] { return page->programDialog() == nullptr; }));
    settle();
    ASSERT_EQ(page->listModel()->rowCount(), before + 1);
    const core::Program *added = session().program(page->currentProgramId());
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->name, QStringLiteral("Zenith Otolaryngology"));
    EXPECT_EQ(added->state, QStringLiteral("NM"));
    EXPECT_EQ(added->status, core::ProgramStatus::InterviewScheduled);
    EXPECT_EQ(added->interviewDate, QDate(2027, 1, 28));
    EXPECT_EQ(added->policy, core::CommunicationPolicy::NoThankYou);
    // Selected in the list, and the page shows it.
    const QModelIndex current = page->listView()->currentIndex();
    EXPECT_EQ(current.data(ProgramListModel::ProgramIdRole).toLongLong(), added->id);
    // Elided until the header is laid out at its width.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return child<QLabel>(page.get(), "headerTitle")->text() == added->name;
    })) << child<QLabel>(page.get(), "headerTitle")->text().toStdString();
}

TEST_F(ProgramsPageTest, ProgramDialogKeepsInputWhenTheNameIsMissing)
{
    auto page = showPage();
    page->newProgram();
    ui::ProgramDialog *dialog = page->programDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "programCity"), QStringLiteral("Reno"));
    clickOk(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_EQ(child<QLineEdit>(dialog, "programCity")->text(), QStringLiteral("Reno"));
    EXPECT_EQ(session().snapshot().programs.size(), 40);
    dialog->reject();
}

TEST_F(ProgramsPageTest, AnEmptySeasonOffersTheFirstProgram)
{
    QTemporaryDir dir;
    auto fresh = ui::Session::open(dir.filePath(QStringLiteral("empty.sqlite")), clock);
    ASSERT_TRUE(fresh.ok());
    ProgramsPage page(*fresh.value(), prompter);
    page.show();
    auto *empty = child<QWidget>(&page, "emptySeason");
    EXPECT_TRUE(empty->isVisible());
    QTest::mouseClick(child<QPushButton>(&page, "emptyNewProgram"), Qt::LeftButton);
    ui::ProgramDialog *dialog = page.programDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "programName"), QStringLiteral("First Program"));
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !empty->isVisible(); }));
    EXPECT_NE(page.currentProgramId(), 0);
}

TEST_F(ProgramsPageTest, ContactAddedThroughTheDialogAppearsInTheContactsTab)
{
    auto page = showPage();
    const core::Program program = session().snapshot().programs.at(3);
    page->selectProgram(program.id);
    page->tabs()->setCurrentIndex(ProgramsPage::ContactsTab);
    const int before = page->contactsTab()->model()->rowCount();

    QTest::mouseClick(child<QPushButton>(page.get(), "contactAdd"), Qt::LeftButton);
    auto *dialog = page->contactsTab()->findChild<ui::ContactDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *title = child<QComboBox>(dialog, "contactTitle");
    title->setCurrentIndex(title->findData(QStringLiteral("Dr.")));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactFirstName"), QStringLiteral("Amara"));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactLastName"), QStringLiteral("Okafor"));
    auto *role = child<QComboBox>(dialog, "contactRole");
    role->setCurrentIndex(
        role->findData(static_cast<int>(core::ContactRole::AssociateProgramDirector)));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactEmail"), QStringLiteral("amara.okafor@"));
    clickOk(dialog);
    // A broken address is explained, and nothing typed is lost.
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("amara.okafor@")));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactEmail"), QStringLiteral("zenith.edu"));
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->contactsTab()->findChild<ui::ContactDialog *>() == nullptr; }));
    settle();

    ui::ContactListModel *model = page->contactsTab()->model();
    ASSERT_EQ(model->rowCount(), before + 1);
    const core::Contact *added = nullptr;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->contactAt(model->index(row, 0))->lastName == QLatin1String("Okafor"))
            added = model->contactAt(model->index(row, 0));
    }
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->title, QStringLiteral("Dr."));
    EXPECT_EQ(added->role, core::ContactRole::AssociateProgramDirector);
    EXPECT_EQ(added->email, QStringLiteral("amara.okafor@zenith.edu"));
    EXPECT_EQ(added->programId, program.id);
    EXPECT_EQ(page->contactsTab()->view()->currentIndex().data(ui::ContactListModel::ContactIdRole),
              added->id);
}

TEST_F(ProgramsPageTest, RemovingAContactAsksFirst)
{
    auto page = showPage();
    const core::Program program = session().snapshot().programs.at(5);
    page->selectProgram(program.id);
    page->tabs()->setCurrentIndex(ProgramsPage::ContactsTab);
    const int before = page->contactsTab()->model()->rowCount();
    ASSERT_GT(before, 0);

    prompter.deleteAnswer = false;
    QTest::mouseClick(child<QPushButton>(page.get(), "contactRemove"), Qt::LeftButton);
    EXPECT_EQ(prompter.deletions.size(), 1);
    EXPECT_EQ(page->contactsTab()->model()->rowCount(), before);

    prompter.deleteAnswer = true;
    QTest::mouseClick(child<QPushButton>(page.get(), "contactRemove"), Qt::LeftButton);
    settle();
    EXPECT_EQ(page->contactsTab()->model()->rowCount(), before - 1);
    EXPECT_EQ(session().contactsOf(program.id).size(), before - 1);
}

TEST_F(ProgramsPageTest, EditedDetailsAreSavedAndShown)
{
    auto page = showPage();
    const qint64 id = session().snapshot().programs.at(2).id;
    page->selectProgram(id);
    page->tabs()->setCurrentIndex(ProgramsPage::DetailsTab);
    auto *save = child<QPushButton>(page.get(), "detailsSave");
    EXPECT_FALSE(save->isEnabled());

    replaceText(child<QLineEdit>(page.get(), "detailsName"), QStringLiteral("Renamed Program"));
    replaceText(child<QLineEdit>(page.get(), "detailsPolicyNote"),
                QStringLiteral("Coordinator only, please"));
    auto *visa = child<QComboBox>(page.get(), "detailsVisa");
    visa->setCurrentIndex(visa->findData(static_cast<int>(core::VisaSponsorship::Both)));
    child<QSpinBox>(page.get(), "detailsMinGap")->setValue(21);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    settle();

    const core::Program *saved = session().program(id);
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->name, QStringLiteral("Renamed Program"));
    EXPECT_EQ(saved->policyNote, QStringLiteral("Coordinator only, please"));
    EXPECT_EQ(saved->visa, core::VisaSponsorship::Both);
    EXPECT_EQ(saved->minGapDays, 21);
    EXPECT_FALSE(page->detailsTab()->isDirty());
    EXPECT_EQ(child<QLabel>(page.get(), "headerTitle")->text(), QStringLiteral("Renamed Program"));
    EXPECT_EQ(page->listModel()->indexOf(id).data().toString(), QStringLiteral("Renamed Program"));
}

TEST_F(ProgramsPageTest, ARejectedSaveShowsWhyAndKeepsTheInput)
{
    auto page = showPage();
    const core::Program original = session().snapshot().programs.at(4);
    page->selectProgram(original.id);
    page->tabs()->setCurrentIndex(ProgramsPage::DetailsTab);
    auto *domain = child<QLineEdit>(page.get(), "detailsEmailDomain");
    replaceText(domain, QStringLiteral("not a domain"));
    QTest::mouseClick(child<QPushButton>(page.get(), "detailsSave"), Qt::LeftButton);

    EXPECT_TRUE(
        child<QLabel>(page.get(), "detailsError")->text().contains(QStringLiteral("not a domain")));
    EXPECT_EQ(domain->text(), QStringLiteral("not a domain"));
    EXPECT_TRUE(page->detailsTab()->isDirty());
    EXPECT_EQ(session().program(original.id)->emailDomain, original.emailDomain);

    // A reload from elsewhere does not wipe what the user is typing.
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(domain->text(), QStringLiteral("not a domain"));

    QTest::mouseClick(child<QPushButton>(page.get(), "detailsRevert"), Qt::LeftButton);
    EXPECT_EQ(domain->text(), original.emailDomain);
    EXPECT_FALSE(page->detailsTab()->isDirty());
}

TEST_F(ProgramsPageTest, MovingToAnotherProgramSavesTheEditsWhenAsked)
{
    prompter.unsavedAnswer = ui::UnsavedChoice::Save;
    auto page = showPage();
    const QModelIndex firstRow = page->proxy()->index(0, ProgramListModel::StatusColumn);
    const qint64 first = firstRow.data(ProgramListModel::ProgramIdRole).toLongLong();
    page->selectProgram(first);
    page->tabs()->setCurrentIndex(ProgramsPage::DetailsTab);
    replaceText(child<QLineEdit>(page.get(), "detailsInstitution"),
                QStringLiteral("Edited Health"));
    ASSERT_TRUE(page->detailsTab()->isDirty());

    const QModelIndex other = page->proxy()->index(3, ProgramListModel::StatusColumn);
    const qint64 second = other.data(ProgramListModel::ProgramIdRole).toLongLong();
    QTest::mouseClick(page->listView()->viewport(), Qt::LeftButton, {},
                      page->listView()->visualRect(other).center());
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->currentProgramId() == second; }))
        << "the click did not switch to the second program";
    settle();
    EXPECT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_EQ(session().program(first)->institution, QStringLiteral("Edited Health"));
    EXPECT_FALSE(page->detailsTab()->isDirty());
    EXPECT_EQ(page->detailsTab()->program().id, second);

    // Edits that cannot be saved keep the page where it is.
    replaceText(child<QLineEdit>(page.get(), "detailsEmailDomain"), QStringLiteral("bad domain"));
    page->selectProgram(first);
    EXPECT_EQ(page->currentProgramId(), second);
    EXPECT_EQ(page->tabs()->currentIndex(), ProgramsPage::DetailsTab);
    EXPECT_FALSE(child<QLabel>(page.get(), "detailsError")->text().isEmpty());
}

TEST_F(ProgramsPageTest, FilterRowNarrowsTheList)
{
    auto page = showPage();
    ui::ProgramFilterProxy *proxy = page->proxy();
    const int all = proxy->rowCount();
    ASSERT_EQ(all, 40);
    const core::Program program = session().snapshot().programs.at(7);

    QTest::keyClicks(child<QLineEdit>(page.get(), "programFilter"), program.name);
    ASSERT_GE(proxy->rowCount(), 1);
    EXPECT_LT(proxy->rowCount(), all);
    bool listed = false;
    for (int row = 0; row < proxy->rowCount(); ++row)
        listed = listed || proxy->index(row, 0).data(ProgramListModel::ProgramIdRole) == program.id;
    EXPECT_TRUE(listed);
    child<QLineEdit>(page.get(), "programFilter")->clear();
    EXPECT_EQ(proxy->rowCount(), all);

    auto *status = child<QComboBox>(page.get(), "programStatusFilter");
    status->setCurrentIndex(status->findData(static_cast<int>(core::ProgramStatus::Withdrawn)));
    ASSERT_GT(proxy->rowCount(), 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        EXPECT_EQ(proxy->index(row, 0).data(ProgramListModel::StatusRole).toInt(),
                  static_cast<int>(core::ProgramStatus::Withdrawn));
    status->setCurrentIndex(0);
    EXPECT_EQ(proxy->rowCount(), all);

    QTest::mouseClick(child<QCheckBox>(page.get(), "programNeedsAttention"), Qt::LeftButton);
    ASSERT_GT(proxy->rowCount(), 0);
    EXPECT_LT(proxy->rowCount(), all);
    for (int row = 0; row < proxy->rowCount(); ++row)
        EXPECT_TRUE(proxy->index(row, 0).data(ProgramListModel::NeedsAttentionRole).toBool());
    EXPECT_TRUE(child<QLabel>(page.get(), "programCount")->text().contains(QStringLiteral(" of ")));
}

TEST_F(ProgramsPageTest, ClickingAProgramShowsItsTimeline)
{
    auto page = showPage();
    const QModelIndex third = page->proxy()->index(2, ProgramListModel::StatusColumn);
    const qint64 id = third.data(ProgramListModel::ProgramIdRole).toLongLong();
    QTest::mouseClick(page->listView()->viewport(), Qt::LeftButton, {},
                      page->listView()->visualRect(third).center());
    EXPECT_EQ(page->currentProgramId(), id);
    EXPECT_EQ(page->timelineModel()->programId(), id);
    EXPECT_EQ(page->contactsTab()->model()->programId(), id);
}

TEST_F(ProgramsPageTest, FlaggedIncomingMessageOffersASafeReply)
{
    const core::Finding finding = findingOf(QStringLiteral("incoming.rank_request"));
    const qint64 entryId = *finding.communicationId();
    auto page = showPage();
    page->selectProgram(*finding.programId);
    ui::TimelineView *view = page->timelineView();
    const QModelIndex entry = page->timelineModel()->indexOf(entryId);
    ASSERT_TRUE(entry.data(ui::TimelineModel::IncomingFlaggedRole).toBool());
    view->scrollTo(entry);

    QSignalSpy compose(page.get(), &ProgramsPage::composeRequested);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(entry);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    const QRect button = ui::TimelineDelegate::replyButtonRect(option);
    ASSERT_TRUE(view->viewport()->rect().contains(button));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());

    ASSERT_EQ(compose.size(), 1);
    const QList<QVariant> args = compose.takeFirst();
    EXPECT_EQ(args.at(0).toLongLong(), *finding.programId);
    EXPECT_EQ(args.at(1).toLongLong(),
              page->timelineModel()->communicationAt(entry)->contactId.value_or(0));
    EXPECT_EQ(args.at(2).toString(), QStringLiteral("reply-to-pressure"));
    EXPECT_EQ(args.at(3).toLongLong(), entryId);

    // An ordinary entry has no such button: a click there only selects.
    const QModelIndex first = page->timelineModel()->index(1);
    ASSERT_FALSE(first.data(ui::TimelineModel::IncomingFlaggedRole).toBool());
    option.rect = view->visualRect(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      ui::TimelineDelegate::replyButtonRect(option).center());
    EXPECT_TRUE(compose.isEmpty());
}

TEST_F(ProgramsPageTest, DoubleClickOpensTheEntry)
{
    auto page = showPage();
    const qint64 programId = session().snapshot().communications.first().programId;
    page->selectProgram(programId);
    ui::TimelineView *view = page->timelineView();
    ui::TimelineModel *model = page->timelineModel();
    QModelIndex entry;
    QModelIndex milestone;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isMilestone(model->index(row)))
            milestone = milestone.isValid() ? milestone : model->index(row);
        else
            entry = entry.isValid() ? entry : model->index(row);
    }
    ASSERT_TRUE(entry.isValid() && milestone.isValid());
    QSignalSpy opened(page.get(), &ProgramsPage::communicationRequested);

    // As a real double-click arrives: a click, then the double-click event.
    const auto doubleClick = [view](const QModelIndex &index) {
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    };
    doubleClick(milestone);
    EXPECT_TRUE(opened.isEmpty());
    doubleClick(entry);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), model->communicationAt(entry)->id);
}

TEST_F(ProgramsPageTest, HeaderButtonsAskToCompose)
{
    auto page = showPage();
    const qint64 id = session().snapshot().programs.at(1).id;
    page->selectProgram(id);
    QSignalSpy compose(page.get(), &ProgramsPage::composeRequested);
    QTest::mouseClick(child<QPushButton>(page.get(), "programCompose"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page.get(), "programLogEntry"), Qt::LeftButton);
    ASSERT_EQ(compose.size(), 2);
    EXPECT_EQ(compose.at(0).at(0).toLongLong(), id);
    EXPECT_EQ(compose.at(0).at(1).toLongLong(), 0);
    EXPECT_TRUE(compose.at(0).at(2).toString().isEmpty());
}

TEST_F(ProgramsPageTest, LayoutAndFiltersAreRemembered)
{
    QSettings settings(
        QDir::temp().filePath(
            QStringLiteral("rapport-programs-%1.ini").arg(QCoreApplication::applicationPid())),
        QSettings::IniFormat);
    {
        auto page = showPage();
        auto *status = child<QComboBox>(page.get(), "programStatusFilter");
        status->setCurrentIndex(status->findData(static_cast<int>(core::ProgramStatus::Ranked)));
        page->tabs()->setCurrentIndex(ProgramsPage::ContactsTab);
        page->listView()->sortByColumn(ProgramListModel::InterviewColumn, Qt::DescendingOrder);
        page->saveState(settings);
    }
    auto page = showPage();
    page->restoreState(settings);
    EXPECT_EQ(child<QComboBox>(page.get(), "programStatusFilter")->currentData().toInt(),
              static_cast<int>(core::ProgramStatus::Ranked));
    EXPECT_EQ(page->tabs()->currentIndex(), ProgramsPage::ContactsTab);
    EXPECT_EQ(page->listView()->horizontalHeader()->sortIndicatorSection(),
              ProgramListModel::InterviewColumn);
    EXPECT_FALSE(settings.value(QStringLiteral("pages/programs/splitter")).toByteArray().isEmpty());
    QFile::remove(settings.fileName());
}

TEST_F(ProgramsPageTest, FocusSearchPutsTheCursorInTheFilter)
{
    auto page = showPage();
    page->activateWindow();
    page->focusSearch();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QLineEdit>(page.get(), "programFilter")->hasFocus(); }));
}

} // namespace
