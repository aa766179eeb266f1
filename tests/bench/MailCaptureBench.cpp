// Mail capture at scale, and notmuch as the anchor. Run by hand:
//   mail_capture_bench [--messages N] [--repeat N] [--season PATH] [--keep DIR]
//                      [--latency MS] [--latency-messages N]
//
// Writes N messages (default 10,000), 2-20 KB each, a quarter of them with
// an HTML alternative: 35 % from the contacts of the 100x season's
// programs, 15 % from the applicant to them, the rest from senders no
// program knows. Then, medians of --repeat runs (default 3):
//   (a) IMAP: the messages in a throw-away Dovecot; ImapFetcher alone
//       (fetch, no storage, in this process), then `rapport-cli mail sync`
//       into a fresh season and into a copy of the 100x demo season;
//   (b) Maildir: the same messages as files; `rapport-cli mail scan` of the
//       store (added beforehand with `mail store add`), into the same seasons;
//   (c) `notmuch new` on that Maildir, with its own NOTMUCH_CONFIG and an
//       empty database each time (needs the notmuch package).
// Prints messages per second of wall time, CPU time (user + system) and
// peak memory (the child's ru_maxrss; this process's own for the fetch,
// which holds the generated messages too). Dovecot's own CPU is not counted.
//
// --latency MS adds a row: ImapFetcher on the first --latency-messages
// (default 1,000) through a proxy that delays every chunk MS milliseconds
// each way, as a distant server would (the loopback's round trip is 0.1 ms).
#include "BenchSeason.h"
#include "EmptyHome.h"
#include "ImapFetcher.h"
#include "domain/Contact.h"
#include "domain/Program.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "support/DovecotServer.h"
#include "support/KeyringSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace rapport;

namespace {

const QString kNow = QStringLiteral("2027-02-20T12:00-05:00");
const QString kApplicant = QStringLiteral("amira.haddad@example.org");

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "mail_capture_bench: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double now()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
    QByteArray out;
};

// fork and exec rather than QProcess, for the child's own peak (wait4).
Run runProgram(const QString &program, const QStringList &args, const QString &work,
               const QString &input = {})
{
    std::vector<QByteArray> words{program.toLocal8Bit()};
    for (const QString &a : args)
        words.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    const QByteArray outPath = QDir(work).filePath(QStringLiteral("out.txt")).toLocal8Bit();
    const QByteArray inPath = input.isEmpty() ? QByteArray("/dev/null") : input.toLocal8Bit();

    std::fflush(stdout); // or the child writes what is buffered again
    const double start = now();
    const pid_t pid = fork();
    if (pid < 0)
        fail(QStringLiteral("cannot start %1").arg(program));
    if (pid == 0) {
        std::freopen(outPath.constData(), "w", stdout);
        std::freopen(inPath.constData(), "r", stdin);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = now() - start;
    QFile file(QString::fromLocal8Bit(outPath));
    if (file.open(QIODevice::ReadOnly))
        run.out = file.readAll();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, args.join(QLatin1Char(' ')).left(200),
                      QString::fromLocal8Bit(run.out)));
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakMb = double(usage.ru_maxrss) / 1024;
    return run;
}

