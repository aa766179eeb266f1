#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

// GoogleTest finds these by argument-dependent lookup: failures show text.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QJsonValue &v, std::ostream *os)
{
    *os << QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).toStdString();
}

namespace rapport::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const;
};

// Runs rapport-cli against a database in its own temporary folder, with the
// user's app-data and config folders pointed there too.
class CliRunner
{
public:
    CliRunner();

    QString databasePath() const { return m_dir.filePath(QStringLiteral("season.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // With --database first, as most callers use it.
    CliResult run(const QStringList &args, const QByteArray &input = {}) const;
    // Exactly these arguments, no --database added.
    CliResult runRaw(const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &env = {}) const;

    QProcessEnvironment environment() const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    // Pins rapport-cli's clock (RAPPORT_NOW, YYYY-MM-DDTHH:MM±HH:MM) for the
    // runs that follow; unpinned, it is the system's.
    void setNow(const QString &moment) { m_now = moment; }

private:
    QTemporaryDir m_dir;
    QString m_now;
};

} // namespace rapport::test
