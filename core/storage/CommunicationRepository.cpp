#include "CommunicationRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::core {
namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.program_id, c.contact_id, c.at_utc, c.at_offset, c.direction, c.channel, c.kind, "
    "c.kind_guessed, c.subject, c.body, c.state, c.template_name, c.source, c.message_id, "
    "c.revision");

Communication readCommunication(const QSqlQuery &q)
{
    Communication c;
    c.id = q.value(0).toLongLong();
    c.programId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.contactId = q.value(2).toLongLong();
    c.at = sql::momentFrom(q.value(3), q.value(4));
    c.direction = parseEnum<Direction>(q.value(5).toString()).value_or(Direction::Outgoing);
    c.channel = parseEnum<Channel>(q.value(6).toString()).value_or(Channel::Email);
    c.kind = parseEnum<Kind>(q.value(7).toString()).value_or(Kind::Other);
    c.kindGuessed = q.value(8).toInt() != 0;
    c.subject = q.value(9).toString();
    c.body = q.value(10).toString();
    c.state = parseEnum<CommState>(q.value(11).toString()).value_or(CommState::Sent);
    c.templateName = q.value(12).toString();
    c.source = parseEnum<Source>(q.value(13).toString()).value_or(Source::Typed);
    c.messageId = q.value(14).toString();
    c.revision = q.value(15).toLongLong();
    return c;
}

void bindCommunication(QSqlQuery &q, const Communication &c)
{
    q.bindValue(QStringLiteral(":program_id"), c.programId);
    q.bindValue(QStringLiteral(":contact_id"), sql::optionalId(c.contactId));
    q.bindValue(QStringLiteral(":at_utc"), sql::utcText(c.at));
    q.bindValue(QStringLiteral(":at_offset"), sql::offsetOf(c.at));
    q.bindValue(QStringLiteral(":direction"), toString(c.direction));
    q.bindValue(QStringLiteral(":channel"), toString(c.channel));
    q.bindValue(QStringLiteral(":kind"), toString(c.kind));
    q.bindValue(QStringLiteral(":kind_guessed"), c.kindGuessed ? 1 : 0);
    q.bindValue(QStringLiteral(":subject"), sql::text(c.subject));
    q.bindValue(QStringLiteral(":body"), sql::text(c.body));
    q.bindValue(QStringLiteral(":state"), toString(c.state));
    q.bindValue(QStringLiteral(":template_name"), sql::text(c.templateName));
    q.bindValue(QStringLiteral(":source"), toString(c.source));
    q.bindValue(QStringLiteral(":message_id"), sql::nullIfEmpty(c.messageId));
}

// Ids are numbers: written into the statement, they need no bound variable
// each (SQLite allows only so many).
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

Result<QHash<qint64, QString>> idTexts(const QSqlDatabase &db, const QString &sqlText,
                                       const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, sqlText); !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = sql::exec(q, QStringLiteral("read message texts")); !s)
        return s.error();
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

bool isConstraintError(const QSqlError &error)
{
    // Qt reports SQLite's extended result codes; the primary one is the low byte.
    constexpr int sqliteConstraint = 19;
    return (error.nativeErrorCode().toInt() & 0xff) == sqliteConstraint;
}

} // namespace

