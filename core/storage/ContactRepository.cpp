#include "ContactRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "domain/Validation.h"

#include <QSqlQuery>

namespace rapport::core {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, program_id, title, first_name, last_name, role, email, phone, notes, revision "
    "FROM contacts");

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.programId = q.value(1).toLongLong();
    c.title = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.lastName = q.value(4).toString();
    c.role = parseEnum<ContactRole>(q.value(5).toString()).value_or(ContactRole::Other);
    c.email = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.notes = q.value(8).toString();
    c.revision = q.value(9).toLongLong();
    return c;
}

void bindContact(QSqlQuery &q, const Contact &c)
{
    q.bindValue(QStringLiteral(":program_id"), c.programId);
    q.bindValue(QStringLiteral(":title"), sql::text(c.title));
    q.bindValue(QStringLiteral(":first_name"), sql::text(c.firstName.trimmed()));
    q.bindValue(QStringLiteral(":last_name"), sql::text(c.lastName.trimmed()));
    q.bindValue(QStringLiteral(":role"), toString(c.role));
    q.bindValue(QStringLiteral(":email"), sql::text(c.email.trimmed()));
    q.bindValue(QStringLiteral(":phone"), sql::text(c.phone));
    q.bindValue(QStringLiteral(":notes"), sql::text(c.notes));
}

} // namespace

Status ContactRepository::checkProgram(qint64 programId) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT 1 FROM programs WHERE id = ?")); !s)
        return s;
    q.addBindValue(programId);
    if (auto s = sql::exec(q, QStringLiteral("look up program %1").arg(programId)); !s)
        return s;
    if (!q.next())
        return fail(QStringLiteral("contact program %1 does not exist").arg(programId));
    return {};
}

// A contact's logged messages belong to its program; moving the contact
// would leave them pointing at a person of another program.
Status ContactRepository::checkNotMovingHistory(const Contact &c) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT count(*) FROM communications WHERE "
                                                "contact_id = ? AND program_id <> ?"));
        !s)
        return s;
    q.addBindValue(c.id);
    q.addBindValue(c.programId);
    if (auto s = sql::exec(q, QStringLiteral("check contact %1's messages").arg(c.id)); !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return fail(QStringLiteral("contact %1 cannot move to program %2: %3 logged messages "
                                   "belong to its current program")
                        .arg(c.id)
                        .arg(c.programId)
                        .arg(q.value(0).toInt()));
    return {};
}

Result<qint64> ContactRepository::add(const Contact &contact)
{
    Contact c = contact;
    c.email = c.email.trimmed();
    if (auto s = validate(c); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = checkProgram(c.programId); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("INSERT INTO contacts (program_id, title, first_name, "
                              "last_name, role, email, phone, notes) VALUES (:program_id, "
                              ":title, :first_name, :last_name, :role, :email, :phone, "
                              ":notes)"));
        !s)
        return s.error();
    bindContact(q, c);
    if (auto s = sql::exec(q, QStringLiteral("add contact %1").arg(c.fullName())); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

const QList<RowField<Contact>> &ContactRepository::fields()
{
    using C = Contact;
    const auto text = std::function<QString(const QString &)>(
        [](const QString &v) { return v.isEmpty() ? QStringLiteral("(empty)") : v; });
    static const QList<RowField<C>> all{
        rowField<C, qint64>(QStringLiteral("program"), &C::programId,
                            [](const qint64 &v) { return QString::number(v); }),
        rowField<C, QString>(QStringLiteral("title"), &C::title, text),
        rowField<C, QString>(QStringLiteral("first_name"), &C::firstName, text),
        rowField<C, QString>(QStringLiteral("last_name"), &C::lastName, text),
        rowField<C, ContactRole>(QStringLiteral("role"), &C::role,
                                 [](const ContactRole &v) { return toString(v); }),
        rowField<C, QString>(QStringLiteral("email"), &C::email, text),
        rowField<C, QString>(QStringLiteral("phone"), &C::phone, text),
        rowField<C, QString>(QStringLiteral("notes"), &C::notes, text)};
    return all;
}

Status ContactRepository::update(const Contact &contact, std::optional<qint64> expectedRevision)
{
    Contact c = contact;
    c.email = c.email.trimmed();
    if (auto s = validate(c); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkProgram(c.programId); !s)
        return s;
    if (auto s = checkNotMovingHistory(c); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("UPDATE contacts SET program_id = :program_id, title = :title, "
                              "first_name = :first_name, last_name = :last_name, role = "
                              ":role, email = :email, phone = :phone, notes = :notes WHERE "
                              "id = :id AND (:revision IS NULL OR revision = :revision)"));
        !s)
        return s;
    bindContact(q, c);
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":revision"),
                expectedRevision ? QVariant(*expectedRevision) : QVariant());
    if (auto s = sql::exec(q, QStringLiteral("update contact %1").arg(c.id)); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        if (expectedRevision && get(c.id))
            return fail(QStringLiteral("the contact was changed by another program meanwhile; "
                                       "save again to keep both changes"));
        return fail(QStringLiteral("there is no contact with id %1").arg(c.id));
    }
    return tx.commit();
}

Result<Contact> ContactRepository::get(qint64 id) const
{
    auto found = list(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(QStringLiteral("there is no contact with id %1").arg(id));
    return found->first();
}

Result<QList<Contact>> ContactRepository::forProgram(qint64 programId) const
{
    return list(QStringLiteral("WHERE program_id = ? ORDER BY last_name COLLATE NOCASE, id"),
                {programId});
}

Result<QList<Contact>> ContactRepository::all() const
{
    return list(QStringLiteral("ORDER BY program_id, id"), {});
}

Result<QList<Contact>> ContactRepository::changedSince(qint64 revision) const
{
    return list(QStringLiteral("WHERE revision > ?"), {revision});
}

Result<QList<qint64>> ContactRepository::ids() const
{
    return sql::ids(m_db.connection(),
                    QStringLiteral("SELECT id FROM contacts ORDER BY program_id, id"),
                    QStringLiteral("list contacts"));
}

Result<QList<Contact>> ContactRepository::list(const QString &where,
                                               const QVariantList &values) const
{
    return sql::rows<Contact>(m_db.connection(), kSelect + QLatin1Char(' ') + where, values,
                              QStringLiteral("read contacts"), readContact);
}

} // namespace rapport::core
