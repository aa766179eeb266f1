#include "DemoSeason.h"

#include "DemoStory.h"
#include "DemoText.h"

#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace rapport::core {
namespace {

struct Place
{
    const char *name;
    const char *institution;
    const char *city;
    const char *state;
    const char *domain;
};

// Forty fictional programs; any likeness to a real one is chance.
constexpr Place kPlaces[] = {
    {"Lakeside University", "Lakeside University Hospitals", "Chicago", "IL", "lakeside.edu"},
    {"Northgate Medical Center", "Northgate Health", "Boston", "MA", "northgate.org"},
    {"Riverbend University", "Riverbend Medical Center", "Pittsburgh", "PA", "riverbend.edu"},
    {"Summit Valley", "Summit Valley Health System", "Denver", "CO", "summitvalley.org"},
    {"Bayview Academic Medical Center", "Bayview Health", "San Diego", "CA", "bayview.edu"},
    {"Prairie State University", "Prairie State Hospitals", "Omaha", "NE", "prairiestate.edu"},
    {"Harborview Medical College", "Harborview Health", "Baltimore", "MD", "harborview-mc.edu"},
    {"Cedar Ridge University", "Cedar Ridge Medical Center", "Nashville", "TN", "cedarridge.edu"},
    {"Great Lakes Health Sciences", "Great Lakes University", "Cleveland", "OH", "greatlakes.edu"},
    {"Magnolia University", "Magnolia Medical Center", "New Orleans", "LA", "magnolia.edu"},
    {"Pinecrest University", "Pinecrest Hospital", "Portland", "OR", "pinecrest.edu"},
    {"Red River Medical School", "Red River Health", "Dallas", "TX", "redriver.edu"},
    {"Granite State Medical Center", "Granite State University", "Manchester", "NH",
     "granitestate.org"},
    {"Desert Sun University", "Desert Sun Medical Center", "Phoenix", "AZ", "desertsun.edu"},
    {"Ironwood University", "Ironwood Hospitals", "Detroit", "MI", "ironwood.edu"},
    {"Evergreen Medical College", "Evergreen Health", "Seattle", "WA", "evergreen-med.edu"},
    {"Blue Ridge University", "Blue Ridge Medical Center", "Charlottesville", "VA",
     "blueridge.edu"},
    {"Atlantic Coast University", "Atlantic Coast Health", "Miami", "FL", "atlanticcoast.edu"},
    {"Heartland Medical Center", "Heartland University", "Kansas City", "MO", "heartland.org"},
    {"Keystone University", "Keystone Hospitals", "Philadelphia", "PA", "keystone.edu"},
    {"Silver Lake University", "Silver Lake Medical Center", "Los Angeles", "CA", "silverlake.edu"},
    {"Twin Rivers Health", "Twin Rivers University", "Minneapolis", "MN", "twinrivers.org"},
    {"Old Dominion Medical College", "Old Dominion Health", "Richmond", "VA", "olddominion-mc.edu"},
    {"Gulfport University", "Gulfport Medical Center", "Houston", "TX", "gulfport.edu"},
    {"Hudson Valley Medical Center", "Hudson Valley University", "Albany", "NY",
     "hudsonvalley.org"},
    {"Empire Medical College", "Empire Health", "New York", "NY", "empire-med.edu"},
    {"Sierra University", "Sierra Medical Center", "Sacramento", "CA", "sierra.edu"},
    {"Bluegrass University", "Bluegrass Hospitals", "Lexington", "KY", "bluegrass.edu"},
    {"Palmetto Medical Center", "Palmetto University", "Charleston", "SC", "palmetto.org"},
    {"Lone Star Medical College", "Lone Star Health", "San Antonio", "TX", "lonestar-mc.edu"},
    {"Badger State University", "Badger State Hospitals", "Madison", "WI", "badgerstate.edu"},
    {"Mile High Medical Center", "Mile High University", "Aurora", "CO", "milehigh.org"},
    {"Crescent City University", "Crescent City Health", "Baton Rouge", "LA", "crescentcity.edu"},
    {"Buckeye Medical College", "Buckeye Health", "Columbus", "OH", "buckeye-mc.edu"},
    {"Peachtree University", "Peachtree Medical Center", "Atlanta", "GA", "peachtree.edu"},
    {"Canyon State University", "Canyon State Hospitals", "Tucson", "AZ", "canyonstate.edu"},
    {"Hawkeye Medical Center", "Hawkeye University", "Iowa City", "IA", "hawkeye.org"},
    {"Tidewater University", "Tidewater Health", "Norfolk", "VA", "tidewater.edu"},
    {"Wasatch University", "Wasatch Medical Center", "Salt Lake City", "UT", "wasatch.edu"},
    {"Sooner Medical College", "Sooner Health", "Oklahoma City", "OK", "sooner-mc.edu"},
};
constexpr int kPlaceCount = static_cast<int>(sizeof(kPlaces) / sizeof(kPlaces[0]));

constexpr const char *kFirst[] = {"Maria",  "James",  "Priya", "David",  "Elena",
                                  "Samuel", "Grace",  "Omar",  "Hannah", "Victor",
                                  "Lucia",  "Daniel", "Mei",   "Robert"};
constexpr const char *kLast[] = {"Lopez",   "Nguyen",  "Patel",   "Kim",    "Okafor",
                                 "Schmidt", "Rossi",   "Cohen",   "Hughes", "Tanaka",
                                 "Moreau",  "Brennan", "Adeyemi", "Silva"};

// Plans each program's season (breaches are set on a few), stores it as it
// stands on today and logs its story up to today.
class Writer
{
public:
    Writer(Database &db, const Season &season, quint32 seed, const QDate &today)
        : m_db(db), m_season(season), m_rng(seed), m_signature(QStringLiteral("Amira Haddad, MD")),
          m_today(today)
    {}

