#include "MailSeason.h"

#include "storage/CommunicationRepository.h"
#include "support/FaultyVfs.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::MailSeason;

namespace {

const QStringList kMbox = {QStringLiteral("season.mbox")};

QDateTime at(int y, int mo, int d, int h, int mi, int s, int offsetHours)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(offsetHours * 3600));
}

Communication storedByMessageId(Database &db, const QString &messageId)
{
    CommunicationRepository repo(db);
    auto id = repo.findByMessageId(messageId);
    EXPECT_TRUE(id.ok() && id->has_value()) << messageId.toStdString();
    if (!id.ok() || !id->has_value())
        return {};
    auto c = repo.get(**id);
    EXPECT_TRUE(c.ok());
    return c.ok() ? *c : Communication{};
}

TEST(MailImport, PreviewGivesEveryMessageAStatusProgramContactAndKind)
{
    MailSeason s;
    const QList<MailCandidate> c = s.preview(kMbox);
    ASSERT_EQ(c.size(), 12);
    const MailStatus expected[] = {
        MailStatus::Ready,     MailStatus::Ready,     MailStatus::Ready, MailStatus::Ready,
        MailStatus::Ready,     MailStatus::Ready,     MailStatus::Ready, MailStatus::Unmatched,
        MailStatus::Duplicate, MailStatus::Unmatched, MailStatus::Ready, MailStatus::Broken};
    for (int i = 0; i < c.size(); ++i)
        EXPECT_EQ(c[i].status, expected[i])
            << "message " << i + 1 << ": " << c[i].reason.toStdString();

    const auto check = [&](int i, qint64 program, std::optional<qint64> contact,
                           Direction direction, Kind kind) {
        const Communication &comm = c[i - 1].communication;
        EXPECT_EQ(comm.programId, program) << "message " << i;
        EXPECT_EQ(comm.contactId, contact) << "message " << i;
        EXPECT_EQ(comm.direction, direction) << "message " << i;
        EXPECT_EQ(toString(comm.kind).toStdString(), toString(kind).toStdString())
            << "message " << i;
        EXPECT_TRUE(comm.kindGuessed);
    };
    check(1, s.lakeside, s.walsh, Direction::Incoming, Kind::ProgramInvitation);
    check(2, s.lakeside, s.lopez, Direction::Outgoing, Kind::ThankYou);
    check(3, s.northgate, s.munoz, Direction::Incoming, Kind::Logistics);
    check(4, s.magnolia, s.boudreaux, Direction::Incoming, Kind::SecondLookRequest);
    check(5, s.bayview, std::nullopt, Direction::Incoming, Kind::Other);
    check(6, s.lakeside, s.lopez, Direction::Outgoing, Kind::ApplicationUpdate);
    check(7, s.riverbend, std::nullopt, Direction::Outgoing, Kind::VisaInquiry);
    check(11, s.lakeside, s.lopez, Direction::Outgoing, Kind::LetterOfIntent);

    EXPECT_EQ(c[7].reason,
              QStringLiteral("season.mbox, message 8 (byte 5289, line 156): the sender "
                             "has no readable address (From: \"Dr. Pat Chen pchen at "
                             "northgate dot org\")"));
    EXPECT_EQ(c[8].reason, QStringLiteral("season.mbox, message 9 (byte 5637, line 167): the same "
                                          "message as season.mbox, message 1 (byte 0, line 1)"));
    EXPECT_EQ(c[9].reason,
              QStringLiteral("season.mbox, message 10 (byte 6429, line 189): no program "
                             "has a contact at, or the email domain of, noreply@nrmp.org"));
    EXPECT_EQ(c[11].reason, QStringLiteral("season.mbox, message 12 (byte 7286, line 218): the "
                                           "message is cut off before its end"));
}

