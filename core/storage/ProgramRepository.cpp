#include "ProgramRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "domain/Validation.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::core {
namespace {

const QString kColumns = QStringLiteral(
    "name, institution, specialty, city, state, nrmp_code, participates_in_match, visa, "
    "matched_imgs, policy, policy_note, status, signal_sent, home_program, application_date, "
    "interview_date, interview_time, interview_offset, preference_rank, website, email_domain, "
    "notes, min_gap_days");

void bindProgram(QSqlQuery &q, const Program &p)
{
    q.bindValue(QStringLiteral(":name"), sql::text(p.name.trimmed()));
    q.bindValue(QStringLiteral(":institution"), sql::text(p.institution));
    q.bindValue(QStringLiteral(":specialty"), sql::text(p.specialty));
    q.bindValue(QStringLiteral(":city"), sql::text(p.city));
    q.bindValue(QStringLiteral(":state"), sql::text(p.state));
    q.bindValue(QStringLiteral(":nrmp_code"), sql::nullIfEmpty(p.nrmpCode.trimmed()));
    q.bindValue(QStringLiteral(":participates_in_match"), p.participatesInMatch ? 1 : 0);
    q.bindValue(QStringLiteral(":visa"), toString(p.visa));
    q.bindValue(QStringLiteral(":matched_imgs"), toString(p.matchedImgs));
    q.bindValue(QStringLiteral(":policy"), toString(p.policy));
    q.bindValue(QStringLiteral(":policy_note"), sql::text(p.policyNote));
    q.bindValue(QStringLiteral(":status"), toString(p.status));
    q.bindValue(QStringLiteral(":signal_sent"), p.signalSent ? 1 : 0);
    q.bindValue(QStringLiteral(":home_program"), p.homeProgram ? 1 : 0);
    q.bindValue(QStringLiteral(":application_date"), sql::date(p.applicationDate));
    q.bindValue(QStringLiteral(":interview_date"), sql::date(p.interviewDate));
    q.bindValue(QStringLiteral(":interview_time"), sql::time(p.interviewTime));
    q.bindValue(QStringLiteral(":interview_offset"), p.interviewOffsetSecs);
    q.bindValue(QStringLiteral(":preference_rank"), sql::optionalInt(p.preferenceRank));
    q.bindValue(QStringLiteral(":website"), sql::text(p.website));
    q.bindValue(QStringLiteral(":email_domain"), sql::text(p.emailDomain.toLower()));
    q.bindValue(QStringLiteral(":notes"), sql::text(p.notes));
    q.bindValue(QStringLiteral(":min_gap_days"), sql::optionalInt(p.minGapDays));
    q.bindValue(QStringLiteral(":now"), sql::utcText(QDateTime::currentDateTimeUtc()));
}

// Column positions looked up once per query: a record per row costs more
// than reading the row.
class ProgramReader
{
public:
    explicit ProgramReader(const QSqlQuery &q) : m_record(q.record()) {}

    Program read(const QSqlQuery &q) const
    {
        auto v = [&](const char *column) {
            return q.value(m_record.indexOf(QLatin1String(column)));
        };
        Program p;
        p.id = v("id").toLongLong();
        p.name = v("name").toString();
        p.institution = v("institution").toString();
        p.specialty = v("specialty").toString();
        p.city = v("city").toString();
        p.state = v("state").toString();
        p.nrmpCode = v("nrmp_code").toString();
        p.participatesInMatch = v("participates_in_match").toInt() != 0;
        p.visa =
            parseEnum<VisaSponsorship>(v("visa").toString()).value_or(VisaSponsorship::Unknown);
        p.matchedImgs =
            parseEnum<Tristate>(v("matched_imgs").toString()).value_or(Tristate::Unknown);
        p.policy = parseEnum<CommunicationPolicy>(v("policy").toString())
                       .value_or(CommunicationPolicy::None);
        p.policyNote = v("policy_note").toString();
        p.status =
            parseEnum<ProgramStatus>(v("status").toString()).value_or(ProgramStatus::Considering);
        p.signalSent = v("signal_sent").toInt() != 0;
        p.homeProgram = v("home_program").toInt() != 0;
        p.applicationDate = sql::dateFrom(v("application_date"));
        p.interviewDate = sql::dateFrom(v("interview_date"));
        p.interviewTime = sql::timeFrom(v("interview_time"));
        p.interviewOffsetSecs = v("interview_offset").toInt();
        p.preferenceRank = sql::optionalIntFrom(v("preference_rank"));
        p.website = v("website").toString();
        p.emailDomain = v("email_domain").toString();
        p.notes = v("notes").toString();
        p.minGapDays = sql::optionalIntFrom(v("min_gap_days"));
        p.revision = v("revision").toLongLong();
        return p;
    }

private:
    QSqlRecord m_record;
};

Program readProgram(const QSqlQuery &q)
{
    return ProgramReader(q).read(q);
}

QString placeholders()
{
    QStringList names;
    for (const QString &column : kColumns.split(QStringLiteral(", ")))
        names << QLatin1Char(':') + column;
    return names.join(QStringLiteral(", "));
}

QString assignments()
{
    QStringList parts;
    for (const QString &column : kColumns.split(QStringLiteral(", ")))
        parts << column + QStringLiteral(" = :") + column;
    return parts.join(QStringLiteral(", "));
}

} // namespace

