#include "MarkupProbe.h"
#include "UiFixture.h"
#include "support/Builders.h"

#include "MainWindow.h"
#include "Prompter.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "dialogs/ConfirmFindingsDialog.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/ImportMailDialog.h"
#include "dialogs/ImportProgramsDialog.h"
#include "io/IoFixture.h"
#include "pages/ProgramHeader.h"
#include "pages/ProgramsPage.h"
#include "pages/TemplatesPage.h"

#include "domain/SeasonSnapshot.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace rapport::test {
namespace {

// A season whose every text a person or an import can set is full of
// markup: the window must show all of it as typed.
class MarkupSeasonTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(QDateTime(QDate(2027, 1, 8), QTime(12, 0), QTimeZone::utc()));
        core::ApplicantProfile profile;
        // The dashboard greets by the first word of the name.
        profile.name =
            markupPieces().first().literal + QLatin1Char(' ') + withMarkup(QStringLiteral("Ana"));
        profile.signature = withMarkup(QStringLiteral("Signed"));
        profile.email = QStringLiteral("ana@example.org");
        ASSERT_TRUE(core::ProfileRepository(session().db()).saveProfile(profile).ok());

        core::Program program = ProgramBuilder(withMarkup(QStringLiteral("Lake")))
                                    .status(core::ProgramStatus::Interviewed)
                                    .interview(QDate(2027, 1, 7), QTime(9, 0))
                                    .policy(core::CommunicationPolicy::NoPostInterview);
        program.institution = withMarkup(QStringLiteral("Institute"));
        program.policyNote = withMarkup(QStringLiteral("Policy"));
        program.notes = withMarkup(QStringLiteral("Notes"));
        m_program = add(core::ProgramRepository(session().db()).add(program));

        core::Contact contact = ContactBuilder(m_program).name(withMarkup(QStringLiteral("Mia")),
                                                               withMarkup(QStringLiteral("Lopez")));
        contact.notes = withMarkup(QStringLiteral("About"));
        m_contact = add(core::ContactRepository(session().db()).add(contact));

        core::CommunicationRepository messages(session().db());
        m_sent = add(messages.add(
            CommunicationBuilder(m_program)
                .contact(m_contact)
                .on(QDate(2027, 1, 7), QTime(18, 0))
                .kind(core::Kind::ThankYou)
                .subject(withMarkup(QStringLiteral("Thanks")))
                .body(withMarkup(QStringLiteral("Dear")) +
                      QStringLiteral("\n\nCould you tell me where I stand on your rank list? ") +
                      withMarkup(QStringLiteral("Asked")))));
        m_received = add(messages.add(CommunicationBuilder(m_program)
                                          .contact(m_contact)
                                          .incoming()
                                          .on(QDate(2027, 1, 8), QTime(8, 0))
                                          .kind(core::Kind::ProgramInterest)
                                          .subject(withMarkup(QStringLiteral("Re")))
                                          .body(QStringLiteral("Where will you rank us? ") +
                                                withMarkup(QStringLiteral("Tell us")))));
        add(messages.add(CommunicationBuilder(m_program)
                             .draft()
                             .on(QDate(2027, 1, 8), QTime(9, 0))
                             .subject(withMarkup(QStringLiteral("Draft")))
                             .body(withMarkup(QStringLiteral("Draft body")))));

        core::Template tmpl;
        tmpl.name = QStringLiteral("kx-note");
        tmpl.title = withMarkup(QStringLiteral("Title"));
        tmpl.kind = core::Kind::PostInterviewUpdate;
        tmpl.subject = withMarkup(QStringLiteral("Subject"));
        tmpl.body = withMarkup(QStringLiteral("Body"));
        ASSERT_TRUE(core::TemplateRepository(session().db()).save(tmpl).ok());
        ASSERT_TRUE(session().reloadNow().ok());
    }

    static qint64 add(const core::Result<qint64> &id)
    {
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    // Every text under the widget shows its markup as typed; returns how
    // many texts showed some, so a walk that saw none fails too.
    static int expectShownAsTyped(const QWidget &widget, const char *what)
    {
        const MarkupReport report = probeMarkup(&widget);
        EXPECT_TRUE(report.problems.isEmpty())
            << what << ":\n"
            << report.problems.join(QLatin1Char('\n')).toStdString();
        return report.literalsShown;
    }

    static void show(QWidget &widget)
    {
        widget.resize(1600, 1000);
        widget.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }

    qint64 m_program = 0;
    qint64 m_contact = 0;
    qint64 m_sent = 0;
    qint64 m_received = 0;
};

TEST_F(MarkupSeasonTest, EveryPageAndProgramTabShowsTheMarkupAsTyped)
{
    ui::MainWindow window(session(), prompter);
    show(window);
    for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
        window.showPage(page);
        settle();
        EXPECT_GT(expectShownAsTyped(window, "page"), 0) << "page " << page;
    }
    window.showProgram(m_program);
    ui::ProgramsPage *programs = window.programsPage();
    ASSERT_EQ(programs->currentProgramId(), m_program);
    for (int tab = 0; tab < programs->tabs()->count(); ++tab) {
        programs->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        EXPECT_GT(expectShownAsTyped(window, "program tab"), 0) << "tab " << tab;
    }
    const auto *header = programs->findChild<ui::ProgramHeader *>();
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(header->title(), withMarkup(QStringLiteral("Lake")));
    const auto *policy = header->findChild<QLabel *>(QStringLiteral("headerPolicy"));
    ASSERT_NE(policy, nullptr);
    EXPECT_TRUE(policy->text().contains(withMarkup(QStringLiteral("Policy"))));

    window.templatesPage()->selectTemplate(QStringLiteral("kx-note"));
    window.showPage(ui::MainWindow::TemplatesIndex);
    EXPECT_GT(expectShownAsTyped(window, "templates page"), 0);
}

