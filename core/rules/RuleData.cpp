#include "RuleData.h"

#include "storage/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

namespace rapport::core {
namespace {

const QStringList &stringKeys()
{
    static const QStringList keys = {QStringLiteral("title"), QStringLiteral("guidance"),
                                     QStringLiteral("description"), QStringLiteral("quota"),
                                     QStringLiteral("classifier_label")};
    return keys;
}

const QStringList &numberKeys()
{
    static const QStringList keys = {QStringLiteral("recommended"),
                                     QStringLiteral("maximum"),
                                     QStringLiteral("minimum"),
                                     QStringLiteral("hours"),
                                     QStringLiteral("days"),
                                     QStringLiteral("similarity"),
                                     QStringLiteral("shingle_size"),
                                     QStringLiteral("line_width"),
                                     QStringLiteral("classifier_threshold"),
                                     QStringLiteral("min_words"),
                                     QStringLiteral("round_grace_hours")};
    return keys;
}

// The built-in titles, guidance and descriptions are in the translation
// catalogues (translations/JsonTexts.cpp); a user's own stay as written.
QString shownText(const QString &key, const QString &text)
{
    static const QStringList shown = {QStringLiteral("title"), QStringLiteral("guidance"),
                                      QStringLiteral("description")};
    if (!shown.contains(key))
        return text;
    return QCoreApplication::translate("RuleData", text.toUtf8().constData());
}

QString where(const QString &source, const QString &id, const QString &key)
{
    return key.isEmpty() ? QStringLiteral("%1: rule \"%2\"").arg(source, id)
                         : QStringLiteral("%1: %2.%3").arg(source, id, key);
}

Status checkStringList(const QJsonValue &value, const QString &at)
{
    if (!value.isArray())
        return fail(QStringLiteral("%1 must be a list of strings").arg(at));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(QStringLiteral("%1[%2] must be a string").arg(at).arg(i));
    }
    return {};
}

template <typename E> Status checkEnumList(const QJsonValue &value, const QString &at)
{
    if (auto s = checkStringList(value, at); !s)
        return s;
    for (const auto &v : value.toArray()) {
        if (!parseEnum<E>(v.toString())) {
            return fail(QStringLiteral("%1: \"%2\" is not one of %3")
                            .arg(at, v.toString(), enumNames<E>().join(QStringLiteral(", "))));
        }
    }
    return {};
}

Status checkRegexList(const QJsonValue &value, const QString &at)
{
    if (auto s = checkStringList(value, at); !s)
        return s;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QRegularExpression re(array.at(i).toString());
        if (!re.isValid()) {
            return fail(QStringLiteral("%1[%2]: invalid regular expression \"%3\": %4 at offset %5")
                            .arg(at)
                            .arg(i)
                            .arg(array.at(i).toString(), re.errorString())
                            .arg(re.patternErrorOffset()));
        }
    }
    return {};
}

// A frame: {"all": ["ask", "rank|standing", …], "not": [...], "unnegated": [...],
// "question": bool, "within": words}. Concept names are resolved against
// the lexicon when an engine is built.
Status checkFrames(const QJsonValue &value, const QString &at)
{
    if (!value.isArray())
        return fail(QStringLiteral("%1 must be a list of frames").arg(at));
    const QJsonArray frames = value.toArray();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(at).arg(i);
        if (!frames.at(i).isObject())
            return fail(QStringLiteral("%1 must be an object").arg(here));
        const QJsonObject f = frames.at(i).toObject();
        if (f.value(QStringLiteral("all")).toArray().isEmpty())
            return fail(QStringLiteral("%1.all must list at least one concept").arg(here));
        for (auto k = f.begin(); k != f.end(); ++k) {
            const QString key = k.key();
            if (key == QLatin1String("all") || key == QLatin1String("not") ||
                key == QLatin1String("unnegated")) {
                if (auto s = checkStringList(k.value(), here + QLatin1Char('.') + key); !s)
                    return s;
            } else if (key == QLatin1String("question")) {
                if (!k.value().isBool())
                    return fail(QStringLiteral("%1.question must be true or false").arg(here));
            } else if (key == QLatin1String("within")) {
                if (!k.value().isDouble() || k.value().toInt() < 1)
                    return fail(QStringLiteral("%1.within must be a number of words").arg(here));
            } else if (key != QLatin1String("note")) {
                return fail(QStringLiteral("%1.%2 is not a known key").arg(here, key));
            }
        }
    }
    return {};
}

Status checkNumber(const QString &key, const QJsonValue &value, const QString &at)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return fail(QStringLiteral("%1 must be a number of at least 0").arg(at));
    if ((key == QLatin1String("similarity") || key == QLatin1String("classifier_threshold")) &&
        value.toDouble() > 1.0)
        return fail(QStringLiteral("%1 must be between 0 and 1").arg(at));
    if (key == QLatin1String("shingle_size") && value.toInt() < 1)
        return fail(QStringLiteral("%1 must be at least 1").arg(at));
    return {};
}

