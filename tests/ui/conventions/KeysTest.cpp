// Enter and Esc do what the window in front of the user suggests.

#include "io/IoFixture.h"

#include "dialogs/ImportMailDialog.h"
#include "widgets/TemplateChooser.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

namespace rapport::test {
namespace {

class KeysTest : public IoFixture
{};

TEST_F(KeysTest, EnterInTheTemplateFilterKeepsTheTemplateShownSelected)
{
    ui::TemplateChooser chooser(session());
    chooser.show();
    ASSERT_TRUE(chooser.choose(QStringLiteral("thank-you")));
    QSignalSpy chosen(&chooser, &ui::TemplateChooser::chosen);
    auto *filter = chooser.findChild<QLineEdit *>(QStringLiteral("templateFilter"));
    ASSERT_NE(filter, nullptr);
    // "you" is shown by other templates above thank-you too.
    QTest::keyClicks(filter, QStringLiteral("you"));
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_EQ(chooser.currentName(), QStringLiteral("thank-you"));
    EXPECT_TRUE(chosen.isEmpty()) << "another template was opened";

    // With the selected one filtered out, Enter takes the first one shown.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("Second-look"));
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_EQ(chooser.currentName(), QStringLiteral("second-look-request"));
}

TEST_F(KeysTest, EnterInTheMailImportImportsAndDoesNotReopenTheFileChooser)
{
    loadMailSeason();
    ui::ImportMailDialog dialog(session(), prompter, files);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    files.openSets << QStringList{testData(QStringLiteral("mail/northgate-update.eml"))}
                   << QStringList{testData(QStringLiteral("mail/season.mbox"))};
    auto *choose = dialog.findChild<QPushButton *>(QStringLiteral("chooseFiles"));
    ASSERT_NE(choose, nullptr);
    QTest::mouseClick(choose, Qt::LeftButton);
    ASSERT_EQ(files.openSets.size(), 1);
    ASSERT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    ASSERT_TRUE(import->isEnabled())
        << dialog.findChild<QLabel *>(QStringLiteral("mailCounts"))->text().toStdString()
        << dialog.findChild<QLabel *>(QStringLiteral("mailBlocker"))->text().toStdString();
    EXPECT_TRUE(import->isDefault());

    // Even with the focus left on the button that chose the files.
    choose->setFocus();
    QTest::keyClick(choose, Qt::Key_Return);
    EXPECT_EQ(files.openSets.size(), 1) << "the file chooser opened again";
    ASSERT_TRUE(dialog.summary().has_value()) << "Enter did not import";
    EXPECT_EQ(dialog.summary()->imported, 1);
}

} // namespace
} // namespace rapport::test