TEST_F(MarkupSeasonTest, EntryComposeAndContactWindowsShowTheMarkupAsTyped)
{
    for (qint64 id : {m_sent, m_received}) {
        ui::CommunicationDialog entry(session(), prompter, id);
        show(entry);
        entry.checkNow();
        EXPECT_GT(expectShownAsTyped(entry, "entry window"), 0) << "entry " << id;
    }

    ui::ComposeDialog compose(session(), prompter);
    compose.setProgram(m_program);
    compose.setContact(m_contact);
    compose.setTemplate(QStringLiteral("kx-note"));
    show(compose);
    compose.checkNow();
    EXPECT_GT(expectShownAsTyped(compose, "compose"), 0);

    ui::ComposeDialog reply(session(), prompter);
    reply.setReplyTo(m_received);
    show(reply);
    reply.checkNow();
    EXPECT_GT(expectShownAsTyped(reply, "reply"), 0);

    auto contact = core::ContactRepository(session().db()).get(m_contact);
    ASSERT_TRUE(contact.ok());
    ui::ContactDialog contactDialog(session(), prompter, *contact);
    show(contactDialog);
    EXPECT_GT(expectShownAsTyped(contactDialog, "contact"), 0);

    ASSERT_FALSE(session().findings().isEmpty());
    ui::ConfirmFindingsDialog confirm(withMarkup(QStringLiteral("Log")), session().findings(),
                                      [](const QString &rule) { return rule; });
    show(confirm);
    EXPECT_GT(expectShownAsTyped(confirm, "confirm findings"), 0);
}

// A CSV cell or a mail header is the file's text: shown as typed before and
// after the import.
TEST_F(MarkupSeasonTest, ImportDialogsShowTheFilesTextAsTyped)
{
    QTemporaryDir dir;
    const auto csvCell = [](QString text) -> QString {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    const QString csv = QStringLiteral("name,city,interview date,") +
                        csvCell(withMarkup(QStringLiteral("Column"))) + QStringLiteral("\n") +
                        csvCell(withMarkup(QStringLiteral("Imported"))) +
                        QStringLiteral(",Boston,2027-01-20,x\n") +
                        csvCell(withMarkup(QStringLiteral("Broken"))) + QStringLiteral(",Boston,") +
                        csvCell(withMarkup(QStringLiteral("When"))) + QStringLiteral(",x\n");
    const QString csvPath = dir.filePath(QStringLiteral("programs.csv"));
    QFile csvFile(csvPath);
    ASSERT_TRUE(csvFile.open(QIODevice::WriteOnly));
    csvFile.write(csv.toUtf8());
    csvFile.close();

    FakeFileChooser files;
    {
        ui::ImportProgramsDialog programs(session(), prompter, files);
        ASSERT_TRUE(programs.openFile(csvPath));
        show(programs);
        EXPECT_GT(expectShownAsTyped(programs, "program import"), 0);
        auto *import = programs.findChild<QPushButton *>(QStringLiteral("importButton"));
        ASSERT_NE(import, nullptr);
        QTest::mouseClick(import, Qt::LeftButton);
        ASSERT_TRUE(programs.summary().has_value());
        EXPECT_GT(expectShownAsTyped(programs, "program import summary"), 0);
    }

    const QString mailPath = dir.filePath(QStringLiteral("message.eml"));
    QFile mail(mailPath);
    ASSERT_TRUE(mail.open(QIODevice::WriteOnly));
    mail.write("From: " + withMarkup(QStringLiteral("Office")).toUtf8() +
               " <office@unknown.example>\nTo: ana@example.org\nSubject: " +
               withMarkup(QStringLiteral("Mail")).toUtf8() +
               "\nDate: Tue, 13 Oct 2026 09:15:00 -0500\nMessage-ID: <m-1@unknown.example>\n\n" +
               withMarkup(QStringLiteral("Text")).toUtf8() + "\n");
    mail.close();
    ui::ImportMailDialog messages(session(), prompter, files);
    ASSERT_TRUE(messages.openFiles({mailPath}));
    show(messages);
    messages.view()->selectRow(0);
    EXPECT_GT(expectShownAsTyped(messages, "mail import"), 0);
}

TEST_F(MarkupSeasonTest, MessageBoxesShowTheMarkupAsTyped)
{
    ui::DialogPrompter dialogs;
    QWidget parent;
    int seen = 0;
    // The boxes are modal: look at each once it is up, then dismiss it.
    const auto inspect = [&] {
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            seen += expectShownAsTyped(*box, "message box");
            box->reject();
        });
    };
    const QString name = withMarkup(QStringLiteral("Lake"));
    inspect();
    dialogs.confirmDelete(&parent, name);
    inspect();
    dialogs.showError(&parent, name);
    inspect();
    dialogs.confirm(&parent, name, name, name);
    inspect();
    dialogs.inform(&parent, name, name);
    EXPECT_EQ(seen, 4);
}

} // namespace
} // namespace rapport::test
