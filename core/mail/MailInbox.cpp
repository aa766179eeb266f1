#include "MailInbox.h"

#include "Clock.h"
#include "io/MailImport.h"
#include "io/MailParser.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::core {
namespace {

const QString kEntryColumns = QStringLiteral(
    "id, message_id, origin, account_id, store_id, folder, path, captured_utc, at_utc, "
    "at_offset, from_name, from_address, subject, direction, program_id, contact_id, kind, "
    "kind_guessed, reason, problem, state, communication_id, decided_utc");

std::optional<qint64> optionalIdFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

InboxEntry entryFrom(const QSqlQuery &q)
{
    InboxEntry e;
    e.id = q.value(0).toLongLong();
    e.messageId = q.value(1).toString();
    e.origin = parseEnum<MailOrigin>(q.value(2).toString()).value_or(MailOrigin::File);
    e.accountId = optionalIdFrom(q.value(3));
    e.storeId = optionalIdFrom(q.value(4));
    e.folder = q.value(5).toString();
    e.path = q.value(6).toString();
    e.captured = sql::momentFrom(q.value(7), 0);
    if (!q.value(8).isNull())
        e.at = sql::momentFrom(q.value(8), q.value(9));
    e.fromName = q.value(10).toString();
    e.fromAddress = q.value(11).toString();
    e.subject = q.value(12).toString();
    e.direction = parseEnum<Direction>(q.value(13).toString()).value_or(Direction::Incoming);
    e.programId = optionalIdFrom(q.value(14));
    e.contactId = optionalIdFrom(q.value(15));
    e.kind = parseEnum<Kind>(q.value(16).toString()).value_or(Kind::Other);
    e.kindGuessed = q.value(17).toBool();
    e.reason = q.value(18).toString();
    e.problem = q.value(19).toString();
    e.state = parseEnum<InboxState>(q.value(20).toString()).value_or(InboxState::Pending);
    e.communicationId = optionalIdFrom(q.value(21));
    if (!q.value(22).isNull())
        e.decided = sql::momentFrom(q.value(22), 0);
    return e;
}

// What names a message in MailParser's positions.
QString labelOf(const IncomingMail &mail)
{
    if (!mail.path.isEmpty())
        return QFileInfo(mail.path).fileName();
    if (mail.uid)
        return QStringLiteral("%1 UID %2").arg(mail.folder).arg(*mail.uid);
    return QStringLiteral("message");
}

MailMessage readMessage(const QByteArray &raw, const QString &label)
{
    MailMessage m;
    if (auto read = MailParser::readBytes(raw, label); read && !read->isEmpty()) {
        m = read->first();
    } else {
        m.position.file = label;
        m.broken = read ? QStringLiteral("this is not an email message") : read.errorMessage();
    }
    if (m.messageId.isEmpty()) {
        m.messageId = QStringLiteral("rapport-%1@unreadable.invalid")
                          .arg(QString::fromLatin1(
                              QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex()));
        m.messageIdMade = true;
    }
    return m;
}

// MailImport's reasons name the message's place in its file, which a
// queue row shows in columns of its own.
QString withoutPosition(const QString &reason, const MailMessage &m)
{
    const QString prefix = m.position.describe() + QStringLiteral(": ");
    return reason.startsWith(prefix) ? reason.mid(prefix.size()) : reason;
}

// The Message-IDs among ids that are in the queue already, in one query.
Result<QSet<QString>> queued(Database &db, const QStringList &ids)
{
    QSet<QString> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT j.value FROM json_each(?) j JOIN "
                                                "mail_inbox m ON m.message_id = j.value"));
        !s)
        return s.error();
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (auto s = sql::exec(q, QStringLiteral("look up %1 captured messages").arg(ids.size())); !s)
        return s.error();
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace

