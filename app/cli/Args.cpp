#include "Args.h"

namespace rapport::cli {

Args Args::parse(const QStringList &words, const OptionSpec &spec, const QString &command)
{
    Args args;
    args.m_command = command;
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            args.m_positionals << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (spec.flags.contains(name)) {
            if (inlineValue)
                throw UsageError(QStringLiteral("%1: --%2 takes no value").arg(command, name));
            args.m_flags << name;
            continue;
        }
        if (!spec.valued.contains(name) && !spec.repeatable.contains(name))
            throw UsageError(QStringLiteral("%1: unknown option --%2").arg(command, name));
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else {
            if (i + 1 >= words.size())
                throw UsageError(QStringLiteral("%1: --%2 needs a value").arg(command, name));
            value = words.at(++i);
        }
        if (args.m_values.contains(name) && !spec.repeatable.contains(name))
            throw UsageError(QStringLiteral("%1: --%2 given twice").arg(command, name));
        args.m_values[name] << value;
    }
    if (args.m_positionals.size() < spec.minPositional)
        throw UsageError(QStringLiteral("%1: missing argument").arg(command));
    if (args.m_positionals.size() > spec.maxPositional)
        throw UsageError(QStringLiteral("%1: unexpected argument \"%2\"")
                             .arg(command, args.m_positionals.at(spec.maxPositional)));
    return args;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

std::optional<QString> Args::optional(const QString &name) const
{
    if (!m_values.contains(name))
        return std::nullopt;
    return value(name);
}

std::optional<qint64> Args::id(const QString &name) const
{
    const auto text = optional(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v <= 0)
        throw UsageError(QStringLiteral("%1: --%2 \"%3\" is not an id (a positive whole number)")
                             .arg(m_command, name, *text));
    return v;
}

std::optional<int> Args::integer(const QString &name, int min, int max) const
{
    const auto text = optional(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int v = text->toInt(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(QStringLiteral("%1: --%2 \"%3\" is not a whole number from %4 to %5")
                             .arg(m_command, name, *text)
                             .arg(min)
                             .arg(max));
    return v;
}

std::optional<bool> Args::yesNo(const QString &name) const
{
    const auto text = optional(name);
    if (!text)
        return std::nullopt;
    if (*text == QLatin1String("yes"))
        return true;
    if (*text == QLatin1String("no"))
        return false;
    throw UsageError(
        QStringLiteral("%1: --%2 \"%3\" must be yes or no").arg(m_command, name, *text));
}

} // namespace rapport::cli
