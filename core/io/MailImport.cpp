#include "MailImport.h"

#include "KindGuesser.h"

#include "domain/Validation.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace rapport::core {
namespace {

QString bodyWithAttachments(const MailMessage &m)
{
    if (m.attachments.isEmpty())
        return m.body;
    const QString label = m.attachments.size() == 1 ? QStringLiteral("Attachment not stored")
                                                    : QStringLiteral("Attachments not stored");
    const QString note =
        QStringLiteral("[%1: %2]").arg(label, m.attachments.join(QStringLiteral(", ")));
    return m.body.isEmpty() ? note : m.body + QStringLiteral("\n\n") + note;
}

QString domainOf(const QString &email)
{
    return email.section(QLatin1Char('@'), -1).toLower();
}

QString namesOf(const QList<const Program *> &programs)
{
    QStringList names;
    for (const Program *p : programs)
        names << QStringLiteral("%1 (%2)").arg(p->name).arg(p->id);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString toString(MailStatus status)
{
    switch (status) {
    case MailStatus::Ready: return QStringLiteral("ready");
    case MailStatus::Unmatched: return QStringLiteral("unmatched");
    case MailStatus::Duplicate: return QStringLiteral("duplicate");
    case MailStatus::Broken: return QStringLiteral("broken");
    }
    return {};
}

Result<MailImport> MailImport::load(Database &db)
{
    MailImport import(db);
    auto profile = ProfileRepository(db).profile();
    if (!profile)
        return profile.error();
    import.addOwnAddresses(QStringList{profile->email} + profile->otherEmails);
    auto programs = ProgramRepository(db).all();
    if (!programs)
        return programs.error();
    import.m_programs = *programs;
    auto contacts = ContactRepository(db).all();
    if (!contacts)
        return contacts.error();
    import.m_contacts = *contacts;
    import.index();
    return import;
}

void MailImport::index()
{
    for (qsizetype i = 0; i < m_programs.size(); ++i) {
        m_programById.insert(m_programs.at(i).id, i);
        const QString domain = m_programs.at(i).emailDomain.toLower();
        if (!domain.isEmpty())
            m_programsByDomain[domain] << i;
    }
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        const QString email = m_contacts.at(i).email.toLower();
        if (!email.isEmpty())
            m_contactsByEmail[email] << i;
    }
}

void MailImport::addOwnAddresses(const QStringList &emails)
{
    for (const QString &email : emails) {
        if (!email.trimmed().isEmpty())
            m_ownAddresses.insert(email.trimmed().toLower());
    }
}

bool MailImport::isOwn(const QString &email) const
{
    return m_ownAddresses.contains(email.trimmed().toLower());
}

Result<QList<MailCandidate>> MailImport::preview(const QList<MailMessage> &messages) const
{
    const CommunicationRepository repo(*m_db);
    QHash<QString, QString> seen; // Message-ID -> where it was first
    QList<MailCandidate> out;
    for (const MailMessage &m : messages) {
        MailCandidate c;
        c.message = m;
        Communication &comm = c.communication;
        comm.at = m.date;
        comm.direction = isOwn(m.from.email) ? Direction::Outgoing : Direction::Incoming;
        comm.channel = Channel::Email;
        comm.subject = m.subject.left(998);
        comm.body = bodyWithAttachments(m);
        comm.source = Source::Imported;
        comm.messageId = m.messageId;
        comm.kind = KindGuesser::guess(comm.direction, comm.subject, m.body, comm.at, nullptr);
        comm.kindGuessed = true;
        const QString where = m.position.describe();
        if (m.isBroken()) {
            c.reason = QStringLiteral("%1: %2").arg(where, m.broken);
        } else if (!m.date.isValid()) {
            c.reason = QStringLiteral("%1: it has no Date header and no mbox From line to take a "
                                      "date from")
                           .arg(where);
        } else if (seen.contains(m.messageId)) {
            c.status = MailStatus::Duplicate;
            c.reason =
                QStringLiteral("%1: the same message as %2").arg(where, seen.value(m.messageId));
        } else {
            auto stored = repo.findByMessageId(m.messageId);
            if (!stored)
                return stored.error();
            seen.insert(m.messageId, where);
            if (*stored) {
                c.status = MailStatus::Duplicate;
                c.reason =
                    QStringLiteral("%1: already imported as entry %2").arg(where).arg(**stored);
            } else {
                match(c);
            }
        }
        out << c;
    }
    return out;
}

void MailImport::match(MailCandidate &c) const
{
    const MailMessage &m = c.message;
    QList<MailAddress> addresses;
    if (c.communication.direction == Direction::Incoming) {
        if (!m.from.email.isEmpty())
            addresses << m.from;
    } else {
        for (const MailAddress &a : m.to + m.cc) {
            if (!isOwn(a.email) && !a.email.isEmpty())
                addresses << a;
        }
    }
    const QString where = m.position.describe();
    c.status = MailStatus::Unmatched;
    if (addresses.isEmpty()) {
        c.reason = c.communication.direction == Direction::Incoming
                       ? QStringLiteral("%1: the sender has no readable address (From: \"%2\")")
                             .arg(where, m.fromHeader)
                       : QStringLiteral("%1: it has no recipient but the applicant").arg(where);
        return;
    }
    for (const MailAddress &a : addresses) {
        QList<const Program *> programs;
        std::optional<qint64> contactId;
        for (const qsizetype i : m_contactsByEmail.value(a.email.toLower())) {
            const Contact &contact = m_contacts.at(i);
            const auto p = m_programById.constFind(contact.programId);
            if (p != m_programById.constEnd() && !programs.contains(&m_programs.at(*p)))
                programs << &m_programs.at(*p);
            if (!contactId)
                contactId = contact.id;
        }
        if (programs.size() == 1)
            return settle(c, *programs.first(), contactId);
        if (programs.size() > 1) {
            c.reason = QStringLiteral("%1: %2 is a contact of several programs: %3")
                           .arg(where, a.email, namesOf(programs));
            return;
        }
    }
    for (const MailAddress &a : addresses) {
        // The longest program domain the address is in: itself, then each
        // parent domain ("mail.med.example.edu", "med.example.edu", …).
        QList<const Program *> programs;
        for (QString d = domainOf(a.email); !d.isEmpty() && programs.isEmpty();
             d = d.section(QLatin1Char('.'), 1)) {
            for (const qsizetype i : m_programsByDomain.value(d))
                programs << &m_programs.at(i);
        }
        if (programs.size() == 1)
            return settle(c, *programs.first(), std::nullopt);
        if (programs.size() > 1) {
            c.reason = QStringLiteral("%1: %2 is in the email domain of several programs: %3")
                           .arg(where, a.email, namesOf(programs));
            return;
        }
    }
    QStringList emails;
    for (const MailAddress &a : addresses)
        emails << a.email;
    c.reason = QStringLiteral("%1: no program has a contact at, or the email domain of, %2")
                   .arg(where, emails.join(QStringLiteral(", ")));
}

void MailImport::settle(MailCandidate &c, const Program &program,
                        std::optional<qint64> contactId) const
{
    Communication &comm = c.communication;
    comm.programId = program.id;
    comm.contactId = contactId;
    comm.kind = KindGuesser::guess(comm.direction, comm.subject, c.message.body, comm.at, &program);
    comm.kindGuessed = true;
    c.status = MailStatus::Ready;
    c.reason.clear();
    if (auto s = validate(comm); !s) {
        c.status = MailStatus::Broken;
        c.reason = QStringLiteral("%1: %2").arg(c.message.position.describe(), s.errorMessage());
    }
}

Status MailImport::assign(MailCandidate &c, qint64 programId, std::optional<qint64> contactId) const
{
    if (c.status == MailStatus::Broken || c.status == MailStatus::Duplicate)
        return fail(QStringLiteral("%1 is %2 and cannot be assigned to a program")
                        .arg(c.message.position.describe(), toString(c.status)));
    const auto program = std::find_if(m_programs.begin(), m_programs.end(),
                                      [&](const Program &p) { return p.id == programId; });
    if (program == m_programs.end())
        return fail(QStringLiteral("there is no program with id %1").arg(programId));
    if (contactId) {
        const bool belongs =
            std::any_of(m_contacts.begin(), m_contacts.end(), [&](const Contact &k) {
                return k.id == *contactId && k.programId == programId;
            });
        if (!belongs)
            return fail(QStringLiteral("contact %1 is not a contact of program %2")
                            .arg(*contactId)
                            .arg(programId));
    }
    settle(c, *program, contactId);
    return {};
}

Result<MailImportSummary> MailImport::apply(const QList<MailCandidate> &candidates,
                                            const Writer &writer) const
{
    CommunicationRepository repo(*m_db);
    const Writer write = writer ? writer : [&repo](const Communication &c) {
        return repo.add(c);
    };
    MailImportSummary summary;
    Transaction tx(*m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    for (const MailCandidate &c : candidates) {
        switch (c.status) {
        case MailStatus::Duplicate: ++summary.duplicates; continue;
        case MailStatus::Broken: ++summary.broken; continue;
        case MailStatus::Unmatched: ++summary.unmatched; continue;
        case MailStatus::Ready: break;
        }
        if (!c.selected) {
            ++summary.skipped;
            continue;
        }
        // Stored since the preview, or listed twice: still stored once.
        auto stored = repo.findByMessageId(c.communication.messageId);
        if (!stored)
            return stored.error();
        if (*stored) {
            ++summary.duplicates;
            continue;
        }
        auto id = write(c.communication);
        if (!id)
            return fail(QStringLiteral("%1: %2; nothing was imported")
                            .arg(c.message.position.describe(), id.errorMessage()));
        summary.ids << *id;
        ++summary.imported;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace rapport::core