Result<CaptureSummary> MailInbox::capture(const QList<IncomingMail> &batch,
                                          const AlsoWrite &alsoWrite)
{
    CaptureSummary summary;
    QList<MailMessage> messages;
    messages.reserve(batch.size());
    QStringList ids;
    for (const IncomingMail &mail : batch) {
        messages << readMessage(mail.raw, labelOf(mail));
        ids << messages.last().messageId;
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // Read inside the transaction: no other writer can queue one meanwhile.
    const auto inQueue = queued(m_db, ids);
    if (!inQueue)
        return inQueue.error();
    QList<MailMessage> fresh;
    QList<const IncomingMail *> sources;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (inQueue->contains(messages.at(i).messageId)) {
            ++summary.duplicates;
            continue;
        }
        fresh << messages.at(i);
        sources << &batch.at(i);
    }
    QList<MailCandidate> candidates;
    if (!fresh.isEmpty()) {
        // Programs and contacts are read only when something is new: a
        // source polled often mostly brings nothing.
        auto import = MailImport::load(m_db);
        if (!import)
            return import.error();
        auto previewed = import->preview(fresh);
        if (!previewed)
            return previewed.error();
        candidates = std::move(*previewed);
    }

    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("INSERT INTO mail_inbox (message_id, origin, account_id, store_id, "
                              "folder, uid_validity, uid, path, raw, captured_utc, at_utc, "
                              "at_offset, from_name, from_address, subject, direction, "
                              "program_id, contact_id, kind, kind_guessed, reason, problem) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?)"));
        !s)
        return s.error();
    const QString now = sql::utcText(m_clock.now());
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const MailCandidate &c = candidates.at(i);
        if (c.status == MailStatus::Duplicate) {
            ++summary.duplicates;
            continue;
        }
        const IncomingMail &mail = *sources.at(i);
        const MailMessage &m = c.message;
        const Communication &comm = c.communication;
        const bool ready = c.status == MailStatus::Ready;
        const bool broken = c.status == MailStatus::Broken;
        const QString reason = withoutPosition(c.reason, m);
        const QVariantList values{m.messageId,
                                  toString(mail.origin),
                                  sql::optionalId(mail.accountId),
                                  sql::optionalId(mail.storeId),
                                  sql::text(mail.folder),
                                  sql::optionalId(mail.uidValidity),
                                  sql::optionalId(mail.uid),
                                  sql::text(mail.path),
                                  mail.raw,
                                  now,
                                  comm.at.isValid() ? QVariant(sql::utcText(comm.at)) : QVariant(),
                                  comm.at.isValid() ? sql::offsetOf(comm.at) : 0,
                                  sql::text(m.from.email.isEmpty() ? m.fromHeader : m.from.name),
                                  sql::text(m.from.email),
                                  sql::text(comm.subject),
                                  toString(comm.direction),
                                  ready ? QVariant(comm.programId) : QVariant(),
                                  ready ? sql::optionalId(comm.contactId) : QVariant(),
                                  toString(comm.kind),
                                  comm.kindGuessed,
                                  sql::text(broken ? QString() : reason),
                                  sql::text(broken ? reason : QString())};
        for (int v = 0; v < values.size(); ++v)
            q.bindValue(v, values.at(v));
        if (auto s = sql::exec(q, QStringLiteral("capture message %1").arg(m.messageId)); !s)
            return s.error();
        summary.ids << q.lastInsertId().toLongLong();
        ++summary.captured;
        summary.proposed += ready ? 1 : 0;
        summary.broken += broken ? 1 : 0;
    }
    if (alsoWrite) {
        if (auto s = alsoWrite(m_db); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<QList<InboxEntry>> MailInbox::pending() const
{
    return list(InboxState::Pending);
}

Result<QList<InboxEntry>> MailInbox::list(std::optional<InboxState> state) const
{
    const QString where = state ? QStringLiteral(" WHERE state = ?") : QString();
    QVariantList values;
    if (state)
        values << toString(*state);
    return sql::rows<InboxEntry>(m_db.connection(),
                                 QStringLiteral("SELECT %1 FROM mail_inbox%2 ORDER BY at_utc IS "
                                                "NULL, at_utc, id")
                                     .arg(kEntryColumns, where),
                                 values, QStringLiteral("list the captured messages"), entryFrom);
}

Result<int> MailInbox::pendingCount() const
{
    const auto rows = sql::rows<int>(
        m_db.connection(), QStringLiteral("SELECT count(*) FROM mail_inbox WHERE state = ?"),
        {toString(InboxState::Pending)}, QStringLiteral("count the captured messages"),
        [](const QSqlQuery &q) { return q.value(0).toInt(); });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : rows->first();
}

Result<InboxEntry> MailInbox::get(qint64 id) const
{
    auto rows = sql::rows<InboxEntry>(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM mail_inbox WHERE id = ?").arg(kEntryColumns), {id},
        QStringLiteral("read captured message %1").arg(id), entryFrom);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(QStringLiteral("there is no captured message with id %1").arg(id));
    return rows->first();
}

Result<int> MailInbox::repropose()
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    struct Row
    {
        qint64 id;
        QByteArray raw;
        QString label;
    };
    const auto rows = sql::rows<Row>(
        m_db.connection(),
        QStringLiteral("SELECT id, raw, path, folder, uid FROM mail_inbox WHERE state = "
                       "'pending' AND program_id IS NULL AND problem = '' AND raw IS NOT NULL"),
        {}, QStringLiteral("read the unmatched captured messages"), [](const QSqlQuery &q) {
            IncomingMail mail;
            mail.path = q.value(2).toString();
            mail.folder = q.value(3).toString();
            mail.uid = optionalIdFrom(q.value(4));
            return Row{q.value(0).toLongLong(), q.value(1).toByteArray(), labelOf(mail)};
        });
    if (!rows)
        return rows.error();
    // The season's programs and contacts are read only when a message waits.
    if (rows->isEmpty())
        return 0;
    auto import = MailImport::load(m_db);
    if (!import)
        return import.error();
    QList<MailMessage> messages;
    for (const Row &row : *rows)
        messages << readMessage(row.raw, row.label);
    const auto candidates = import->preview(messages);
    if (!candidates)
        return candidates.error();
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE mail_inbox SET program_id = ?, contact_id "
                                                "= ?, kind = ?, kind_guessed = 1, reason = ? "
                                                "WHERE id = ?"));
        !s)
        return s.error();
    int proposed = 0;
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        const MailCandidate &c = candidates->at(i);
        if (c.status != MailStatus::Ready && c.status != MailStatus::Unmatched)
            continue; // stored meanwhile: confirm() says so
        const bool ready = c.status == MailStatus::Ready;
        const QVariantList values{ready ? QVariant(c.communication.programId) : QVariant(),
                                  ready ? sql::optionalId(c.communication.contactId) : QVariant(),
                                  toString(c.communication.kind),
                                  sql::text(withoutPosition(c.reason, c.message)), rows->at(i).id};
        for (int v = 0; v < values.size(); ++v)
            q.bindValue(v, values.at(v));
        if (auto s =
                sql::exec(q, QStringLiteral("propose captured message %1").arg(rows->at(i).id));
            !s)
            return s.error();
        proposed += ready ? 1 : 0;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return proposed;
}

