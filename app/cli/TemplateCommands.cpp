#include "Commands.h"
#include "Context.h"
#include "Output.h"

#include "compose/TemplateLibrary.h"
#include "compose/TemplateRenderer.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

void list(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("template list"));
    const core::TemplateLibrary library = need(core::TemplateLibrary::open(ctx.db()));
    const QList<core::Template> templates = need(library.all());
    if (ctx.json()) {
        QJsonArray array;
        for (const core::Template &t : templates) {
            QJsonArray fields;
            for (const QString &f : core::TemplateRenderer::placeholdersOf(t))
                fields.append(f);
            array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("title"), t.title},
                                     {QStringLiteral("kind"), core::toString(t.kind)},
                                     {QStringLiteral("built_in"), t.builtIn},
                                     {QStringLiteral("modified"), t.modified},
                                     {QStringLiteral("fields"), fields}});
        }
        ctx.printJson({{QStringLiteral("templates"), array}});
        return;
    }
    for (const core::Template &t : templates) {
        ctx.out() << qSetFieldWidth(28) << Qt::left << t.name << qSetFieldWidth(0) << t.title
                  << "  [" << core::toString(t.kind)
                  << (t.builtIn ? (t.modified ? ", edited" : "") : ", yours") << "]\n";
    }
    ctx.out().flush();
}

void render(Context &ctx, const QStringList &words)
{
    const OptionSpec spec{{QStringLiteral("program"), QStringLiteral("contact")},
                          {QStringLiteral("field")},
                          {},
                          1,
                          1};
    const Args args = Args::parse(words, spec, QStringLiteral("template render"));
    if (!args.has(QStringLiteral("program")))
        throw UsageError(QStringLiteral("template render: --program is required"));
    core::RenderContext context;
    for (const QString &field : args.values(QStringLiteral("field"))) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(
                QStringLiteral("template render: --field \"%1\" is not KEY=VALUE").arg(field));
        context.fields.insert(field.left(eq).trimmed(), field.mid(eq + 1));
    }
    core::Database &db = ctx.db();
    const core::TemplateLibrary library = need(core::TemplateLibrary::open(db));
    const core::Template tmpl = need(library.get(args.positionals().first()));
    core::ProfileRepository profiles(db);
    context.profile = need(profiles.profile());
    context.season = need(profiles.season(ctx.currentMatchYear()));
    context.program = need(core::ProgramRepository(db).get(*args.id(QStringLiteral("program"))));
    if (const auto contactId = args.id(QStringLiteral("contact"))) {
        const core::Contact contact = need(core::ContactRepository(db).get(*contactId));
        if (contact.programId != context.program->id)
            throw CommandError(
                QStringLiteral("template render: contact %1 belongs to program %2, not %3")
                    .arg(*contactId)
                    .arg(contact.programId)
                    .arg(context.program->id));
        context.contact = contact;
    }
    context.today = ctx.clock().now().date();
    const core::RenderedMessage message = need(core::TemplateRenderer::render(tmpl, context));
    if (ctx.json()) {
        QJsonArray unfilled;
        for (const QString &name : message.unfilled)
            unfilled.append(name);
        ctx.printJson({{QStringLiteral("template"), tmpl.name},
                       {QStringLiteral("kind"), core::toString(tmpl.kind)},
                       {QStringLiteral("subject"), message.subject},
                       {QStringLiteral("body"), message.body},
                       {QStringLiteral("unfilled"), unfilled}});
        return;
    }
    ctx.out() << "Subject: " << message.subject << "\n\n" << message.body << "\n";
    if (!message.unfilled.isEmpty())
        ctx.out() << "\nNot filled yet: " << message.unfilled.join(QStringLiteral(", "))
                  << " (give free fields with --field NAME=VALUE)\n";
    ctx.out().flush();
}

} // namespace

void runTemplate(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action = takeAction(rest, QStringLiteral("template"),
                                      {QStringLiteral("list"), QStringLiteral("render")});
    if (action == QLatin1String("list"))
        list(ctx, rest);
    else
        render(ctx, rest);
}

} // namespace rapport::cli
