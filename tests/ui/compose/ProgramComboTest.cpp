#include "ComposeFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "models/ProgramChoiceModel.h"

#include "domain/Program.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>

namespace rapport::test {
namespace {

using ui::ProgramChoiceModel;

core::Program program(qint64 id, const char *name)
{
    core::Program p;
    p.id = id;
    p.name = QString::fromUtf8(name);
    return p;
}

QStringList texts(const QComboBox &combo)
{
    QStringList out;
    for (int i = 0; i < combo.count(); ++i)
        out << combo.itemText(i);
    return out;
}

TEST(ProgramChoiceModelTest, OffersProgramsByNameWithTheirIds)
{
    const QList<core::Program> programs{program(7, "Zenith Health"), program(3, "Bayview ENT"),
                                        program(5, "Northgate Medical Center")};
    ProgramChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChoices(ProgramChoiceModel::sorted(programs));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Bayview ENT"));
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("Zenith Health"));
    EXPECT_EQ(model.index(1, 0).data(Qt::UserRole).toLongLong(), 5);
    EXPECT_EQ(model.rowOf(7), 2);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_EQ(model.rowOf(0), -1);
}

// Qt's model checks warn through this category; a warning per combo box
// refresh flooded stderr and cost the window's thread time at every save.
QStringList g_checkIndexWarnings;
void keepCheckIndexWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg &&
        qstrcmp(context.category, "qt.core.qabstractitemmodel.checkindex") == 0)
        g_checkIndexWarnings << text;
}

TEST(ProgramChoiceModelTest, AComboBoxWithNoCurrentProgramAsksWithoutAWarning)
{
    g_checkIndexWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepCheckIndexWarnings);
    ProgramChoiceModel model;
    model.setChoices(ProgramChoiceModel::sorted({program(3, "Bayview ENT")}));
    QComboBox combo;
    combo.setModel(&model); // asks for the current item's icon and text
    combo.setCurrentIndex(-1);
    EXPECT_EQ(combo.currentText(), QString());
    EXPECT_FALSE(model.data(QModelIndex()).isValid());
    qInstallMessageHandler(previous);
    EXPECT_TRUE(g_checkIndexWarnings.isEmpty()) << g_checkIndexWarnings.join(u'\n').toStdString();
}

TEST(ProgramChoiceModelTest, SortsAgainOnlyWhenNamesOrIdsChange)
{
    QList<core::Program> programs{program(1, "Lakeside"), program(2, "Bayview")};
    const auto first = ProgramChoiceModel::sorted(programs);
    programs[0].policyNote = QStringLiteral("Coordinator only");
    EXPECT_EQ(ProgramChoiceModel::sorted(programs), first) << "a note changes no choice";

    programs[0].name = QStringLiteral("Alder Valley");
    const auto renamed = ProgramChoiceModel::sorted(programs);
    ASSERT_NE(renamed, first);
    EXPECT_EQ(renamed->first().name, QStringLiteral("Alder Valley"));
    programs << program(3, "Cedar Ridge");
    EXPECT_EQ(ProgramChoiceModel::sorted(programs)->size(), 3);
}

class ProgramComboTest : public ComposeFixture
{
protected:
    void SetUp() override
    {
        ComposeFixture::SetUp();
        core::ProgramRepository repository(session().db());
        for (const char *name : {"Zenith Health Otolaryngology", "Bayview ENT",
                                 "Northgate Medical Center Otolaryngology"}) {
            auto added = repository.add(ProgramBuilder(QString::fromUtf8(name)));
            ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
            if (QByteArray(name).startsWith("Northgate"))
                northgate = *added;
        }
        ASSERT_TRUE(session().reloadNow().ok());
    }

    QStringList programNamesByName()
    {
        QStringList names;
        for (const core::Program &p : session().snapshot().programs)
            names << p.name;
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        return names;
    }

    qint64 northgate = 0;
};

TEST_F(ProgramComboTest, EntryWindowOffersEveryProgramAndSavesTheOneTyped)
{
    const qint64 id = log(CommunicationBuilder(programId).contact(contactId).subject("Hello"));
    ui::CommunicationDialog dialog(session(), prompter, id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = child<QComboBox>(dialog, "program");
    EXPECT_EQ(texts(*combo), programNamesByName());
    EXPECT_EQ(combo->currentData().toLongLong(), programId);

    combo->setFocus();
    QTest::keyClicks(combo, "Nor");
    EXPECT_EQ(combo->currentText(), QStringLiteral("Northgate Medical Center Otolaryngology"));
    EXPECT_EQ(combo->currentData().toLongLong(), northgate);

    QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
    ASSERT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
    auto saved = core::CommunicationRepository(session().db()).get(id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->programId, northgate);
    EXPECT_EQ(saved->subject, QStringLiteral("Hello"));
}

TEST_F(ProgramComboTest, ComposeOffersProgramsAddedWhileItIsOpen)
{
    ui::ComposeDialog dialog(session(), prompter);
    dialog.setProgram(programId);
    auto *combo = child<QComboBox>(dialog, "program");
    EXPECT_EQ(texts(*combo), programNamesByName());
    EXPECT_EQ(combo->currentData().toLongLong(), programId);

    auto added = core::ProgramRepository(session().db()).add(ProgramBuilder("Alder Valley ENT"));
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(texts(*combo), programNamesByName());
    EXPECT_EQ(combo->itemText(0), QStringLiteral("Alder Valley ENT"));
    EXPECT_EQ(combo->currentData().toLongLong(), programId) << "the choice is kept";
}

} // namespace
} // namespace rapport::test
