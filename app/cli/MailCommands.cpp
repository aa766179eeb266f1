#include "Commands.h"
#include "Context.h"
#include "Output.h"

#include "mail/MailInbox.h"
#include "rules/RuleEngine.h"
#include "storage/ProgramRepository.h"

#include <QHash>
#include <QJsonArray>

namespace rapport::cli {
namespace {

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject entryToJson(const core::InboxEntry &e, const QHash<qint64, QString> &programs)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("message_id"), e.messageId},
            {QStringLiteral("origin"), core::toString(e.origin)},
            {QStringLiteral("at"),
             e.at.isValid() ? QJsonValue(e.at.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("from_name"), e.fromName},
            {QStringLiteral("from_address"), e.fromAddress},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("direction"), core::toString(e.direction)},
            {QStringLiteral("program_id"), idOrNull(e.programId)},
            {QStringLiteral("program"),
             e.programId ? QJsonValue(programs.value(*e.programId)) : QJsonValue()},
            {QStringLiteral("contact_id"), idOrNull(e.contactId)},
            {QStringLiteral("kind"), core::toString(e.kind)},
            {QStringLiteral("kind_guessed"), e.kindGuessed},
            {QStringLiteral("state"), core::toString(e.state)},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("problem"), e.problem},
            {QStringLiteral("communication_id"), idOrNull(e.communicationId)}};
}

QHash<qint64, QString> programNames(core::Database &db)
{
    QHash<qint64, QString> names;
    for (const core::Program &p : need(core::ProgramRepository(db).all()))
        names.insert(p.id, p.name);
    return names;
}

void queue(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({}, {QStringLiteral("all")}), QStringLiteral("mail queue"));
    core::MailInbox inbox(ctx.db(), ctx.clock());
    const bool all = args.flag(QStringLiteral("all"));
    const QList<core::InboxEntry> entries = need(all ? inbox.list() : inbox.pending());
    const QHash<qint64, QString> programs = programNames(ctx.db());
    if (ctx.json()) {
        QJsonArray array;
        for (const core::InboxEntry &e : entries)
            array.append(entryToJson(e, programs));
        ctx.printJson({{QStringLiteral("messages"), array}});
        return;
    }
    QTextStream &out = ctx.out();
    for (const core::InboxEntry &e : entries) {
        const QString from = e.fromName.isEmpty() || e.fromAddress.isEmpty()
                                 ? e.fromName + e.fromAddress
                                 : QStringLiteral("%1 <%2>").arg(e.fromName, e.fromAddress);
        out << qSetFieldWidth(6) << Qt::right << e.id << qSetFieldWidth(0) << Qt::left << "  "
            << (e.at.isValid() ? e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QStringLiteral("(no date)       "))
            << "  " << (e.direction == core::Direction::Outgoing ? "out" : "in ") << "  " << from
            << "  \"" << e.subject << "\"";
        if (all)
            out << "  [" << core::toString(e.state) << "]";
        out << "\n        ";
        if (!e.problem.isEmpty())
            out << "cannot be logged: " << e.problem;
        else if (e.programId)
            out << "-> " << programs.value(*e.programId) << " (program " << *e.programId << "), "
                << core::toString(e.kind);
        else
            out << "no program proposed: " << e.reason;
        if (e.communicationId)
            out << "; logged as entry " << *e.communicationId;
        out << "\n";
    }
    out << entries.size() << (all ? " captured" : " pending")
        << (entries.size() == 1 ? " message\n" : " messages\n");
    out.flush();
}

// --program as an id or as a program's name (without regard to case).
qint64 programOption(Context &ctx, const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    QList<qint64> named;
    for (const core::Program &p : need(core::ProgramRepository(ctx.db()).all())) {
        if (isNumber && p.id == id)
            return id;
        if (p.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            named << p.id;
    }
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty())
        throw CommandError(
            QStringLiteral("mail confirm: there is no program %1 \"%2\"")
                .arg(isNumber ? QStringLiteral("with id") : QStringLiteral("named"), text));
    QStringList ids;
    for (const qint64 n : named)
        ids << QString::number(n);
    throw CommandError(QStringLiteral("mail confirm: %1 programs are named \"%2\" (ids %3); give "
                                      "the id")
                           .arg(named.size())
                           .arg(text, ids.join(QStringLiteral(", "))));
}

void confirm(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(
        words,
        options({QStringLiteral("program"), QStringLiteral("contact"), QStringLiteral("kind")}, {},
                1, 1),
        QStringLiteral("mail confirm"));
    const qint64 id = idArgument(args, 0, QStringLiteral("captured message"));
    core::MailInbox inbox(ctx.db(), ctx.clock());
    const core::InboxEntry entry = need(inbox.get(id));
    const auto programText = args.optional(QStringLiteral("program"));
    const std::optional<qint64> program =
        programText ? std::optional<qint64>(programOption(ctx, *programText)) : entry.programId;
    // A message decided already gets confirm()'s own refusal below.
    if (!program && entry.state == core::InboxState::Pending)
        throw CommandError(QStringLiteral("mail confirm: no program is proposed for captured "
                                          "message %1 (%2); name one with --program")
                               .arg(id)
                               .arg(entry.reason));
    // The proposed contact only goes with the proposed program.
    std::optional<qint64> contact = args.id(QStringLiteral("contact"));
    if (!contact && program == entry.programId)
        contact = entry.contactId;
    const core::Kind kind =
        enumOption<core::Kind>(args, QStringLiteral("kind")).value_or(entry.kind);
    const qint64 commId = need(inbox.confirm(id, program.value_or(0), contact, kind));

    // What the rules say about it now that it is in the log, as `check` would.
    QList<core::Finding> findings;
    for (const core::Finding &f : ctx.engine().checkProgram(program.value_or(0))) {
        if (f.communicationId() == commId)
            findings << f;
    }
    printCreated(ctx, QStringLiteral("logged entry"), commId, findings);
}

void ignore(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options({}, {}, 1, 1), QStringLiteral("mail ignore"));
    const qint64 id = idArgument(args, 0, QStringLiteral("captured message"));
    need(core::MailInbox(ctx.db(), ctx.clock()).ignore(id));
    if (ctx.json()) {
        ctx.printJson(
            {{QStringLiteral("id"), id}, {QStringLiteral("state"), QStringLiteral("ignored")}});
        return;
    }
    ctx.out() << "ignored captured message " << id << "\n";
    ctx.out().flush();
}

} // namespace

void runMail(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action =
        takeAction(rest, QStringLiteral("mail"),
                   {QStringLiteral("queue"), QStringLiteral("confirm"), QStringLiteral("ignore"),
                    QStringLiteral("store"), QStringLiteral("scan"), QStringLiteral("account"),
                    QStringLiteral("sync")});
    if (action == QLatin1String("queue"))
        queue(ctx, rest);
    else if (action == QLatin1String("confirm"))
        confirm(ctx, rest);
    else if (action == QLatin1String("ignore"))
        ignore(ctx, rest);
    else if (action == QLatin1String("store"))
        runMailStore(ctx, rest);
    else if (action == QLatin1String("account"))
        runMailAccount(ctx, rest);
    else if (action == QLatin1String("sync"))
        syncMail(ctx, rest);
    else
        scanMailStores(ctx, rest);
}

} // namespace rapport::cli
