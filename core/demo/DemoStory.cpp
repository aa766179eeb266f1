#include "DemoStory.h"

#include "DemoText.h"
#include "domain/Season.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"

#include <QLocale>
#include <QTimeZone>

namespace rapport::core {
namespace {

using demo::Letter;

// The days the story turns on; the statuses and the messages both read them.
QDate seasonDay(const Season &season, int month, int d)
{
    const int year = month >= 6 ? season.matchDay.year() - 1 : season.matchDay.year();
    return QDate(year, month, d);
}

QDate invitationDay(const Program &planned)
{
    return planned.interviewDate.addDays(-24);
}

QDate declinedInvitationDay(const Season &season, int slot)
{
    return seasonDay(season, 10, 25).addDays(slot);
}

QDate withdrawalDay(const Season &season, int slot)
{
    return seasonDay(season, 10, 27).addDays(slot);
}

QDate rejectionDay(const Season &season, int slot)
{
    return seasonDay(season, 11, 10).addDays(slot % 20);
}

// The NRMP's rank-order list opens in early February.
QDate rankListOpens(const Season &season)
{
    return seasonDay(season, 2, 1);
}

void clearInterview(Program &p)
{
    p.interviewDate = {};
    p.interviewTime = {};
    p.interviewOffsetSecs = 0;
    p.preferenceRank.reset();
}

// Writes one program's messages; contact 0 is the coordinator, 1 the
// program director, 2+ faculty (clamped to the contacts the program has).
// Whatever lies after today is drawn but not logged.
class Story
{
public:
    Story(Database &db, const Season &season, QRandomGenerator &rng, const DemoPlan &plan,
          const QString &signature, const QDate &today)
        : m_db(db), m_season(season), m_rng(rng), m_program(plan.program),
          m_contacts(plan.contacts), m_interest(plan.interest), m_signature(signature),
          m_today(today)
    {}

    int logged() const { return m_logged; }
    bool chance(int percent) { return static_cast<int>(m_rng.bounded(100)) < percent; }

    QDate day(int month, int d) const { return seasonDay(m_season, month, d); }
    QDate interview() const { return m_program.interviewDate; }
    QDate invitation() const { return invitationDay(m_program); }

    demo::LetterContext context(int contact) const
    {
        return {
            who(contact).formalName(),
            m_program.name,
            m_program.city,
            m_interest,
            QLocale(QLocale::English).toString(m_program.interviewDate, QStringLiteral("MMMM d")),
            m_signature};
    }

    Status out(int contact, QDate on, Kind kind, Channel channel = Channel::Email)
    {
        return write(contact, on, kind, Direction::Outgoing,
                     demo::outgoingLetter(kind, context(contact), m_rng), channel);
    }
    Status in(int contact, QDate on, Kind kind)
    {
        return write(contact, on, kind, Direction::Incoming,
                     demo::incomingLetter(kind, context(contact), m_rng), Channel::Email);
    }
    Status received(QDate on)
    {
        return write(0, on, Kind::Logistics, Direction::Incoming,
                     demo::applicationReceived(context(0)), Channel::Email);
    }
    Status breach(int contact, QDate on, Kind kind, Direction dir, const QString &rule)
    {
        return write(contact, on, kind, dir, demo::breachLetter(rule, context(contact)),
                     Channel::Email);
    }

private:
    const Contact &who(int contact) const
    {
        return m_contacts.at(std::min<qsizetype>(contact, m_contacts.size() - 1));
    }

