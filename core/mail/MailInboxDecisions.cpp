// MailInbox: what the applicant decides about a captured message, and its
// original. Capture and matching are in MailInbox.cpp.
#include "MailInbox.h"

#include "Clock.h"
#include "domain/Validation.h"
#include "io/MailImport.h"
#include "io/MailParser.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace rapport::core {
namespace {

std::optional<qint64> idFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// Runs one UPDATE of a queue row that must change exactly that row.
Status updateRow(Database &db, qint64 id, const QString &assignments, QVariantList values,
                 const QString &what)
{
    QSqlQuery q(db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("UPDATE mail_inbox SET %1 WHERE id = ?").arg(assignments));
        !s)
        return s;
    values << id;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (auto s = sql::exec(q, what); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("captured message %1 is gone").arg(id));
    return {};
}

QString stateError(const InboxEntry &e)
{
    switch (e.state) {
    case InboxState::Confirmed:
        return e.communicationId
                   ? QStringLiteral("captured message %1 is logged already, as entry %2")
                         .arg(e.id)
                         .arg(*e.communicationId)
                   : QStringLiteral("captured message %1 was logged already").arg(e.id);
    case InboxState::Ignored: return QStringLiteral("captured message %1 was ignored").arg(e.id);
    case InboxState::Pending: break;
    }
    return QStringLiteral("captured message %1 is still pending").arg(e.id);
}

} // namespace

Result<qint64> MailInbox::confirm(qint64 id, qint64 programId, std::optional<qint64> contactId,
                                  Kind kind)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->state != InboxState::Pending)
        return fail(stateError(*entry));
    if (!entry->problem.isEmpty())
        return fail(
            QStringLiteral("captured message %1 cannot be logged: %2").arg(id).arg(entry->problem));
    const auto stored = CommunicationRepository(m_db).findByMessageId(entry->messageId);
    if (!stored)
        return stored.error();
    if (*stored)
        return fail(QStringLiteral("captured message %1 is in the log already, as entry %2")
                        .arg(id)
                        .arg(**stored));
    const auto mail = original(id);
    if (!mail)
        return mail.error();
    const auto read = MailParser::readBytes(mail->raw, QStringLiteral("message %1").arg(id));
    if (!read || read->isEmpty())
        return fail(QStringLiteral("captured message %1 cannot be read again: %2")
                        .arg(id)
                        .arg(read.errorMessage()));

    Communication c = MailImport::entryFor(read->first(), entry->direction);
    c.messageId = entry->messageId;
    c.programId = programId;
    c.contactId = contactId;
    c.kind = kind;
    c.kindGuessed = entry->kindGuessed && kind == entry->kind;
    const auto commId = CommunicationRepository(m_db).add(c);
    if (!commId)
        return fail(QStringLiteral("captured message %1 cannot be logged: %2")
                        .arg(id)
                        .arg(commId.errorMessage()));
    if (auto s = updateRow(m_db, id,
                           QStringLiteral("state = 'confirmed', communication_id = ?, "
                                          "communication_revision = (SELECT revision FROM "
                                          "communications WHERE id = ?), decided_utc = ?"),
                           {*commId, *commId, sql::utcText(m_clock.now())},
                           QStringLiteral("confirm captured message %1").arg(id));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *commId;
}

Status MailInbox::unconfirm(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->state != InboxState::Confirmed)
        return fail(QStringLiteral("captured message %1 is not logged").arg(id));
    // An entry deleted from the log meanwhile leaves nothing to delete.
    if (entry->communicationId) {
        QSqlQuery q(m_db.connection());
        if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM communications WHERE id = ? AND "
                                                    "revision = (SELECT communication_revision "
                                                    "FROM mail_inbox WHERE id = ?)"));
            !s)
            return s;
        q.addBindValue(*entry->communicationId);
        q.addBindValue(id);
        if (auto s = sql::exec(q, QStringLiteral("delete entry %1").arg(*entry->communicationId));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return fail(QStringLiteral("entry %1 was edited after it was logged from captured "
                                       "message %2; it is kept")
                            .arg(*entry->communicationId)
                            .arg(id));
    }
    if (auto s = updateRow(m_db, id,
                           QStringLiteral("state = 'pending', communication_id = NULL, "
                                          "communication_revision = NULL, decided_utc = NULL"),
                           {}, QStringLiteral("unconfirm captured message %1").arg(id));
        !s)
        return s;
    return tx.commit();
}

Result<QByteArray> MailInbox::ignore(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->state != InboxState::Pending)
        return fail(stateError(*entry));
    const auto mail = original(id);
    if (!mail)
        return mail.error();
    if (auto s = updateRow(
            m_db, id, QStringLiteral("state = 'ignored', raw = NULL, decided_utc = ?"),
            {sql::utcText(m_clock.now())}, QStringLiteral("ignore captured message %1").arg(id));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return mail->raw;
}

Status MailInbox::unignore(qint64 id, const QByteArray &raw)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const auto entry = get(id);
    if (!entry)
        return entry.error();
    if (entry->state != InboxState::Ignored)
        return fail(QStringLiteral("captured message %1 is not ignored").arg(id));
    if (auto s =
            updateRow(m_db, id, QStringLiteral("state = 'pending', raw = ?, decided_utc = NULL"),
                      {raw}, QStringLiteral("unignore captured message %1").arg(id));
        !s)
        return s;
    return tx.commit();
}

Result<IncomingMail> MailInbox::original(qint64 id) const
{
    const auto rows = sql::rows<std::optional<IncomingMail>>(
        m_db.connection(),
        QStringLiteral("SELECT raw, origin, account_id, folder, uid_validity, uid, store_id, path "
                       "FROM mail_inbox WHERE id = ?"),
        {id}, QStringLiteral("read the original of captured message %1").arg(id),
        [](const QSqlQuery &q) -> std::optional<IncomingMail> {
            if (q.value(0).isNull())
                return std::nullopt;
            IncomingMail mail;
            mail.raw = q.value(0).toByteArray();
            mail.origin = parseEnum<MailOrigin>(q.value(1).toString()).value_or(MailOrigin::File);
            mail.accountId = idFrom(q.value(2));
            mail.folder = q.value(3).toString();
            mail.uidValidity = idFrom(q.value(4));
            mail.uid = idFrom(q.value(5));
            mail.storeId = idFrom(q.value(6));
            mail.path = q.value(7).toString();
            return mail;
        });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(QStringLiteral("there is no captured message with id %1").arg(id));
    if (!rows->first())
        return fail(QStringLiteral("the original of captured message %1 was dropped when it was "
                                   "ignored")
                        .arg(id));
    return *rows->first();
}

Result<std::optional<IncomingMail>> MailInbox::originalOfEntry(qint64 communicationId) const
{
    const auto ids = sql::ids(
        m_db.connection(),
        QStringLiteral("SELECT id FROM mail_inbox WHERE raw IS NOT NULL AND (communication_id = ? "
                       "OR message_id = (SELECT message_id FROM communications WHERE id = ?)) "
                       "ORDER BY communication_id IS NULL LIMIT 1"),
        QStringLiteral("find the captured message of entry %1").arg(communicationId),
        {communicationId, communicationId});
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return std::optional<IncomingMail>();
    auto mail = original(ids->first());
    if (!mail)
        return mail.error();
    return std::optional<IncomingMail>(*mail);
}

} // namespace rapport::core