    Status run(int scale);
    DemoSummary summary() const { return m_summary; }

private:
    Status addProgram(int index, DemoPlan &plan);
    Status story(DemoPlan &plan);
    QDate seasonDay(int month, int day) const;

    Database &m_db;
    Season m_season;
    QRandomGenerator m_rng;
    QString m_signature;
    QDate m_today;
    DemoSummary m_summary;
};

QDate Writer::seasonDay(int month, int day) const
{
    const int year = month >= 6 ? m_season.matchDay.year() - 1 : m_season.matchDay.year();
    return QDate(year, month, day);
}

Status Writer::addProgram(int index, DemoPlan &plan)
{
    plan.index = index;
    plan.slot = index % kPlaceCount;
    const Place &place = kPlaces[index % kPlaceCount];
    const int block = index / kPlaceCount;
    Program &p = plan.program;
    p.name = QString::fromLatin1(place.name) + QStringLiteral(" Otolaryngology");
    if (block > 0)
        p.name += QStringLiteral(" (Site %1)").arg(block + 1);
    p.institution = QString::fromLatin1(place.institution);
    p.city = QString::fromLatin1(place.city);
    p.state = QString::fromLatin1(place.state);
    p.emailDomain = QString::fromLatin1(place.domain);
    p.nrmpCode = QStringLiteral("%1280C0").arg(1000 + index, 4, 10, QLatin1Char('0'));
    p.website = QStringLiteral("https://www.%1/otolaryngology").arg(p.emailDomain);
    const quint32 visa = m_rng.bounded(5);
    p.visa = visa == 0   ? VisaSponsorship::None
             : visa == 1 ? VisaSponsorship::Unknown
             : visa == 2 ? VisaSponsorship::Both
                         : VisaSponsorship::J1;
    p.matchedImgs = m_rng.bounded(3) == 0 ? Tristate::Yes : Tristate::Unknown;
    p.applicationDate = seasonDay(9, 25 + static_cast<int>(m_rng.bounded(4)));
    plan.interest = demo::subspecialty(m_rng);

    // Status mix of a typical ENT season, by position in the list.
    const int slot = index % kPlaceCount;
    if (slot < 22) {
        p.status = slot < 18 ? ProgramStatus::Ranked : ProgramStatus::Interviewed;
        p.interviewDate = seasonDay(10, 20).addDays(qint64(slot) * 4);
        p.interviewTime = QTime(8, 0);
        p.interviewOffsetSecs = -5 * 3600;
        p.preferenceRank = slot + 1;
    } else if (slot < 27) {
        p.status = ProgramStatus::Withdrawn;
    } else if (slot < 34) {
        p.status = ProgramStatus::Rejected;
    } else {
        p.status = ProgramStatus::Applied;
    }
    p.signalSent = slot < 26 || (slot == 39); // 27 signals: more than the season allows
    if (slot == 9)
        p.policy = CommunicationPolicy::NoThankYou;
    if (slot == 8) {
        p.policy = CommunicationPolicy::NoPostInterview;
        p.policyNote =
            QStringLiteral("The program does not consider post-interview communication.");
    }
    if (slot == 39)
        p.homeProgram = true;

    // The plan is the whole season; the stored program is where it stands today.
    auto id = ProgramRepository(m_db).add(demoProgramOn(m_season, plan, m_today));
    if (!id)
        return id.error();
    p.id = *id;
    ++m_summary.programs;

    // Slot 7 writes to several people at once; it needs three.
    const int contactCount = slot == 7 ? 3 : 1 + static_cast<int>(m_rng.bounded(4));
    for (int i = 0; i < contactCount; ++i) {
        Contact c;
        c.programId = p.id;
        c.firstName = QString::fromLatin1(kFirst[(index * 3 + i * 5) % 14]);
        c.lastName = QString::fromLatin1(kLast[(index * 7 + i * 3) % 14]);
        c.role = i == 0   ? ContactRole::ProgramCoordinator
                 : i == 1 ? ContactRole::ProgramDirector
                 : i == 2 ? ContactRole::AssociateProgramDirector
                          : ContactRole::Faculty;
        c.title = i == 0 ? (index % 2 ? QStringLiteral("Ms.") : QStringLiteral("Mr."))
                         : QStringLiteral("Dr.");
        c.email = QStringLiteral("%1.%2@%3")
                      .arg(c.firstName.toLower(), c.lastName.toLower(), p.emailDomain);
        auto cid = ContactRepository(m_db).add(c);
        if (!cid)
            return cid.error();
        c.id = *cid;
        plan.contacts << c;
        ++m_summary.contacts;
    }
    return {};
}

// The stories and breaches live in DemoStory.cpp.
Status Writer::story(DemoPlan &plan)
{
    int logged = 0;
    auto s = demoStory(m_db, m_season, m_rng, plan, m_signature, m_today, logged);
    m_summary.communications += logged;
    return s;
}

Status Writer::run(int scale)
{
    for (int i = 0; i < scale * kPlaceCount; ++i) {
        DemoPlan plan;
        if (auto s = addProgram(i, plan); !s)
            return s;
        if (auto s = story(plan); !s)
            return s;
    }
    return {};
}

} // namespace