Status MailInbox::propose(qint64 id, qint64 programId, std::optional<qint64> contactId)
{
    auto import = MailImport::load(m_db);
    if (!import)
        return import.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->state != InboxState::Pending)
        return fail(QStringLiteral("captured message %1 is not pending").arg(id));
    if (!entry->problem.isEmpty())
        return fail(
            QStringLiteral("captured message %1 cannot be logged: %2").arg(id).arg(entry->problem));
    const auto mail = original(id);
    if (!mail)
        return mail.error();
    auto candidates = import->preview({readMessage(mail->raw, labelOf(*mail))});
    if (!candidates)
        return candidates.error();
    MailCandidate &c = candidates->first();
    if (!contactId && entry->programId == programId)
        contactId = entry->contactId;
    if (auto s = import->assign(c, programId, contactId); !s)
        return fail(QStringLiteral("captured message %1: %2").arg(id).arg(s.errorMessage()));
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE mail_inbox SET program_id = ?, contact_id "
                                                "= ?, kind = ?, kind_guessed = 1, reason = '' "
                                                "WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(programId);
    q.addBindValue(sql::optionalId(c.communication.contactId));
    q.addBindValue(toString(c.communication.kind));
    q.addBindValue(id);
    if (auto s = sql::exec(q, QStringLiteral("propose captured message %1").arg(id)); !s)
        return s;
    return tx.commit();
}

} // namespace rapport::core