    Status write(int contact, QDate on, Kind kind, Direction dir, const Letter &letter,
                 Channel channel)
    {
        Communication c;
        c.programId = m_program.id;
        c.contactId = who(contact).id;
        // US Eastern time, daylight saving roughly April to October.
        const int offset = (on.month() >= 4 && on.month() <= 10) ? -4 * 3600 : -5 * 3600;
        c.at = QDateTime(
            on, QTime(8 + static_cast<int>(m_rng.bounded(10)), static_cast<int>(m_rng.bounded(60))),
            QTimeZone(offset));
        c.direction = dir;
        c.channel = channel;
        c.kind = kind;
        c.subject = letter.subject;
        c.body = channel == Channel::Email ? letter.body : QString();
        if (channel == Channel::Phone)
            c.subject = QStringLiteral("Call with the program office");
        m_last = {};
        if (on > m_today)
            return {}; // not yet
        auto id = CommunicationRepository(m_db).add(c);
        if (!id)
            return id.error();
        ++m_logged;
        m_last = {*id, c.at};
        return {};
    }

public:
    // The applicant went past a rule knowingly with the message just
    // written, as the window records it when they log it anyway.
    Status acknowledge(const QString &rule, const QString &message, const QString &reason)
    {
        if (m_last.first == 0)
            return {}; // not written yet: nothing to acknowledge
        Finding f;
        f.rule = rule;
        f.setMessage(message);
        auto id = AcknowledgementRepository(m_db).add(m_last.first, f, m_last.second, reason);
        if (!id)
            return id.error();
        m_last = {};
        return {};
    }

private:
    Database &m_db;
    const Season &m_season;
    QRandomGenerator &m_rng;
    const Program &m_program;
    const QList<Contact> &m_contacts;
    QString m_interest;
    QString m_signature;
    QDate m_today;
    int m_logged = 0;
    QPair<qint64, QDateTime> m_last; // the entry written last, until acknowledged
};

#define TRY(expr)                                                                                  \
    if (auto s_ = (expr); !s_)                                                                     \
    return s_

// The usual season for an interviewed program.
Status interviewedSeason(Story &st, int slot)
{
    const QDate iv = st.interview();
    TRY(st.in(0, st.invitation(), Kind::ProgramInvitation));
    TRY(st.out(0, iv.addDays(-23), Kind::Logistics));
    TRY(st.in(0, iv.addDays(-3), Kind::Logistics));
    if (slot == 9 || slot == 4) {
        // 9: a thank-you to a program that asked for none; 4: two thank-yous,
        // the second late.
        TRY(st.out(1, iv.addDays(1), Kind::ThankYou));
        if (slot == 4)
            TRY(st.out(2, iv.addDays(6), Kind::ThankYou));
    } else if (slot == 5) {
        TRY(st.out(1, iv.addDays(5), Kind::ThankYou)); // past the 72-hour window
        TRY(st.acknowledge(QStringLiteral("timing.thank_you_window"),
                           QStringLiteral("Thank-you sent after the 72-hour window"),
                           QStringLiteral("Travelling between interviews; a late note still "
                                          "seemed better than none.")));
    } else if (slot != 8 && slot != 20) {
        // 8 has a no-contact policy; 20's thank-you is still to be written,
        // so the demo has a reminder due the day after that interview.
        TRY(st.out(1, iv.addDays(1), Kind::ThankYou));
    }
    if (st.chance(70))
        TRY(st.in(0, iv.addDays(-6), Kind::Logistics)); // the residents' social
    if (st.chance(30))
        TRY(st.in(0, iv.addDays(3), Kind::ReplyToProgram)); // coordinator thanks for the note
    if (st.chance(45))
        TRY(st.in(1, iv.addDays(4), Kind::ProgramInterest));
    if (slot == 6) {
        // Three post-interview updates: one more than the guidance allows.
        TRY(st.out(1, st.day(12, 20), Kind::PostInterviewUpdate));
        TRY(st.out(1, st.day(1, 15), Kind::PostInterviewUpdate));
        TRY(st.out(1, st.day(2, 5), Kind::PostInterviewUpdate));
    } else if (slot == 8 || st.chance(40)) {
        TRY(st.out(1, st.day(1, 20).addDays(slot % 9), Kind::PostInterviewUpdate));
    }
    if (slot == 0 || slot == 1) // two letters of intent: the second is a breach
        TRY(st.out(1, st.day(2, 3).addDays(qint64(slot) * 7), Kind::LetterOfIntent));
    if (slot == 2 || slot == 3)
        TRY(st.out(1, st.day(2, 8), Kind::LetterOfStrongInterest));
    if (slot == 10) // a pre-interview kind after the interview
        TRY(st.out(0, iv.addDays(20), Kind::ApplicationUpdate));
    if (slot == 11) {
        TRY(st.breach(1, iv.addDays(30), Kind::ProgramInterest, Direction::Incoming,
                      QStringLiteral("incoming.rank_request")));
        TRY(st.out(1, iv.addDays(32), Kind::ReplyToProgram));
    }
    if (slot == 12)
        TRY(st.breach(1, iv.addDays(25), Kind::ProgramInterest, Direction::Incoming,
                      QStringLiteral("incoming.strong_interest")));
    // 13 and 14 press before the interview, so the demo has flagged
    // messages from early December on.
    if (slot == 13)
        TRY(st.breach(1, iv.addDays(-9), Kind::Other, Direction::Incoming,
                      QStringLiteral("incoming.withdraw_pressure")));
    if (slot == 14)
        TRY(st.breach(1, iv.addDays(-12), Kind::Other, Direction::Incoming,
                      QStringLiteral("incoming.application_inquiry")));
    if (slot == 15)
        TRY(st.breach(1, iv.addDays(40), Kind::Other, Direction::Incoming,
                      QStringLiteral("match.outside_contract")));
    if (slot == 16)
        TRY(st.breach(1, iv.addDays(35), Kind::PostInterviewUpdate, Direction::Outgoing,
                      QStringLiteral("content.rank_inquiry")));
    if (st.chance(25))
        TRY(st.out(0, st.day(1, 28), Kind::SecondLookRequest));
    if (st.chance(40))
        TRY(st.in(0, st.day(1, 6), Kind::Logistics)); // second-look dates
    if (st.chance(30))
        TRY(st.in(0, st.day(2, 2), Kind::Logistics));
    return {};
}

Status beforeInterviews(Story &st, int slot)
{
    TRY(st.received(st.day(9, 29)));
    if (slot == 2) {
        // Three pre-interview emails: past the maximum of two.
        TRY(st.out(0, st.day(7, 15), Kind::PreInterviewInterest));
        TRY(st.out(1, st.day(8, 20), Kind::PreInterviewInterest));
        TRY(st.out(1, st.day(9, 30), Kind::ApplicationUpdate));
    } else if (slot == 3) {
        // Two updates five days apart: too close together.
        TRY(st.out(0, st.day(9, 30), Kind::ApplicationUpdate));
        TRY(st.out(0, st.day(10, 5), Kind::ApplicationUpdate));
    } else if (slot == 7) {
        // Several people at one program within three days, in the summer:
        // the demo has a breach to show from its first weeks.
        TRY(st.out(1, st.day(7, 20), Kind::PreInterviewInterest));
        TRY(st.out(2, st.day(7, 22), Kind::PreInterviewInterest));
    } else if (st.chance(55)) {
        TRY(st.out(st.chance(50) ? 1 : 0, st.day(8, 1).addDays(slot * 3 % 50),
                   Kind::PreInterviewInterest));
    }
    if (st.chance(25)) {
        TRY(st.out(0, st.day(7, 1).addDays(slot), Kind::VisaInquiry));
        TRY(st.in(0, st.day(7, 3).addDays(slot), Kind::ReplyToProgram));
    }
    if (st.chance(20))
        TRY(st.out(2, st.day(10, 2).addDays(slot % 5), Kind::ConferenceFollowUp));
    if (st.chance(15))
        TRY(st.out(0, st.day(10, 12).addDays(slot % 7), Kind::Logistics, Channel::Phone));
    if (st.chance(20))
        TRY(st.out(0, st.day(10, 20).addDays(slot % 9), Kind::Logistics)); // rescheduling
    return {};
}

#undef TRY

} // namespace

Program demoProgramOn(const Season &season, const DemoPlan &plan, const QDate &today)
{
    const Program &planned = plan.program;
    Program p = planned;
    if (!planned.applicationDate.isValid() || planned.applicationDate > today) {
        // Still choosing: no application, so no signal and no interview.
        p.status = ProgramStatus::Considering;
        p.applicationDate = {};
        p.signalSent = false;
        clearInterview(p);
        return p;
    }
    switch (planned.status) {
    case ProgramStatus::Ranked:
    case ProgramStatus::Interviewed:
        if (invitationDay(planned) > today) {
            p.status = ProgramStatus::Applied;
            clearInterview(p);
        } else if (planned.interviewDate > today) {
            p.status = ProgramStatus::InterviewScheduled;
            p.preferenceRank.reset();
        } else if (planned.status == ProgramStatus::Ranked && today < rankListOpens(season)) {
            p.status = ProgramStatus::Interviewed;
        } else if (plan.index == 0 && today > season.matchDay) {
            p.status = ProgramStatus::Matched; // the letter of intent went here
        }
        break;
    case ProgramStatus::Withdrawn:
        if (declinedInvitationDay(season, plan.slot) > today)
            p.status = ProgramStatus::Applied;
        else if (withdrawalDay(season, plan.slot) > today)
            p.status = ProgramStatus::Invited;
        break;
    case ProgramStatus::Rejected:
        if (rejectionDay(season, plan.slot) > today)
            p.status = ProgramStatus::Applied;
        break;
    default: break;
    }
    return p;
}

Status demoStory(Database &db, const Season &season, QRandomGenerator &rng, const DemoPlan &plan,
                 const QString &signature, const QDate &today, int &logged)
{
    const Program &program = plan.program;
    const int slot = plan.slot;
    Story st(db, season, rng, plan, signature, today);
    Status s = beforeInterviews(st, slot);
    if (s && program.interviewDate.isValid())
        s = interviewedSeason(st, slot);
    else if (s && program.status == ProgramStatus::Rejected)
        s = st.in(0, rejectionDay(season, slot), Kind::Other);
    else if (s && program.status == ProgramStatus::Withdrawn) {
        s = st.in(0, declinedInvitationDay(season, slot), Kind::ProgramInvitation);
        if (s)
            s = st.out(0, withdrawalDay(season, slot), Kind::Logistics);
    }
    logged = st.logged();
    return s;
}

} // namespace rapport::core
