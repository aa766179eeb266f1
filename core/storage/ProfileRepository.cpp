#include "ProfileRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "domain/Validation.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace rapport::core {
namespace {

// In settings, not a season column: no schema change, and older builds
// ignore it.
const QString kTimeZoneKey = QStringLiteral("season.time_zone");

} // namespace

Result<ApplicantProfile> ProfileRepository::profile() const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("SELECT name, degree, medical_school, country, "
                              "graduation_year, aamc_id, visa_status, email, other_emails, "
                              "phone, signature, home_program_name FROM profile WHERE id = 1"));
        !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("read the applicant profile")); !s)
        return s.error();
    ApplicantProfile p;
    if (!q.next())
        return p;
    p.name = q.value(0).toString();
    p.degree = q.value(1).toString();
    p.medicalSchool = q.value(2).toString();
    p.country = q.value(3).toString();
    p.graduationYear = q.value(4).toInt();
    p.aamcId = q.value(5).toString();
    p.visaStatus = q.value(6).toString();
    p.email = q.value(7).toString();
    p.otherEmails = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.phone = q.value(9).toString();
    p.signature = q.value(10).toString();
    p.homeProgramName = q.value(11).toString();
    return p;
}

Status ProfileRepository::saveProfile(const ApplicantProfile &profile)
{
    ApplicantProfile p = profile;
    p.email = p.email.trimmed();
    for (QString &email : p.otherEmails)
        email = email.trimmed();
    p.otherEmails.removeAll(QString());
    if (auto s = validate(p); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("INSERT OR REPLACE INTO profile (id, name, degree, "
                              "medical_school, country, graduation_year, aamc_id, "
                              "visa_status, email, other_emails, phone, signature, "
                              "home_program_name) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?)"));
        !s)
        return s;
    q.addBindValue(sql::text(p.name));
    q.addBindValue(sql::text(p.degree));
    q.addBindValue(sql::text(p.medicalSchool));
    q.addBindValue(sql::text(p.country));
    q.addBindValue(p.graduationYear == 0 ? QVariant() : QVariant(p.graduationYear));
    q.addBindValue(sql::text(p.aamcId));
    q.addBindValue(sql::text(p.visaStatus));
    q.addBindValue(sql::text(p.email.trimmed()));
    q.addBindValue(sql::text(p.otherEmails.join(QLatin1Char('\n'))));
    q.addBindValue(sql::text(p.phone));
    q.addBindValue(sql::text(p.signature));
    q.addBindValue(sql::text(p.homeProgramName));
    if (auto s = sql::exec(q, QStringLiteral("save the applicant profile")); !s)
        return s;
    return tx.commit();
}

Result<bool> ProfileRepository::hasSeason() const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT count(*) FROM season")); !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("read the season")); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

namespace {

// The season row's columns, in the order ProfileRepository::season selects them.
void readSeasonRow(const QSqlQuery &q, Season &season)
{
    season.name = q.value(0).toString();
    season.applicationsOpen = sql::dateFrom(q.value(1));
    season.interviewsStart = sql::dateFrom(q.value(2));
    season.interviewsEnd = sql::dateFrom(q.value(3));
    season.rankListDeadline = sql::dateFrom(q.value(4));
    season.matchDay = sql::dateFrom(q.value(5));
    season.signalCount = q.value(6).toInt();
    season.datesConfirmed = q.value(7).toInt() != 0;
}

} // namespace

Result<Season> ProfileRepository::season(int defaultMatchYear) const
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("SELECT name, applications_open, interviews_start, "
                              "interviews_end, rank_list_deadline, match_day, signal_count, "
                              "dates_confirmed FROM season WHERE id = 1"));
        !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("read the season")); !s)
        return s.error();
    const bool stored = q.next();
    Season season = stored ? Season() : Season::defaultsFor(defaultMatchYear);
    if (stored)
        readSeasonRow(q, season);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT value FROM settings WHERE key = ?")); !s)
        return s.error();
    q.addBindValue(kTimeZoneKey);
    if (auto s = sql::exec(q, QStringLiteral("read the season's time zone")); !s)
        return s.error();
    if (q.next())
        season.timeZone = q.value(0).toString();
    return season;
}

Status ProfileRepository::saveSeason(const Season &season)
{
    if (auto s = validate(season); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("INSERT OR REPLACE INTO season (id, name, applications_open, "
                              "interviews_start, interviews_end, rank_list_deadline, "
                              "match_day, signal_count, dates_confirmed) "
                              "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    q.addBindValue(sql::text(season.name));
    q.addBindValue(sql::date(season.applicationsOpen));
    q.addBindValue(sql::date(season.interviewsStart));
    q.addBindValue(sql::date(season.interviewsEnd));
    q.addBindValue(sql::date(season.rankListDeadline));
    q.addBindValue(sql::date(season.matchDay));
    q.addBindValue(season.signalCount);
    q.addBindValue(season.datesConfirmed ? 1 : 0);
    if (auto s = sql::exec(q, QStringLiteral("save the season")); !s)
        return s;
    if (auto s = sql::prepare(q, season.timeZone.isEmpty()
                                     ? QStringLiteral("DELETE FROM settings WHERE key = ?")
                                     : QStringLiteral("INSERT OR REPLACE INTO settings (key, "
                                                      "value) VALUES (?, ?)"));
        !s)
        return s;
    q.addBindValue(kTimeZoneKey);
    if (!season.timeZone.isEmpty())
        q.addBindValue(season.timeZone);
    if (auto s = sql::exec(q, QStringLiteral("save the season's time zone")); !s)
        return s;
    return tx.commit();
}

} // namespace rapport::core