Result<DemoSummary> generateDemoSeason(Database &db, const DemoOptions &options)
{
    if (options.scale < 1 || options.scale > 1000)
        return fail(QStringLiteral("demo scale %1 is outside 1-1000").arg(options.scale));
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM programs")) || !q.next())
        return fail(QStringLiteral("cannot read %1").arg(db.path()));
    if (q.value(0).toInt() > 0)
        return fail(QStringLiteral("%1 already holds %2 programs; the demo season needs an empty "
                                   "database (use --database to pick another file)")
                        .arg(db.path())
                        .arg(q.value(0).toInt()));

    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const int matchYear = options.matchYear > 0 ? options.matchYear : Season::matchYearAt(today);
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Season season = Season::defaultsFor(matchYear);
    season.timeZone = QStringLiteral("America/New_York"); // where the story is written
    ProfileRepository profiles(db);
    if (auto s = profiles.saveSeason(season); !s)
        return s.error();
    ApplicantProfile profile;
    profile.name = QStringLiteral("Amira Haddad");
    profile.degree = QStringLiteral("MD");
    profile.medicalSchool = QStringLiteral("Cairo University Faculty of Medicine");
    profile.country = QStringLiteral("Egypt");
    profile.graduationYear = matchYear - 4;
    profile.aamcId = QStringLiteral("14829305");
    profile.visaStatus = QStringLiteral("Needs J-1 sponsorship");
    profile.email = QStringLiteral("amira.haddad@example.org");
    profile.phone = QStringLiteral("+1 617 555 0142");
    profile.signature = QStringLiteral("Amira Haddad, MD\nAAMC ID 14829305");
    profile.homeProgramName = QStringLiteral("Sooner Medical College Otolaryngology");
    if (auto s = profiles.saveProfile(profile); !s)
        return s.error();

    Writer writer(db, season, options.seed, today);
    if (auto s = writer.run(options.scale); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return writer.summary();
}

} // namespace rapport::core
