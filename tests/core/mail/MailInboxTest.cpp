#include "CapturedMail.h"

#include "storage/CommunicationRepository.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::InboxSeason;
using rapport::test::incoming;
using rapport::test::mailText;
using rapport::test::queryValue;
using rapport::test::rowCount;

namespace {

const QByteArray kFromWalsh = mailText(QStringLiteral("w1@lakeside.edu"),
                                       QStringLiteral("Jennifer Walsh <jwalsh@lakeside.edu>"),
                                       QStringLiteral("Interview day parking"));
const QByteArray kFromRiverbend =
    mailText(QStringLiteral("r1@riverbend.edu"), QStringLiteral("Sam Ortiz <sortiz@riverbend.edu>"),
             QStringLiteral("Interview invitation"));
const QByteArray kFromNrmp =
    mailText(QStringLiteral("n1@nrmp.org"), QStringLiteral("NRMP <noreply@nrmp.org>"),
             QStringLiteral("Your registration"));

TEST(MailInbox, ProposesTheProgramAndContactOfAKnownAddress)
{
    InboxSeason s;
    const CaptureSummary summary = s.capture({incoming(kFromWalsh)});
    ASSERT_EQ(summary.captured, 1);
    EXPECT_EQ(summary.proposed, 1);
    const InboxEntry e = s.entry(summary.ids.first());
    EXPECT_EQ(e.programId, s.lakeside);
    EXPECT_EQ(e.contactId, s.walsh);
    EXPECT_EQ(e.direction, Direction::Incoming);
    EXPECT_EQ(e.state, InboxState::Pending);
    EXPECT_EQ(e.origin, MailOrigin::Imap);
    EXPECT_EQ(e.folder, QStringLiteral("INBOX"));
    EXPECT_EQ(e.fromName, QStringLiteral("Jennifer Walsh"));
    EXPECT_EQ(e.fromAddress, QStringLiteral("jwalsh@lakeside.edu"));
    EXPECT_EQ(e.subject, QStringLiteral("Interview day parking"));
    EXPECT_EQ(e.at, QDateTime(QDate(2026, 10, 20), QTime(11, 0), QTimeZone(-4 * 3600)));
    EXPECT_EQ(e.captured, s.clock.now());
    EXPECT_TRUE(e.kindGuessed);
    EXPECT_TRUE(e.reason.isEmpty());
    EXPECT_TRUE(e.problem.isEmpty());
    // Nothing is logged until the applicant confirms.
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 0);
}

TEST(MailInbox, ProposesTheProgramOfTheSendersDomainWithoutAContact)
{
    InboxSeason s;
    const CaptureSummary summary = s.capture({incoming(kFromRiverbend)});
    const InboxEntry e = s.entry(summary.ids.first());
    EXPECT_EQ(e.programId, s.riverbend);
    EXPECT_EQ(e.contactId, std::nullopt);
    EXPECT_EQ(e.kind, Kind::ProgramInvitation);
}

TEST(MailInbox, AnUnknownSenderStaysPendingWithNoProgramAndAReason)
{
    InboxSeason s;
    const CaptureSummary summary = s.capture({incoming(kFromNrmp)});
    ASSERT_EQ(summary.captured, 1);
    EXPECT_EQ(summary.proposed, 0);
    const InboxEntry e = s.entry(summary.ids.first());
    EXPECT_EQ(e.programId, std::nullopt);
    EXPECT_EQ(e.state, InboxState::Pending);
    EXPECT_EQ(e.reason, QStringLiteral("no program has a contact at, or the email domain of, "
                                       "noreply@nrmp.org"));
}

TEST(MailInbox, OwnMailIsOutgoingAndMatchedByItsRecipient)
{
    InboxSeason s;
    const QByteArray sent =
        mailText(QStringLiteral("out1@gmail.com"), QStringLiteral("amira.haddad@gmail.com"),
                 QStringLiteral("Thank you"), QStringLiteral("Sat, 21 Nov 2026 08:40:12 +0200"),
                 QStringLiteral("Thank you for the interview yesterday.\n"),
                 QStringLiteral("mlopez@lakeside.edu"));
    const InboxEntry e = s.entry(s.capture({incoming(sent)}).ids.first());
    EXPECT_EQ(e.direction, Direction::Outgoing);
    EXPECT_EQ(e.contactId, s.lopez);
    EXPECT_EQ(e.kind, Kind::ThankYou);
}

