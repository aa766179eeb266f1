#pragma once

#include "domain/Enums.h"

#include "SeasonScenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace rapport::test::scenario {

// Typed access to a scenario's JSON that keeps the first error, naming the
// file and the field ("x.json: communications[2].kind: …"), so a malformed
// file fails with a message its author can act on.
class Reader final
{
public:
    enum Need
    {
        Optional,
        Required
    };

    explicit Reader(QString file) : m_file(std::move(file)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &field, const QString &message);
    void failWith(const QString &messageNamingTheField);

    static QString field(const QString &path, const QString &key);

    // Keys not listed are an error: a misspelt expectation must not be
    // skipped silently.
    void onlyKeys(const QJsonObject &o, const QString &path,
                  std::initializer_list<const char *> keys);

    QJsonObject object(const QJsonValue &v, const QString &path, Need need = Required);
    QJsonArray array(const QJsonValue &v, const QString &path, Need need = Required);
    QString string(const QJsonObject &o, const QString &key, const QString &path, Need need);
    std::optional<int> integer(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path);
    QString oneOf(const QJsonObject &o, const QString &key, const QString &path,
                  const QStringList &allowed);
    // ISO 8601 with an explicit offset (Z or ±HH:MM): scenarios never
    // depend on the machine's time zone.
    QDateTime moment(const QJsonValue &v, const QString &path);
    Moment optionalMoment(const QJsonObject &o, const QString &key, const QString &path);

    template <typename E>
    E enumValue(const QJsonObject &o, const QString &key, const QString &path, E fallback,
                Need need = Optional)
    {
        const QString text = string(o, key, path, need);
        if (text.isEmpty())
            return fallback;
        if (auto v = core::parseEnum<E>(text))
            return *v;
        fail(field(path, key), QStringLiteral("unknown value \"%1\"; expected one of: %2")
                                   .arg(text, core::enumNames<E>().join(QStringLiteral(", "))));
        return fallback;
    }

private:
    QString m_file;
    QString m_error;
};

} // namespace rapport::test::scenario
