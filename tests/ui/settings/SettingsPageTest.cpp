#include "UiFixture.h"

#include "MailSyncRunner.h"
#include "pages/SettingsPage.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/ProfileRepository.h"
#include "widgets/PhraseListEditor.h"
#include "widgets/QuotaSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using rapport::test::UiFixture;
using rapport::ui::SettingsPage;
namespace core = rapport::core;

class SettingsPageTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // The user's rule file lives in the test's data folder, shared by
        // every test of this process: start and end without one.
        QFile::remove(core::RuleData::defaultUserFilePath());
        ASSERT_TRUE(session().reloadRules().ok());
        loadDemo();
        mailSync = std::make_unique<rapport::ui::MailSyncRunner>(session());
        page = std::make_unique<SettingsPage>(session(), prompter, *mailSync);
        page->resize(1200, 800);
    }
    void TearDown() override
    {
        page.reset();
        QFile::remove(core::RuleData::defaultUserFilePath());
        UiFixture::TearDown();
    }
    template <typename T> T *child(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }
    void setText(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        ASSERT_NE(edit, nullptr) << name;
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QList<core::Finding> findings(const QString &rule, qint64 programId, core::Severity severity)
    {
        QList<core::Finding> out;
        for (const core::Finding &f : session().engine().checkSeason()) {
            if (f.rule == rule && f.programId == programId && f.severity == severity)
                out << f;
        }
        return out;
    }

    std::unique_ptr<rapport::ui::MailSyncRunner> mailSync;
    std::unique_ptr<SettingsPage> page;
};

TEST_F(SettingsPageTest, BadProfileEmailShowsTheErrorAndStoresNothing)
{
    const core::ApplicantProfile before = core::ProfileRepository(session().db()).profile().value();
    setText("profileName", QStringLiteral("Someone Else"));
    setText("profileEmail", QStringLiteral("not-an-address"));
    QTest::mouseClick(child<QPushButton>("profileSave"), Qt::LeftButton);
    settle();
    auto *error = child<QLabel>("profileError");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("not an email address")))
        << error->text().toStdString();
    const core::ApplicantProfile after = core::ProfileRepository(session().db()).profile().value();
    EXPECT_EQ(after.name, before.name);
    EXPECT_EQ(after.email, before.email);
    EXPECT_EQ(child<QLineEdit>("profileEmail")->text(), QStringLiteral("not-an-address"))
        << "the input stays";

    setText("profileEmail", QStringLiteral("someone@example.org"));
    child<QPlainTextEdit>("profileOtherEmails")
        ->setPlainText(QStringLiteral("a@example.org\n\nb@example.org\n"));
    QTest::mouseClick(child<QPushButton>("profileSave"), Qt::LeftButton);
    settle();
    const core::ApplicantProfile saved = core::ProfileRepository(session().db()).profile().value();
    EXPECT_EQ(saved.name, QStringLiteral("Someone Else"));
    EXPECT_EQ(saved.otherEmails,
              (QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")}));
    EXPECT_EQ(session().snapshot().profile.email, QStringLiteral("someone@example.org"));
}

TEST_F(SettingsPageTest, DeadlineAfterMatchDayIsRefusedWithTheMessage)
{
    const core::Season before = session().snapshot().season;
    child<QDateEdit>("seasonRankListDeadline")->setDate(before.matchDay.addDays(3));
    QTest::mouseClick(child<QPushButton>("seasonSave"), Qt::LeftButton);
    settle();
    auto *error = child<QLabel>("seasonError");
    EXPECT_TRUE(error->text().contains(QStringLiteral("after Match Day")))
        << error->text().toStdString();
    EXPECT_EQ(core::ProfileRepository(session().db()).season(2027)->rankListDeadline,
              before.rankListDeadline);

    child<QDateEdit>("seasonRankListDeadline")->setDate(before.matchDay.addDays(-30));
    child<QSpinBox>("seasonSignals")->setValue(30);
    QTest::mouseClick(child<QPushButton>("seasonSave"), Qt::LeftButton);
    settle();
    EXPECT_EQ(session().snapshot().season.rankListDeadline, before.matchDay.addDays(-30));
    EXPECT_EQ(session().snapshot().season.signalCount, 30);
}

TEST_F(SettingsPageTest, QuotaOverrideChangesTheFindings)
{
    qint64 programId = 0;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (f.rule == QLatin1String("quota.pre_interview") &&
            f.severity == core::Severity::Warning && f.programId) {
            programId = *f.programId;
            break;
        }
    }
    ASSERT_GT(programId, 0) << "the demo season breaks the pre-interview quota somewhere";

    // Season-wide fields show the rule data's default until set.
    EXPECT_EQ(child<QLineEdit>("quota_pre_interview_maximum")->placeholderText(),
              QStringLiteral("2"));
    EXPECT_TRUE(child<QLineEdit>("quota_pre_interview_maximum")->text().isEmpty());

    page->quotas()->selectProgram(programId);
    setText("override_pre_interview_recommended", QStringLiteral("9"));
    setText("override_pre_interview_maximum", QStringLiteral("10"));
    QTest::mouseClick(child<QPushButton>("overrideSave"), Qt::LeftButton);
    settle();
    EXPECT_EQ(
        session().snapshot().quota.effective(programId, QStringLiteral("pre_interview")).maximum,
        10);
    EXPECT_TRUE(findings(QStringLiteral("quota.pre_interview"), programId, core::Severity::Warning)
                    .isEmpty());

    QTest::mouseClick(child<QPushButton>("overrideClear"), Qt::LeftButton);
    settle();
    EXPECT_FALSE(session().snapshot().quota.overrides.value(programId).contains(
        QStringLiteral("pre_interview")));
    EXPECT_FALSE(findings(QStringLiteral("quota.pre_interview"), programId, core::Severity::Warning)
                     .isEmpty());
}

