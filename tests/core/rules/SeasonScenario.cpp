#include "SeasonScenario.h"

#include "ScenarioReader.h"

#include "domain/Parse.h"
#include "rules/RuleData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace rapport::test::scenario {

namespace {

using core::Quota;

// Ids the runner gives what the file names by label.
constexpr qint64 kFirstContactId = 101;
constexpr qint64 kFirstCommunicationId = 1001;

struct Parser
{
    Reader r;
    Scenario s;
    QHash<QString, qint64> programIds;
    QHash<QString, qint64> contactIds;
    QHash<QString, qint64> commIds;
    QStringList knownRules;

    qint64 programRef(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString name = r.string(o, key, path, Reader::Required);
        if (r.failed())
            return 0;
        if (!programIds.contains(name)) {
            r.fail(path + QLatin1Char('.') + key,
                   QStringLiteral("no program named \"%1\" in \"programs\"").arg(name));
            return 0;
        }
        return programIds.value(name);
    }

    std::optional<qint64> contactRef(const QJsonObject &o, const QString &path)
    {
        const QString label = r.string(o, QStringLiteral("contact"), path, Reader::Optional);
        if (label.isEmpty())
            return std::nullopt;
        if (!contactIds.contains(label)) {
            r.fail(path + QStringLiteral(".contact"),
                   QStringLiteral("no contact with id \"%1\" in \"contacts\"").arg(label));
            return std::nullopt;
        }
        return contactIds.value(label);
    }

    QString body(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(QStringLiteral("body"));
        if (v.isUndefined())
            return {};
        if (v.isString())
            return v.toString();
        QStringList lines;
        const QJsonArray a = r.array(v, path + QStringLiteral(".body"));
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                r.fail(QStringLiteral("%1.body[%2]").arg(path).arg(i),
                       QStringLiteral("not a string"));
            lines << a.at(i).toString();
        }
        return lines.join(QLatin1Char('\n'));
    }

    core::QuotaLimit limit(const QJsonValue &v, const QString &path)
    {
        const QJsonObject o = r.object(v, path);
        r.onlyKeys(o, path, {"recommended", "maximum"});
        return {r.integer(o, QStringLiteral("recommended"), path),
                r.integer(o, QStringLiteral("maximum"), path)};
    }