TEST(MailImport, StoresDecodedTextWithTheZoneItWasWrittenIn)
{
    MailSeason s;
    const MailImportSummary summary = s.importFiles(kMbox);
    EXPECT_EQ(summary.imported, 8);
    EXPECT_EQ(summary.duplicates, 1);
    EXPECT_EQ(summary.unmatched, 2);
    EXPECT_EQ(summary.broken, 1);
    EXPECT_EQ(rapport::test::rowCount(s.db(), QStringLiteral("communications")), 8);

    const Communication invite =
        storedByMessageId(s.db(), QStringLiteral("inv-20261013-0915@lakeside.edu"));
    EXPECT_EQ(invite.at, at(2026, 10, 13, 9, 15, 0, -5));
    EXPECT_EQ(invite.at.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(invite.subject,
              QString::fromUtf8("Interview invitation – Lakeside University Otolaryngology"));
    EXPECT_EQ(invite.source, Source::Imported);
    EXPECT_EQ(invite.channel, Channel::Email);
    EXPECT_EQ(invite.state, CommState::Sent);
    EXPECT_TRUE(invite.kindGuessed);

    const Communication thanks =
        storedByMessageId(s.db(), QStringLiteral("CAHaddad-ty-1121@mail.gmail.com"));
    EXPECT_EQ(thanks.at.offsetFromUtc(), 2 * 3600);
    EXPECT_EQ(thanks.at.toUTC(),
              QDateTime(QDate(2026, 11, 21), QTime(6, 40, 12), QTimeZone::utc()));
    EXPECT_EQ(thanks.body, QStringLiteral("Dear Dr. Lopez,\n\nThank you for the conversation "
                                          "yesterday about the skull base service and\n"
                                          "the resident-run rhinology clinic. Meeting the "
                                          "residents confirmed how\nmuch I would value "
                                          "training at Lakeside.\n\nSincerely,\nAmira Haddad, MD"));

    const Communication latin =
        storedByMessageId(s.db(), QStringLiteral("20261116190500.4411@northgate.org"));
    EXPECT_EQ(latin.subject, QString::fromUtf8("Confirmación: your interview on December 3"));
    EXPECT_TRUE(latin.body.contains(QString::fromUtf8("Señora Peña")));

    const Communication cp1252 =
        storedByMessageId(s.db(), QStringLiteral("sl-2027-01-08@magnolia.edu"));
    EXPECT_EQ(cp1252.subject, QString::fromUtf8("“Second look” day – January 15"));
    EXPECT_EQ(cp1252.at.offsetFromUtc(), -6 * 3600);

    const Communication html = storedByMessageId(s.db(), QStringLiteral("bv-reg-8812@bayview.edu"));
    EXPECT_TRUE(html.body.startsWith(
        QString::fromUtf8("Dear Dr. Haddad,\n\nThank you for applying to Bayview’s")));
    EXPECT_FALSE(html.contactId.has_value());

    const Communication cv =
        storedByMessageId(s.db(), QStringLiteral("cv-update-1015@alexmed.edu.eg"));
    EXPECT_EQ(cv.direction, Direction::Outgoing) << "sent from the applicant's other address";
    EXPECT_TRUE(cv.body.endsWith(
        QStringLiteral("Amira Haddad, MD\n\n[Attachment not stored: Haddad_CV_Oct2026.pdf]")));

    const Communication visa =
        storedByMessageId(s.db(), QStringLiteral("visa-q-0928@mail.gmail.com"));
    EXPECT_EQ(visa.at, QDateTime(QDate(2026, 9, 28), QTime(16, 2, 33), QTimeZone::utc()));
    EXPECT_EQ(visa.programId, s.riverbend) << "ent.med.riverbend.edu is in riverbend.edu";

    const Communication loi = storedByMessageId(s.db(), QStringLiteral("loi-0201@mail.gmail.com"));
    EXPECT_EQ(loi.at, at(2027, 2, 1, 21, 10, 0, -5));
    EXPECT_TRUE(loi.body.contains(QStringLiteral("\nFrom the first day")));
}

TEST(MailImport, ImportingTheSameMboxTwiceStoresEachMessageOnce)
{
    MailSeason s;
    EXPECT_EQ(s.importFiles(kMbox).imported, 8);
    const QString before = rapport::test::contentDump(s.db());
    const MailImportSummary again = s.importFiles(kMbox);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.duplicates, 9);
    EXPECT_EQ(again.broken, 1);
    EXPECT_EQ(rapport::test::rowCount(s.db(), QStringLiteral("communications")), 8);
    EXPECT_EQ(rapport::test::contentDump(s.db()), before);
}

