#include "Migrations.h"

// Schema history. Append new steps; never edit a released one.
// docs/schema.md describes every table of every version.
namespace rapport::core {

const QList<MigrationStep> &Migrations::builtInSteps()
{
    static const QList<MigrationStep> steps = {
        {1,
         QStringLiteral("Initial schema"),
         {
             QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
             QStringLiteral(R"(CREATE TABLE profile (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 name TEXT NOT NULL DEFAULT '',
                 degree TEXT NOT NULL DEFAULT '',
                 medical_school TEXT NOT NULL DEFAULT '',
                 country TEXT NOT NULL DEFAULT '',
                 graduation_year INTEGER,
                 aamc_id TEXT NOT NULL DEFAULT '',
                 visa_status TEXT NOT NULL DEFAULT '',
                 email TEXT NOT NULL DEFAULT '',
                 other_emails TEXT NOT NULL DEFAULT '',
                 phone TEXT NOT NULL DEFAULT '',
                 signature TEXT NOT NULL DEFAULT '',
                 home_program_name TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(R"(CREATE TABLE season (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 name TEXT NOT NULL DEFAULT '',
                 applications_open TEXT,
                 interviews_start TEXT,
                 interviews_end TEXT,
                 rank_list_deadline TEXT,
                 match_day TEXT,
                 signal_count INTEGER NOT NULL DEFAULT 25 CHECK (signal_count >= 0)))"),
             QStringLiteral(R"(CREATE TABLE programs (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL CHECK (trim(name) <> ''),
                 institution TEXT NOT NULL DEFAULT '',
                 specialty TEXT NOT NULL DEFAULT 'Otolaryngology',
                 city TEXT NOT NULL DEFAULT '',
                 state TEXT NOT NULL DEFAULT '',
                 nrmp_code TEXT,
                 participates_in_match INTEGER NOT NULL DEFAULT 1,
                 visa TEXT NOT NULL DEFAULT 'unknown'
                     CHECK (visa IN ('none','j1','h1b','both','unknown')),
                 matched_imgs TEXT NOT NULL DEFAULT 'unknown'
                     CHECK (matched_imgs IN ('yes','no','unknown')),
                 policy TEXT NOT NULL DEFAULT 'none'
                     CHECK (policy IN ('none','no_post_interview','no_thank_you','coordinator_only')),
                 policy_note TEXT NOT NULL DEFAULT '',
                 status TEXT NOT NULL DEFAULT 'considering'
                     CHECK (status IN ('considering','applied','invited','interview_scheduled',
                                       'interviewed','ranked','withdrawn','rejected','matched')),
                 signal_sent INTEGER NOT NULL DEFAULT 0,
                 home_program INTEGER NOT NULL DEFAULT 0,
                 application_date TEXT,
                 interview_date TEXT,
                 interview_time TEXT,
                 interview_offset INTEGER NOT NULL DEFAULT 0,
                 preference_rank INTEGER,
                 website TEXT NOT NULL DEFAULT '',
                 email_domain TEXT NOT NULL DEFAULT '',
                 notes TEXT NOT NULL DEFAULT '',
                 min_gap_days INTEGER,
                 created_utc TEXT NOT NULL,
                 updated_utc TEXT NOT NULL))"),
             QStringLiteral("CREATE UNIQUE INDEX programs_nrmp_code ON programs(nrmp_code) "
                            "WHERE nrmp_code IS NOT NULL AND nrmp_code <> ''"),
             QStringLiteral(R"(CREATE TABLE contacts (
                 id INTEGER PRIMARY KEY,
                 program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
                 title TEXT NOT NULL DEFAULT '',
                 first_name TEXT NOT NULL DEFAULT '',
                 last_name TEXT NOT NULL DEFAULT '',
                 role TEXT NOT NULL DEFAULT 'other'
                     CHECK (role IN ('program_coordinator','program_director',
                                     'associate_program_director','faculty','research_mentor',
                                     'chief_resident','resident','other')),
                 email TEXT NOT NULL DEFAULT '',
                 phone TEXT NOT NULL DEFAULT '',
                 notes TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX contacts_program ON contacts(program_id)"),
             QStringLiteral("CREATE INDEX contacts_email ON contacts(lower(email))"),
             QStringLiteral(R"(CREATE TABLE communications (
                 id INTEGER PRIMARY KEY,
                 program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
                 contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
                 at_utc TEXT NOT NULL,
                 at_offset INTEGER NOT NULL DEFAULT 0,
                 direction TEXT NOT NULL CHECK (direction IN ('outgoing','incoming')),
                 channel TEXT NOT NULL
                     CHECK (channel IN ('email','phone','video_call','in_person','conference',
                                        'second_look','social_media','letter')),
                 kind TEXT NOT NULL
                     CHECK (kind IN ('pre_interview_interest','application_update','visa_inquiry',
                                     'logistics','conference_follow_up','thank_you',
                                     'post_interview_update','letter_of_intent',
                                     'letter_of_strong_interest','reply_to_program',
                                     'second_look_request','program_invitation',
                                     'program_interest','other')),
                 kind_guessed INTEGER NOT NULL DEFAULT 0,
                 subject TEXT NOT NULL DEFAULT '',
                 body TEXT NOT NULL DEFAULT '',
                 state TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('draft','sent')),
                 template_name TEXT NOT NULL DEFAULT '',
                 source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed','imported')),
                 message_id TEXT,
                 created_utc TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX communications_program_at ON "
                            "communications(program_id, at_utc)"),
             QStringLiteral("CREATE INDEX communications_at ON communications(at_utc)"),
             QStringLiteral("CREATE UNIQUE INDEX communications_message_id ON "
                            "communications(message_id) WHERE message_id IS NOT NULL"),
             QStringLiteral(R"(CREATE VIRTUAL TABLE communications_fts USING fts5(
                 subject, body, content='communications', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2'))"),
             QStringLiteral(
                 R"(CREATE TRIGGER communications_fts_insert AFTER INSERT ON communications
                 BEGIN
                   INSERT INTO communications_fts(rowid, subject, body)
                   VALUES (new.id, new.subject, new.body);
                 END)"),
             QStringLiteral(
                 R"(CREATE TRIGGER communications_fts_delete AFTER DELETE ON communications
                 BEGIN
                   INSERT INTO communications_fts(communications_fts, rowid, subject, body)
                   VALUES ('delete', old.id, old.subject, old.body);
                 END)"),
             QStringLiteral(R"(CREATE TRIGGER communications_fts_update
                 AFTER UPDATE OF subject, body ON communications
                 BEGIN
                   INSERT INTO communications_fts(communications_fts, rowid, subject, body)
                   VALUES ('delete', old.id, old.subject, old.body);
                   INSERT INTO communications_fts(rowid, subject, body)
                   VALUES (new.id, new.subject, new.body);
                 END)"),
             QStringLiteral(R"(CREATE TABLE templates (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
                 title TEXT NOT NULL DEFAULT '',
                 kind TEXT NOT NULL,
                 subject TEXT NOT NULL DEFAULT '',
                 body TEXT NOT NULL,
                 updated_utc TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE quota_defaults (
                 quota TEXT PRIMARY KEY
                     CHECK (quota IN ('pre_interview','thank_you','post_interview','top_choice')),
                 recommended INTEGER CHECK (recommended >= 0),
                 maximum INTEGER CHECK (maximum >= 0)))"),
             QStringLiteral(R"(CREATE TABLE quota_overrides (
                 program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
                 quota TEXT NOT NULL
                     CHECK (quota IN ('pre_interview','thank_you','post_interview','top_choice')),
                 recommended INTEGER CHECK (recommended >= 0),
                 maximum INTEGER CHECK (maximum >= 0),
                 PRIMARY KEY (program_id, quota)))"),
             QStringLiteral(R"(CREATE TABLE settings (
                 key TEXT PRIMARY KEY,
                 value TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE acknowledgements (
                 id INTEGER PRIMARY KEY,
                 communication_id INTEGER NOT NULL
                     REFERENCES communications(id) ON DELETE CASCADE,
                 rule TEXT NOT NULL,
                 message TEXT NOT NULL DEFAULT '',
                 at_utc TEXT NOT NULL,
                 reason TEXT NOT NULL DEFAULT '',
                 UNIQUE (communication_id, rule)))"),
         }},
        {2,
         QStringLiteral("Season dates are estimates until confirmed"),
         {
             QStringLiteral("ALTER TABLE season ADD COLUMN dates_confirmed INTEGER NOT NULL "
                            "DEFAULT 0 CHECK (dates_confirmed IN (0, 1))"),
             // Version 1 carried 25 February and 20 March into every year.
             // Dates that differ from those were set by the applicant in
             // settings: they count as confirmed.
             QStringLiteral(R"(UPDATE season SET dates_confirmed = 1
                 WHERE rank_list_deadline IS NOT NULL AND match_day IS NOT NULL
                   AND NOT (substr(match_day, 6) = '03-20'
                            AND substr(rank_list_deadline, 6) = '02-25'
                            AND substr(rank_list_deadline, 1, 4) = substr(match_day, 1, 4)))"),
             // Those carried-over dates were never edited: replace them with
             // the estimate (Match Day the third Friday of March, the
             // deadline the Wednesday 23 days before); for 2026 the two agree.
             QStringLiteral(R"(UPDATE season SET
                 match_day = date(substr(match_day, 1, 4) || '-03-01', 'weekday 5', '+14 days'),
                 rank_list_deadline =
                     date(substr(match_day, 1, 4) || '-03-01', 'weekday 5', '-9 days')
                 WHERE dates_confirmed = 0
                   AND substr(match_day, 6) = '03-20'
                   AND substr(rank_list_deadline, 6) = '02-25'
                   AND substr(rank_list_deadline, 1, 4) = substr(match_day, 1, 4))"),
         }},
        {3, QStringLiteral("Row revisions"),
         [] {
             // One season-wide counter; every insert or update of a program,
             // contact or communication stamps the row with its next value.
             // A reader that remembers the counter re-reads only the rows
             // stamped after it, and a writer can tell whether a row changed
             // since it was read. A restore gives the file a new epoch: its
             // rows are not the ones any reader remembers.
             QStringList statements = {
                 QStringLiteral(R"(CREATE TABLE revision (
                     id INTEGER PRIMARY KEY CHECK (id = 1),
                     value INTEGER NOT NULL,
                     epoch INTEGER NOT NULL))"),
                 QStringLiteral("INSERT INTO revision (id, value, epoch) VALUES (1, 0, random())"),
             };
             for (const QString &table : {QStringLiteral("programs"), QStringLiteral("contacts"),
                                          QStringLiteral("communications")}) {
                 statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN revision INTEGER NOT "
                                              "NULL DEFAULT 0")
                                   .arg(table);
                 statements
                     << QStringLiteral("CREATE INDEX %1_revision ON %1(revision)").arg(table);
                 // A trigger does not fire itself (recursive_triggers is off),
                 // and the WHEN clause keeps the stamp from being stamped.
                 for (const QString &event : {QStringLiteral("insert"), QStringLiteral("update")}) {
                     statements << QStringLiteral(
                                       R"(CREATE TRIGGER %1_revision_%2 AFTER %3 ON %1%4
                         BEGIN
                           UPDATE revision SET value = value + 1;
                           UPDATE %1 SET revision = (SELECT value FROM revision)
                           WHERE id = new.id;
                         END)")
                                       .arg(
                                           table, event, event.toUpper(),
                                           event == QLatin1String("update")
                                               ? QStringLiteral(" WHEN new.revision = old.revision")
                                               : QString());
                 }
             }
             return statements;
         }()},
        {4,
         QStringLiteral("Program lookup by name and city"),
         {
             // The same expressions as ProgramRepository::findByNameCity, so
             // a re-import finds each row's program without a table scan.
             QStringLiteral("CREATE INDEX programs_name_city ON "
                            "programs(lower(trim(name)), lower(trim(city)))"),
         }},
        {5,
         QStringLiteral("Mail capture"),
         {
             // The password is never stored here: it lives in the system keyring.
             QStringLiteral(R"(CREATE TABLE mail_accounts (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
                 host TEXT NOT NULL CHECK (trim(host) <> ''),
                 port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
                 security TEXT NOT NULL DEFAULT 'tls' CHECK (security IN ('tls','starttls')),
                 user_name TEXT NOT NULL DEFAULT '',
                 interval_minutes INTEGER NOT NULL DEFAULT 15 CHECK (interval_minutes >= 0),
                 trusted_certificate TEXT NOT NULL DEFAULT '',
                 created_utc TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE mail_folders (
                 account_id INTEGER NOT NULL REFERENCES mail_accounts(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 uid_validity INTEGER NOT NULL DEFAULT 0,
                 last_uid INTEGER NOT NULL DEFAULT 0,
                 synced_utc TEXT,
                 PRIMARY KEY (account_id, name)))"),
             QStringLiteral(R"(CREATE TABLE mail_stores (
                 id INTEGER PRIMARY KEY,
                 kind TEXT NOT NULL CHECK (kind IN ('maildir','mbox')),
                 path TEXT NOT NULL UNIQUE CHECK (path <> ''),
                 state TEXT NOT NULL DEFAULT '',
                 created_utc TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE mail_inbox (
                 id INTEGER PRIMARY KEY,
                 message_id TEXT NOT NULL UNIQUE,
                 origin TEXT NOT NULL CHECK (origin IN ('imap','maildir','mbox','file')),
                 account_id INTEGER REFERENCES mail_accounts(id) ON DELETE SET NULL,
                 store_id INTEGER REFERENCES mail_stores(id) ON DELETE SET NULL,
                 folder TEXT NOT NULL DEFAULT '',
                 uid_validity INTEGER,
                 uid INTEGER,
                 path TEXT NOT NULL DEFAULT '',
                 raw BLOB,
                 captured_utc TEXT NOT NULL,
                 at_utc TEXT,
                 at_offset INTEGER NOT NULL DEFAULT 0,
                 from_name TEXT NOT NULL DEFAULT '',
                 from_address TEXT NOT NULL DEFAULT '',
                 subject TEXT NOT NULL DEFAULT '',
                 direction TEXT NOT NULL CHECK (direction IN ('outgoing','incoming')),
                 program_id INTEGER REFERENCES programs(id) ON DELETE SET NULL,
                 contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
                 kind TEXT NOT NULL
                     CHECK (kind IN ('pre_interview_interest','application_update','visa_inquiry',
                                     'logistics','conference_follow_up','thank_you',
                                     'post_interview_update','letter_of_intent',
                                     'letter_of_strong_interest','reply_to_program',
                                     'second_look_request','program_invitation',
                                     'program_interest','other')),
                 kind_guessed INTEGER NOT NULL DEFAULT 1 CHECK (kind_guessed IN (0, 1)),
                 reason TEXT NOT NULL DEFAULT '',
                 problem TEXT NOT NULL DEFAULT '',
                 state TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending','confirmed','ignored')),
                 communication_id INTEGER REFERENCES communications(id) ON DELETE SET NULL,
                 communication_revision INTEGER,
                 decided_utc TEXT))"),
             QStringLiteral("CREATE INDEX mail_inbox_state_at ON mail_inbox(state, at_utc)"),
             // The foreign keys' actions look rows up by these: without an
             // index, deleting one program would read the whole queue.
             QStringLiteral("CREATE INDEX mail_inbox_program ON mail_inbox(program_id) "
                            "WHERE program_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX mail_inbox_contact ON mail_inbox(contact_id) "
                            "WHERE contact_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX mail_inbox_communication ON mail_inbox(communication_id) "
                            "WHERE communication_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX mail_inbox_store ON mail_inbox(store_id) "
                            "WHERE store_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX mail_inbox_account ON mail_inbox(account_id) "
                            "WHERE account_id IS NOT NULL"),
         }},
    };
    return steps;
}

} // namespace rapport::core