    QHash<QString, core::QuotaLimit> limits(const QJsonValue &v, const QString &path)
    {
        QHash<QString, core::QuotaLimit> out;
        const QJsonObject o = r.object(v, path);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = path + QLatin1Char('.') + it.key();
            if (!core::QuotaPolicy::quotaNames().contains(it.key()))
                r.fail(p, QStringLiteral("unknown quota; expected one of: %1")
                              .arg(core::QuotaPolicy::quotaNames().join(QStringLiteral(", "))));
            out.insert(it.key(), limit(it.value(), p));
        }
        return out;
    }

    void season(const QJsonObject &root)
    {
        const int matchYear =
            s.now.date().month() >= 7 ? s.now.date().year() + 1 : s.now.date().year();
        s.snapshot.season = core::Season::defaultsFor(matchYear);
        if (root.contains(QStringLiteral("season"))) {
            const QString path = QStringLiteral("season");
            const QJsonObject o = r.object(root.value(path), path);
            r.onlyKeys(o, path, {"match_year", "signal_count"});
            if (auto year = r.integer(o, QStringLiteral("match_year"), path))
                s.snapshot.season = core::Season::defaultsFor(*year);
            if (auto count = r.integer(o, QStringLiteral("signal_count"), path))
                s.snapshot.season.signalCount = *count;
        }
        if (root.contains(QStringLiteral("quota"))) {
            const QString path = QStringLiteral("quota");
            const QJsonObject o = r.object(root.value(path), path);
            r.onlyKeys(o, path, {"limits", "min_gap_days"});
            if (o.contains(QStringLiteral("limits")))
                s.snapshot.quota.limits =
                    limits(o.value(QStringLiteral("limits")), path + QStringLiteral(".limits"));
            s.snapshot.quota.minGapDays = r.integer(o, QStringLiteral("min_gap_days"), path);
        }
        if (root.contains(QStringLiteral("profile"))) {
            const QString path = QStringLiteral("profile");
            const QJsonObject o = r.object(root.value(path), path);
            r.onlyKeys(o, path, {"name", "home_program_name"});
            s.snapshot.profile.name = r.string(o, QStringLiteral("name"), path, Reader::Optional);
            s.snapshot.profile.homeProgramName =
                r.string(o, QStringLiteral("home_program_name"), path, Reader::Optional);
        }
    }

    void interview(core::Program &p, const QJsonObject &o, const QString &path)
    {
        const QString text = r.string(o, QStringLiteral("interview"), path, Reader::Optional);
        if (text.isEmpty())
            return;
        static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        if (dateOnly.match(text).hasMatch()) {
            // A day without a time: the applicant's zone, that of "now".
            auto d = core::parseDate(text, path + QStringLiteral(".interview"));
            if (!d)
                return r.failWith(d.errorMessage());
            p.interviewDate = *d;
            p.interviewOffsetSecs = s.now.offsetFromUtc();
            return;
        }
        const QDateTime at =
            r.moment(o.value(QStringLiteral("interview")), path + QStringLiteral(".interview"));
        p.interviewDate = at.date();
        p.interviewTime = at.time();
        p.interviewOffsetSecs = at.offsetFromUtc();
    }

    void programs(const QJsonObject &root)
    {
        const QJsonArray a =
            r.array(root.value(QStringLiteral("programs")), QStringLiteral("programs"));
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("programs[%1]").arg(i);
            const QJsonObject o = r.object(a.at(i), path);
            r.onlyKeys(o, path,
                       {"name", "institution", "city", "state", "status", "policy", "interview",
                        "min_gap_days", "signal", "home", "participates", "quota"});
            core::Program p;
            p.id = i + 1;
            p.name = r.string(o, QStringLiteral("name"), path, Reader::Required);
            p.institution = r.string(o, QStringLiteral("institution"), path, Reader::Optional);
            p.city = r.string(o, QStringLiteral("city"), path, Reader::Optional);
            p.state = r.string(o, QStringLiteral("state"), path, Reader::Optional);
            p.status = r.enumValue(o, QStringLiteral("status"), path, core::ProgramStatus::Applied);
            p.policy =
                r.enumValue(o, QStringLiteral("policy"), path, core::CommunicationPolicy::None);
            interview(p, o, path);
            p.minGapDays = r.integer(o, QStringLiteral("min_gap_days"), path);
            p.signalSent = r.boolean(o, QStringLiteral("signal"), path).value_or(false);
            p.homeProgram = r.boolean(o, QStringLiteral("home"), path).value_or(false);
            p.participatesInMatch =
                r.boolean(o, QStringLiteral("participates"), path).value_or(true);
            if (o.contains(QStringLiteral("quota")))
                s.snapshot.quota.overrides.insert(p.id, limits(o.value(QStringLiteral("quota")),
                                                               path + QStringLiteral(".quota")));
            if (programIds.contains(p.name))
                r.fail(path + QStringLiteral(".name"),
                       QStringLiteral("a second program named \"%1\"").arg(p.name));
            programIds.insert(p.name, p.id);
            s.programNames.insert(p.id, p.name);
            s.snapshot.programs << p;
        }
    }

    void contacts(const QJsonObject &root)
    {
        const QJsonArray a = r.array(root.value(QStringLiteral("contacts")),
                                     QStringLiteral("contacts"), Reader::Optional);
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("contacts[%1]").arg(i);
            const QJsonObject o = r.object(a.at(i), path);
            r.onlyKeys(o, path, {"id", "program", "title", "first", "last", "role", "email"});
            core::Contact c;
            c.id = kFirstContactId + i;
            const QString label = r.string(o, QStringLiteral("id"), path, Reader::Required);
            c.programId = programRef(o, QStringLiteral("program"), path);
            c.title = r.string(o, QStringLiteral("title"), path, Reader::Optional);
            c.firstName = r.string(o, QStringLiteral("first"), path, Reader::Optional);
            c.lastName = r.string(o, QStringLiteral("last"), path, Reader::Required);
            c.role = r.enumValue(o, QStringLiteral("role"), path, core::ContactRole::Other,
                                 Reader::Required);
            c.email = r.string(o, QStringLiteral("email"), path, Reader::Optional);
            if (contactIds.contains(label))
                r.fail(path + QStringLiteral(".id"),
                       QStringLiteral("a second contact \"%1\"").arg(label));
            contactIds.insert(label, c.id);
            s.snapshot.contacts << c;
        }
    }

    void communications(const QJsonObject &root)
    {
        const QJsonArray a = r.array(root.value(QStringLiteral("communications")),
                                     QStringLiteral("communications"), Reader::Optional);
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("communications[%1]").arg(i);
            const QJsonObject o = r.object(a.at(i), path);
            r.onlyKeys(o, path,
                       {"id", "program", "contact", "at", "direction", "channel", "kind", "subject",
                        "body", "state"});
            core::Communication c;
            c.id = kFirstCommunicationId + i;
            const QString label = r.string(o, QStringLiteral("id"), path, Reader::Required);
            c.programId = programRef(o, QStringLiteral("program"), path);
            c.contactId = contactRef(o, path);
            c.at = r.moment(o.value(QStringLiteral("at")), path + QStringLiteral(".at"));
            c.direction =
                r.enumValue(o, QStringLiteral("direction"), path, core::Direction::Outgoing);
            c.channel = r.enumValue(o, QStringLiteral("channel"), path, core::Channel::Email);
            c.kind =
                r.enumValue(o, QStringLiteral("kind"), path, core::Kind::Other, Reader::Required);
            c.subject = r.string(o, QStringLiteral("subject"), path, Reader::Optional);
            c.body = body(o, path);
            c.state = r.enumValue(o, QStringLiteral("state"), path, core::CommState::Sent);
            if (commIds.contains(label))
                r.fail(path + QStringLiteral(".id"),
                       QStringLiteral("a second communication \"%1\"").arg(label));
            commIds.insert(label, c.id);
            s.labels.insert(c.id, label);
            s.snapshot.communications << c;
        }
        // The snapshot's order: by time, then id.
        std::stable_sort(
            s.snapshot.communications.begin(), s.snapshot.communications.end(),
            [](const core::Communication &x, const core::Communication &y) { return x.at < y.at; });
    }

    void acknowledgements(const QJsonObject &root)
    {
        const QJsonArray a = r.array(root.value(QStringLiteral("acknowledgements")),
                                     QStringLiteral("acknowledgements"), Reader::Optional);
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("acknowledgements[%1]").arg(i);
            const QJsonObject o = r.object(a.at(i), path);
            r.onlyKeys(o, path, {"on", "rule", "at", "reason", "message"});
            core::Acknowledgement ack;
            ack.id = i + 1;
            ack.communicationId = communicationRef(o, QStringLiteral("on"), path);
            ack.rule = rule(o, path);
            ack.at = r.moment(o.value(QStringLiteral("at")), path + QStringLiteral(".at"));
            ack.reason = r.string(o, QStringLiteral("reason"), path, Reader::Optional);
            ack.message = r.string(o, QStringLiteral("message"), path, Reader::Optional);
            s.snapshot.acknowledgements << ack;
        }
    }

    qint64 communicationRef(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString label = r.string(o, key, path, Reader::Required);
        if (!r.failed() && !commIds.contains(label))
            r.fail(path + QLatin1Char('.') + key,
                   QStringLiteral("no communication with id \"%1\"").arg(label));
        return commIds.value(label);
    }

    QString rule(const QJsonObject &o, const QString &path)
    {
        const QString id = r.string(o, QStringLiteral("rule"), path, Reader::Required);
        if (!r.failed() && !knownRules.contains(id))
            r.fail(path + QStringLiteral(".rule"), QStringLiteral("unknown rule \"%1\"").arg(id));
        return id;
    }

    void draft(const QJsonObject &root)
    {
        if (!root.contains(QStringLiteral("draft")))
            return;
        const QString path = QStringLiteral("draft");
        const QJsonObject o = r.object(root.value(path), path);
        r.onlyKeys(o, path,
                   {"program", "contact", "at", "direction", "channel", "kind", "subject", "body",
                    "replaces"});
        core::Draft d;
        d.programId = programRef(o, QStringLiteral("program"), path);
        d.contactId = contactRef(o, path);
        d.at = o.contains(QStringLiteral("at"))
                   ? r.moment(o.value(QStringLiteral("at")), path + QStringLiteral(".at"))
                   : s.now;
        d.direction = r.enumValue(o, QStringLiteral("direction"), path, core::Direction::Outgoing);
        d.channel = r.enumValue(o, QStringLiteral("channel"), path, core::Channel::Email);
        d.kind = r.enumValue(o, QStringLiteral("kind"), path, core::Kind::Other, Reader::Required);
        d.subject = r.string(o, QStringLiteral("subject"), path, Reader::Optional);
        d.body = body(o, path);
        if (o.contains(QStringLiteral("replaces")))
            d.replacesId = communicationRef(o, QStringLiteral("replaces"), path);
        s.draft = d;
    }

    QList<ExpectedFinding> findings(const QJsonValue &v, const QString &path)
    {
        QList<ExpectedFinding> out;
        const QJsonArray a = r.array(v, path);
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject o = r.object(a.at(i), p);
            r.onlyKeys(o, p, {"rule", "severity", "on", "program", "acknowledged", "reason"});
            ExpectedFinding f;
            f.rule = rule(o, p);
            f.severity = r.enumValue(o, QStringLiteral("severity"), p, core::Severity::Info,
                                     Reader::Required);
            if (o.contains(QStringLiteral("on"))) {
                f.onGiven = true;
                if (!o.value(QStringLiteral("on")).isNull()) {
                    f.on = r.string(o, QStringLiteral("on"), p, Reader::Required);
                    if (!r.failed() && !commIds.contains(f.on))
                        r.fail(p + QStringLiteral(".on"),
                               QStringLiteral("no communication with id \"%1\"").arg(f.on));
                }
            }
            if (o.contains(QStringLiteral("program"))) {
                programRef(o, QStringLiteral("program"), p);
                f.program = o.value(QStringLiteral("program")).toString();
            }
            f.acknowledged = r.boolean(o, QStringLiteral("acknowledged"), p).value_or(false);
            if (o.contains(QStringLiteral("reason")))
                f.reason = r.string(o, QStringLiteral("reason"), p, Reader::Required);
            out << f;
        }
        return out;
    }

    QStringList programList(const QJsonValue &v, const QString &path)
    {
        QStringList out;
        const QJsonArray a = r.array(v, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString name = a.at(i).toString();
            if (!programIds.contains(name))
                r.fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                       QStringLiteral("no program named \"%1\"").arg(a.at(i).toString()));
            out << name;
        }
        return out;
    }

    std::optional<Quota> quotaNamed(const QString &name)
    {
        for (Quota q : core::kAllQuotas) {
            if (core::quotaName(q) == name)
                return q;
        }
        return std::nullopt;
    }

    ExpectedQuota quota(const QJsonObject &o, const QString &path)
    {
        r.onlyKeys(o, path,
                   {"used", "recommended", "maximum", "left", "availability", "from", "counted"});
        ExpectedQuota q;
        q.used = r.integer(o, QStringLiteral("used"), path);
        q.recommended = r.integer(o, QStringLiteral("recommended"), path);
        q.maximum = r.integer(o, QStringLiteral("maximum"), path);
        q.left = r.integer(o, QStringLiteral("left"), path);
        if (o.contains(QStringLiteral("availability")))
            q.availability =
                r.oneOf(o, QStringLiteral("availability"), path,
                        {QStringLiteral("now"), QStringLiteral("later"), QStringLiteral("never")});
        q.from = r.optionalMoment(o, QStringLiteral("from"), path);
        if (o.contains(QStringLiteral("counted"))) {
            const QString p = path + QStringLiteral(".counted");
            QStringList labels;
            const QJsonArray a = r.array(o.value(QStringLiteral("counted")), p);
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (!commIds.contains(a.at(i).toString()))
                    r.fail(
                        QStringLiteral("%1[%2]").arg(p).arg(i),
                        QStringLiteral("no communication with id \"%1\"").arg(a.at(i).toString()));
                labels << a.at(i).toString();
            }
            q.counted = labels;
        }
        return q;
    }

    ExpectedProgram program(const QString &name, const QJsonValue &v, const QString &path)
    {
        ExpectedProgram e;
        e.name = name;
        e.id = programIds.value(name);
        if (!programIds.contains(name))
            r.fail(path, QStringLiteral("no program named \"%1\" in \"programs\"").arg(name));
        const QJsonObject o = r.object(v, path);
        r.onlyKeys(o, path,
                   {"quotas", "thank_you_due", "gap_until", "interview_passed", "told_top_choice",
                    "holds_top_choice", "next"});
        const QJsonObject quotas = r.object(o.value(QStringLiteral("quotas")),
                                            path + QStringLiteral(".quotas"), Reader::Optional);
        for (auto it = quotas.begin(); it != quotas.end(); ++it) {
            const QString p = path + QStringLiteral(".quotas.") + it.key();
            const auto q = quotaNamed(it.key());
            if (!q) {
                r.fail(p, QStringLiteral("unknown quota; expected one of: %1")
                              .arg(core::QuotaPolicy::quotaNames().join(QStringLiteral(", "))));
                continue;
            }
            e.quotas.insert(*q, quota(r.object(it.value(), p), p));
        }
        e.thankYouDue = r.optionalMoment(o, QStringLiteral("thank_you_due"), path);
        e.gapUntil = r.optionalMoment(o, QStringLiteral("gap_until"), path);
        e.interviewPassed = r.boolean(o, QStringLiteral("interview_passed"), path);
        e.toldTopChoice = r.boolean(o, QStringLiteral("told_top_choice"), path);
        e.holdsTopChoice = r.boolean(o, QStringLiteral("holds_top_choice"), path);
        if (o.contains(QStringLiteral("next"))) {
            const QString p = path + QStringLiteral(".next");
            const QJsonObject n = r.object(o.value(QStringLiteral("next")), p);
            r.onlyKeys(n, p, {"type", "quota", "at"});
            ExpectedNext next;
            if (n.contains(QStringLiteral("type")))
                next.type = r.oneOf(n, QStringLiteral("type"), p,
                                    {QStringLiteral("due"), QStringLiteral("allowed"),
                                     QStringLiteral("waiting"), QStringLiteral("closed")});
            if (n.contains(QStringLiteral("quota"))) {
                next.quotaGiven = true;
                if (!n.value(QStringLiteral("quota")).isNull()) {
                    next.quota = r.string(n, QStringLiteral("quota"), p, Reader::Required);
                    if (!quotaNamed(next.quota))
                        r.fail(p + QStringLiteral(".quota"),
                               QStringLiteral("unknown quota \"%1\"").arg(next.quota));
                }
            }
            next.at = r.optionalMoment(n, QStringLiteral("at"), p);
            e.next = next;
        }
        return e;
    }

    void expect(const QJsonObject &root)
    {
        const QString path = QStringLiteral("expect");
        const QJsonObject o = r.object(root.value(path), path);
        r.onlyKeys(o, path,
                   {"exhaustive_for", "findings", "draft_findings", "programs", "top_choice_holder",
                    "top_choice_order", "thank_you_reminders"});
        const QString exPath = path + QStringLiteral(".exhaustive_for");
        const QJsonArray ex = r.array(o.value(QStringLiteral("exhaustive_for")), exPath);
        for (qsizetype i = 0; i < ex.size(); ++i) {
            const QString family = ex.at(i).toString();
            const bool known =
                std::any_of(knownRules.cbegin(), knownRules.cend(), [&](const QString &id) {
                    return id == family || id.startsWith(family + QLatin1Char('.'));
                });
            if (!known)
                r.fail(QStringLiteral("%1[%2]").arg(exPath).arg(i),
                       QStringLiteral("\"%1\" is neither a rule id nor a rule family")
                           .arg(ex.at(i).toString()));
            s.exhaustiveFor << family;
        }
        s.findings =
            findings(o.value(QStringLiteral("findings")), path + QStringLiteral(".findings"));
        if (o.contains(QStringLiteral("draft_findings"))) {
            if (!s.draft)
                r.fail(path + QStringLiteral(".draft_findings"),
                       QStringLiteral("given, but the scenario has no \"draft\""));
            s.draftFindingsGiven = true;
            s.draftFindings = findings(o.value(QStringLiteral("draft_findings")),
                                       path + QStringLiteral(".draft_findings"));
        } else if (s.draft) {
            r.fail(path + QStringLiteral(".draft_findings"),
                   QStringLiteral("missing: the scenario has a \"draft\""));
        }
        const QJsonObject programs = r.object(o.value(QStringLiteral("programs")),
                                              path + QStringLiteral(".programs"), Reader::Optional);
        for (auto it = programs.begin(); it != programs.end(); ++it)
            s.programs << program(it.key(), it.value(),
                                  path + QStringLiteral(".programs.") + it.key());
        if (o.contains(QStringLiteral("top_choice_holder"))) {
            s.holderGiven = true;
            if (!o.value(QStringLiteral("top_choice_holder")).isNull())
                programRef(o, QStringLiteral("top_choice_holder"), path);
            s.holder = o.value(QStringLiteral("top_choice_holder")).toString();
        }
        if (o.contains(QStringLiteral("top_choice_order")))
            s.topChoiceOrder = programList(o.value(QStringLiteral("top_choice_order")),
                                           path + QStringLiteral(".top_choice_order"));
        if (o.contains(QStringLiteral("thank_you_reminders")))
            s.thankYouReminders = programList(o.value(QStringLiteral("thank_you_reminders")),
                                              path + QStringLiteral(".thank_you_reminders"));
    }

    void parse(const QJsonObject &root)
    {
        r.onlyKeys(root, QStringLiteral("(top level)"),
                   {"title", "guide", "notes", "now", "season", "quota", "profile", "programs",
                    "contacts", "communications", "acknowledgements", "draft", "expect"});
        s.title = r.string(root, QStringLiteral("title"), {}, Reader::Required);
        s.guide = r.string(root, QStringLiteral("guide"), {}, Reader::Required);
        s.now = r.moment(root.value(QStringLiteral("now")), QStringLiteral("now"));
        if (r.failed())
            return;
        season(root);
        programs(root);
        contacts(root);
        communications(root);
        acknowledgements(root);
        draft(root);
        expect(root);
    }
};

} // namespace

core::Result<Scenario> parseScenario(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return core::fail(QStringLiteral("%1: not valid JSON at offset %2: %3")
                              .arg(fileName)
                              .arg(error.offset)
                              .arg(error.errorString()));
    if (!doc.isObject())
        return core::fail(QStringLiteral("%1: the top level is not a JSON object").arg(fileName));
    auto data = core::RuleData::builtIn();
    if (!data)
        return data.error();
    Parser p{Reader(fileName), {}, {}, {}, {}, data->ruleIds()};
    p.s.file = fileName;
    p.parse(doc.object());
    if (p.r.failed())
        return core::fail(p.r.error());
    return std::move(p.s);
}

core::Result<Scenario> loadScenario(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    return parseScenario(file.readAll(), name);
}

QStringList scenarioFiles(const QString &dir)
{
    QStringList out;
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        out << f.absoluteFilePath();
    return out;
}

QString testNameOf(const QString &fileName)
{
    QString name = QFileInfo(fileName).completeBaseName();
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('_');
    }
    return name;
}

} // namespace rapport::test::scenario