TEST(MailInbox, CaptureIsIdempotentAcrossEverySource)
{
    InboxSeason s;
    ASSERT_EQ(s.capture({incoming(kFromWalsh, MailOrigin::Imap)}).captured, 1);
    for (const MailOrigin origin :
         {MailOrigin::Imap, MailOrigin::Maildir, MailOrigin::Mbox, MailOrigin::File}) {
        const CaptureSummary again = s.capture({incoming(kFromWalsh, origin)});
        EXPECT_EQ(again.captured, 0) << toString(origin).toStdString();
        EXPECT_EQ(again.duplicates, 1);
    }
    // Twice in one batch: once.
    const CaptureSummary twice = s.capture({incoming(kFromNrmp), incoming(kFromNrmp)});
    EXPECT_EQ(twice.captured, 1);
    EXPECT_EQ(twice.duplicates, 1);
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 2);
}

TEST(MailInbox, AMessageWithoutMessageIdIsKnownAgainByItsContent)
{
    InboxSeason s;
    const QByteArray noId =
        mailText({}, QStringLiteral("jwalsh@lakeside.edu"), QStringLiteral("No id here"));
    ASSERT_EQ(s.capture({incoming(noId)}).captured, 1);
    EXPECT_EQ(s.capture({incoming(noId, MailOrigin::Maildir)}).duplicates, 1);
    EXPECT_TRUE(queryValue(s.db(), QStringLiteral("SELECT message_id FROM mail_inbox"))
                    .toString()
                    .endsWith(QLatin1String("@imported.invalid")));
}

TEST(MailInbox, AMessageImportedIntoTheLogEarlierIsNotCapturedAgain)
{
    InboxSeason s;
    ASSERT_EQ(s.importFiles({QStringLiteral("riverbend-invitation.eml")}).imported, 1);
    QFile file(InboxSeason::file("riverbend-invitation.eml"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const CaptureSummary summary = s.capture({incoming(file.readAll(), MailOrigin::Maildir)});
    EXPECT_EQ(summary.captured, 0);
    EXPECT_EQ(summary.duplicates, 1);
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 0);
}

TEST(MailInbox, ABrokenMessageIsQueuedWithItsProblemAndCannotBeConfirmed)
{
    InboxSeason s;
    const QByteArray noDate =
        mailText(QStringLiteral("nodate@lakeside.edu"), QStringLiteral("jwalsh@lakeside.edu"),
                 QStringLiteral("Undated"), QStringLiteral("someday"));
    const CaptureSummary summary =
        s.capture({incoming(noDate), incoming(QByteArray("\x01\x02 not mail at all"))});
    EXPECT_EQ(summary.captured, 2);
    EXPECT_EQ(summary.broken, 2);
    const InboxEntry undated = s.entry(summary.ids.at(0));
    EXPECT_FALSE(undated.at.isValid());
    EXPECT_TRUE(undated.problem.contains(QLatin1String("Date header")))
        << undated.problem.toStdString();
    const auto refused = s.inbox.confirm(undated.id, s.lakeside, std::nullopt, Kind::Other);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.errorMessage().contains(QLatin1String("cannot be logged")));
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 0);
    // Ignoring one sets it aside like any other.
    EXPECT_TRUE(s.inbox.ignore(summary.ids.at(1)).ok());
}