Status checkKey(const QString &key, const QJsonValue &value, const QString &at)
{
    if (key.startsWith(QLatin1String("severity"))) {
        if (!parseEnum<Severity>(value.toString())) {
            return fail(QStringLiteral("%1: \"%2\" is not one of info, warning, violation")
                            .arg(at, value.toString()));
        }
        return {};
    }
    if (RuleData::regexKeys().contains(key))
        return checkRegexList(value, at);
    if (numberKeys().contains(key))
        return checkNumber(key, value, at);
    if (stringKeys().contains(key)) {
        if (!value.isString())
            return fail(QStringLiteral("%1 must be a string").arg(at));
        return {};
    }
    if (key.endsWith(QLatin1String("kinds")))
        return checkEnumList<Kind>(value, at);
    if (key == QLatin1String("channels"))
        return checkEnumList<Channel>(value, at);
    if (key == QLatin1String("generic_words") || key == QLatin1String("classifier_anchors") ||
        key == QLatin1String("classifier_vetoes"))
        return checkStringList(value, at);
    if (key == QLatin1String("time")) {
        if (!QTime::fromString(value.toString(), QStringLiteral("HH:mm")).isValid())
            return fail(QStringLiteral("%1 must be a time as HH:mm").arg(at));
        return {};
    }
    if (key == QLatin1String("time_zone")) {
        if (!QTimeZone(value.toString().toUtf8()).isValid())
            return fail(
                QStringLiteral("%1: \"%2\" is not a known time zone").arg(at, value.toString()));
        return {};
    }
    if (key == QLatin1String("frames"))
        return checkFrames(value, at);
    if (key == QLatin1String("titles")) {
        if (!value.isObject())
            return fail(QStringLiteral("%1 must be an object of title -> spellings").arg(at));
        const QJsonObject titles = value.toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it) {
            if (auto s = checkStringList(it.value(), at + QLatin1Char('.') + it.key()); !s)
                return s;
        }
        return {};
    }
    return fail(QStringLiteral("%1 is not a known key").arg(at));
}

Result<QJsonObject> parseRules(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("%1: not valid JSON at offset %2: %3")
                        .arg(source)
                        .arg(error.offset)
                        .arg(error.errorString()));
    }
    if (!doc.isObject())
        return fail(QStringLiteral("%1: the top level must be an object of rule ids").arg(source));
    const QJsonObject rules = doc.object();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (!it.value().isObject())
            return fail(QStringLiteral("%1 must be an object").arg(where(source, it.key(), {})));
        const QJsonObject rule = it.value().toObject();
        for (auto k = rule.begin(); k != rule.end(); ++k) {
            if (auto s = checkKey(k.key(), k.value(), where(source, it.key(), k.key())); !s)
                return s.error();
        }
    }
    return rules;
}

} // namespace

struct RuleData::ParsedRule
{
    QJsonObject object;
    QHash<QString, QJsonValue> values;
    // Every string value, made once: each finding carries its guidance.
    QHash<QString, QString> texts;
    QHash<QString, QStringList> strings; // every list, as strings
    QHash<QString, QList<Kind>> kinds;   // every list, as kinds
    QHash<QString, QList<Channel>> channels;
    QHash<QString, Severity> severities; // every string value, as a severity
    Severity defaultSeverity = Severity::Warning;
};

struct RuleData::Parsed
{
    QHash<QString, ParsedRule> rules;
};

void RuleData::parse()
{
    auto parsed = std::make_shared<Parsed>();
    for (auto it = m_rules.constBegin(); it != m_rules.constEnd(); ++it) {
        ParsedRule &r = parsed->rules[it.key()];
        r.object = it.value().toObject();
        for (auto k = r.object.constBegin(); k != r.object.constEnd(); ++k) {
            const QJsonValue v = k.value();
            r.values.insert(k.key(), v);
            if (v.isString()) {
                r.texts.insert(k.key(), shownText(k.key(), v.toString()));
                r.severities.insert(k.key(),
                                    parseEnum<Severity>(v.toString()).value_or(Severity::Warning));
            }
            if (!v.isArray())
                continue;
            QStringList strings;
            QList<Kind> kinds;
            QList<Channel> channels;
            for (const auto &item : v.toArray()) {
                const QString name = item.toString();
                strings << name;
                if (const auto kind = parseEnum<Kind>(name))
                    kinds << *kind;
                if (const auto channel = parseEnum<Channel>(name))
                    channels << *channel;
            }
            r.strings.insert(k.key(), strings);
            r.kinds.insert(k.key(), kinds);
            r.channels.insert(k.key(), channels);
        }
        r.defaultSeverity =
            parseEnum<Severity>(r.object.value(QStringLiteral("severity")).toString())
                .value_or(Severity::Warning);
    }
    m_parsed = std::move(parsed);
}

const RuleData::ParsedRule *RuleData::parsed(const QString &id) const
{
    if (!m_parsed)
        return nullptr;
    const auto it = m_parsed->rules.constFind(id);
    return it == m_parsed->rules.constEnd() ? nullptr : &*it;
}

