// Mail import into an empty season and into one 100 times a real one,
// through `rapport-cli import mail` itself. Run by hand:
//   mail_bench [--messages N] [--repeat N] [--season PATH] [--keep DIR] [--cli PATH]
//
// Writes N messages (default 5,000) twice, as one mbox archive and as a
// Maildir (one file per message): mail from the season's contacts and from
// other people at its programs' domains, mail the applicant sent them, and
// mail from senders no program knows, in plain text, quoted-printable and
// multipart with HTML. Each is imported into a fresh copy of
//   - an empty season, where nothing matches;
//   - the 100x demo season as generated, whose sites share their first
//     site's domain and contacts, so every address is ambiguous;
//   - the same season with a domain and contacts of its own per site, so
//     that most messages match one program and are stored;
//   - that season without its log, to tell what the log's size costs;
//   - that season with only the programs the messages match (and their
//     contacts) and no log: the same stored work in a smaller season.
// Prints the messages read per second of wall time and the CPU time (median
// of --repeat runs, default 3), the import's peak memory, and the rate
// against the empty season's and against the smaller season's.
//
// --cli runs another build of rapport-cli, to compare two versions on the
// same messages and seasons.
//
// The season is the one gui_bench builds (/tmp/rapport-bench-100x-<day>
// .sqlite), built here when missing, or --season PATH.
#include "BenchSeason.h"
#include "EmptyHome.h"
#include "domain/Contact.h"
#include "domain/Program.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <random>
#include <vector>

using namespace rapport;

namespace {

const QString kNow = QStringLiteral("2027-02-20T12:00-05:00");
const QString kApplicant = QStringLiteral("amira.haddad@example.org");

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "mail_bench: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::unique_ptr<core::Database> open(const QString &path)
{
    auto db = core::Database::open(path);
    if (!db)
        fail(db.errorMessage());
    return std::move(*db);
}

void copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        fail(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}

// One run of rapport-cli: how long it took, its peak memory and its output.
struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user and system
    double peakMb = 0;
    QByteArray out;
};

QString cliPath = QStringLiteral(RAPPORT_CLI);

// fork and exec rather than QProcess, for the child's own peak (wait4).
Run runCli(const QStringList &args, const QString &outPath)
{
    std::vector<QByteArray> words{cliPath.toLocal8Bit()};
    for (const QString &a : args)
        words.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    const QByteArray out = outPath.toLocal8Bit();

    std::fflush(stdout); // or the child writes what is buffered again
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        fail(QStringLiteral("cannot start rapport-cli"));
    if (pid == 0) {
        std::freopen(out.constData(), "w", stdout);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    clock_gettime(CLOCK_MONOTONIC, &end);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("rapport-cli %1 failed").arg(args.join(QLatin1Char(' ')).left(200)));
    QFile file(outPath);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read rapport-cli's output"));
    Run run;
    run.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peakMb = double(usage.ru_maxrss) / 1024;
    run.out = file.readAll();
    return run;
}

// The 100x demo season, built once (as gui_bench builds it).
QString season100x()
{
    return bench::season100x(QDateTime::fromString(kNow, Qt::ISODate).date());
}

// "Lakeside University Otolaryngology (Site 12)" -> "site12."; the first site: "".
QString sitePrefix(const QString &programName)
{
    static const QRegularExpression site(QStringLiteral("\\(Site (\\d+)\\)"));
    const auto m = site.match(programName);
    return m.hasMatch() ? QStringLiteral("site%1.").arg(m.captured(1)) : QString();
}

// Gives every site of the demo its own domain ("site12.lakeside.edu") and
// its contacts addresses there, as separate programs would have.
void separateSites(const QString &path)
{
    const auto db = open(path);
    core::Transaction tx(*db);
    if (auto s = tx.begin(); !s)
        fail(s.errorMessage());
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id, name FROM programs"));
    QList<std::pair<qint64, QString>> prefixes;
    while (q.next())
        prefixes << std::pair(q.value(0).toLongLong(), sitePrefix(q.value(1).toString()));
    QSqlQuery program(db->connection()), contacts(db->connection());
    program.prepare(QStringLiteral(
        "UPDATE programs SET email_domain = :prefix || email_domain WHERE id = :id"));
    contacts.prepare(QStringLiteral("UPDATE contacts SET email = replace(email, '@', '@' || "
                                    ":prefix) WHERE program_id = :id"));
    for (const auto &[id, prefix] : prefixes) {
        if (prefix.isEmpty())
            continue;
        for (QSqlQuery *update : {&program, &contacts}) {
            update->bindValue(QStringLiteral(":prefix"), prefix);
            update->bindValue(QStringLiteral(":id"), id);
            if (!update->exec())
                fail(QStringLiteral("cannot give program %1 a domain of its own").arg(id));
        }
    }
    if (auto s = tx.commit(); !s)
        fail(s.errorMessage());
}