TEST(MailInbox, ConfirmWritesExactlyOneCommunicationAndLinksTheRow)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromWalsh)}).ids.first();
    const InboxEntry proposed = s.entry(id);
    s.clock.advanceSecs(60);
    const auto commId = s.inbox.confirm(id, s.lakeside, s.walsh, proposed.kind);
    ASSERT_TRUE(commId) << commId.errorMessage().toStdString();
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 1);

    const auto c = CommunicationRepository(s.db()).get(*commId);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->programId, s.lakeside);
    EXPECT_EQ(c->contactId, s.walsh);
    EXPECT_EQ(c->source, Source::Imported);
    EXPECT_EQ(c->messageId, QStringLiteral("w1@lakeside.edu"));
    EXPECT_EQ(c->direction, Direction::Incoming);
    EXPECT_EQ(c->kind, proposed.kind);
    EXPECT_TRUE(c->kindGuessed);
    EXPECT_EQ(c->subject, QStringLiteral("Interview day parking"));
    EXPECT_TRUE(c->body.contains(QLatin1String("See you soon.")));
    EXPECT_EQ(c->at, proposed.at);

    const InboxEntry confirmed = s.entry(id);
    EXPECT_EQ(confirmed.state, InboxState::Confirmed);
    EXPECT_EQ(confirmed.communicationId, *commId);
    EXPECT_EQ(confirmed.decided, s.clock.now());
    EXPECT_TRUE(s.inbox.pending()->isEmpty());
    // Once is enough.
    EXPECT_FALSE(s.inbox.confirm(id, s.lakeside, s.walsh, proposed.kind));
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 1);
}

TEST(MailInbox, ConfirmTakesTheApplicantsProgramContactAndKind)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromNrmp)}).ids.first();
    const auto commId = s.inbox.confirm(id, s.northgate, s.munoz, Kind::Logistics);
    ASSERT_TRUE(commId) << commId.errorMessage().toStdString();
    const auto c = CommunicationRepository(s.db()).get(*commId);
    EXPECT_EQ(c->programId, s.northgate);
    EXPECT_EQ(c->contactId, s.munoz);
    EXPECT_EQ(c->kind, Kind::Logistics);
    EXPECT_FALSE(c->kindGuessed);
}

TEST(MailInbox, ConfirmRefusesAContactOfAnotherProgramAndWritesNothing)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromWalsh)}).ids.first();
    const auto refused = s.inbox.confirm(id, s.northgate, s.walsh, Kind::Other);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.errorMessage().contains(QLatin1String("belongs to program")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 0);
    EXPECT_EQ(s.entry(id).state, InboxState::Pending);
}

TEST(MailInbox, UnconfirmDeletesTheEntryAndMakesTheRowPendingAgain)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromWalsh)}).ids.first();
    const QString before = rapport::test::rowsDump(s.db());
    const auto commId = s.inbox.confirm(id, s.lakeside, s.walsh, Kind::Logistics);
    ASSERT_TRUE(commId);
    ASSERT_TRUE(s.inbox.unconfirm(id)) << s.inbox.unconfirm(id).errorMessage().toStdString();
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 0);
    EXPECT_EQ(rapport::test::rowsDump(s.db()), before);
    // And it can be confirmed again.
    EXPECT_TRUE(s.inbox.confirm(id, s.lakeside, s.walsh, Kind::Logistics));
}

TEST(MailInbox, UnconfirmKeepsAnEntryEditedSinceItWasLogged)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromWalsh)}).ids.first();
    const auto commId = s.inbox.confirm(id, s.lakeside, s.walsh, Kind::Logistics);
    ASSERT_TRUE(commId);
    Communication c = *CommunicationRepository(s.db()).get(*commId);
    c.subject = QStringLiteral("Parking, edited");
    ASSERT_TRUE(CommunicationRepository(s.db()).update(c));
    const auto refused = s.inbox.unconfirm(id);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.errorMessage().contains(QLatin1String("edited")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("communications")), 1);
    EXPECT_EQ(s.entry(id).state, InboxState::Confirmed);
}

