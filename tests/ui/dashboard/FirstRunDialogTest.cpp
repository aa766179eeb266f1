#include "UiFixture.h"

#include "dialogs/FirstRunDialog.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace rapport::test {
namespace {

using ui::FirstRunChoice;
using ui::FirstRunDialog;

class FirstRunDialogTest : public UiFixture
{
protected:
    template <typename W> W *child(FirstRunDialog &dialog, const char *name)
    {
        auto *w = dialog.findChild<W *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    void type(FirstRunDialog &dialog, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

TEST_F(FirstRunDialogTest, FirstRunOnlyOnAnEmptySeason)
{
    EXPECT_TRUE(ui::isFirstRun(session()));
    core::ApplicantProfile profile;
    profile.name = QStringLiteral("Amira Haddad");
    ASSERT_TRUE(core::ProfileRepository(session().db()).saveProfile(profile).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_FALSE(ui::isFirstRun(session()));
}

TEST_F(FirstRunDialogTest, NotFirstRunWithProgramsButNoProfile)
{
    core::Program p;
    p.name = QStringLiteral("Lakeside University Otolaryngology");
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(p).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_FALSE(ui::isFirstRun(session()));
}

TEST_F(FirstRunDialogTest, SavesTheProfile)
{
    FirstRunDialog dialog(session(), prompter);
    dialog.show();
    type(dialog, "nameEdit", QStringLiteral("Amira Haddad"));
    child<QComboBox>(dialog, "degreeCombo")->setCurrentText(QStringLiteral("MBBCh"));
    type(dialog, "schoolEdit", QStringLiteral("Cairo University Faculty of Medicine"));
    type(dialog, "countryEdit", QStringLiteral("Egypt"));
    child<QSpinBox>(dialog, "graduationSpin")->setValue(2023);
    type(dialog, "aamcIdEdit", QStringLiteral("14829305"));
    child<QComboBox>(dialog, "visaCombo")->setCurrentText(QStringLiteral("Needs J-1 sponsorship"));
    type(dialog, "emailEdit", QStringLiteral("amira.haddad@example.org"));
    type(dialog, "phoneEdit", QStringLiteral("+1 617 555 0142"));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), FirstRunChoice::StartSeason);
    settle();
    EXPECT_TRUE(prompter.errors.isEmpty());
    auto saved = core::ProfileRepository(session().db()).profile();
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->name, QStringLiteral("Amira Haddad"));
    EXPECT_EQ(saved->degree, QStringLiteral("MBBCh"));
    EXPECT_EQ(saved->medicalSchool, QStringLiteral("Cairo University Faculty of Medicine"));
    EXPECT_EQ(saved->country, QStringLiteral("Egypt"));
    EXPECT_EQ(saved->graduationYear, 2023);
    EXPECT_EQ(saved->aamcId, QStringLiteral("14829305"));
    EXPECT_EQ(saved->visaStatus, QStringLiteral("Needs J-1 sponsorship"));
    EXPECT_EQ(saved->email, QStringLiteral("amira.haddad@example.org"));
    EXPECT_EQ(saved->phone, QStringLiteral("+1 617 555 0142"));
    EXPECT_EQ(saved->signature, QStringLiteral("Amira Haddad, MBBCh\nAAMC ID 14829305"));
    // The session was reloaded, so the window starts from the new profile.
    EXPECT_EQ(session().snapshot().profile.name, QStringLiteral("Amira Haddad"));
    EXPECT_FALSE(ui::isFirstRun(session()));
    auto hasSeason = core::ProfileRepository(session().db()).hasSeason();
    ASSERT_TRUE(hasSeason.ok());
    EXPECT_TRUE(*hasSeason);
}

TEST_F(FirstRunDialogTest, RejectsABadEmailWithTheMessageShown)
{
    FirstRunDialog dialog(session(), prompter);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "nameEdit", QStringLiteral("Amira Haddad"));
    type(dialog, "emailEdit", QStringLiteral("amira.haddad@example"));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = child<QLabel>(dialog, "errorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("amira.haddad@example")))
        << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("not an email address")));
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(dialog, "emailEdit"));
    auto saved = core::ProfileRepository(session().db()).profile();
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(saved->name.isEmpty());

    // Fixing the address lets the season start.
    type(dialog, "emailEdit", QStringLiteral("amira.haddad@example.org"));
    EXPECT_FALSE(error->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.choice(), FirstRunChoice::StartSeason);
}

TEST_F(FirstRunDialogTest, NameAndAamcIdAreChecked)
{
    FirstRunDialog dialog(session(), prompter);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("name")));
    type(dialog, "nameEdit", QStringLiteral("Amira Haddad"));
    type(dialog, "aamcIdEdit", QStringLiteral("12ab345"));
    EXPECT_EQ(child<QLineEdit>(dialog, "aamcIdEdit")->text(),
              QStringLiteral("12345")); // digits only
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("8 digits")));
    EXPECT_EQ(dialog.choice(), FirstRunChoice::Later);
}

TEST_F(FirstRunDialogTest, DemoChoiceSavesNothing)
{
    FirstRunDialog dialog(session(), prompter);
    dialog.show();
    type(dialog, "nameEdit", QStringLiteral("Amira Haddad"));
    QTest::mouseClick(child<QPushButton>(dialog, "demoButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), FirstRunChoice::OpenDemo);
    EXPECT_TRUE(ui::isFirstRun(session()));
}

} // namespace
} // namespace rapport::test