Run runCli(const QStringList &args, const QString &work, const QString &input = {})
{
    return runProgram(QStringLiteral(RAPPORT_CLI), args, work, input);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

void copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        fail(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}

struct Person
{
    QString name;
    QString email;
};

// Every contact with an address in the season.
QList<Person> contactsOf(const QString &season)
{
    auto db = core::Database::open(season);
    if (!db)
        fail(db.errorMessage());
    auto contacts = core::ContactRepository(**db).all();
    if (!contacts)
        fail(contacts.errorMessage());
    QList<Person> people;
    for (const core::Contact &c : *contacts) {
        if (!c.email.isEmpty())
            people << Person{c.firstName + QLatin1Char(' ') + c.lastName, c.email};
    }
    if (people.isEmpty())
        fail(QStringLiteral("the season has no contact with an address"));
    return people;
}

const char *const kSentences[] = {
    "Thank you again for the time you and the faculty spent with me.",
    "I especially enjoyed learning about the resident research curriculum.",
    "Please let me know if there is anything else you need from me.",
    "We are pleased to invite you to interview with our residency program.",
    "Please select a date in the scheduling system within five days.",
    "Our program coordinator will send the itinerary the week before.",
    "Café and pastries will be served in the résidents' lounge from 7:30.",
    "The weekly digest lists new postings, deadlines and forum threads.",
    "Your order has shipped and will arrive within three business days.",
    "Reply to this message if you want to change your notification settings.",
};

// One message of about size bytes: plain text, or text with an HTML twin.
QByteArray message(int i, std::mt19937 &random, const Person &from, const Person &to,
                   const QDateTime &at, int size)
{
    const auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const bool html = pick(4) == 0;
    QByteArray text;
    while (text.size() < (html ? size / 2 : size)) {
        text += kSentences[pick(int(std::size(kSentences)))];
        text += pick(5) == 0 ? "\n\n" : " ";
    }
    const auto address = [](const Person &p) {
        return QStringLiteral("\"%1\" <%2>").arg(p.name, p.email).toUtf8();
    };
    QByteArray m = "From: " + address(from) + "\nTo: " + address(to) + "\nSubject: Message " +
                   QByteArray::number(i) +
                   " about the interview\nDate: " + at.toString(Qt::RFC2822Date).toUtf8() +
                   "\nMessage-ID: <capture-" + QByteArray::number(i) +
                   "@bench.example>\nMIME-Version: 1.0\n";
    if (!html)
        return m + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" +
               text;
    const QByteArray boundary = "b" + QByteArray::number(i);
    QByteArray markup = "<html><body><p>" + text + "</p></body></html>\n";
    markup.replace("\n\n", "</p><p>");
    return m + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n\n--" +
           boundary + "\nContent-Type: text/plain; charset=UTF-8\n\n" + text + "\n--" + boundary +
           "\nContent-Type: text/html; charset=UTF-8\n\n" + markup + "--" + boundary + "--\n";
}

QList<QByteArray> messages(const QList<Person> &contacts, int count)
{
    std::mt19937 random(2027);
    const auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const Person me{QStringLiteral("Amira Haddad"), kApplicant};
    const QDateTime first(QDate(2026, 9, 1), QTime(8, 0), QTimeZone(-5 * 3600));
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        const Person contact = contacts.at(pick(int(contacts.size())));
        const Person stranger{QStringLiteral("Newsletter %1").arg(pick(200)),
                              QStringLiteral("news%1@list%2.example").arg(pick(50)).arg(pick(40))};
        const QDateTime at = first.addSecs(qint64(pick(165 * 24 * 60)) * 60);
        const int size = 2048 + pick(18 * 1024);
        const int who = pick(100);
        if (who < 35)
            out << message(i, random, contact, me, at, size);
        else if (who < 50)
            out << message(i, random, me, contact, at, size);
        else
            out << message(i, random, stranger, me, at, size);
    }
    return out;
}

QString writeMaildir(const QList<QByteArray> &mail, const QString &work)
{
    const QString root = QDir(work).filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"}) {
        if (!QDir(root).mkpath(QString::fromLatin1(sub)))
            fail(QStringLiteral("cannot make %1").arg(root));
    }
    for (int i = 0; i < mail.size(); ++i)
        write(QStringLiteral("%1/cur/%2.M%3P1.bench:2,S").arg(root).arg(1735999200 + i).arg(i),
              mail.at(i));
    return root;
}

struct Measured
{
    double perSecond = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
    QString says; // the tool's first line
};

Measured medians(const std::vector<Run> &runs, int count)
{
    std::vector<double> rates, wall, cpu, peaks;
    for (const Run &r : runs) {
        rates.push_back(count / r.seconds);
        wall.push_back(r.seconds);
        cpu.push_back(r.cpuSeconds);
        peaks.push_back(r.peakMb);
    }
    const QByteArray &out = runs.back().out;
    return {median(rates), median(wall), median(cpu), median(peaks),
            QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed()};
}

