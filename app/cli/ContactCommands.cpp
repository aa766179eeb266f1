#include "Commands.h"
#include "Context.h"
#include "Output.h"

#include "storage/ContactRepository.h"
#include "storage/Transaction.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

const QStringList kContactFields{QStringLiteral("program"), QStringLiteral("title"),
                                 QStringLiteral("first"),   QStringLiteral("last"),
                                 QStringLiteral("role"),    QStringLiteral("email"),
                                 QStringLiteral("phone"),   QStringLiteral("notes")};

void applyFields(const Args &args, core::Contact &c)
{
    if (const auto v = args.id(QStringLiteral("program")))
        c.programId = *v;
    auto text = [&](const char *name, QString &field) {
        if (const auto v = args.optional(QLatin1String(name)))
            field = *v;
    };
    text("title", c.title);
    text("first", c.firstName);
    text("last", c.lastName);
    text("email", c.email);
    text("phone", c.phone);
    text("notes", c.notes);
    if (const auto v = enumOption<core::ContactRole>(args, QStringLiteral("role")))
        c.role = *v;
}

QJsonObject contactToJson(const core::Contact &c)
{
    return {{QStringLiteral("id"), c.id},         {QStringLiteral("program_id"), c.programId},
            {QStringLiteral("title"), c.title},   {QStringLiteral("first"), c.firstName},
            {QStringLiteral("last"), c.lastName}, {QStringLiteral("role"), core::toString(c.role)},
            {QStringLiteral("email"), c.email},   {QStringLiteral("phone"), c.phone}};
}

void add(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options(kContactFields), QStringLiteral("contact add"));
    if (!args.has(QStringLiteral("program")))
        throw UsageError(QStringLiteral("contact add: --program is required"));
    core::Contact c;
    applyFields(args, c);
    const qint64 id = need(core::ContactRepository(ctx.db()).add(c));
    printCreated(ctx, QStringLiteral("contact"), id, {});
}

void edit(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options(kContactFields, {}, 1, 1), QStringLiteral("contact edit"));
    bool ok = false;
    const qint64 id = args.positionals().first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("contact edit: \"%1\" is not a contact id")
                             .arg(args.positionals().first()));
    core::ContactRepository repo(ctx.db());
    // Read and written under one write lock: a window saving the same
    // contact in between cannot be overwritten by the row read here.
    core::Transaction tx(ctx.db());
    need(tx.begin());
    core::Contact c = need(repo.get(id));
    applyFields(args, c);
    need(repo.update(c));
    need(tx.commit());
    printCreated(ctx, QStringLiteral("updated contact"), id, {});
}

void list(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({QStringLiteral("program")}), QStringLiteral("contact list"));
    core::ContactRepository repo(ctx.db());
    const auto program = args.id(QStringLiteral("program"));
    const QList<core::Contact> contacts = need(program ? repo.forProgram(*program) : repo.all());
    if (ctx.json()) {
        QJsonArray array;
        for (const core::Contact &c : contacts)
            array.append(contactToJson(c));
        ctx.printJson({{QStringLiteral("contacts"), array}});
        return;
    }
    for (const core::Contact &c : contacts) {
        ctx.out() << qSetFieldWidth(5) << Qt::right << c.id << qSetFieldWidth(0) << Qt::left
                  << "  program " << c.programId << "  " << c.formalName() << " ("
                  << core::toString(c.role) << ")";
        if (!c.email.isEmpty())
            ctx.out() << "  <" << c.email << ">";
        ctx.out() << "\n";
    }
    if (contacts.isEmpty())
        ctx.out() << "No contacts.\n";
    ctx.out().flush();
}

} // namespace

void runContact(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action =
        takeAction(rest, QStringLiteral("contact"),
                   {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("list"),
                    QStringLiteral("delete"), QStringLiteral("merge")});
    if (action == QLatin1String("add"))
        add(ctx, rest);
    else if (action == QLatin1String("delete"))
        deleteContact(ctx, rest);
    else if (action == QLatin1String("merge"))
        mergeContacts(ctx, rest);
    else if (action == QLatin1String("edit"))
        edit(ctx, rest);
    else
        list(ctx, rest);
}

} // namespace rapport::cli