QString CommunicationRepository::ftsQuery(const QString &text)
{
    // Typed text like PGY-1 or Mary's is not valid FTS5 syntax; quoting every
    // word makes any input a plain search.
    static const QRegularExpression separators(QStringLiteral(R"([\s\p{P}\p{S}]+)"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

Status CommunicationRepository::checkReferences(const Communication &c) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT 1 FROM programs WHERE id = ?")); !s)
        return s;
    q.addBindValue(c.programId);
    if (auto s = sql::exec(q, QStringLiteral("look up program %1").arg(c.programId)); !s)
        return s;
    if (!q.next())
        return fail(QStringLiteral("communication program %1 does not exist").arg(c.programId));
    if (!c.contactId)
        return {};
    if (auto s = sql::prepare(q, QStringLiteral("SELECT program_id FROM contacts WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(*c.contactId);
    if (auto s = sql::exec(q, QStringLiteral("look up contact %1").arg(*c.contactId)); !s)
        return s;
    if (!q.next())
        return fail(QStringLiteral("communication contact %1 does not exist").arg(*c.contactId));
    if (q.value(0).toLongLong() != c.programId)
        return fail(QStringLiteral("contact %1 belongs to program %2, not to program %3")
                        .arg(*c.contactId)
                        .arg(q.value(0).toLongLong())
                        .arg(c.programId));
    return {};
}

Result<qint64> CommunicationRepository::add(const Communication &communication)
{
    if (auto s = validate(communication); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = checkReferences(communication); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("INSERT INTO communications (program_id, contact_id, at_utc, "
                              "at_offset, direction, channel, kind, kind_guessed, subject, "
                              "body, state, template_name, source, message_id, created_utc) "
                              "VALUES (:program_id, :contact_id, :at_utc, :at_offset, "
                              ":direction, :channel, :kind, :kind_guessed, :subject, :body, "
                              ":state, :template_name, :source, :message_id, :now)"));
        !s)
        return s.error();
    bindCommunication(q, communication);
    q.bindValue(QStringLiteral(":now"), sql::utcText(QDateTime::currentDateTimeUtc()));
    if (auto s = sql::exec(q, QStringLiteral("log the communication")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<std::optional<qint64>>>
CommunicationRepository::addAll(const QList<Communication> &entries, qsizetype *failedAt)
{
    QList<std::optional<qint64>> ids;
    if (entries.isEmpty())
        return ids;
    const auto refuse = [failedAt](qsizetype i, const Error &error) {
        if (failedAt)
            *failedAt = i;
        return error;
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (auto s = validate(entries.at(i)); !s)
            return refuse(i, s.error());
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // The insert skips a stored Message-ID and a contact of another program;
    // which of the two it was is asked only when a row was skipped.
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral(
                   "INSERT INTO communications (program_id, contact_id, at_utc, at_offset, "
                   "direction, channel, kind, kind_guessed, subject, body, state, template_name, "
                   "source, message_id, created_utc) SELECT :program_id, :contact_id, :at_utc, "
                   ":at_offset, :direction, :channel, :kind, :kind_guessed, :subject, :body, "
                   ":state, :template_name, :source, :message_id, :now WHERE :contact_id IS NULL "
                   "OR EXISTS (SELECT 1 FROM contacts WHERE id = :contact_id AND program_id = "
                   ":program_id) ON CONFLICT (message_id) WHERE message_id IS NOT NULL DO "
                   "NOTHING"));
        !s)
        return s.error();
    const QString now = sql::utcText(QDateTime::currentDateTimeUtc());
    ids.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Communication &c = entries.at(i);
        bindCommunication(q, c);
        q.bindValue(QStringLiteral(":now"), now);
        if (auto s = sql::exec(q, QStringLiteral("log the communication")); !s) {
            if (isConstraintError(q.lastError())) {
                if (auto refs = checkReferences(c); !refs)
                    return refuse(i, refs.error());
            }
            return refuse(i, s.error());
        }
        if (q.numRowsAffected() == 1) {
            ids << q.lastInsertId().toLongLong();
            continue;
        }
        auto stored = findByMessageId(c.messageId);
        if (!stored)
            return refuse(i, stored.error());
        if (!*stored) {
            if (auto refs = checkReferences(c); !refs)
                return refuse(i, refs.error());
            return refuse(i, fail(QStringLiteral("the communication was not stored")));
        }
        ids << std::nullopt;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

const QList<RowField<Communication>> &CommunicationRepository::fields()
{
    using C = Communication;
    const auto text = std::function<QString(const QString &)>(
        [](const QString &v) { return v.isEmpty() ? QStringLiteral("(empty)") : v; });
    const auto id = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QStringLiteral("(none)");
    };
    static const QList<RowField<C>> all{
        rowField<C, qint64>(QStringLiteral("program"), &C::programId,
                            [](const qint64 &v) { return QString::number(v); }),
        rowField<C, std::optional<qint64>>(QStringLiteral("contact"), &C::contactId, id),
        rowField<C, QDateTime>(QStringLiteral("at"), &C::at,
                               [](const QDateTime &v) { return v.toString(Qt::ISODate); }),
        rowField<C, Direction>(QStringLiteral("direction"), &C::direction,
                               [](const Direction &v) { return toString(v); }),
        rowField<C, Channel>(QStringLiteral("channel"), &C::channel,
                             [](const Channel &v) { return toString(v); }),
        // Whether the kind was guessed goes with the kind.
        RowField<C>{QStringLiteral("kind"),
                    [](const C &a, const C &b) {
                        return a.kind == b.kind && a.kindGuessed == b.kindGuessed;
                    },
                    [](C &to, const C &from) {
                        to.kind = from.kind;
                        to.kindGuessed = from.kindGuessed;
                    },
                    [](const C &c) {
                        return toString(c.kind);
                    }},
        rowField<C, CommState>(QStringLiteral("state"), &C::state,
                               [](const CommState &v) { return toString(v); }),
        rowField<C, QString>(QStringLiteral("subject"), &C::subject, text),
        rowField<C, QString>(QStringLiteral("body"), &C::body, text),
        rowField<C, QString>(QStringLiteral("template"), &C::templateName, text),
        rowField<C, Source>(QStringLiteral("source"), &C::source,
                            [](const Source &v) { return toString(v); }),
        rowField<C, QString>(QStringLiteral("message_id"), &C::messageId, text)};
    return all;
}

Status CommunicationRepository::update(const Communication &communication,
                                       std::optional<qint64> expectedRevision)
{
    if (auto s = validate(communication); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkReferences(communication); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("UPDATE communications SET program_id = :program_id, "
                              "contact_id = :contact_id, at_utc = :at_utc, at_offset = "
                              ":at_offset, direction = :direction, channel = :channel, kind "
                              "= :kind, kind_guessed = :kind_guessed, subject = :subject, "
                              "body = :body, state = :state, template_name = "
                              ":template_name, source = :source, message_id = :message_id "
                              "WHERE id = :id AND (:revision IS NULL OR revision = :revision)"));
        !s)
        return s;
    bindCommunication(q, communication);
    q.bindValue(QStringLiteral(":id"), communication.id);
    q.bindValue(QStringLiteral(":revision"),
                expectedRevision ? QVariant(*expectedRevision) : QVariant());
    if (auto s = sql::exec(q, QStringLiteral("update communication %1").arg(communication.id)); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        if (expectedRevision && get(communication.id))
            return fail(QStringLiteral("the entry was changed by another program meanwhile; "
                                       "save again to keep both changes"));
        return fail(QStringLiteral("there is no communication with id %1").arg(communication.id));
    }
    return tx.commit();
}

Status CommunicationRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM communications WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    if (auto s = sql::exec(q, QStringLiteral("delete communication %1").arg(id)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("there is no communication with id %1").arg(id));
    return tx.commit();
}

Result<Communication> CommunicationRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("SELECT %1 FROM communications c WHERE c.id = ?").arg(kColumns));
        !s)
        return s.error();
    q.addBindValue(id);
    if (auto s = sql::exec(q, QStringLiteral("read communication %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return fail(QStringLiteral("there is no communication with id %1").arg(id));
    return readCommunication(q);
}

Result<QList<Communication>>
CommunicationRepository::changedSince(qint64 revision, const QList<qint64> &programs) const
{
    QString sqlText =
        QStringLiteral("SELECT %1 FROM communications c WHERE c.revision > ?").arg(kColumns);
    if (!programs.isEmpty())
        sqlText += QStringLiteral(" OR c.program_id IN (%1)").arg(idList(programs));
    return read(sqlText, {revision});
}

Result<QHash<qint64, QString>> CommunicationRepository::bodies(const QList<qint64> &ids) const
{
    QString sqlText = QStringLiteral("SELECT id, body FROM communications");
    if (!ids.isEmpty())
        sqlText += QStringLiteral(" WHERE id IN (%1)").arg(idList(ids));
    return idTexts(m_db.connection(), sqlText, {});
}

Result<QHash<qint64, QString>> CommunicationRepository::openings(qint64 programId, int length) const
{
    return idTexts(m_db.connection(),
                   QStringLiteral("SELECT id, substr(body, 1, ?) FROM communications "
                                  "WHERE program_id = ?"),
                   {length, programId});
}

Result<QList<qint64>> CommunicationRepository::ids() const
{
    return sql::ids(m_db.connection(),
                    QStringLiteral("SELECT id FROM communications ORDER BY at_utc, id"),
                    QStringLiteral("list communications"));
}

Result<QList<Communication>> CommunicationRepository::list(const CommunicationFilter &filter) const
{
    QString from = QStringLiteral("communications c");
    QStringList where;
    QVariantList values;
    const QString fts = ftsQuery(filter.text);
    if (!fts.isEmpty()) {
        from += QStringLiteral(" JOIN communications_fts f ON f.rowid = c.id");
        where << QStringLiteral("communications_fts MATCH ?");
        values << fts;
    }
    if (filter.programId) {
        where << QStringLiteral("c.program_id = ?");
        values << *filter.programId;
    }
    if (filter.from.isValid()) {
        // Dates are the user's: the day in the offset the entry was made in.
        where << QStringLiteral("date(c.at_utc, printf('%+d seconds', c.at_offset)) >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("date(c.at_utc, printf('%+d seconds', c.at_offset)) <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (filter.direction) {
        where << QStringLiteral("c.direction = ?");
        values << toString(*filter.direction);
    }
    if (filter.kind) {
        where << QStringLiteral("c.kind = ?");
        values << toString(*filter.kind);
    }
    QString sqlText = QStringLiteral("SELECT %1 FROM %2").arg(kColumns, from);
    if (!where.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY c.at_utc, c.id");
    return read(sqlText, values);
}

Result<QList<Communication>> CommunicationRepository::read(const QString &sqlText,
                                                           const QVariantList &values) const
{
    return sql::rows<Communication>(m_db.connection(), sqlText, values,
                                    QStringLiteral("list communications"), readCommunication);
}

Result<std::optional<qint64>>
CommunicationRepository::findByMessageId(const QString &messageId) const
{
    QSqlQuery q(m_db.connection());
    if (auto s =
            sql::prepare(q, QStringLiteral("SELECT id FROM communications WHERE message_id = ?"));
        !s)
        return s.error();
    q.addBindValue(messageId);
    if (auto s = sql::exec(q, QStringLiteral("find message %1").arg(messageId)); !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QHash<QString, qint64>>
CommunicationRepository::idsByMessageId(const QStringList &messageIds) const
{
    QHash<QString, qint64> ids;
    if (messageIds.isEmpty())
        return ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT j.value, c.id FROM json_each(?) j JOIN "
                                                "communications c ON c.message_id = j.value"));
        !s)
        return s.error();
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(messageIds)).toJson(QJsonDocument::Compact)));
    if (auto s = sql::exec(q, QStringLiteral("look up %1 Message-IDs").arg(messageIds.size())); !s)
        return s.error();
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<std::vector<qint64>> CommunicationRepository::matchingIds(const QString &text) const
{
    const QString fts = ftsQuery(text);
    if (fts.isEmpty())
        return std::vector<qint64>();
    // The triggers keep the index's rowids equal to the communications' ids.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT rowid FROM communications_fts WHERE "
                                                "communications_fts MATCH ? ORDER BY rowid"));
        !s)
        return s.error();
    q.addBindValue(fts);
    if (auto s = sql::exec(q, QStringLiteral("search communications")); !s)
        return s.error();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

} // namespace rapport::core
