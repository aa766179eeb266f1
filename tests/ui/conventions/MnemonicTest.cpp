// Alt+letter does one thing in each window: no two visible menu titles,
// buttons, check boxes, tabs or labels of a window share a mnemonic.

#include "Mnemonics.h"
#include "io/IoFixture.h"

#include "MainWindow.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "dialogs/ConfirmFindingsDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/ImportMailDialog.h"
#include "dialogs/ImportProgramsDialog.h"
#include "dialogs/ProgramDialog.h"
#include "pages/ProgramsPage.h"

#include <QTabWidget>

namespace rapport::test {
namespace {

class MnemonicTest : public IoFixture
{
protected:
    void expectNoClash(QWidget &window, const QString &where)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QStringList clashes = mnemonicClashes(&window);
        EXPECT_TRUE(clashes.isEmpty())
            << where.toStdString() << ":\n"
            << clashes.join(QLatin1Char('\n')).toStdString() << "\nall:\n"
            << mnemonicsOf(&window).join(QLatin1Char('\n')).toStdString();
    }
};

TEST_F(MnemonicTest, TheMainWindowOnEveryPageAndTab)
{
    loadDemo();
    ui::MainWindow window(session(), prompter);
    window.resize(1400, 900);
    for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
        window.showPage(page);
        expectNoClash(window, QStringLiteral("page %1").arg(page));
        if (page == ui::MainWindow::ProgramsIndex)
            window.programsPage()->selectProgram(session().snapshot().programs.first().id);
        // Every tab of the page: a program's timeline, details and
        // contacts; the settings' profile, season, quotas and phrases.
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                expectNoClash(
                    window, QStringLiteral("page %1, tab “%2”").arg(page).arg(tabs->tabText(tab)));
            }
        }
    }
}

TEST_F(MnemonicTest, EveryDialog)
{
    loadDemo();
    const core::Communication &c = session().snapshot().communications.first();
    {
        ui::ComposeDialog dialog(session(), prompter);
        dialog.setProgram(c.programId);
        expectNoClash(dialog, QStringLiteral("Compose"));
    }
    {
        ui::CommunicationDialog dialog(session(), prompter, c.id);
        expectNoClash(dialog, QStringLiteral("an entry"));
    }
    {
        ui::CommunicationDialog dialog(session(), prompter, 0, nullptr, c.programId);
        expectNoClash(dialog, QStringLiteral("a new entry"));
    }
    {
        ui::ProgramDialog dialog(session(), prompter);
        expectNoClash(dialog, QStringLiteral("New program"));
    }
    {
        core::Contact contact;
        contact.programId = c.programId;
        ui::ContactDialog dialog(session(), prompter, contact);
        expectNoClash(dialog, QStringLiteral("Contact"));
    }
    {
        ui::ImportMailDialog dialog(session(), prompter, files);
        expectNoClash(dialog, QStringLiteral("Import mail"));
    }
    {
        ui::ImportProgramsDialog dialog(session(), prompter, files);
        expectNoClash(dialog, QStringLiteral("Import programs"));
    }
    {
        ui::FirstRunDialog dialog(session(), prompter);
        expectNoClash(dialog, QStringLiteral("First run"));
    }
    {
        core::Finding f;
        f.rule = QStringLiteral("quota.pre_interview");
        f.severity = core::Severity::Warning;
        f.setMessage(QStringLiteral("One more than recommended"));
        ui::ConfirmFindingsDialog dialog(QStringLiteral("Log as sent"), {f}, {}, nullptr);
        expectNoClash(dialog, QStringLiteral("Findings"));
    }
    {
        const QList<core::FieldConflict> conflicts{
            {QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")}};
        ui::ConflictDialog dialog(QStringLiteral("the program"), conflicts,
                                  [](const QString &key) { return key; });
        expectNoClash(dialog, QStringLiteral("Conflict"));
    }
}

} // namespace
} // namespace rapport::test
