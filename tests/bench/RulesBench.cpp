// setSnapshot(), allowances(), checkSeason() and checkDraft() times on a season one
// hundred times a real one (4,000 programs, ~30,000 communications).
// Usage: rules_bench [--runs N] [--repeat N] [--programs N] [--no-season]
//                    [--dump FILE] [--database FILE [--now MOMENT]]
//   --programs 40 gives a real-size season; the default, 4000, is 100x that.
//   --database: a stored season instead (e.g. `rapport-cli demo --scale 100`),
//   with loadSeason() timed too, checked at --now (e.g. 2027-02-20T12:00-05:00,
//   as gui_bench does) or else at the current time.
//   --runs: checkDraft() runs per draft (one typed character each), 200.
//   --repeat: setSnapshot() and checkSeason() runs (median reported), 3.
//   --dump: write checkSeason()'s findings to FILE, one per line, to compare
//   two builds of the engine (diff) on the same season.
#include "Clock.h"
#include "domain/Parse.h"
#include "domain/SeasonSnapshot.h"
#include "io/Backup.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/SeasonLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <malloc.h>
#include <random>
#include <vector>

using namespace rapport::core;

namespace {

// Sentences applicants actually write, mixed per message so bodies share
// phrasing (as real ones do) without being identical.
const char *const kSentences[] = {
    "Thank you for the opportunity to interview with your otolaryngology residency program.",
    "I particularly appreciated our discussion about global surgery and training partnerships.",
    "As an international medical graduate, I was excited to learn how the program supports "
    "residents.",
    "I would be honored to train in such an environment.",
    "Since submitting my application, I co-authored an accepted manuscript on chronic "
    "rhinosinusitis.",
    "I passed USMLE Step 3 and completed two more months of US otolaryngology observerships.",
    "Your program's strengths in head and neck oncology match my research interests.",
    "Meeting the residents at the pre-interview dinner made the culture of the program clear to "
    "me.",
    "I remain very interested in your program and plan to rank it highly.",
    "The early operative exposure and the mentorship structure stood out during my visit.",
    "I am grateful for the time the faculty spent answering my questions about research time.",
    "My experience in resource-limited settings has prepared me for a busy county service.",
    "I presented our cochlear implant outcomes study at the AAO-HNSF annual meeting.",
    "I would welcome the chance to contribute to the skull base research group.",
    "Thank you again for your time and consideration.",
    "I am writing to share a brief update on my application.",
    "Please let me know if any further documents would be helpful.",
    "The laryngology clinic and the voice lab were highlights of the interview day.",
};

QString body(std::mt19937 &rng, const Program &p, const Contact &c)
{
    std::uniform_int_distribution<int> pick(0, int(std::size(kSentences)) - 1);
    std::uniform_int_distribution<int> count(3, 8);
    QString out = QStringLiteral("Dear %1,\n\n").arg(c.formalName());
    const int n = count(rng);
    for (int i = 0; i < n; ++i) {
        out += QString::fromLatin1(kSentences[pick(rng)]) + QLatin1Char(' ');
        if (i == 1)
            out += QStringLiteral("Visiting %1 in %2 confirmed my interest. ").arg(p.name, p.city);
    }
    return out + QStringLiteral("\n\nSincerely,\nPriya Sharma, MD\nAAMC ID 12345678");
}

SeasonSnapshot buildSeason(int programs, std::mt19937 &rng)
{
    SeasonSnapshot s;
    s.season = Season::defaultsFor(2027);
    const Kind outgoing[] = {
        Kind::PreInterviewInterest, Kind::ApplicationUpdate,  Kind::Logistics,     Kind::ThankYou,
        Kind::PostInterviewUpdate,  Kind::ConferenceFollowUp, Kind::ReplyToProgram};
    std::uniform_int_distribution<int> kind(0, int(std::size(outgoing)) - 1);
    std::uniform_int_distribution<int> day(0, 200);
    std::uniform_int_distribution<int> perProgram(4, 11); // mean 7.5
    qint64 contactId = 0;
    qint64 commId = 0;
    const QDateTime start(QDate(2026, 7, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 1; i <= programs; ++i) {
        Program p;
        p.id = i;
        p.name = QStringLiteral("Program %1 Otolaryngology").arg(i);
        p.institution = QStringLiteral("Institution %1 University").arg(i);
        p.city = QStringLiteral("City%1").arg(i % 500);
        p.interviewDate = QDate(2026, 11, 1).addDays(i % 90);
        p.interviewTime = QTime(9, 0);
        p.signalSent = i % 160 == 0;
        s.programs << p;
        for (int k = 0; k < 3; ++k) {
            Contact c;
            c.id = ++contactId;
            c.programId = i;
            c.title = QStringLiteral("Dr.");
            c.firstName = QStringLiteral("First%1").arg(c.id);
            c.lastName = QStringLiteral("Last%1").arg(c.id);
            c.role = k == 0 ? ContactRole::ProgramCoordinator : ContactRole::Faculty;
            s.contacts << c;
        }
        const int n = perProgram(rng);
        for (int k = 0; k < n; ++k) {
            Communication c;
            c.id = ++commId;
            c.programId = i;
            c.contactId = contactId - 2 + (k % 3);
            c.at = start.addDays(day(rng)).addSecs(k * 60);
            c.kind = k % 4 == 3 ? Kind::ProgramInterest : outgoing[kind(rng)];
            c.direction = k % 4 == 3 ? Direction::Incoming : Direction::Outgoing;
            c.subject = QStringLiteral("Residency application");
            c.body = body(rng, p, s.contacts.at(s.contacts.size() - 3 + (k % 3)));
            s.communications << c;
        }
    }
    std::sort(s.communications.begin(), s.communications.end(),
              [](const Communication &a, const Communication &b) {
                  return a.at < b.at || (a.at == b.at && a.id < b.id);
              });
    return s;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0; // this thread's CPU time: steadier on a shared machine
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename F> Timing measure(F &&f)
{
    const double cpu0 = threadCpuMs();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto wall = std::chrono::steady_clock::now() - t0;
    return {std::chrono::duration<double, std::milli>(wall).count(), threadCpuMs() - cpu0};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile90(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() * 9 / 10];
}

void printSteps(const char *label, const std::vector<Timing> &runs, const char *suffix)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Timing &t : runs) {
        wall.push_back(t.wallMs);
        cpu.push_back(t.cpuMs);
    }
    std::printf("%s median of %zu: %.1f ms (CPU %.1f ms), min CPU %.1f ms%s\n", label, runs.size(),
                median(wall), median(cpu), *std::min_element(cpu.begin(), cpu.end()), suffix);
}

bool dumpFindings(const QList<Finding> &findings, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    for (const Finding &f : findings) {
        QStringList ids;
        for (const qint64 id : f.communicationIds)
            ids << QString::number(id);
        out << f.rule << '\t' << toString(f.severity) << '\t'
            << (f.programId ? QString::number(*f.programId) : QStringLiteral("-")) << '\t'
            << ids.join(QLatin1Char(',')) << '\t' << (f.acknowledged ? 1 : 0) << '\t' << f.message()
            << '\n';
    }
    return true;
}

void timeDraft(const RuleEngine &engine, Draft draft, int runs, const char *label)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    std::size_t findings = 0;
    for (int i = 0; i < runs; ++i) {
        draft.body.insert(draft.body.size() / 2, QLatin1Char(i % 7 ? 'e' : ' ')); // typing
        const Timing t = measure([&] { findings += engine.checkDraft(draft).size(); });
        wall.push_back(t.wallMs);
        cpu.push_back(t.cpuMs);
    }
    std::printf("checkDraft %-28s median %.3f ms (CPU %.3f ms), p90 %.3f ms (CPU %.3f ms), "
                "%zu findings\n",
                label, median(wall), median(cpu), percentile90(wall), percentile90(cpu),
                findings / std::size_t(runs));
}