TEST(MailImport, AMessageStoredSinceThePreviewOrListedTwiceIsStoredOnce)
{
    MailSeason s;
    const QList<MailCandidate> c = s.preview(kMbox);
    auto import = MailImport::load(s.db());
    ASSERT_TRUE(import.ok());
    // Another import stores the first message after this preview was made.
    ASSERT_TRUE(import->apply({c[0]}).ok());
    auto summary = import->apply(c + QList<MailCandidate>{c[1]});
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->imported, 7);
    EXPECT_EQ(summary->duplicates, 3) << "the preview's own, message 1 and message 2's copy";
    EXPECT_EQ(summary->ids.size(), 7);
    EXPECT_EQ(rapport::test::rowCount(s.db(), QStringLiteral("communications")), 8);
    EXPECT_EQ(rapport::test::queryValue(
                  s.db(),
                  QStringLiteral("SELECT count(*) FROM communications WHERE message_id = ?"),
                  {QStringLiteral("CAHaddad-ty-1121@mail.gmail.com")})
                  .toInt(),
              1);
}

TEST(MailImport, AMessageStoredBeforeThePreviewIsNamedByItsEntry)
{
    MailSeason s;
    auto first = MailImport::load(s.db())->apply(s.preview(kMbox));
    ASSERT_TRUE(first.ok());
    const QList<MailCandidate> again = s.preview(kMbox);
    EXPECT_EQ(again[1].status, MailStatus::Duplicate);
    EXPECT_EQ(again[1].reason, QStringLiteral("%1: already imported as entry %2")
                                   .arg(again[1].message.position.describe())
                                   .arg(first->ids.at(1)));
}

TEST(MailImport, EmlFilesAreMatchedAndDuplicatesAcrossFilesCounted)
{
    MailSeason s;
    const QList<MailCandidate> c =
        s.preview({QStringLiteral("season.mbox"), QStringLiteral("riverbend-invitation.eml"),
                   QStringLiteral("northgate-update.eml"), QStringLiteral("no-date.eml"),
                   QStringLiteral("lakeside-invitation-copy.eml")});
    ASSERT_EQ(c.size(), 16);
    EXPECT_EQ(c[12].status, MailStatus::Ready);
    EXPECT_EQ(c[12].communication.programId, s.riverbend);
    EXPECT_EQ(c[12].communication.kind, Kind::ProgramInvitation);
    EXPECT_EQ(c[13].status, MailStatus::Ready);
    EXPECT_EQ(c[13].communication.contactId, s.munoz);
    EXPECT_EQ(c[13].communication.kind, Kind::PostInterviewUpdate);
    EXPECT_EQ(c[14].status, MailStatus::Broken);
    EXPECT_EQ(c[14].reason,
              QStringLiteral("no-date.eml, message 1 (byte 0, line 1): it has no Date "
                             "header and no mbox From line to take a date from"));
    EXPECT_EQ(c[15].status, MailStatus::Duplicate);
}

TEST(MailImport, UnmatchedMessagesCanBeAssignedOrLeftOut)
{
    MailSeason s;
    QList<MailCandidate> c = s.preview(kMbox);
    auto import = MailImport::load(s.db());
    ASSERT_TRUE(import.ok());
    ASSERT_TRUE(import->assign(c[9], s.lakeside).ok());
    EXPECT_EQ(c[9].status, MailStatus::Ready);
    EXPECT_EQ(c[9].communication.programId, s.lakeside);
    EXPECT_FALSE(import->assign(c[7], s.lakeside, s.munoz).ok()) << "Muñoz is Northgate's";
    EXPECT_FALSE(import->assign(c[11], s.lakeside).ok()) << "a broken message cannot be stored";
    EXPECT_FALSE(import->assign(c[7], 999).ok());
    c[4].selected = false; // the user unticks the Bayview letter

    auto summary = import->apply(c);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->imported, 8);
    EXPECT_EQ(summary->skipped, 1);
    EXPECT_EQ(summary->unmatched, 1);
    EXPECT_EQ(storedByMessageId(s.db(), QStringLiteral("rol-open-2027@nrmp.org")).programId,
              s.lakeside);
}

TEST(MailImport, AFailureOnTheNthMessageLeavesTheDatabaseAsItWas)
{
    MailSeason s;
    const QList<MailCandidate> c = s.preview(kMbox);
    auto import = MailImport::load(s.db());
    ASSERT_TRUE(import.ok());
    // A constraint that refuses the third message, after two were written.
    ASSERT_TRUE(rapport::test::execSql(
                    s.db(), QStringLiteral("CREATE TEMP TRIGGER refuse_third BEFORE INSERT ON "
                                           "main.communications WHEN new.message_id = "
                                           "'20261116190500.4411@northgate.org' BEGIN "
                                           "SELECT RAISE(ABORT, 'refused by a rule'); END"))
                    .ok());
    const QString before = rapport::test::contentDump(s.db());
    auto summary = import->apply(c);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.errorMessage().startsWith(
        QStringLiteral("season.mbox, message 3 (byte 1732, line 54): could not log the "
                       "communication: refused by a rule")))
        << summary.errorMessage().toStdString();
    EXPECT_TRUE(summary.errorMessage().endsWith(QStringLiteral("; nothing was imported")));
    EXPECT_EQ(rapport::test::rowCount(s.db(), QStringLiteral("communications")), 0);
    EXPECT_EQ(rapport::test::contentDump(s.db()), before);
    EXPECT_EQ(s.db().transactionDepth(), 0);
}

