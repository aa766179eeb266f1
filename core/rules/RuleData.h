#pragma once

#include "Result.h"
#include "domain/Enums.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rapport::core {

// Thresholds, severities, guidance texts and phrase lists of every rule,
// read from JSON: the built-in :/rules/rules.json, then a user file that
// overrides it rule by rule.
class RuleData final
{
public:
    static Result<RuleData> builtIn();
    // Built-in data with the user's file (if it exists) merged over it.
    static Result<RuleData> load(const QString &userFilePath);
    // Where the user's override file lives (app-data folder).
    static QString defaultUserFilePath();
    // Parses one JSON document; source names it in errors.
    static Result<RuleData> fromJson(const QByteArray &json, const QString &source);

    Result<RuleData> mergedWith(const QByteArray &json, const QString &source) const;

    QStringList ruleIds() const;
    bool hasRule(const QString &id) const;
    QJsonObject rule(const QString &id) const;
    Severity severity(const QString &id, const QString &level = QStringLiteral("severity")) const;
    QString guidance(const QString &id) const;
    int number(const QString &id, const QString &key, int fallback) const;
    QStringList phrases(const QString &id, const QString &key = QStringLiteral("phrases")) const;

    // Added for the engine: a user-facing title, fractional thresholds
    // (similarity), free strings and the kind/channel lists rules apply to.
    QString title(const QString &id) const;
    double real(const QString &id, const QString &key, double fallback) const;
    QString text(const QString &id, const QString &key) const;
    QList<Kind> kinds(const QString &id, const QString &key = QStringLiteral("kinds")) const;
    QList<Channel> channels(const QString &id,
                            const QString &key = QStringLiteral("channels")) const;

    // Keys whose values are lists of regular expressions over normalised text.
    static QStringList regexKeys();

private:
    // Every rule's values looked up and parsed once: the engine asks for
    // the same kinds, numbers and severities for each of a season's
    // thousands of messages. Shared by copies; rebuilt whenever m_rules is
    // set.
    struct ParsedRule;
    struct Parsed;
    void parse();
    const ParsedRule *parsed(const QString &id) const;
    QJsonValue value(const QString &id, const QString &key) const;

    QJsonObject m_rules; // rule id -> rule object
    std::shared_ptr<const Parsed> m_parsed;
};

} // namespace rapport::core