Status ProgramRepository::checkNrmpCodeFree(const Program &p) const
{
    if (p.nrmpCode.trimmed().isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    // "nrmp_code <> ''" lets SQLite use the partial unique index.
    if (auto s = sql::prepare(q, QStringLiteral("SELECT id, name FROM programs WHERE nrmp_code = ? "
                                                "AND nrmp_code <> '' AND id <> ?"));
        !s)
        return s;
    q.addBindValue(p.nrmpCode.trimmed());
    q.addBindValue(p.id);
    if (auto s = sql::exec(q, QStringLiteral("check the NRMP code")); !s)
        return s;
    if (q.next())
        return fail(QStringLiteral("program NRMP code %1 is already used by program %2 (%3)")
                        .arg(p.nrmpCode, q.value(0).toString(), q.value(1).toString()));
    return {};
}

Result<qint64> ProgramRepository::add(const Program &program)
{
    if (auto s = validate(program); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = checkNrmpCodeFree(program); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (auto s =
            sql::prepare(q, QStringLiteral("INSERT INTO programs (%1, created_utc, updated_utc) "
                                           "VALUES (%2, :now, :now)")
                                .arg(kColumns, placeholders()));
        !s)
        return s.error();
    bindProgram(q, program);
    if (auto s = sql::exec(q, QStringLiteral("add program \"%1\"").arg(program.name)); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ProgramRepository::update(const Program &program)
{
    if (auto s = validate(program); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkNrmpCodeFree(program); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE programs SET %1, updated_utc = :now "
                                                "WHERE id = :id")
                                     .arg(assignments()));
        !s)
        return s;
    bindProgram(q, program);
    q.bindValue(QStringLiteral(":id"), program.id);
    if (auto s = sql::exec(q, QStringLiteral("update program %1").arg(program.id)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("there is no program with id %1").arg(program.id));
    return tx.commit();
}

namespace {

QString plain(const QString &v)
{
    return v.isEmpty() ? QStringLiteral("(empty)") : v;
}

QString yesNo(const bool &v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("(none)");
}

QString number(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QStringLiteral("(none)");
}

template <typename E> std::function<QString(const E &)> enumText()
{
    return [](const E &v) {
        return toString(v);
    };
}

QList<RowField<Program>> programFields()
{
    using P = Program;
    const auto text = std::function<QString(const QString &)>(plain);
    const auto flag = std::function<QString(const bool &)>(yesNo);
    // Date, time and the zone the time was entered in are one fact.
    RowField<P> interview{QStringLiteral("interview"),
                          [](const P &a, const P &b) {
                              return a.interviewDate == b.interviewDate &&
                                     a.interviewTime == b.interviewTime &&
                                     a.interviewOffsetSecs == b.interviewOffsetSecs;
                          },
                          [](P &to, const P &from) {
                              to.interviewDate = from.interviewDate;
                              to.interviewTime = from.interviewTime;
                              to.interviewOffsetSecs = from.interviewOffsetSecs;
                          },
                          [](const P &p) {
                              return p.interviewTime.isValid()
                                         ? QStringLiteral("%1 %2").arg(
                                               isoDate(p.interviewDate),
                                               p.interviewTime.toString(QStringLiteral("HH:mm")))
                                         : isoDate(p.interviewDate);
                          }};
    return {
        rowField<P, QString>(QStringLiteral("name"), &P::name, text),
        rowField<P, QString>(QStringLiteral("institution"), &P::institution, text),
        rowField<P, QString>(QStringLiteral("specialty"), &P::specialty, text),
        rowField<P, QString>(QStringLiteral("city"), &P::city, text),
        rowField<P, QString>(QStringLiteral("state"), &P::state, text),
        rowField<P, QString>(QStringLiteral("nrmp_code"), &P::nrmpCode, text),
        rowField<P, QString>(QStringLiteral("website"), &P::website, text),
        rowField<P, QString>(QStringLiteral("email_domain"), &P::emailDomain, text),
        rowField<P, ProgramStatus>(QStringLiteral("status"), &P::status, enumText<ProgramStatus>()),
        rowField<P, QDate>(QStringLiteral("application_date"), &P::applicationDate,
                           std::function<QString(const QDate &)>(isoDate)),
        interview,
        rowField<P, std::optional<int>>(QStringLiteral("preference_rank"), &P::preferenceRank,
                                        std::function<QString(const std::optional<int> &)>(number)),
        rowField<P, bool>(QStringLiteral("signal_sent"), &P::signalSent, flag),
        rowField<P, bool>(QStringLiteral("home_program"), &P::homeProgram, flag),
        rowField<P, bool>(QStringLiteral("participates_in_match"), &P::participatesInMatch, flag),
        rowField<P, VisaSponsorship>(QStringLiteral("visa"), &P::visa, enumText<VisaSponsorship>()),
        rowField<P, Tristate>(QStringLiteral("matched_imgs"), &P::matchedImgs,
                              enumText<Tristate>()),
        rowField<P, CommunicationPolicy>(QStringLiteral("policy"), &P::policy,
                                         enumText<CommunicationPolicy>()),
        rowField<P, QString>(QStringLiteral("policy_note"), &P::policyNote, text),
        rowField<P, std::optional<int>>(QStringLiteral("min_gap_days"), &P::minGapDays,
                                        std::function<QString(const std::optional<int> &)>(number)),
        rowField<P, QString>(QStringLiteral("notes"), &P::notes, text)};
}

} // namespace

const QList<RowField<Program>> &ProgramRepository::fields()
{
    static const QList<RowField<Program>> all = programFields();
    return all;
}

Result<ProgramSave> ProgramRepository::save(const Program &original, const Program &edited)
{
    Q_ASSERT(original.id == edited.id);
    // The write lock first: no other writer can come between the read and
    // the write.
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto stored = get(edited.id);
    if (!stored)
        return stored.error(); // deleted meanwhile, most likely
    ProgramSave out;
    if (stored->revision == original.revision) {
        out.stored = edited;
    } else {
        RowMerge<Program> merged = mergeEdit(original, edited, *stored, fields());
        if (!merged.conflicts.isEmpty()) {
            out.stored = *stored;
            out.conflicts = std::move(merged.conflicts);
            return out;
        }
        out.stored = std::move(merged.row);
    }
    if (auto s = update(out.stored); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auto written = get(edited.id);
    if (!written)
        return written.error();
    out.stored = *written;
    return out;
}

Result<Program> ProgramRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT * FROM programs WHERE id = ?")); !s)
        return s.error();
    q.addBindValue(id);
    if (auto s = sql::exec(q, QStringLiteral("read program %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return fail(QStringLiteral("there is no program with id %1").arg(id));
    return readProgram(q);
}

Result<QList<Program>> ProgramRepository::all() const
{
    return list(QStringLiteral("ORDER BY name COLLATE NOCASE, id"), {});
}

Result<QList<Program>> ProgramRepository::changedSince(qint64 revision) const
{
    return list(QStringLiteral("WHERE revision > ?"), {revision});
}

Result<QList<qint64>> ProgramRepository::ids() const
{
    return sql::ids(m_db.connection(),
                    QStringLiteral("SELECT id FROM programs ORDER BY name COLLATE NOCASE, id"),
                    QStringLiteral("list programs"));
}

Result<QList<Program>> ProgramRepository::list(const QString &clauses,
                                               const QVariantList &values) const
{
    std::optional<ProgramReader> reader;
    return sql::rows<Program>(m_db.connection(),
                              QStringLiteral("SELECT * FROM programs ") + clauses, values,
                              QStringLiteral("list programs"), [&reader](const QSqlQuery &q) {
                                  if (!reader)
                                      reader.emplace(q);
                                  return reader->read(q);
                              });
}

Result<bool> ProgramRepository::any() const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM programs)")); !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("look for programs")); !s)
        return s.error();
    return q.next() && q.value(0).toInt() != 0;
}

Result<std::optional<Program>> ProgramRepository::findByNrmpCode(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    // "nrmp_code <> ''" lets SQLite use the partial unique index.
    if (auto s = sql::prepare(q, QStringLiteral("SELECT * FROM programs WHERE nrmp_code = ? "
                                                "AND nrmp_code <> ''"));
        !s)
        return s.error();
    q.addBindValue(code.trimmed());
    if (auto s = sql::exec(q, QStringLiteral("find program by NRMP code")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Program>();
    return std::optional<Program>(readProgram(q));
}

Result<std::optional<Program>> ProgramRepository::findByNameCity(const QString &name,
                                                                 const QString &city) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT * FROM programs WHERE lower(trim(name)) = "
                                                "lower(trim(?)) AND lower(trim(city)) = "
                                                "lower(trim(?)) ORDER BY id LIMIT 1"));
        !s)
        return s.error();
    q.addBindValue(sql::text(name));
    q.addBindValue(sql::text(city));
    if (auto s = sql::exec(q, QStringLiteral("find program by name and city")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Program>();
    return std::optional<Program>(readProgram(q));
}

} // namespace rapport::core
