#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace rapport::cli {

// A usage error: exit status 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

// Any other error: exit status 1.
class CommandError : public std::runtime_error
{
public:
    explicit CommandError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

// What one subcommand accepts: options that take a value (repeatable or
// not) and plain flags.
struct OptionSpec
{
    QStringList valued;
    QStringList repeatable;
    QStringList flags;
    int minPositional = 0;
    int maxPositional = 0;
};

inline OptionSpec options(QStringList valued, QStringList flags = {}, int minPositional = 0,
                          int maxPositional = 0)
{
    return OptionSpec{std::move(valued), {}, std::move(flags), minPositional, maxPositional};
}

// The command line after the subcommand words: `--name value`,
// `--name=value`, flags and positionals ("-" is a positional: stdin).
class Args
{
public:
    static Args parse(const QStringList &words, const OptionSpec &spec, const QString &command);

    bool has(const QString &name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString &name, const QString &fallback = {}) const;
    std::optional<QString> optional(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    const QStringList &positionals() const { return m_positionals; }

    // Typed readers; a bad value is a usage error naming the option.
    std::optional<qint64> id(const QString &name) const;
    std::optional<int> integer(const QString &name, int min, int max) const;
    std::optional<bool> yesNo(const QString &name) const;

    QString command() const { return m_command; }

private:
    QString m_command;
    QHash<QString, QStringList> m_values;
    QStringList m_flags;
    QStringList m_positionals;
};

} // namespace rapport::cli
