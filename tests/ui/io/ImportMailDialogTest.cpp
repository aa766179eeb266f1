#include "IoFixture.h"

#include "dialogs/ImportMailDialog.h"
#include "models/MailPreviewModel.h"

#include "storage/CommunicationRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using rapport::test::IoFixture;
using rapport::test::testData;
using rapport::ui::ImportMailDialog;
using rapport::ui::MailPreviewModel;
namespace core = rapport::core;

namespace {

QString label(const QWidget &dialog, const char *name)
{
    auto *l = dialog.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

QPushButton *importButton(const QWidget &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
}

// Opens the cell's combo, picks value and presses Return, as a user would.
void choose(QTableView *view, const QModelIndex &index, const QVariant &value)
{
    view->setCurrentIndex(index);
    view->edit(index);
    auto *combo = view->viewport()->findChild<QComboBox *>(QStringLiteral("choiceEditor"));
    ASSERT_NE(combo, nullptr) << "no editor for column " << index.column();
    const int i = combo->findData(value);
    ASSERT_GE(i, 0) << value.toString().toStdString();
    combo->setCurrentIndex(i);
    QTest::keyClick(combo, Qt::Key_Return);
    // The view commits and closes the editor from its event loop.
    EXPECT_TRUE(QTest::qWaitFor([view] {
        return !view->viewport()->findChild<QComboBox *>(QStringLiteral("choiceEditor"));
    }));
}

// Space on the tick column toggles it, as it does in any item view.
void toggle(QTableView *view, int row)
{
    view->setCurrentIndex(view->model()->index(row, MailPreviewModel::ImportColumn));
    QTest::keyClick(view, Qt::Key_Space);
}

} // namespace

class ImportMailDialogTest : public IoFixture
{
protected:
    void SetUp() override
    {
        IoFixture::SetUp();
        loadMailSeason();
    }

