// The window and rapport-cli on one season file, as an applicant who keeps
// the window open while scripting does: nothing either writes is lost, and
// the window shows what the command line wrote.

#include "UiFixture.h"

#include "MainWindow.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ContactDialog.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>

namespace rapport::test {
namespace {

class ConcurrentWritersTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo();
        window = std::make_unique<ui::MainWindow>(session(), prompter);
        window->show();
        program = session().snapshot().programs.at(2);
        window->showProgram(program.id);
        details = window->programsPage()->detailsTab();
        policyNote = details->findChild<QLineEdit *>(QStringLiteral("detailsPolicyNote"));
        save = details->findChild<QPushButton *>(QStringLiteral("detailsSave"));
        ASSERT_NE(policyNote, nullptr);
        ASSERT_NE(save, nullptr);
    }

    // rapport-cli, the real one, on the window's file.
    void cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RAPPORT_CLI),
                QStringList{QStringLiteral("--database"), session().db().path()} + args);
        ASSERT_TRUE(p.waitForFinished(30000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }

    void typePolicyNote(const QString &text)
    {
        policyNote->selectAll();
        QTest::keyClicks(policyNote, text);
        ASSERT_TRUE(details->isDirty());
    }

    core::Program stored()
    {
        auto p = core::ProgramRepository(session().db()).get(program.id);
        EXPECT_TRUE(p) << p.errorMessage().toStdString();
        return p ? *p : core::Program();
    }

    std::unique_ptr<ui::MainWindow> window;
    core::Program program;
    ui::ProgramDetailsTab *details = nullptr;
    QLineEdit *policyNote = nullptr;
    QPushButton *save = nullptr;
};

TEST_F(ConcurrentWritersTest, SavingInTheWindowKeepsWhatTheCommandLineWroteMeanwhile)
{
    typePolicyNote(QStringLiteral("Updates by email only"));
    cli({QStringLiteral("program"), QStringLiteral("edit"), QString::number(program.id),
         QStringLiteral("--notes"), QStringLiteral("Written from a script"),
         QStringLiteral("--preference-rank"), QStringLiteral("3")});
    QTest::mouseClick(save, Qt::LeftButton);
    settle();

    const core::Program now = stored();
    EXPECT_EQ(now.policyNote, QStringLiteral("Updates by email only"));
    EXPECT_EQ(now.notes, QStringLiteral("Written from a script"));
    EXPECT_EQ(now.preferenceRank, 3);
    EXPECT_TRUE(prompter.conflictsShown.isEmpty());
    EXPECT_FALSE(details->isDirty());
    EXPECT_EQ(details->program().notes, QStringLiteral("Written from a script"))
        << "the form shows the row as saved";
}

TEST_F(ConcurrentWritersTest, TheSameFieldChangedInBothIsAskedAbout)
{
    typePolicyNote(QStringLiteral("Mine"));
    cli({QStringLiteral("program"), QStringLiteral("edit"), QString::number(program.id),
         QStringLiteral("--policy-note"), QStringLiteral("Theirs"), QStringLiteral("--notes"),
         QStringLiteral("Also theirs")});

    // Back to editing: nothing is written, the edit stays.
    prompter.keepYours.reset();
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(prompter.conflictsShown.size(), 1);
    ASSERT_EQ(prompter.conflictsShown.first().size(), 1);
    EXPECT_EQ(prompter.conflictsShown.first().first().yours, QStringLiteral("Mine"));
    EXPECT_EQ(prompter.conflictsShown.first().first().stored, QStringLiteral("Theirs"));
    EXPECT_EQ(prompter.conflictLabels, QStringList{QStringLiteral("Policy note")});
    EXPECT_EQ(stored().policyNote, QStringLiteral("Theirs"));
    EXPECT_TRUE(details->isDirty());
    EXPECT_EQ(policyNote->text(), QStringLiteral("Mine"));

    // Keeping mine writes mine, and their other change stays.
    prompter.keepYours = QSet<QString>{QStringLiteral("policy_note")};
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    EXPECT_EQ(stored().policyNote, QStringLiteral("Mine"));
    EXPECT_EQ(stored().notes, QStringLiteral("Also theirs"));
}

TEST_F(ConcurrentWritersTest, TakingTheStoredValueKeepsTheirs)
{
    typePolicyNote(QStringLiteral("Mine"));
    cli({QStringLiteral("program"), QStringLiteral("edit"), QString::number(program.id),
         QStringLiteral("--policy-note"), QStringLiteral("Theirs")});
    prompter.keepYours = QSet<QString>();
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    EXPECT_EQ(prompter.conflictsShown.size(), 1);
    EXPECT_EQ(stored().policyNote, QStringLiteral("Theirs"));
    EXPECT_EQ(policyNote->text(), QStringLiteral("Theirs"));
    EXPECT_FALSE(details->isDirty());
}

TEST_F(ConcurrentWritersTest, TheWindowShowsWhatTheCommandLineWroteWithoutARestart)
{
    const qsizetype before = session().snapshot().communications.size();
    cli({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("--program"),
         QString::number(program.id), QStringLiteral("--at"), QStringLiteral("2027-02-19T10:00"),
         QStringLiteral("--kind"), QStringLiteral("logistics"), QStringLiteral("--direction"),
         QStringLiteral("incoming"), QStringLiteral("--subject"),
         QStringLiteral("Parking for the second look")});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return session().snapshot().communications.size() == before + 1; }, 10000))
        << "the window never read the new entry";
    const auto &log = session().snapshot().communications;
    EXPECT_TRUE(std::any_of(log.cbegin(), log.cend(), [](const core::Communication &c) {
        return c.subject == QStringLiteral("Parking for the second look");
    }));
}