QStringList RuleData::regexKeys()
{
    return {QStringLiteral("phrases"), QStringLiteral("exceptions"), QStringLiteral("salutations"),
            QStringLiteral("closings"), QStringLiteral("quote_headers")};
}

Result<RuleData> RuleData::fromJson(const QByteArray &json, const QString &source)
{
    auto rules = parseRules(json, source);
    if (!rules)
        return rules.error();
    RuleData data;
    data.m_rules = std::move(rules.value());
    data.parse();
    return data;
}

Result<RuleData> RuleData::builtIn()
{
    // Parsed once: every engine and every settings page shares the same data.
    static const Result<RuleData> cached = []() -> Result<RuleData> {
        const QString path = QStringLiteral(":/rules/rules.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: built-in rule data is missing").arg(path));
        return fromJson(file.readAll(), path);
    }();
    return cached;
}

Result<RuleData> RuleData::load(const QString &userFilePath)
{
    auto base = builtIn();
    if (!base || userFilePath.isEmpty() || !QFile::exists(userFilePath))
        return base;
    QFile file(userFilePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot read: %2").arg(userFilePath, file.errorString()));
    return base->mergedWith(file.readAll(), userFilePath);
}

QString RuleData::defaultUserFilePath()
{
    return appDataFolder() + QStringLiteral("/rules.json");
}

Result<RuleData> RuleData::mergedWith(const QByteArray &json, const QString &source) const
{
    auto overrides = parseRules(json, source);
    if (!overrides)
        return overrides.error();
    RuleData merged = *this;
    for (auto it = overrides->begin(); it != overrides->end(); ++it) {
        // An unknown id is almost always a typo that would silently do nothing.
        if (!m_rules.contains(it.key()))
            return fail(QStringLiteral("%1: \"%2\" is not a known rule id").arg(source, it.key()));
        QJsonObject rule = m_rules.value(it.key()).toObject();
        const QJsonObject patch = it.value().toObject();
        for (auto k = patch.begin(); k != patch.end(); ++k)
            rule.insert(k.key(), k.value());
        merged.m_rules.insert(it.key(), rule);
    }
    merged.parse();
    return merged;
}

QStringList RuleData::ruleIds() const
{
    return m_rules.keys();
}

bool RuleData::hasRule(const QString &id) const
{
    return m_rules.contains(id);
}

QJsonObject RuleData::rule(const QString &id) const
{
    if (const ParsedRule *p = parsed(id))
        return p->object;
    return m_rules.value(id).toObject();
}

Severity RuleData::severity(const QString &id, const QString &level) const
{
    if (const ParsedRule *p = parsed(id))
        return p->severities.value(level, p->defaultSeverity);
    const QJsonObject r = rule(id);
    // A rule with one severity answers every level with it.
    const QString name = r.value(level).toString(r.value(QStringLiteral("severity")).toString());
    return parseEnum<Severity>(name).value_or(Severity::Warning);
}

// A value of a rule, Undefined when the rule or the key is missing.
QJsonValue RuleData::value(const QString &id, const QString &key) const
{
    if (const ParsedRule *p = parsed(id))
        return p->values.value(key, QJsonValue(QJsonValue::Undefined));
    return rule(id).value(key);
}

QString RuleData::guidance(const QString &id) const
{
    return text(id, QStringLiteral("guidance"));
}

QString RuleData::title(const QString &id) const
{
    if (const ParsedRule *p = parsed(id))
        return p->texts.value(QStringLiteral("title"), id);
    return rule(id).value(QStringLiteral("title")).toString(id);
}

int RuleData::number(const QString &id, const QString &key, int fallback) const
{
    const QJsonValue v = value(id, key);
    return v.isDouble() ? v.toInt(qRound(v.toDouble())) : fallback;
}

double RuleData::real(const QString &id, const QString &key, double fallback) const
{
    return value(id, key).toDouble(fallback);
}

QString RuleData::text(const QString &id, const QString &key) const
{
    if (const ParsedRule *p = parsed(id))
        return p->texts.value(key);
    return rule(id).value(key).toString();
}

QStringList RuleData::phrases(const QString &id, const QString &key) const
{
    if (const ParsedRule *p = parsed(id))
        return p->strings.value(key);
    QStringList out;
    for (const auto &v : rule(id).value(key).toArray())
        out << v.toString();
    return out;
}

QList<Kind> RuleData::kinds(const QString &id, const QString &key) const
{
    if (const ParsedRule *p = parsed(id))
        return p->kinds.value(key);
    QList<Kind> out;
    for (const QString &name : phrases(id, key)) {
        if (const auto kind = parseEnum<Kind>(name))
            out << *kind;
    }
    return out;
}

QList<Channel> RuleData::channels(const QString &id, const QString &key) const
{
    if (const ParsedRule *p = parsed(id))
        return p->channels.value(key);
    QList<Channel> out;
    for (const QString &name : phrases(id, key)) {
        if (const auto channel = parseEnum<Channel>(name))
            out << *channel;
    }
    return out;
}

} // namespace rapport::core