TEST(MailInbox, AnIgnoredMessageIsRememberedAndNeverProposedAgain)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromWalsh)}).ids.first();
    const auto raw = s.inbox.ignore(id);
    ASSERT_TRUE(raw);
    EXPECT_EQ(*raw, kFromWalsh);
    EXPECT_EQ(s.entry(id).state, InboxState::Ignored);
    EXPECT_TRUE(queryValue(s.db(), QStringLiteral("SELECT raw IS NULL FROM mail_inbox")).toBool());
    EXPECT_FALSE(s.inbox.original(id));

    const CaptureSummary again = s.capture({incoming(kFromWalsh, MailOrigin::Maildir)});
    EXPECT_EQ(again.captured, 0);
    EXPECT_EQ(again.duplicates, 1);
    EXPECT_TRUE(s.inbox.pending()->isEmpty());
    EXPECT_FALSE(s.inbox.confirm(id, s.lakeside, s.walsh, Kind::Other));

    // Undone, it is pending with its original back.
    ASSERT_TRUE(s.inbox.unignore(id, *raw));
    EXPECT_EQ(s.inbox.pending()->size(), 1);
    EXPECT_EQ(s.inbox.original(id)->raw, kFromWalsh);
}

TEST(MailInbox, AFailingAlsoWriteRollsBackTheWholeBatch)
{
    InboxSeason s;
    const auto failed =
        s.inbox.capture({incoming(kFromWalsh), incoming(kFromRiverbend)}, [](Database &) -> Status {
            return fail(QStringLiteral("the folder state cannot "
                                       "be saved"));
        });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.errorMessage(), QStringLiteral("the folder state cannot be saved"));
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 0);

    // A callback that succeeds writes with the batch.
    const auto ok = s.inbox.capture({incoming(kFromWalsh)}, [](Database &db) {
        return rapport::test::execSql(db, QStringLiteral("INSERT INTO settings (key, value) "
                                                         "VALUES ('mail.test', 'written')"));
    });
    ASSERT_TRUE(ok) << ok.errorMessage().toStdString();
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 1);
    EXPECT_EQ(queryValue(s.db(), QStringLiteral("SELECT value FROM settings WHERE key = "
                                                "'mail.test'")),
              QVariant(QStringLiteral("written")));
}

TEST(MailInbox, ReproposeMatchesPendingMessagesToAContactAddedLater)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromNrmp)}).ids.first();
    ASSERT_EQ(s.entry(id).programId, std::nullopt);
    const qint64 nrmp = s.contact(s.bayview, "Ms.", QStringLiteral("Pat"), QStringLiteral("Reed"),
                                  "noreply@nrmp.org");
    const auto proposed = s.inbox.repropose();
    ASSERT_TRUE(proposed) << proposed.errorMessage().toStdString();
    EXPECT_EQ(*proposed, 1);
    EXPECT_EQ(s.entry(id).programId, s.bayview);
    EXPECT_EQ(s.entry(id).contactId, nrmp);
    EXPECT_TRUE(s.entry(id).reason.isEmpty());
}

TEST(MailInbox, TheOriginalIsFoundFromTheRowAndFromItsLogEntry)
{
    InboxSeason s;
    rapport::core::IncomingMail mail = incoming(kFromWalsh);
    mail.uid = 42;
    const qint64 id = s.capture({mail}).ids.first();
    const auto original = s.inbox.original(id);
    ASSERT_TRUE(original);
    EXPECT_EQ(original->raw, kFromWalsh);
    EXPECT_EQ(original->origin, MailOrigin::Imap);
    EXPECT_EQ(original->uid, 42);
    EXPECT_EQ(original->uidValidity, 7);

    const qint64 commId = *s.inbox.confirm(id, s.lakeside, s.walsh, Kind::Logistics);
    const auto ofEntry = s.inbox.originalOfEntry(commId);
    ASSERT_TRUE(ofEntry);
    ASSERT_TRUE(ofEntry->has_value());
    EXPECT_EQ((*ofEntry)->raw, kFromWalsh);
    // A typed entry has none.
    Communication typed;
    typed.programId = s.lakeside;
    typed.at = s.clock.now();
    typed.kind = Kind::Other;
    const qint64 typedId = *CommunicationRepository(s.db()).add(typed);
    EXPECT_FALSE(s.inbox.originalOfEntry(typedId)->has_value());
}