void dropLog(const QString &path)
{
    const auto db = open(path);
    QSqlQuery q(db->connection());
    // Deleting through the triggers leaves the full-text index holding a
    // delete marker per entry, larger than the log was: rebuild it empty.
    for (const char *sql :
         {"DELETE FROM acknowledgements", "DELETE FROM communications",
          "INSERT INTO communications_fts(communications_fts) VALUES('rebuild')", "VACUUM"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            fail(QStringLiteral("cannot empty the log of %1").arg(path));
    }
}

// Keeps only the given programs (their contacts with them) and no log.
void keepOnly(const QString &path, const QSet<qint64> &programs)
{
    {
        const auto db = open(path);
        core::Transaction tx(*db);
        if (auto s = tx.begin(); !s)
            fail(s.errorMessage());
        QSqlQuery ids(db->connection()), remove(db->connection());
        ids.exec(QStringLiteral("SELECT id FROM programs"));
        remove.prepare(QStringLiteral("DELETE FROM programs WHERE id = ?"));
        QList<qint64> others;
        while (ids.next()) {
            if (!programs.contains(ids.value(0).toLongLong()))
                others << ids.value(0).toLongLong();
        }
        for (const qint64 id : others) {
            remove.addBindValue(id);
            if (!remove.exec())
                fail(QStringLiteral("cannot remove program %1").arg(id));
        }
        if (auto s = tx.commit(); !s)
            fail(s.errorMessage());
    }
    dropLog(path);
}

struct Person
{
    QString name;
    QString email;
};

// Who the messages are from and to: each program's contacts and domain.
struct Correspondents
{
    QList<core::Program> programs;
    QHash<qint64, QList<Person>> contacts; // by program
};

Correspondents correspondents(const QString &path)
{
    const auto db = open(path);
    Correspondents out;
    auto programs = core::ProgramRepository(*db).all();
    auto contacts = core::ContactRepository(*db).all();
    if (!programs || !contacts)
        fail(QStringLiteral("cannot read the season's programs and contacts"));
    out.programs = *programs;
    for (const core::Contact &c : *contacts) {
        if (!c.email.isEmpty())
            out.contacts[c.programId]
                << Person{c.firstName + QLatin1Char(' ') + c.lastName, c.email};
    }
    return out;
}

QString address(const Person &p)
{
    return p.name.isEmpty() ? p.email : QStringLiteral("\"%1\" <%2>").arg(p.name, p.email);
}

const char *const kSubjects[] = {
    "Thank you for the interview day",
    "Interview invitation",
    "Update on my application",
    "Second look visit",
    "Question about the rotation schedule",
    "Post-interview social",
    "Your application is complete",
    "Letter of recommendation received",
};

const char *const kSentences[] = {
    "Thank you again for the time you and the faculty spent with me.",
    "I especially enjoyed learning about the resident research curriculum.",
    "Please let me know if there is anything else you need from me.",
    "The conversation about the surgical volume in the first year stayed with me.",
    "We are pleased to invite you to interview with our residency program.",
    "Please select a date in the scheduling system within five days.",
    "Since we met I have had a paper accepted by the Laryngoscope.",
    "Our program coordinator will send the itinerary the week before.",
    "Café and pastries will be served in the résidents' lounge from 7:30.",
    "I remain very interested in training in your department.",
};

// One message in RFC 5322 form: plain, quoted-printable or multipart.
QByteArray message(int i, std::mt19937 &random, const Person &from, const QList<Person> &to,
                   const QList<Person> &cc, const QDateTime &at)
{
    const auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    QStringList body;
    for (int s = 0, n = 3 + pick(6); s < n; ++s)
        body << QString::fromUtf8(kSentences[pick(std::size(kSentences))]);
    const QString text = body.join(QStringLiteral("\n\n")) + QStringLiteral("\n\nBest wishes,\n") +
                         from.name + QLatin1Char('\n');
    QStringList toList, ccList;
    for (const Person &p : to)
        toList << address(p);
    for (const Person &p : cc)
        ccList << address(p);
    QByteArray m;
    m += "From: " + address(from).toUtf8() + "\n";
    m += "To: " + toList.join(QStringLiteral(", ")).toUtf8() + "\n";
    if (!ccList.isEmpty())
        m += "Cc: " + ccList.join(QStringLiteral(", ")).toUtf8() + "\n";
    m += "Subject: " + QByteArray(kSubjects[pick(std::size(kSubjects))]) + "\n";
    m += "Date: " + at.toString(Qt::RFC2822Date).toUtf8() + "\n";
    m += "Message-ID: <bench-" + QByteArray::number(i) + "@mail.example>\n";
    m += "MIME-Version: 1.0\n";
    const int kind = pick(10);
    if (kind < 7) {
        m += "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n";
        m += text.toUtf8();
    } else if (kind < 8) {
        m += "Content-Type: text/plain; charset=UTF-8\n"
             "Content-Transfer-Encoding: quoted-printable\n\n";
        for (const char c : text.toUtf8()) {
            if (c == '\n' || (c >= ' ' && c < 127 && c != '='))
                m += c;
            else
                m += '=' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        }
    } else {
        const QByteArray html = "<html><body><p>" +
                                text.toHtmlEscaped()
                                    .replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"))
                                    .toUtf8() +
                                "</p></body></html>\n";
        m += "Content-Type: multipart/alternative; boundary=\"b" + QByteArray::number(i) +
             "\"\n\n--b" + QByteArray::number(i) + "\nContent-Type: text/plain; charset=UTF-8\n\n" +
             text.toUtf8() + "\n--b" + QByteArray::number(i) +
             "\nContent-Type: text/html; charset=UTF-8\n\n" + html + "--b" + QByteArray::number(i) +
             "--\n";
    }
    return m;
}

// count messages: 40% from one of a program's contacts, 15% from someone
// else at its domain, 30% from the applicant to a contact (a second one
// copied now and then), 15% from senders no program knows. Adds the
// programs written to or from to matched.
QList<QByteArray> messages(const Correspondents &season, int count, QSet<qint64> &matched)
{
    std::mt19937 random(2027);
    const auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const Person me{QStringLiteral("Amira Haddad"), kApplicant};
    const QDateTime first(QDate(2026, 9, 1), QTime(8, 0), QTimeZone(-5 * 3600));
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        const core::Program &program = season.programs.at(pick(int(season.programs.size())));
        const QList<Person> contacts = season.contacts.value(program.id);
        const Person contact =
            contacts.isEmpty() ? Person{QString(), QStringLiteral("office@") + program.emailDomain}
                               : contacts.at(pick(int(contacts.size())));
        const QDateTime at = first.addSecs(qint64(pick(165 * 24 * 60)) * 60);
        const int who = pick(100);
        if (who < 85)
            matched.insert(program.id);
        if (who < 40) {
            out << message(i, random, contact, {me}, {}, at);
        } else if (who < 55) {
            const Person office{QStringLiteral("Residency Office"),
                                QStringLiteral("residency.office@") + program.emailDomain};
            out << message(i, random, office, {me}, {}, at);
        } else if (who < 85) {
            QList<Person> cc;
            if (contacts.size() > 1 && pick(4) == 0)
                cc << contacts.at(pick(int(contacts.size())));
            out << message(i, random, me, {contact}, cc, at);
        } else {
            const Person stranger{QStringLiteral("Match Newsletter"),
                                  QStringLiteral("news%1@applicants-forum.example").arg(pick(50))};
            out << message(i, random, stranger, {me}, {}, at);
        }
    }
    return out;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

// One mbox archive ("From " lines quoted) and one Maildir; returns the
// Maildir's files.
QStringList writeMail(const QList<QByteArray> &mail, const QString &dir)
{
    QByteArray mbox;
    for (const QByteArray &m : mail) {
        mbox += "From bench@mail.example Mon Jan  4 09:00:00 2027\n";
        for (const QByteArray &line : m.split('\n'))
            mbox += (line.startsWith("From ") ? ">" + line : line) + '\n';
    }
    write(QDir(dir).filePath(QStringLiteral("bench.mbox")), mbox);
    const QDir maildir(QDir(dir).filePath(QStringLiteral("Maildir/cur")));
    if (!maildir.mkpath(QStringLiteral(".")))
        fail(QStringLiteral("cannot make %1").arg(maildir.path()));
    QStringList files;
    for (int i = 0; i < mail.size(); ++i) {
        files << maildir.filePath(QStringLiteral("1735999200.M%1P1.bench:2,S").arg(i));
        write(files.last(), mail.at(i));
    }
    return files;
}

struct Measured
{
    double perSecond = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
    QString summary; // "imported 4230, duplicates 0, unmatched 770, broken 0"
};

// repeat imports of files into fresh copies of season.
Measured importInto(const QString &season, const QStringList &files, int messages, int repeat,
                    const QString &work)
{
    const QString db = QDir(work).filePath(QStringLiteral("import.sqlite"));
    std::vector<double> rates, cpu, peaks;
    Measured result;
    for (int i = 0; i < repeat; ++i) {
        copy(season, db);
        const Run run =
            runCli(QStringList{QStringLiteral("--database"), db, QStringLiteral("import"),
                               QStringLiteral("mail"), QStringLiteral("--me"), kApplicant} +
                       files,
                   QDir(work).filePath(QStringLiteral("out.txt")));
        rates.push_back(messages / run.seconds);
        cpu.push_back(run.cpuSeconds);
        peaks.push_back(run.peakMb);
        result.summary = QString::fromUtf8(run.out.left(run.out.indexOf('\n')));
    }
    result.perSecond = median(rates);
    result.cpuSeconds = median(cpu);
    result.peakMb = median(peaks);
    return result;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: mail_bench [--messages N] [--repeat N] [--season PATH] [--keep DIR] "
                 "[--cli PATH]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    static QTemporaryDir home;
    bench::useEmptyHome(home);
    qputenv("RAPPORT_NOW", kNow.toUtf8());
    QCoreApplication app(argc, argv);

    int count = 5000, repeat = 3;
    QString seasonPath, keep;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); i += 2) {
        if (i + 1 >= args.size())
            return usage();
        if (args[i] == QStringLiteral("--messages"))
            count = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--repeat"))
            repeat = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--season"))
            seasonPath = args[i + 1];
        else if (args[i] == QStringLiteral("--keep"))
            keep = args[i + 1];
        else if (args[i] == QStringLiteral("--cli"))
            cliPath = args[i + 1];
        else
            return usage();
    }
    // import mail takes at most 10,000 files.
    if (count < 1 || count > 10000 || repeat < 1)
        return usage();

    QTemporaryDir scratch;
    const QString work = keep.isEmpty() ? scratch.path() : keep;
    if (!QDir().mkpath(work))
        fail(QStringLiteral("cannot make %1").arg(work));
    const QString empty = QDir(work).filePath(QStringLiteral("empty.sqlite"));
    const QString asGenerated = QDir(work).filePath(QStringLiteral("season.sqlite"));
    const QString separate = QDir(work).filePath(QStringLiteral("sites.sqlite"));
    const QString noLog = QDir(work).filePath(QStringLiteral("sites-no-log.sqlite"));
    const QString small = QDir(work).filePath(QStringLiteral("matched-only.sqlite"));
    QFile::remove(empty);
    open(empty);
    copy(seasonPath.isEmpty() ? season100x() : seasonPath, asGenerated);
    copy(asGenerated, separate);
    separateSites(separate);
    copy(separate, noLog);
    dropLog(noLog);

    QSet<qint64> matched;
    const QList<QByteArray> mail = messages(correspondents(separate), count, matched);
    copy(noLog, small);
    keepOnly(small, matched);
    const QStringList maildir = writeMail(mail, work);
    const QStringList mbox{QDir(work).filePath(QStringLiteral("bench.mbox"))};

    std::printf("mail_bench: %d messages, median of %d imports, %s import mail\n", count, repeat,
                qPrintable(cliPath));
    std::printf("the messages match %lld programs: the smaller season holds only those\n",
                qint64(matched.size()));
    std::printf("%-31s %-8s %11s %6s %8s %6s %6s  %s\n", "season", "files", "messages/s", "CPU s",
                "peak MB", "/empty", "/small", "rapport-cli says");
    const struct
    {
        const char *name;
        QString path;
    } seasons[] = {{"empty", empty},
                   {"only the programs matched", small},
                   {"100x as generated", asGenerated},
                   {"100x, a domain per site", separate},
                   {"100x, a domain per site, no log", noLog}};
    QHash<QString, double> emptyRate, smallRate;
    for (const auto &season : seasons) {
        for (const auto &[format, files] :
             {std::pair("mbox", mbox), std::pair("Maildir", maildir)}) {
            const Measured r = importInto(season.path, files, count, repeat, work);
            const QString key = QString::fromUtf8(format);
            if (season.path == empty)
                emptyRate.insert(key, r.perSecond);
            if (season.path == small)
                smallRate.insert(key, r.perSecond);
            const QString toSmall =
                smallRate.contains(key)
                    ? QString::number(r.perSecond / smallRate.value(key), 'f', 2)
                    : QStringLiteral("-");
            std::printf("%-31s %-8s %11.0f %6.2f %8.0f %6.2f %6s  %s\n", season.name, format,
                        r.perSecond, r.cpuSeconds, r.peakMb, r.perSecond / emptyRate.value(key),
                        qPrintable(toSmall), qPrintable(r.summary));
            std::fflush(stdout);
        }
    }
    return 0;
}