void print(const char *what, const char *season, const Measured &m)
{
    std::printf("%-28s %-7s %11.0f %7.2f %7.2f %8.0f  %s\n", what, season, m.perSecond, m.seconds,
                m.cpuSeconds, m.peakMb, qPrintable(m.says));
    std::fflush(stdout);
}

// Forwards connections on 127.0.0.1 to target, each chunk written delay
// after it was read, in both directions: a round trip of twice delay
// without limiting the bandwidth. Its threads end with the process.
class DelayProxy
{
public:
    DelayProxy(quint16 target, std::chrono::milliseconds delay) : m_target(target), m_delay(delay)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = loopback(0);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            ::listen(m_listener, 8) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            fail(QStringLiteral("cannot listen for the delaying proxy"));
        m_port = ntohs(address.sin_port);
        std::thread([this] { acceptLoop(); }).detach();
    }

    quint16 port() const { return m_port; }

private:
    struct Pipe
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<std::pair<std::chrono::steady_clock::time_point, QByteArray>> chunks;
    };

    static sockaddr_in loopback(quint16 port)
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        return address;
    }

    void acceptLoop()
    {
        for (;;) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                return;
            const int server = ::socket(AF_INET, SOCK_STREAM, 0);
            const sockaddr_in address = loopback(m_target);
            if (::connect(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) !=
                0)
                fail(QStringLiteral("the delaying proxy cannot reach the server"));
            forward(client, server);
            forward(server, client);
        }
    }

    // An empty chunk is the end of the stream.
    void forward(int from, int to)
    {
        auto pipe = std::make_shared<Pipe>();
        std::thread([this, pipe, from] {
            char buffer[65536];
            for (;;) {
                const ssize_t n = ::read(from, buffer, sizeof buffer);
                const std::lock_guard lock(pipe->mutex);
                pipe->chunks.emplace_back(std::chrono::steady_clock::now() + m_delay,
                                          n > 0 ? QByteArray(buffer, n) : QByteArray());
                pipe->ready.notify_one();
                if (n <= 0)
                    return;
            }
        }).detach();
        std::thread([pipe, to] {
            for (;;) {
                std::unique_lock lock(pipe->mutex);
                pipe->ready.wait(lock, [&] { return !pipe->chunks.empty(); });
                auto [due, bytes] = std::move(pipe->chunks.front());
                pipe->chunks.pop_front();
                lock.unlock();
                std::this_thread::sleep_until(due);
                if (bytes.isEmpty()) {
                    ::shutdown(to, SHUT_WR);
                    return;
                }
                for (qsizetype done = 0; done < bytes.size();) {
                    const ssize_t n = ::write(to, bytes.constData() + done, bytes.size() - done);
                    if (n <= 0)
                        return;
                    done += n;
                }
            }
        }).detach();
    }

    quint16 m_target;
    std::chrono::milliseconds m_delay;
    int m_listener = -1;
    quint16 m_port = 0;
};

// ImapFetcher alone: how fast the server's messages come, nothing stored.
Measured fetchOnly(const test::DovecotServer &server, quint16 port, const QString &folder,
                   int count, int repeat)
{
    net::ImapAccount account;
    account.host = server.host();
    account.port = port;
    account.userName = server.user();
    account.trustedFingerprint = server.certificateFingerprint();
    std::vector<Run> runs;
    for (int i = 0; i < repeat; ++i) {
        qsizetype bytes = 0, fetched = 0;
        net::ImapFetcher::Callbacks callbacks;
        callbacks.onBatch = [&](const QString &, quint32, const QList<net::ImapMessage> &batch) {
            for (const net::ImapMessage &m : batch)
                bytes += m.raw.size();
            fetched += batch.size();
            return true;
        };
        rusage before{}, after{};
        getrusage(RUSAGE_SELF, &before);
        const double start = now();
        const auto result =
            net::ImapFetcher().fetch(account, server.password(), {{folder, 0, 0}}, callbacks);
        Run run;
        run.seconds = now() - start;
        getrusage(RUSAGE_SELF, &after);
        if (!result)
            fail(result.error().message);
        if (fetched != count)
            fail(QStringLiteral("fetched %1 of %2 messages").arg(fetched).arg(count));
        run.cpuSeconds = seconds(after.ru_utime) - seconds(before.ru_utime) +
                         seconds(after.ru_stime) - seconds(before.ru_stime);
        run.peakMb = double(after.ru_maxrss) / 1024;
        run.out = QByteArray::number(double(bytes) / 1e6, 'f', 1) + " MB fetched\n";
        runs.push_back(run);
    }
    return medians(runs, count);
}