TEST(MailImport, ARealRepositoryErrorMidwayRollsBackEveryMessage)
{
    MailSeason s;
    const QList<MailCandidate> c = s.preview(kMbox);
    auto import = MailImport::load(s.db());
    ASSERT_TRUE(import.ok());
    // Northgate goes away between the preview and the apply: its message
    // (the third) is refused by the repository after two were written.
    ASSERT_TRUE(ProgramRepository(s.db()).remove(s.northgate).ok());
    const QString before = rapport::test::contentDump(s.db());
    auto summary = import->apply(c);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.errorMessage(),
              QStringLiteral("season.mbox, message 3 (byte 1732, line 54): communication program "
                             "%1 does not exist; nothing was imported")
                  .arg(s.northgate));
    EXPECT_EQ(rapport::test::contentDump(s.db()), before);
    EXPECT_EQ(s.db().transactionDepth(), 0);
}

// How many writes SQLite makes importing the mbox with a tiny page cache.
int writesOfAnImport(rapport::test::FaultyVfs &vfs)
{
    MailSeason s;
    EXPECT_TRUE(rapport::test::execSql(s.db(), QStringLiteral("PRAGMA cache_size = 1")).ok());
    const QList<MailCandidate> c = s.preview(kMbox);
    const int before = vfs.writes();
    EXPECT_TRUE(MailImport::load(s.db())->apply(c).ok());
    return vfs.writes() - before;
}

TEST(MailImport, ADiskErrorPartWayLeavesTheDatabaseAsItWas)
{
    rapport::test::FaultyVfs vfs; // first: the databases below go through it
    const int writes = writesOfAnImport(vfs);
    ASSERT_GT(writes, 4);

    MailSeason s;
    // A one-page cache makes SQLite spill pages to the WAL while the import
    // runs, so the failure lands on a message, not only at COMMIT.
    ASSERT_TRUE(rapport::test::execSql(s.db(), QStringLiteral("PRAGMA cache_size = 1")).ok());
    const QList<MailCandidate> c = s.preview(kMbox);
    auto import = MailImport::load(s.db());
    ASSERT_TRUE(import.ok());
    const QString before = rapport::test::contentDump(s.db());

    vfs.failWritesAfter(writes / 2);
    auto summary = import->apply(c);
    vfs.disarm();
    ASSERT_FALSE(summary.ok());
    EXPECT_GT(vfs.failedWrites(), 0);
    EXPECT_TRUE(summary.errorMessage().contains(QStringLiteral("I/O")))
        << summary.errorMessage().toStdString();
    EXPECT_TRUE(summary.errorMessage().startsWith(QStringLiteral("season.mbox, message ")) &&
                !summary.errorMessage().startsWith(QStringLiteral("season.mbox, message 1 ")))
        << "after some messages were written: " << summary.errorMessage().toStdString();
    EXPECT_EQ(s.db().transactionDepth(), 0);
    EXPECT_EQ(rapport::test::rowCount(s.db(), QStringLiteral("communications")), 0);
    EXPECT_EQ(rapport::test::contentDump(s.db()), before);
    EXPECT_EQ(
        rapport::test::queryValue(s.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
        QStringLiteral("ok"));

    // And the same import then succeeds on the same connection.
    auto retry = import->apply(c);
    ASSERT_TRUE(retry.ok()) << retry.errorMessage().toStdString();
    EXPECT_EQ(retry->imported, 8);
}

TEST(MailImport, WithoutTheApplicantsAddressesEverythingLooksIncoming)
{
    rapport::test::TempDatabase t;
    auto import = MailImport::load(t.db());
    ASSERT_TRUE(import.ok());
    EXPECT_FALSE(import->knowsOwnAddresses());
}

} // namespace
