#include "Commands.h"
#include "Context.h"
#include "Input.h"
#include "Output.h"

#include "domain/Parse.h"
#include "rules/RuleEngine.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Transaction.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

QJsonObject communicationToJson(const core::Communication &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("program_id"), c.programId},
            {QStringLiteral("contact_id"), c.contactId ? QJsonValue(*c.contactId) : QJsonValue()},
            {QStringLiteral("at"), c.at.toString(Qt::ISODate)},
            {QStringLiteral("direction"), core::toString(c.direction)},
            {QStringLiteral("channel"), core::toString(c.channel)},
            {QStringLiteral("kind"), core::toString(c.kind)},
            {QStringLiteral("kind_guessed"), c.kindGuessed},
            {QStringLiteral("state"), core::toString(c.state)},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("body"), c.body}};
}

bool needsConfirmation(const core::Finding &f)
{
    return f.severity != core::Severity::Info;
}

void add(Context &ctx, const QStringList &words)
{
    const OptionSpec spec{
        {QStringLiteral("program"), QStringLiteral("contact"), QStringLiteral("at"),
         QStringLiteral("direction"), QStringLiteral("channel"), QStringLiteral("kind"),
         QStringLiteral("subject"), QStringLiteral("body-file"), QStringLiteral("state"),
         QStringLiteral("template"), QStringLiteral("reason")},
        {},
        {QStringLiteral("acknowledge")},
        0,
        0};
    const Args args = Args::parse(words, spec, QStringLiteral("log add"));
    for (const char *required : {"program", "at", "kind"}) {
        if (!args.has(QLatin1String(required)))
            throw UsageError(
                QStringLiteral("log add: --%1 is required").arg(QLatin1String(required)));
    }
    core::Communication c;
    c.programId = *args.id(QStringLiteral("program"));
    c.contactId = args.id(QStringLiteral("contact"));
    c.at =
        need(core::parseMoment(args.value(QStringLiteral("at")), QStringLiteral("log add: --at")));
    c.direction = enumOption<core::Direction>(args, QStringLiteral("direction"))
                      .value_or(core::Direction::Outgoing);
    c.channel =
        enumOption<core::Channel>(args, QStringLiteral("channel")).value_or(core::Channel::Email);
    c.kind = *enumOption<core::Kind>(args, QStringLiteral("kind"));
    c.state =
        enumOption<core::CommState>(args, QStringLiteral("state")).value_or(core::CommState::Sent);
    c.subject = args.value(QStringLiteral("subject"));
    c.templateName = args.value(QStringLiteral("template"));
    if (const auto file = args.optional(QStringLiteral("body-file")))
        c.body = readTextInput(*file);

    // Checked before it is stored, as the window does: the findings are what
    // logging this entry raises.
    core::Draft draft{c.subject,   c.body,    c.programId, c.contactId, c.kind,
                      c.direction, c.channel, c.at,        std::nullopt};
    QList<core::Finding> findings = ctx.engine().checkDraft(draft);

    core::Database &db = ctx.db();
    core::Transaction tx(db);
    need(tx.begin());
    const qint64 id = need(core::CommunicationRepository(db).add(c));
    if (args.flag(QStringLiteral("acknowledge"))) {
        for (core::Finding &f : findings) {
            if (!needsConfirmation(f))
                continue;
            need(core::AcknowledgementRepository(db).add(id, f, ctx.clock().now(),
                                                         args.value(QStringLiteral("reason"))));
            f.acknowledged = true;
        }
    }
    need(tx.commit());
    for (core::Finding &f : findings)
        f.communicationIds.prepend(id);
    printCreated(ctx, QStringLiteral("logged entry"), id, findings);
}

void list(Context &ctx, const QStringList &words)
{
    const OptionSpec spec{{QStringLiteral("program"), QStringLiteral("search"),
                           QStringLiteral("from"), QStringLiteral("to"),
                           QStringLiteral("direction"), QStringLiteral("kind")},
                          {},
                          {},
                          0,
                          0};
    const Args args = Args::parse(words, spec, QStringLiteral("log list"));
    core::CommunicationFilter filter;
    filter.programId = args.id(QStringLiteral("program"));
    filter.text = args.value(QStringLiteral("search"));
    if (const auto v = args.optional(QStringLiteral("from")))
        filter.from = need(core::parseDate(*v, QStringLiteral("log list: --from")));
    if (const auto v = args.optional(QStringLiteral("to")))
        filter.to = need(core::parseDate(*v, QStringLiteral("log list: --to")));
    filter.direction = enumOption<core::Direction>(args, QStringLiteral("direction"));
    filter.kind = enumOption<core::Kind>(args, QStringLiteral("kind"));
    const QList<core::Communication> entries =
        need(core::CommunicationRepository(ctx.db()).list(filter));
    if (ctx.json()) {
        QJsonArray array;
        for (const core::Communication &c : entries)
            array.append(communicationToJson(c));
        ctx.printJson({{QStringLiteral("communications"), array}});
        return;
    }
    QTextStream &out = ctx.out();
    for (const core::Communication &c : entries) {
        out << qSetFieldWidth(6) << Qt::right << c.id << qSetFieldWidth(0) << Qt::left << "  "
            << c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << (c.direction == core::Direction::Outgoing ? "out" : "in ") << "  program "
            << c.programId << "  " << core::toString(c.kind);
        if (c.state == core::CommState::Draft)
            out << " (draft)";
        if (!c.subject.isEmpty())
            out << "  \"" << c.subject << "\"";
        out << "\n";
    }
    out << entries.size() << (entries.size() == 1 ? " entry\n" : " entries\n");
    out.flush();
}

} // namespace

void runLog(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action =
        takeAction(rest, QStringLiteral("log"), {QStringLiteral("add"), QStringLiteral("list")});
    if (action == QLatin1String("add"))
        add(ctx, rest);
    else
        list(ctx, rest);
}

} // namespace rapport::cli