// `mail sync` of the whole folder into fresh copies of season.
Measured imapSync(const test::DovecotServer &server, const QString &season, int count, int repeat,
                  const QString &work)
{
    const QString db = QDir(work).filePath(QStringLiteral("imap.sqlite"));
    const QString password = QDir(work).filePath(QStringLiteral("password"));
    write(password, server.password().toUtf8() + '\n');
    std::vector<Run> runs;
    for (int i = 0; i < repeat; ++i) {
        copy(season, db);
        runCli({QStringLiteral("--database"), db, QStringLiteral("mail"), QStringLiteral("account"),
                QStringLiteral("add"), QStringLiteral("Bench"), QStringLiteral("--host"),
                server.host(), QStringLiteral("--port"), QString::number(server.tlsPort()),
                QStringLiteral("--user"), server.user(), QStringLiteral("--trust"),
                server.certificateFingerprint(), QStringLiteral("--password-stdin"),
                QStringLiteral("--no-check")},
               work, password);
        runs.push_back(runCli(
            {QStringLiteral("--database"), db, QStringLiteral("mail"), QStringLiteral("sync")},
            work));
    }
    return medians(runs, count);
}

// `mail scan` of the Maildir into fresh copies of season.
Measured maildirScan(const QString &maildir, const QString &season, int count, int repeat,
                     const QString &work)
{
    const QString db = QDir(work).filePath(QStringLiteral("maildir.sqlite"));
    std::vector<Run> runs;
    for (int i = 0; i < repeat; ++i) {
        copy(season, db);
        runCli({QStringLiteral("--database"), db, QStringLiteral("mail"), QStringLiteral("store"),
                QStringLiteral("add"), maildir},
               work);
        runs.push_back(runCli(
            {QStringLiteral("--database"), db, QStringLiteral("mail"), QStringLiteral("scan")},
            work));
    }
    return medians(runs, count);
}

// `notmuch new` on the Maildir, into an empty notmuch database each time.
Measured notmuchNew(const QString &maildir, int count, int repeat, const QString &work)
{
    const QString config = QDir(work).filePath(QStringLiteral("notmuch-config"));
    write(config, QStringLiteral("[database]\npath=%1\n[user]\nname=Amira Haddad\n"
                                 "primary_email=%2\n[new]\ntags=unread;inbox;\nignore=\n"
                                 "[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=true\n")
                      .arg(maildir, kApplicant)
                      .toUtf8());
    qputenv("NOTMUCH_CONFIG", config.toLocal8Bit());
    std::vector<Run> runs;
    for (int i = 0; i < repeat; ++i) {
        QDir(QDir(maildir).filePath(QStringLiteral(".notmuch"))).removeRecursively();
        runs.push_back(runProgram(QStringLiteral("notmuch"),
                                  {QStringLiteral("new"), QStringLiteral("--quiet")}, work));
        runs.back().out = "notmuch new\n";
    }
    QDir(QDir(maildir).filePath(QStringLiteral(".notmuch"))).removeRecursively();
    return medians(runs, count);
}