    qsizetype storedMessages()
    {
        auto all = core::CommunicationRepository(session().db()).list();
        EXPECT_TRUE(all.ok());
        return all.ok() ? all->size() : -1;
    }
};

TEST_F(ImportMailDialogTest, ListsEveryMessageWithItsStatus)
{
    ImportMailDialog dialog(session(), prompter, files);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(dialog.openFiles({testData(QStringLiteral("mail/season.mbox"))}));
    MailPreviewModel *model = dialog.model();
    ASSERT_EQ(model->rowCount(), 12);
    const QString expected[] = {
        QStringLiteral("Ready"),     QStringLiteral("Ready"),     QStringLiteral("Ready"),
        QStringLiteral("Ready"),     QStringLiteral("Ready"),     QStringLiteral("Ready"),
        QStringLiteral("Ready"),     QStringLiteral("Unmatched"), QStringLiteral("Duplicate"),
        QStringLiteral("Unmatched"), QStringLiteral("Ready"),     QStringLiteral("Broken: ")};
    for (int row = 0; row < 12; ++row)
        EXPECT_TRUE(model->index(row, MailPreviewModel::StatusColumn)
                        .data()
                        .toString()
                        .startsWith(expected[row]))
            << "row " << row;
    EXPECT_EQ(model->index(11, MailPreviewModel::StatusColumn).data().toString(),
              QStringLiteral("Broken: message 12, line 218"));
    EXPECT_TRUE(model->index(11, MailPreviewModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("season.mbox, message 12 (byte 7286, line 218)")));

    // Duplicates and broken messages are unticked and cannot be ticked.
    for (int row : {8, 11}) {
        const QModelIndex tick = model->index(row, MailPreviewModel::ImportColumn);
        EXPECT_EQ(tick.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
        EXPECT_FALSE(tick.flags() & Qt::ItemIsUserCheckable);
    }
    EXPECT_EQ(model->index(0, MailPreviewModel::ProgramColumn).data().toString(),
              QStringLiteral("Lakeside University Otolaryngology"));
    EXPECT_EQ(model->index(0, MailPreviewModel::ContactColumn).data().toString(),
              QStringLiteral("Ms. Walsh"));
    EXPECT_TRUE(model->index(0, MailPreviewModel::KindColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(guessed)")));
    EXPECT_EQ(model->index(7, MailPreviewModel::ProgramColumn).data().toString(),
              QStringLiteral("Choose a program…"));

    EXPECT_EQ(label(dialog, "mailCounts"),
              QStringLiteral("12 messages: 8 ready, 2 unmatched, 1 duplicate, 1 broken. "
                             "8 will be imported."));
    EXPECT_FALSE(importButton(dialog)->isEnabled()) << "two ticked messages have no program";
    EXPECT_EQ(label(dialog, "mailBlocker"),
              QStringLiteral("2 ticked messages have no program: choose one for each, or untick "
                             "them."));
    EXPECT_EQ(storedMessages(), 0);
}

TEST_F(ImportMailDialogTest, StoresExactlyTheTickedMessagesOnConfirm)
{
    ImportMailDialog dialog(session(), prompter, files);
    dialog.show();
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(dialog.openFiles({testData(QStringLiteral("mail/season.mbox"))}));
    MailPreviewModel *model = dialog.model();
    QTableView *view = dialog.view();

    // Message 8 (Dr. Chen, no readable address) goes to Northgate; the
    // NRMP's notice is left out, and so is the Lakeside invitation.
    choose(view, model->index(7, MailPreviewModel::ProgramColumn), northgate);
    EXPECT_EQ(model->candidates().at(7).status, core::MailStatus::Ready);
    EXPECT_EQ(model->index(7, MailPreviewModel::ProgramColumn).data().toString(),
              QStringLiteral("Northgate Medical Center Otolaryngology"));
    toggle(view, 9);
    toggle(view, 0);
    EXPECT_EQ(model->index(0, MailPreviewModel::StatusColumn).data().toString(),
              QStringLiteral("Left out"));
    // The second Lakeside message becomes a logistics note, chosen by hand.
    choose(view, model->index(1, MailPreviewModel::KindColumn), int(core::Kind::Logistics));
    EXPECT_EQ(model->index(1, MailPreviewModel::KindColumn).data().toString(),
              QStringLiteral("Logistics"));

    EXPECT_TRUE(importButton(dialog)->isEnabled());
    EXPECT_EQ(importButton(dialog)->text(), QStringLiteral("&Import 8 messages"));
    EXPECT_EQ(storedMessages(), 0) << "nothing is stored before Import";
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);

    ASSERT_TRUE(dialog.summary().has_value())
        << prompter.errors.join(QLatin1Char('\n')).toStdString();
    const core::MailImportSummary s = *dialog.summary();
    EXPECT_EQ(s.imported, 8);
    EXPECT_EQ(s.duplicates, 1);
    EXPECT_EQ(s.unmatched, 1);
    EXPECT_EQ(s.broken, 1);
    EXPECT_EQ(s.skipped, 1);
    EXPECT_EQ(storedMessages(), 8);
    settle();
    EXPECT_EQ(session().snapshot().communications.size(), 8) << "the session was reloaded";

    core::CommunicationRepository repo(session().db());
    const auto idOf = [&](int row) {
        auto id = repo.findByMessageId(model->candidates().at(row).message.messageId);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : std::optional<qint64>();
    };
    EXPECT_FALSE(idOf(0).has_value()) << "unticked";
    EXPECT_FALSE(idOf(9).has_value()) << "unmatched and unticked";
    ASSERT_TRUE(idOf(7).has_value());
    EXPECT_EQ(repo.get(*idOf(7))->programId, northgate);
    ASSERT_TRUE(idOf(1).has_value());
    const core::Communication chosen = *repo.get(*idOf(1));
    EXPECT_EQ(chosen.kind, core::Kind::Logistics);
    EXPECT_FALSE(chosen.kindGuessed);

    const QString summary = label(dialog, "mailSummary");
    EXPECT_TRUE(summary.contains(QStringLiteral("8 messages imported")));
    EXPECT_TRUE(summary.contains(QStringLiteral("1 duplicate skipped")));
    EXPECT_TRUE(summary.contains(QStringLiteral("1 unmatched message left out")));
    EXPECT_TRUE(summary.contains(QStringLiteral("message 12 (byte 7286, line 218)")));
}

TEST_F(ImportMailDialogTest, ContactChoicesAreThoseOfTheProgram)
{
    ImportMailDialog dialog(session(), prompter, files);
    ASSERT_TRUE(dialog.openFiles({testData(QStringLiteral("mail/season.mbox"))}));
    MailPreviewModel *model = dialog.model();
    const QModelIndex contact = model->index(1, MailPreviewModel::ContactColumn);
    const QStringList choices = contact.data(MailPreviewModel::ChoiceLabelsRole).toStringList();
    ASSERT_EQ(choices.size(), 3);
    EXPECT_EQ(choices.at(0), QStringLiteral("(no contact)"));
    EXPECT_TRUE(choices.filter(QStringLiteral("Walsh")).size() == 1);
    EXPECT_TRUE(choices.filter(QStringLiteral("Lopez")).size() == 1);

    ASSERT_TRUE(model->setData(contact, walsh, MailPreviewModel::ValueRole));
    EXPECT_EQ(model->candidates().at(1).communication.contactId, walsh);
    EXPECT_FALSE(model->index(7, MailPreviewModel::ContactColumn).flags() & Qt::ItemIsEditable)
        << "an unmatched message has no program to take a contact from";
}

TEST_F(ImportMailDialogTest, ReimportingShowsEverythingAsDuplicate)
{
    {
        ImportMailDialog dialog(session(), prompter, files);
        ASSERT_TRUE(dialog.openFiles({testData(QStringLiteral("mail/northgate-update.eml"))}));
        ASSERT_TRUE(dialog.import());
    }
    ImportMailDialog again(session(), prompter, files);
    ASSERT_TRUE(again.openFiles({testData(QStringLiteral("mail/northgate-update.eml"))}));
    ASSERT_EQ(again.model()->rowCount(), 1);
    EXPECT_EQ(again.model()->candidates().first().status, core::MailStatus::Duplicate);
    EXPECT_FALSE(importButton(again)->isEnabled());
}