TEST_F(ConcurrentWritersTest, AnUnsavedEditSurvivesTheRefreshAnotherWriterCauses)
{
    typePolicyNote(QStringLiteral("Half typed"));
    cli({QStringLiteral("program"), QStringLiteral("edit"), QString::number(program.id),
         QStringLiteral("--notes"), QStringLiteral("From the script")});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const core::Program *p = session().program(program.id);
            return p && p->notes == QStringLiteral("From the script");
        },
        10000));
    settle();
    EXPECT_EQ(policyNote->text(), QStringLiteral("Half typed"));
    EXPECT_TRUE(details->isDirty());
}

TEST_F(ConcurrentWritersTest, AnOpenEntryKeepsWhatAnotherWriterChangedAndAsksAboutTheSameField)
{
    qint64 entry = 0;
    for (const core::Communication &c : session().snapshot().communications) {
        if (c.programId == program.id && c.direction == core::Direction::Incoming)
            entry = c.id;
    }
    ASSERT_NE(entry, 0);
    auto *dialog = new ui::CommunicationDialog(session(), prompter, entry, window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    auto *subject = dialog->findChild<QLineEdit *>(QStringLiteral("subject"));
    ASSERT_NE(subject, nullptr);
    subject->setText(QStringLiteral("Mine"));

    // Another process: a second connection to the same file.
    auto other = core::Database::open(session().db().path());
    ASSERT_TRUE(other) << other.errorMessage().toStdString();
    core::CommunicationRepository theirLog(*other.value());
    auto theirs = theirLog.get(entry);
    ASSERT_TRUE(theirs) << theirs.errorMessage().toStdString();
    theirs->body = QStringLiteral("Their corrected text");
    theirs->subject = QStringLiteral("Theirs");
    ASSERT_TRUE(theirLog.update(*theirs));

    prompter.keepYours = QSet<QString>{QStringLiteral("subject")};
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    settle();
    ASSERT_EQ(prompter.conflictsShown.size(), 1);
    ASSERT_EQ(prompter.conflictsShown.first().size(), 1);
    EXPECT_EQ(prompter.conflictsShown.first().first().key, QStringLiteral("subject"));
    EXPECT_EQ(prompter.conflictLabels, QStringList{QStringLiteral("Subject")});
    auto now = core::CommunicationRepository(session().db()).get(entry);
    ASSERT_TRUE(now) << now.errorMessage().toStdString();
    EXPECT_EQ(now->subject, QStringLiteral("Mine"));
    EXPECT_EQ(now->body, QStringLiteral("Their corrected text"));
}

TEST_F(ConcurrentWritersTest, AnOpenContactKeepsWhatTheCommandLineWroteMeanwhile)
{
    const QList<core::Contact> contacts = session().contactsOf(program.id);
    ASSERT_FALSE(contacts.isEmpty());
    const core::Contact contact = contacts.first();
    ui::ContactDialog dialog(session(), prompter, contact, window.get());
    dialog.show();
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("contactPhone"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("contactEmail"));
    ASSERT_NE(phone, nullptr);
    ASSERT_NE(email, nullptr);
    phone->setText(QStringLiteral("+1 312 555 0100"));
    email->setText(QStringLiteral("mine@lakeside.example.edu"));
    cli({QStringLiteral("contact"), QStringLiteral("edit"), QString::number(contact.id),
         QStringLiteral("--notes"), QStringLiteral("Prefers email"), QStringLiteral("--email"),
         QStringLiteral("theirs@lakeside.example.edu")});

    prompter.keepYours = QSet<QString>(); // the stored address
    dialog.accept();
    settle();
    ASSERT_EQ(prompter.conflictsShown.size(), 1);
    EXPECT_EQ(prompter.conflictLabels, QStringList{QStringLiteral("Email")});
    auto now = core::ContactRepository(session().db()).get(contact.id);
    ASSERT_TRUE(now) << now.errorMessage().toStdString();
    EXPECT_EQ(now->phone, QStringLiteral("+1 312 555 0100"));
    EXPECT_EQ(now->notes, QStringLiteral("Prefers email"));
    EXPECT_EQ(now->email, QStringLiteral("theirs@lakeside.example.edu"));
}

TEST(ConflictDialog, OffersBothValuesAndKeepsYoursUnlessStoredIsChosen)
{
    const QList<core::FieldConflict> conflicts{
        {QStringLiteral("policy_note"), QStringLiteral("<b>Mine</b>"), QStringLiteral("Theirs")},
        {QStringLiteral("notes"), QStringLiteral("My notes"), QStringLiteral("Their notes")}};
    ui::ConflictDialog dialog(QStringLiteral("Lakeside"), conflicts,
                              &ui::ProgramDetailsTab::fieldLabel);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *mine = dialog.findChild<QRadioButton *>(QStringLiteral("yours_policy_note"));
    auto *theirs = dialog.findChild<QRadioButton *>(QStringLiteral("stored_notes"));
    ASSERT_NE(mine, nullptr);
    ASSERT_NE(theirs, nullptr);
    EXPECT_EQ(mine->text(), QStringLiteral("<b>Mine</b>")) << "shown as typed";
    EXPECT_EQ(dialog.keptYours(),
              (QSet<QString>{QStringLiteral("policy_note"), QStringLiteral("notes")}));
    QTest::mouseClick(theirs, Qt::LeftButton, {}, QPoint(8, theirs->height() / 2)); // on its circle
    EXPECT_EQ(dialog.keptYours(), QSet<QString>{QStringLiteral("policy_note")});
}

} // namespace
} // namespace rapport::test
