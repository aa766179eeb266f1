#pragma once

#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Program.h"

#include <QTimeZone>

namespace rapport::test {

// Builders with sensible defaults, so a test states only what it is about.
class ProgramBuilder
{
public:
    explicit ProgramBuilder(QString name = QStringLiteral("Lakeside University Otolaryngology"))
    {
        m_p.name = std::move(name);
        m_p.city = QStringLiteral("Chicago");
        m_p.state = QStringLiteral("IL");
        m_p.status = core::ProgramStatus::Applied;
    }
    ProgramBuilder &id(qint64 v)
    {
        m_p.id = v;
        return *this;
    }
    ProgramBuilder &city(QString v)
    {
        m_p.city = std::move(v);
        return *this;
    }
    ProgramBuilder &nrmp(QString v)
    {
        m_p.nrmpCode = std::move(v);
        return *this;
    }
    ProgramBuilder &status(core::ProgramStatus v)
    {
        m_p.status = v;
        return *this;
    }
    ProgramBuilder &interview(QDate d, QTime t = {})
    {
        m_p.interviewDate = d;
        m_p.interviewTime = t;
        return *this;
    }
    ProgramBuilder &policy(core::CommunicationPolicy v)
    {
        m_p.policy = v;
        return *this;
    }
    ProgramBuilder &participates(bool v)
    {
        m_p.participatesInMatch = v;
        return *this;
    }
    ProgramBuilder &signal(bool v = true)
    {
        m_p.signalSent = v;
        return *this;
    }
    ProgramBuilder &home(bool v = true)
    {
        m_p.homeProgram = v;
        return *this;
    }
    ProgramBuilder &minGap(int days)
    {
        m_p.minGapDays = days;
        return *this;
    }
    core::Program build() const { return m_p; }
    operator core::Program() const { return m_p; } // NOLINT(google-explicit-constructor)

private:
    core::Program m_p;
};

class ContactBuilder
{
public:
    explicit ContactBuilder(qint64 programId)
    {
        m_c.programId = programId;
        m_c.title = QStringLiteral("Dr.");
        m_c.firstName = QStringLiteral("Maria");
        m_c.lastName = QStringLiteral("Lopez");
        m_c.role = core::ContactRole::ProgramDirector;
        m_c.email = QStringLiteral("mlopez@lakeside.edu");
    }
    ContactBuilder &id(qint64 v)
    {
        m_c.id = v;
        return *this;
    }
    ContactBuilder &title(QString v)
    {
        m_c.title = std::move(v);
        return *this;
    }
    ContactBuilder &name(QString first, QString last)
    {
        m_c.firstName = std::move(first);
        m_c.lastName = std::move(last);
        return *this;
    }
    ContactBuilder &role(core::ContactRole v)
    {
        m_c.role = v;
        return *this;
    }
    ContactBuilder &email(QString v)
    {
        m_c.email = std::move(v);
        return *this;
    }
    core::Contact build() const { return m_c; }
    operator core::Contact() const { return m_c; } // NOLINT(google-explicit-constructor)

private:
    core::Contact m_c;
};

class CommunicationBuilder
{
public:
    explicit CommunicationBuilder(qint64 programId)
    {
        m_c.programId = programId;
        m_c.at = QDateTime(QDate(2026, 9, 15), QTime(10, 0), QTimeZone::utc());
        m_c.kind = core::Kind::PreInterviewInterest;
        m_c.subject = QStringLiteral("Interest in your program");
        m_c.body = QStringLiteral("Dear Dr. Lopez,\n\nA short note.\n\nSincerely,\nA. Applicant");
    }
    CommunicationBuilder &id(qint64 v)
    {
        m_c.id = v;
        return *this;
    }
    CommunicationBuilder &contact(qint64 v)
    {
        m_c.contactId = v;
        return *this;
    }
    CommunicationBuilder &at(QDateTime v)
    {
        m_c.at = std::move(v);
        return *this;
    }
    CommunicationBuilder &on(QDate d, QTime t = QTime(10, 0))
    {
        m_c.at = QDateTime(d, t, QTimeZone::utc());
        return *this;
    }
    CommunicationBuilder &kind(core::Kind v)
    {
        m_c.kind = v;
        return *this;
    }
    CommunicationBuilder &incoming()
    {
        m_c.direction = core::Direction::Incoming;
        return *this;
    }
    CommunicationBuilder &outgoing()
    {
        m_c.direction = core::Direction::Outgoing;
        return *this;
    }
    CommunicationBuilder &channel(core::Channel v)
    {
        m_c.channel = v;
        return *this;
    }
    CommunicationBuilder &subject(QString v)
    {
        m_c.subject = std::move(v);
        return *this;
    }
    CommunicationBuilder &body(QString v)
    {
        m_c.body = std::move(v);
        return *this;
    }
    CommunicationBuilder &draft()
    {
        m_c.state = core::CommState::Draft;
        return *this;
    }
    CommunicationBuilder &messageId(QString v)
    {
        m_c.messageId = std::move(v);
        return *this;
    }
    core::Communication build() const { return m_c; }
    operator core::Communication() const { return m_c; } // NOLINT(google-explicit-constructor)

private:
    core::Communication m_c;
};

} // namespace rapport::test