int usage()
{
    std::fprintf(stderr, "usage: mail_capture_bench [--messages N] [--repeat N] [--season PATH] "
                         "[--keep DIR] [--latency MS] [--latency-messages N]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    static QTemporaryDir home;
    bench::useEmptyHome(home);
    qputenv("RAPPORT_NOW", kNow.toUtf8());
    QCoreApplication app(argc, argv);

    int count = 10000, repeat = 3, latency = 0, latencyCount = 1000;
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
        else if (args[i] == QStringLiteral("--latency"))
            latency = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--latency-messages"))
            latencyCount = args[i + 1].toInt();
        else
            return usage();
    }
    if (count < 1 || repeat < 1 || latency < 0 || latencyCount < 1)
        return usage();
    latencyCount = std::min(latencyCount, count);
    if (!test::DovecotServer::installed() || !test::KeyringSession::installed() ||
        QStandardPaths::findExecutable(QStringLiteral("notmuch")).isEmpty())
        fail(QStringLiteral("needs dovecot-imapd, gnome-keyring, dbus and notmuch installed"));

    QTemporaryDir scratch;
    const QString work = keep.isEmpty() ? scratch.path() : keep;
    if (!QDir().mkpath(work))
        fail(QStringLiteral("cannot make %1").arg(work));
    const QString season100 =
        seasonPath.isEmpty() ? bench::season100x(QDateTime::fromString(kNow, Qt::ISODate).date())
                             : seasonPath;
    const QString fresh = QDir(work).filePath(QStringLiteral("fresh.sqlite"));
    QFile::remove(fresh);
    runCli({QStringLiteral("--database"), fresh, QStringLiteral("init")}, work);

    const QList<QByteArray> mail = messages(contactsOf(season100), count);
    qint64 bytes = 0;
    for (const QByteArray &m : mail)
        bytes += m.size();
    const QString maildir = writeMaildir(mail, work);

    // The CLI finds the account's password in this keyring (its bus
    // address is inherited), and the messages in this server.
    test::KeyringSession keyring;
    if (auto s = keyring.start(); !s)
        fail(s.errorMessage());
    test::DovecotServer server;
    if (auto s = server.start(); !s)
        fail(s.errorMessage());
    for (const QByteArray &m : mail)
        server.addMessage(m);
    if (latency > 0) {
        for (int i = 0; i < latencyCount; ++i)
            server.addMessage(mail.at(i), QStringLiteral("Distant"));
    }

    std::printf("mail_capture_bench: %d messages, %.1f MB, median of %d runs, %s\n", count,
                double(bytes) / 1e6, repeat, RAPPORT_CLI);
    std::printf("%-28s %-7s %11s %7s %7s %8s  %s\n", "what", "season", "messages/s", "wall s",
                "CPU s", "peak MB", "says");
    print("IMAP fetch only (in-process)", "-",
          fetchOnly(server, server.tlsPort(), QStringLiteral("INBOX"), count, repeat));
    if (latency > 0) {
        const DelayProxy proxy(server.tlsPort(), std::chrono::milliseconds(latency));
        const QByteArray what =
            QStringLiteral("IMAP fetch, %1 ms RTT, %2").arg(2 * latency).arg(latencyCount).toUtf8();
        print(what.constData(), "-",
              fetchOnly(server, proxy.port(), QStringLiteral("Distant"), latencyCount, repeat));
    }
    print("IMAP mail sync", "fresh", imapSync(server, fresh, count, repeat, work));
    print("IMAP mail sync", "100x", imapSync(server, season100, count, repeat, work));
    const Measured scanFresh = maildirScan(maildir, fresh, count, repeat, work);
    print("Maildir mail scan", "fresh", scanFresh);
    print("Maildir mail scan", "100x", maildirScan(maildir, season100, count, repeat, work));
    const Measured notmuch = notmuchNew(maildir, count, repeat, work);
    print("notmuch new", "-", notmuch);
    std::printf("Maildir scan (fresh) against notmuch new: %.1fx the rate, %.2fx the memory\n",
                scanFresh.perSecond / notmuch.perSecond, scanFresh.peakMb / notmuch.peakMb);
    return 0;
}
