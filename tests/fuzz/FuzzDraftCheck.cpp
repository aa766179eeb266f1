// The rule engine's draft check, as the compose window runs it on every
// keystroke, against a small season held in memory.
#include "FuzzSupport.h"

#include "support/Builders.h"

#include "Clock.h"
#include "domain/SeasonSnapshot.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"

#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

#include <memory>

using namespace rapport;

namespace {

constexpr qint64 kLakeside = 1;
constexpr qint64 kRiverside = 2;
constexpr qint64 kLopez = 11;
constexpr qint64 kRay = 21;

QDateTime utc(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

core::SeasonSnapshot smallSeason()
{
    core::SeasonSnapshot s;
    s.season = core::Season::defaultsFor(2027);
    s.programs << test::ProgramBuilder().id(kLakeside).interview(QDate(2026, 12, 5), QTime(9, 0));
    s.programs << test::ProgramBuilder(QStringLiteral("Riverside Medical Center Otolaryngology"))
                      .id(kRiverside)
                      .city(QStringLiteral("Boston"))
                      .policy(core::CommunicationPolicy::NoPostInterview);
    s.contacts << test::ContactBuilder(kLakeside).id(kLopez);
    s.contacts << test::ContactBuilder(kRiverside)
                      .id(kRay)
                      .name(QStringLiteral("Alan"), QStringLiteral("Ray"))
                      .email(QStringLiteral("aray@riverside.org"));
    s.communications << test::CommunicationBuilder(kLakeside).id(1).contact(kLopez).at(
        utc(2026, 9, 1));
    s.communications << test::CommunicationBuilder(kRiverside)
                            .id(2)
                            .incoming()
                            .kind(core::Kind::ProgramInterest)
                            .at(utc(2026, 10, 20));
    s.communications << test::CommunicationBuilder(kLakeside)
                            .id(3)
                            .contact(kLopez)
                            .kind(core::Kind::ThankYou)
                            .at(utc(2026, 12, 6));
    return s;
}

std::unique_ptr<core::RuleEngine> g_engine;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    static const core::FixedClock clock(utc(2026, 12, 10, 12));
    auto data = core::RuleData::builtIn();
    if (!data)
        fuzz::failInvariant("the built-in rule data does not load");
    g_engine = std::make_unique<core::RuleEngine>(data.value(), clock);
    g_engine->setSnapshot(smallSeason());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    core::Draft draft;
    draft.programId = in.ConsumeBool() ? kLakeside : kRiverside;
    if (in.ConsumeBool())
        draft.contactId = draft.programId == kLakeside ? kLopez : kRay;
    draft.kind = static_cast<core::Kind>(
        in.ConsumeIntegralInRange<int>(0, static_cast<int>(core::Kind::Other)));
    draft.direction = in.ConsumeBool() ? core::Direction::Outgoing : core::Direction::Incoming;
    draft.channel = static_cast<core::Channel>(
        in.ConsumeIntegralInRange<int>(0, static_cast<int>(core::Channel::Letter)));
    // Anywhere from before the season opens to after Match Day.
    draft.at = utc(2026, 6, 1).addSecs(in.ConsumeIntegralInRange<qint64>(0, 400LL * 24 * 3600));
    if (in.ConsumeBool())
        draft.replacesId = in.ConsumeIntegralInRange<qint64>(1, 4);
    const std::string subject = in.ConsumeRandomLengthString(200);
    const std::string body = in.ConsumeRemainingBytesAsString();
    draft.subject = QString::fromStdString(subject);
    draft.body = QString::fromStdString(body);

    for (const core::Finding &f : g_engine->checkDraft(draft)) {
        if (f.rule.isEmpty() || f.message().isEmpty())
            fuzz::failInvariant("a finding without a rule or a message");
    }
    return 0;
}
