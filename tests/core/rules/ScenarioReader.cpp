#include "ScenarioReader.h"

#include "domain/Parse.h"

#include <QRegularExpression>

namespace rapport::test::scenario {

void Reader::fail(const QString &field, const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2: %3").arg(m_file, field, message);
}

void Reader::failWith(const QString &messageNamingTheField)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(m_file, messageNamingTheField);
}

QString Reader::field(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void Reader::onlyKeys(const QJsonObject &o, const QString &path,
                      std::initializer_list<const char *> keys)
{
    QStringList allowed;
    for (const char *k : keys)
        allowed << QString::fromLatin1(k);
    for (const QString &key : o.keys()) {
        if (!allowed.contains(key))
            fail(field(path, key), QStringLiteral("unknown field; expected one of: %1")
                                       .arg(allowed.join(QStringLiteral(", "))));
    }
}

QJsonObject Reader::object(const QJsonValue &v, const QString &path, Need need)
{
    if (v.isUndefined() && need == Optional)
        return {};
    if (v.isUndefined())
        fail(path, QStringLiteral("missing"));
    else if (!v.isObject())
        fail(path, QStringLiteral("not a JSON object"));
    return v.toObject();
}

QJsonArray Reader::array(const QJsonValue &v, const QString &path, Need need)
{
    if (v.isUndefined() && need == Optional)
        return {};
    if (v.isUndefined())
        fail(path, QStringLiteral("missing"));
    else if (!v.isArray())
        fail(path, QStringLiteral("not a JSON array"));
    return v.toArray();
}

QString Reader::string(const QJsonObject &o, const QString &key, const QString &path, Need need)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (need == Required)
            fail(field(path, key), QStringLiteral("missing"));
        return {};
    }
    if (!v.isString()) {
        fail(field(path, key), QStringLiteral("not a string"));
        return {};
    }
    if (need == Required && v.toString().isEmpty())
        fail(field(path, key), QStringLiteral("empty"));
    return v.toString();
}

std::optional<int> Reader::integer(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt())) {
        fail(field(path, key), QStringLiteral("not a whole number"));
        return std::nullopt;
    }
    return v.toInt();
}

std::optional<bool> Reader::boolean(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        fail(field(path, key), QStringLiteral("not true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QString Reader::oneOf(const QJsonObject &o, const QString &key, const QString &path,
                      const QStringList &allowed)
{
    const QString text = string(o, key, path, Required);
    if (!failed() && !allowed.contains(text))
        fail(field(path, key), QStringLiteral("unknown value \"%1\"; expected one of: %2")
                                   .arg(text, allowed.join(QStringLiteral(", "))));
    return text;
}

QDateTime Reader::moment(const QJsonValue &v, const QString &path)
{
    if (v.isUndefined()) {
        fail(path, QStringLiteral("missing"));
        return {};
    }
    if (!v.isString()) {
        fail(path, QStringLiteral("not a string"));
        return {};
    }
    static const QRegularExpression offset(QStringLiteral(R"((?:Z|[+-]\d{2}:\d{2})$)"));
    if (!offset.match(v.toString()).hasMatch()) {
        fail(path, QStringLiteral("\"%1\" has no UTC offset; write e.g. 2027-01-07T09:00-05:00")
                       .arg(v.toString()));
        return {};
    }
    auto at = core::parseMoment(v.toString(), path);
    if (!at) {
        failWith(at.errorMessage());
        return {};
    }
    return *at;
}

Moment Reader::optionalMoment(const QJsonObject &o, const QString &key, const QString &path)
{
    Moment m;
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return m;
    m.given = true;
    if (!v.isNull())
        m.at = moment(v, field(path, key));
    return m;
}

} // namespace rapport::test::scenario