TEST_F(SettingsPageTest, RecommendedAboveMaximumIsRefusedInline)
{
    setText("quota_thank_you_recommended", QStringLiteral("3"));
    setText("quota_thank_you_maximum", QStringLiteral("1"));
    QTest::mouseClick(child<QPushButton>("quotaSave"), Qt::LeftButton);
    settle();
    EXPECT_TRUE(child<QLabel>("quotaError")->text().contains(QStringLiteral("above the maximum")));
    EXPECT_FALSE(session().snapshot().quota.limits.contains(QStringLiteral("thank_you")));
}

TEST_F(SettingsPageTest, EditedPhraseListFiresInDraftChecks)
{
    const QString path = core::RuleData::defaultUserFilePath();
    // Another setting in the user's file must survive the save.
    {
        QFile file(path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"timing.min_gap": {"days": 10}})");
    }
    ASSERT_TRUE(session().reloadRules().ok());
    ASSERT_TRUE(session().reloadNow().ok());

    core::Draft draft;
    draft.programId = session().snapshot().programs.first().id;
    draft.kind = core::Kind::PostInterviewUpdate;
    draft.at = clock.now();
    draft.subject = QStringLiteral("An update");
    draft.body = QStringLiteral(
        "Dear Dr. Smith,\n\nI would walk with purple elephants to train with you.\n\n"
        "Sincerely,\nA");
    const auto fires = [&] {
        for (const core::Finding &f : session().engine().checkDraft(draft)) {
            if (f.rule == QLatin1String("content.emotional"))
                return true;
        }
        return false;
    };
    ASSERT_FALSE(fires());

    auto *editor = page->phrases();
    editor->selectRule(QStringLiteral("content.emotional"));
    ASSERT_EQ(editor->currentRule(), QStringLiteral("content.emotional"));
    auto *text = child<QPlainTextEdit>("phraseText");
    auto *saveButton = child<QPushButton>("phraseSave");
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("(purple elephant"));
    ASSERT_EQ(editor->errors().size(), 1);
    const int line = text->document()->blockCount();
    EXPECT_TRUE(editor->errors().first().startsWith(QStringLiteral("line %1:").arg(line)))
        << editor->errors().first().toStdString();
    EXPECT_FALSE(saveButton->isEnabled());

    QTextCursor cursor = text->document()->find(QStringLiteral("(purple"));
    cursor.insertText(QStringLiteral("\\bpurple"));
    EXPECT_TRUE(editor->errors().isEmpty());
    ASSERT_TRUE(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    settle();
    ASSERT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();

    EXPECT_TRUE(session()
                    .engine()
                    .data()
                    .phrases(QStringLiteral("content.emotional"))
                    .contains(QStringLiteral("\\bpurple elephant")));
    EXPECT_TRUE(fires());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("timing.min_gap"))
                  .toObject()
                  .value(QStringLiteral("days"))
                  .toInt(),
              10);
    EXPECT_TRUE(root.value(QStringLiteral("content.emotional"))
                    .toObject()
                    .contains(QStringLiteral("phrases")));
    EXPECT_EQ(root.value(QStringLiteral("content.emotional")).toObject().size(), 1)
        << "only the phrases";
    EXPECT_EQ(child<QLabel>("phraseOrigin")->text(), QStringLiteral("Your own list"));

    // Back to the shipped list.
    file.close();
    QTest::mouseClick(child<QPushButton>("phraseRestore"), Qt::LeftButton);
    settle();
    EXPECT_FALSE(fires());
    EXPECT_EQ(session().engine().data().number(QStringLiteral("timing.min_gap"),
                                               QStringLiteral("days"), 0),
              10);
}

TEST_F(SettingsPageTest, PhraseListsChangedWhileHiddenShowOnceTheTabIsOpened)
{
    auto *editor = page->phrases();
    editor->selectRule(QStringLiteral("content.emotional"));
    auto *text = child<QPlainTextEdit>("phraseText");
    ASSERT_FALSE(text->toPlainText().contains(QStringLiteral("purple elephant")));

    // New rules from the user's file, while nobody looks at the editor.
    const QString path = core::RuleData::defaultUserFilePath();
    {
        QFile file(path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"content.emotional": {"phrases": ["purple elephant"]}})");
    }
    ASSERT_TRUE(session().reloadRules().ok());
    ASSERT_TRUE(session().reloadNow().ok());

    child<QTabWidget>("settingsTabs")->setCurrentWidget(editor);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    EXPECT_EQ(editor->currentRule(), QStringLiteral("content.emotional"));
    EXPECT_EQ(text->toPlainText(), QStringLiteral("purple elephant"));
    EXPECT_EQ(child<QLabel>("phraseOrigin")->text(), QStringLiteral("Your own list"));
}