TEST(MailInbox, TheQueueListsByTimeAndFiltersByState)
{
    InboxSeason s;
    const QByteArray later =
        mailText(QStringLiteral("late@lakeside.edu"), QStringLiteral("jwalsh@lakeside.edu"),
                 QStringLiteral("Later"), QStringLiteral("Wed, 21 Oct 2026 11:00:00 -0400"));
    const CaptureSummary summary =
        s.capture({incoming(later), incoming(kFromWalsh), incoming(kFromNrmp)});
    ASSERT_EQ(summary.captured, 3);
    ASSERT_TRUE(s.inbox.ignore(summary.ids.at(2)));
    const auto pending = s.inbox.pending();
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->size(), 2);
    EXPECT_EQ(pending->at(0).subject, QStringLiteral("Interview day parking"));
    EXPECT_EQ(pending->at(1).subject, QStringLiteral("Later"));
    EXPECT_EQ(s.inbox.list()->size(), 3);
    EXPECT_EQ(s.inbox.list(InboxState::Ignored)->size(), 1);
}

TEST(MailInbox, ProposeSetsTheChosenProgramAndGuessesTheKindAgain)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromNrmp)}).ids.first();
    ASSERT_TRUE(s.inbox.propose(id, s.riverbend).ok());
    InboxEntry e = s.entry(id);
    EXPECT_EQ(e.programId, s.riverbend);
    EXPECT_EQ(e.contactId, std::nullopt);
    EXPECT_TRUE(e.reason.isEmpty());
    EXPECT_EQ(e.state, InboxState::Pending);

    // A contact of the chosen program is taken; one of another is refused.
    ASSERT_TRUE(s.inbox.propose(id, s.lakeside, s.walsh).ok());
    EXPECT_EQ(s.entry(id).contactId, s.walsh);
    EXPECT_FALSE(s.inbox.propose(id, s.riverbend, s.walsh).ok());
    EXPECT_EQ(s.entry(id).programId, s.lakeside) << "a refused proposal changes nothing";
    // Without a contact, the one proposed stays while the program does.
    ASSERT_TRUE(s.inbox.propose(id, s.lakeside).ok());
    EXPECT_EQ(s.entry(id).contactId, s.walsh);
}

TEST(MailInbox, ProposeRefusesADecidedMessage)
{
    InboxSeason s;
    const qint64 id = s.capture({incoming(kFromWalsh)}).ids.first();
    ASSERT_TRUE(s.inbox.ignore(id).ok());
    EXPECT_FALSE(s.inbox.propose(id, s.riverbend).ok());
}

TEST(MailInbox, CountsThePendingMessages)
{
    InboxSeason s;
    const auto none = s.inbox.pendingCount();
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(*none, 0);
    const QList<qint64> ids =
        s.capture({incoming(kFromWalsh), incoming(kFromRiverbend), incoming(kFromNrmp)}).ids;
    ASSERT_EQ(ids.size(), 3);
    ASSERT_TRUE(s.inbox.ignore(ids.at(2)).ok());
    EXPECT_EQ(*s.inbox.pendingCount(), 2);
}

} // namespace

TEST(MailInbox, AContactAddedOrAProgramDeletedBetweenTwoCapturesIsSeenByTheNext)
{
    InboxSeason s;
    // The first capture reads the programs and contacts; the second must
    // not match with what it read then.
    s.capture({incoming(kFromWalsh)});
    const qint64 ortiz = s.contact(s.riverbend, "Dr.", QStringLiteral("Sam"),
                                   QStringLiteral("Ortiz"), "sortiz@riverbend.edu");
    const CaptureSummary second = s.capture({incoming(kFromRiverbend)});
    ASSERT_EQ(second.captured, 1);
    EXPECT_EQ(s.entry(second.ids.first()).contactId, ortiz);

    ASSERT_TRUE(ProgramRepository(s.db()).remove(s.riverbend).ok());
    const CaptureSummary third = s.capture({incoming(mailText(
        QStringLiteral("r2@riverbend.edu"), QStringLiteral("Sam Ortiz <sortiz@riverbend.edu>"),
        QStringLiteral("Second look")))});
    ASSERT_EQ(third.captured, 1) << "no program that is gone is proposed";
    EXPECT_EQ(s.entry(third.ids.first()).programId, std::nullopt);
}