// What a save costs the worker: the season prepared again from the one
// before, with one sent body edited, then checked whole.
void timeIncremental(RuleEngine &engine, const SeasonSnapshot &snapshot, int repeat)
{
    std::vector<Timing> prepares;
    std::vector<Timing> checks;
    std::size_t reused = 0;
    for (int i = 0; i < repeat; ++i) {
        SeasonSnapshot edited = snapshot;
        for (Communication &c : edited.communications) {
            if (c.direction == Direction::Outgoing && c.state == CommState::Sent) {
                c.body += QStringLiteral("\nI look forward to hearing from you (%1).").arg(i);
                break;
            }
        }
        const auto previous = engine.prepared();
        std::shared_ptr<const PreparedSeason> next;
        prepares.push_back(
            measure([&] { next = engine.prepare(std::move(edited), previous.get()); }));
        checks.push_back(measure([&] { (void)engine.checkSeason(*next); }));
        reused = RuleEngine::reusedEntries(*next);
        engine.adopt(next);
    }
    const QString suffix = QStringLiteral(", %1 entries reused").arg(reused);
    printSteps("prepare after one edit", prepares, qPrintable(suffix));
    printSteps("checkSeason after it", checks, "");
}

// What a save costs the worker's read: one entry written, then the season
// read again from the snapshot before, on a copy of the database.
void timeIncrementalLoad(Database &source, int matchYear, int repeat)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("season.sqlite"));
    if (!Backup::create(source, path)) {
        std::fprintf(stderr, "cannot copy the season to %s\n", qPrintable(path));
        return;
    }
    auto db = Database::open(path);
    auto before = db ? loadSeason(**db, matchYear) : Result<SeasonSnapshot>(db.error());
    if (!before || before->communications.isEmpty()) {
        std::fprintf(stderr, "cannot read the copy: %s\n", qPrintable(before.errorMessage()));
        return;
    }
    std::vector<Timing> loads;
    for (int i = 0; i < repeat; ++i) {
        Communication c = before->communications.at(before->communications.size() / 2);
        c.subject += QStringLiteral(" (%1)").arg(i);
        if (!CommunicationRepository(**db).update(c)) {
            std::fprintf(stderr, "cannot write the copy\n");
            return;
        }
        Result<SeasonSnapshot> after = fail(QString());
        loads.push_back(measure([&] { after = loadSeason(**db, matchYear, &before.value()); }));
        if (!after)
            return;
        before = std::move(after);
    }
    printSteps("loadSeason after one write", loads, "");
}

