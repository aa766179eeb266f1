#include "TemplateRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "compose/TemplateRenderer.h"
#include "domain/Validation.h"

#include <QSqlQuery>

namespace rapport::core {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, name, title, kind, subject, body FROM templates");

Template readTemplate(const QSqlQuery &q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.title = q.value(2).toString();
    t.kind = parseEnum<Kind>(q.value(3).toString()).value_or(Kind::Other);
    t.subject = q.value(4).toString();
    t.body = q.value(5).toString();
    return t;
}

} // namespace

Result<QList<Template>> TemplateRepository::stored() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, kSelect + u" ORDER BY name"); !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("list templates")); !s)
        return s.error();
    QList<Template> out;
    while (q.next())
        out << readTemplate(q);
    return out;
}

Result<std::optional<Template>> TemplateRepository::find(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, kSelect + u" WHERE name = ?"); !s)
        return s.error();
    q.addBindValue(name);
    if (auto s = sql::exec(q, QStringLiteral("read template \"%1\"").arg(name)); !s)
        return s.error();
    if (!q.next())
        return std::optional<Template>();
    return std::optional<Template>(readTemplate(q));
}

Status TemplateRepository::save(const Template &tmpl)
{
    if (auto s = validate(tmpl); !s)
        return s;
    if (auto s = TemplateRenderer::validate(tmpl); !s)
        return fail(QStringLiteral("template \"%1\": %2").arg(tmpl.name, s.errorMessage()));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    // A null QString binds as NULL; coalesce keeps an unset title or subject legal.
    const QString sqlText = QStringLiteral(
        "INSERT INTO templates (name, title, kind, subject, body, updated_utc) "
        "VALUES (:name, coalesce(:title, ''), :kind, coalesce(:subject, ''), :body, :now) "
        "ON CONFLICT(name) DO UPDATE SET title = excluded.title, kind = excluded.kind, "
        "subject = excluded.subject, body = excluded.body, updated_utc = excluded.updated_utc");
    if (auto s = sql::prepare(q, sqlText); !s)
        return s;
    q.bindValue(QStringLiteral(":name"), tmpl.name);
    q.bindValue(QStringLiteral(":title"), tmpl.title);
    q.bindValue(QStringLiteral(":kind"), toString(tmpl.kind));
    q.bindValue(QStringLiteral(":subject"), tmpl.subject);
    q.bindValue(QStringLiteral(":body"), tmpl.body);
    q.bindValue(QStringLiteral(":now"), sql::utcText(QDateTime::currentDateTimeUtc()));
    if (auto s = sql::exec(q, QStringLiteral("save template \"%1\"").arg(tmpl.name)); !s)
        return s;
    return tx.commit();
}

Status TemplateRepository::remove(const QString &name)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM templates WHERE name = ?")); !s)
        return s;
    q.addBindValue(name);
    if (auto s = sql::exec(q, QStringLiteral("delete template \"%1\"").arg(name)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("there is no stored template named \"%1\"").arg(name));
    return tx.commit();
}

} // namespace rapport::core
