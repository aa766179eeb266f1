#include "Commands.h"
#include "Context.h"

#include "mail/LocalMailStore.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

void addStore(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options({QStringLiteral("kind")}, {}, 1, 1),
                                  QStringLiteral("mail store add"));
    core::LocalMailStore stores(ctx.db(), ctx.clock());
    const qint64 id = need(stores.add(
        args.positionals().first(), enumOption<core::MailStoreKind>(args, QStringLiteral("kind"))));
    const core::MailStore store = need(stores.get(id));
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), core::toString(store.kind)},
                       {QStringLiteral("path"), store.path}});
        return;
    }
    ctx.out() << "added mail store " << id << " (" << core::toString(store.kind) << ") "
              << store.path << "\n(capture from it with: mail scan)\n";
    ctx.out().flush();
}

void listStores(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("mail store list"));
    const QList<core::MailStore> stores = need(core::LocalMailStore(ctx.db(), ctx.clock()).list());
    if (ctx.json()) {
        QJsonArray array;
        for (const core::MailStore &s : stores)
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("kind"), core::toString(s.kind)},
                                     {QStringLiteral("path"), s.path},
                                     {QStringLiteral("read"), !s.state.isEmpty()}});
        ctx.printJson({{QStringLiteral("stores"), array}});
        return;
    }
    QTextStream &out = ctx.out();
    for (const core::MailStore &s : stores)
        out << qSetFieldWidth(4) << Qt::right << s.id << qSetFieldWidth(0) << Qt::left << "  "
            << qSetFieldWidth(7) << core::toString(s.kind) << qSetFieldWidth(0) << "  " << s.path
            << (s.state.isEmpty() ? "  (not read yet)" : "") << "\n";
    out << stores.size() << (stores.size() == 1 ? " mail store\n" : " mail stores\n");
    out.flush();
}

void removeStore(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({}, {}, 1, 1), QStringLiteral("mail store remove"));
    const qint64 id = idArgument(args, 0, QStringLiteral("mail store"));
    need(core::LocalMailStore(ctx.db(), ctx.clock()).remove(id));
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}});
        return;
    }
    ctx.out() << "removed mail store " << id << " (the messages captured from it stay queued)\n";
    ctx.out().flush();
}

} // namespace

void runMailStore(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action =
        takeAction(rest, QStringLiteral("mail store"),
                   {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")});
    if (action == QLatin1String("add"))
        addStore(ctx, rest);
    else if (action == QLatin1String("list"))
        listStores(ctx, rest);
    else
        removeStore(ctx, rest);
}

void scanMailStores(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("mail scan"));
    core::LocalMailStore stores(ctx.db(), ctx.clock());
    core::MailInbox inbox(ctx.db(), ctx.clock());
    // Each store in its own transaction: one that cannot be read does not
    // hold back the others.
    QJsonArray results;
    QStringList failures;
    int captured = 0;
    QTextStream &out = ctx.out();
    for (const core::MailStore &store : need(stores.list())) {
        QStringList problems;
        const auto summary = stores.capture(inbox, store, &problems);
        QJsonObject o{{QStringLiteral("id"), store.id}, {QStringLiteral("path"), store.path}};
        if (!summary) {
            failures << summary.errorMessage();
            o.insert(QStringLiteral("error"), summary.errorMessage());
            results.append(o);
            if (!ctx.json())
                out << store.path << ": " << summary.errorMessage() << "\n";
            continue;
        }
        captured += summary->captured;
        o.insert(QStringLiteral("captured"), summary->captured);
        o.insert(QStringLiteral("proposed"), summary->proposed);
        o.insert(QStringLiteral("broken"), summary->broken);
        o.insert(QStringLiteral("duplicates"), summary->duplicates);
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
        results.append(o);
        if (ctx.json())
            continue;
        out << store.path << ": captured " << summary->captured << " (" << summary->proposed
            << " with a program proposed, " << summary->broken << " that cannot be logged), "
            << summary->duplicates << " known already\n";
        for (const QString &problem : std::as_const(problems))
            out << "  " << problem << "\n";
    }
    if (ctx.json())
        ctx.printJson(
            {{QStringLiteral("captured"), captured}, {QStringLiteral("stores"), results}});
    else
        out << "captured " << captured << (captured == 1 ? " message" : " messages")
            << "; review them with: mail queue\n";
    out.flush();
    if (!failures.isEmpty())
        throw CommandError(failures.join(QStringLiteral("; ")));
}

} // namespace rapport::cli