// Heap bytes in use now, in MB: what the snapshot and its index hold.
double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 200;
    int repeat = 3;
    int programs = 4000;
    bool season = true;
    QString dump;
    QString database;
    QString at;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc)
            dump = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--programs") == 0 && i + 1 < argc)
            programs = std::max(2, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--no-season") == 0)
            season = false;
        else if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc)
            database = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--now") == 0 && i + 1 < argc)
            at = QString::fromLocal8Bit(argv[++i]);
    }
    auto data = RuleData::builtIn();
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
        return 1;
    }
    std::mt19937 rng(42);
    SeasonSnapshot snapshot;
    QDateTime now(QDate(2027, 1, 10), QTime(12, 0), QTimeZone::utc());
    if (database.isEmpty()) {
        const double buildMs = measure([&] { snapshot = buildSeason(programs, rng); }).wallMs;
        std::printf("season: %lld programs, %lld contacts, %lld communications (built in %.0f "
                    "ms)\n",
                    qint64(snapshot.programs.size()), qint64(snapshot.contacts.size()),
                    qint64(snapshot.communications.size()), buildMs);
    } else {
        auto db = Database::open(database);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        now = QDateTime::currentDateTimeUtc();
        if (!at.isEmpty()) {
            auto moment = parseMoment(at, QStringLiteral("--now"));
            if (!moment) {
                std::fprintf(stderr, "%s\n", qPrintable(moment.errorMessage()));
                return 1;
            }
            now = *moment;
        }
        std::vector<Timing> loads;
        for (int i = 0; i < repeat; ++i) {
            loads.push_back(measure([&] {
                auto loaded = loadSeason(**db, Season::matchYearAt(now.date()));
                if (loaded)
                    snapshot = std::move(loaded.value());
            }));
        }
        std::printf("season: %lld programs, %lld contacts, %lld communications from %s\n",
                    qint64(snapshot.programs.size()), qint64(snapshot.contacts.size()),
                    qint64(snapshot.communications.size()), qPrintable(database));
        printSteps("loadSeason", loads, "");
        timeIncrementalLoad(**db, Season::matchYearAt(now.date()), repeat);
        std::printf("heap in use with the snapshot: %.0f MB\n", heapMb());
        programs = int(snapshot.programs.size());
    }

    const FixedClock clock(now);
    RuleEngine engine(data.value(), clock);
    // setSnapshot() takes its snapshot by value, as Session::reload() passes
    // a freshly loaded one: the copy is made outside the timed part.
    std::vector<Timing> sets;
    std::vector<Timing> allowances;
    for (int i = 0; i < repeat; ++i) {
        SeasonSnapshot copy = snapshot;
        sets.push_back(measure([&] { engine.setSnapshot(std::move(copy)); }));
        // The first call after a new snapshot works every program's allowance out.
        allowances.push_back(measure([&] { (void)engine.allowances(); }));
    }
    printSteps("setSnapshot", sets, "");
    std::printf("heap in use with the snapshot and the engine's prepared copy: %.0f MB\n",
                heapMb());
    printSteps("allowances", allowances, "");
    if (season) {
        std::vector<Timing> checks;
        QList<Finding> findings;
        for (int i = 0; i < repeat; ++i) {
            findings.clear();
            // Prepared anew each time: a season checked before takes its
            // findings over.
            engine.adopt(engine.prepare(snapshot));
            (void)engine.allowances();
            checks.push_back(measure([&] { findings = engine.checkSeason(); }));
        }
        const QString count = QStringLiteral(", %1 findings").arg(findings.size());
        printSteps("checkSeason", checks, qPrintable(count));
        if (!dump.isEmpty() && !dumpFindings(findings, dump)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(dump));
            return 1;
        }
        timeIncremental(engine, snapshot, repeat);
    }

    const Program &target = snapshot.programs.at(programs / 3);
    Draft tailored;
    tailored.programId = target.id;
    tailored.contactId = snapshot.contacts.at((programs / 3) * 3 + 1).id;
    tailored.kind = Kind::PostInterviewUpdate;
    tailored.at = clock.now();
    tailored.body = body(rng, target, snapshot.contacts.at((programs / 3) * 3 + 1));
    timeDraft(engine, tailored, runs, "(typical update)");

    // The worst case for the similarity index: a copy of a stored body, so
    // its rarest shingles still have long posting lists.
    Draft copy = tailored;
    for (const Communication &c : std::as_const(snapshot.communications)) {
        if (c.direction == Direction::Outgoing && c.programId != target.id &&
            c.kind == Kind::PostInterviewUpdate) {
            copy.body = c.body;
            break;
        }
    }
    timeDraft(engine, copy, runs, "(copy of another program's)");
    return 0;
}
