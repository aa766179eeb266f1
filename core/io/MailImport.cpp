#include "MailImport.h"

#include "KindGuesser.h"

#include "domain/TextLimits.h"
#include "domain/Validation.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

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

// The first few programs by name and how many more: an address shared by a
// hundred sites would otherwise give every message a reason of a hundred names.
QString namesOf(const QList<qsizetype> &indexes, const QList<Program> &programs)
{
    constexpr qsizetype named = 3;
    const qsizetype shown = indexes.size() <= named + 1 ? indexes.size() : named;
    QStringList names;
    for (qsizetype i = 0; i < shown; ++i) {
        const Program &p = programs.at(indexes.at(i));
        names << QStringLiteral("%1 (%2)").arg(p.name).arg(p.id);
    }
    if (shown == indexes.size())
        return names.join(QStringLiteral(", "));
    return QStringLiteral("%1 and %2 more")
        .arg(names.join(QStringLiteral(", ")))
        .arg(indexes.size() - shown);
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
    for (const Contact &contact : std::as_const(m_contacts)) {
        const QString email = contact.email.toLower();
        const auto program = m_programById.constFind(contact.programId);
        if (email.isEmpty() || program == m_programById.constEnd())
            continue;
        ContactAddress &address = m_contactsByEmail[email];
        if (address.programs.isEmpty())
            address.firstContact = contact.id;
        if (!address.programs.contains(*program))
            address.programs << *program;
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

Communication MailImport::entryFor(const MailMessage &m, Direction direction)
{
    Communication comm;
    comm.at = m.date;
    comm.direction = direction;
    comm.channel = Channel::Email;
    // Mail carries control characters (escape sequences in a Subject,
    // NULs in a broken part) that no field may hold: they are dropped.
    comm.subject = cleanText(m.subject, TextShape::Line).left(limits::kSubject);
    comm.body = cleanText(bodyWithAttachments(m), TextShape::Multiline);
    comm.source = Source::Imported;
    comm.messageId = m.messageId;
    comm.kind = KindGuesser::guess(comm.direction, comm.subject, m.body, comm.at, nullptr);
    comm.kindGuessed = true;
    return comm;
}

Result<QList<MailCandidate>> MailImport::preview(const QList<MailMessage> &messages) const
{
    QStringList messageIds;
    messageIds.reserve(messages.size());
    for (const MailMessage &m : messages)
        messageIds << m.messageId;
    const auto stored = CommunicationRepository(*m_db).idsByMessageId(messageIds);
    if (!stored)
        return stored.error();
    QHash<QString, QString> seen; // Message-ID -> where it was first
    QList<MailCandidate> out;
    out.reserve(messages.size());
    for (const MailMessage &m : messages) {
        MailCandidate c;
        c.message = m;
        c.communication =
            entryFor(m, isOwn(m.from.email) ? Direction::Outgoing : Direction::Incoming);
        const QString where = m.position.describe();
        if (m.isBroken()) {
            c.reason = QStringLiteral("%1: %2").arg(where, m.broken);
        } else if (!m.date.isValid()) {
            const auto dateNote =
                std::find_if(m.notes.begin(), m.notes.end(), [](const QString &note) {
                    return note.startsWith(QLatin1String("the Date header"));
                });
            c.reason = dateNote == m.notes.end()
                           ? QStringLiteral("%1: it has no Date header and no mbox From line to "
                                            "take a date from")
                                 .arg(where)
                           : QStringLiteral("%1: %2, and no mbox From line gives another")
                                 .arg(where, *dateNote);
        } else if (seen.contains(m.messageId)) {
            c.status = MailStatus::Duplicate;
            c.reason =
                QStringLiteral("%1: the same message as %2").arg(where, seen.value(m.messageId));
        } else {
            seen.insert(m.messageId, where);
            if (const auto id = stored->constFind(m.messageId); id != stored->constEnd()) {
                c.status = MailStatus::Duplicate;
                c.reason = QStringLiteral("%1: already imported as entry %2").arg(where).arg(*id);
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
        const auto contact = m_contactsByEmail.constFind(a.email.toLower());
        if (contact == m_contactsByEmail.constEnd())
            continue;
        if (contact->programs.size() == 1)
            return settle(c, m_programs.at(contact->programs.first()), contact->firstContact);
        c.reason = QStringLiteral("%1: %2 is a contact of several programs: %3")
                       .arg(where, a.email, namesOf(contact->programs, m_programs));
        return;
    }
    for (const MailAddress &a : addresses) {
        // The longest program domain the address is in: itself, then each
        // parent domain ("mail.med.example.edu", "med.example.edu", …).
        QList<qsizetype> programs;
        for (QString d = domainOf(a.email); !d.isEmpty() && programs.isEmpty();
             d = d.section(QLatin1Char('.'), 1))
            programs = m_programsByDomain.value(d);
        if (programs.size() == 1)
            return settle(c, m_programs.at(programs.first()), std::nullopt);
        if (programs.size() > 1) {
            c.reason = QStringLiteral("%1: %2 is in the email domain of several programs: %3")
                           .arg(where, a.email, namesOf(programs, m_programs));
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

Result<MailImportSummary> MailImport::apply(const QList<MailCandidate> &candidates) const
{
    MailImportSummary summary;
    QList<Communication> entries;
    QList<const MailCandidate *> stored; // entries' candidates, to name a failing one
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
        entries << c.communication;
        stored << &c;
    }
    qsizetype failedAt = -1;
    const auto ids = CommunicationRepository(*m_db).addAll(entries, &failedAt);
    if (!ids) {
        if (failedAt < 0)
            return ids.error();
        return fail(QStringLiteral("%1: %2; nothing was imported")
                        .arg(stored.at(failedAt)->message.position.describe(), ids.errorMessage()));
    }
    for (const std::optional<qint64> &id : *ids) {
        if (id) {
            summary.ids << *id;
            ++summary.imported;
        } else {
            ++summary.duplicates; // stored since the preview, or listed twice
        }
    }
    return summary;
}

} // namespace rapport::core
