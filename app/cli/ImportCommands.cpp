#include "Commands.h"
#include "Context.h"

#include "io/MailImport.h"
#include "io/MailParser.h"
#include "io/ProgramCsvImport.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

QString matchedByText(const QString &by)
{
    if (by == QLatin1String("nrmp_code"))
        return QStringLiteral("NRMP code");
    if (by == QLatin1String("name_institution"))
        return QStringLiteral("name and institution");
    return QStringLiteral("name and city");
}

// --dry-run: what each row would do, nothing written.
void printPlan(Context &ctx, const QString &file, const core::ProgramCsvPreview &preview)
{
    int adds = 0, updates = 0;
    QJsonArray rows;
    QTextStream &out = ctx.out();
    for (const core::ProgramCsvRow &row : preview.rows) {
        QJsonObject o{{QStringLiteral("line"), row.line}};
        if (!row.ok()) {
            o.insert(QStringLiteral("action"), QStringLiteral("bad"));
            o.insert(QStringLiteral("problem"), row.error);
            if (!ctx.json())
                out << row.message() << "\n";
            rows.append(o);
            continue;
        }
        ++(row.existingId ? updates : adds);
        o.insert(QStringLiteral("action"),
                 row.existingId ? QStringLiteral("update") : QStringLiteral("add"));
        o.insert(QStringLiteral("name"), row.program.name);
        o.insert(QStringLiteral("program_id"),
                 row.existingId ? QJsonValue(*row.existingId) : QJsonValue());
        o.insert(QStringLiteral("matched_by"),
                 row.existingId ? QJsonValue(row.matchedBy) : QJsonValue());
        o.insert(QStringLiteral("contacts_to_add"), row.contactsToAdd);
        o.insert(QStringLiteral("contacts_to_update"), row.contactsToUpdate);
        rows.append(o);
        if (ctx.json())
            continue;
        out << "line " << row.line << ": ";
        if (row.existingId)
            out << "update program " << *row.existingId << " \"" << row.existingName
                << "\" (found by " << matchedByText(row.matchedBy) << ")";
        else
            out << "add \"" << row.program.name << "\"";
        if (row.contactsToAdd || row.contactsToUpdate)
            out << "; contacts: " << row.contactsToAdd << " to add, " << row.contactsToUpdate
                << " to update";
        out << "\n";
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("file"), file},
                       {QStringLiteral("dry_run"), true},
                       {QStringLiteral("add"), adds},
                       {QStringLiteral("update"), updates},
                       {QStringLiteral("bad_rows"), preview.badCount()},
                       {QStringLiteral("rows"), rows}});
        return;
    }
    out << "would add " << adds << ", update " << updates << ", bad rows " << preview.badCount()
        << "; nothing was written (--dry-run)\n";
    out.flush();
}

void importPrograms(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(
        words, options({}, {QStringLiteral("all-or-nothing"), QStringLiteral("dry-run")}, 1, 1),
        QStringLiteral("import programs"));
    const QString file = args.positionals().first();
    core::ProgramCsvPreview preview = need(core::ProgramCsvImport::previewFile(file));
    if (args.flag(QStringLiteral("dry-run"))) {
        need(core::ProgramCsvImport::match(ctx.db(), preview));
        printPlan(ctx, file, preview);
        return;
    }
    const bool allOrNothing = args.flag(QStringLiteral("all-or-nothing"));
    const core::ProgramImportSummary summary = need(core::ProgramCsvImport::apply(
        ctx.db(), preview,
        allOrNothing ? core::ImportMode::AllOrNothing : core::ImportMode::GoodRows));
    const QStringList ignored = preview.mapping.ignoredHeaders();

    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("file"), file},
                       {QStringLiteral("applied"), summary.applied},
                       {QStringLiteral("added"), summary.added},
                       {QStringLiteral("updated"), summary.updated},
                       {QStringLiteral("contacts_added"), summary.contactsAdded},
                       {QStringLiteral("contacts_updated"), summary.contactsUpdated},
                       {QStringLiteral("bad_rows"), int(summary.problems.size())},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(summary.problems)},
                       {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignored)}});
    } else {
        QTextStream &out = ctx.out();
        out << "added " << summary.added << ", updated " << summary.updated << ", bad rows "
            << summary.problems.size() << "\n";
        if (summary.contactsAdded || summary.contactsUpdated)
            out << "contacts added " << summary.contactsAdded << ", updated "
                << summary.contactsUpdated << "\n";
        for (const QString &problem : summary.problems)
            out << problem << "\n";
        if (!ignored.isEmpty())
            out << "ignored columns: " << ignored.join(QStringLiteral(", ")) << "\n";
        out.flush();
    }
    if (!summary.applied)
        throw CommandError(
            QStringLiteral("nothing imported from %1: %2 bad rows (--all-or-nothing)")
                .arg(file)
                .arg(summary.problems.size()));
}

QJsonObject candidateToJson(const core::MailCandidate &c)
{
    const core::Communication &comm = c.communication;
    const bool placed = c.status == core::MailStatus::Ready;
    return {{QStringLiteral("file"), c.message.position.file},
            {QStringLiteral("index"), c.message.position.index},
            {QStringLiteral("byte_offset"), c.message.position.byteOffset},
            {QStringLiteral("line"), c.message.position.line},
            {QStringLiteral("status"), core::toString(c.status)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("message_id"), c.message.messageId},
            {QStringLiteral("at"), comm.at.isValid() ? comm.at.toString(Qt::ISODate) : QString()},
            {QStringLiteral("direction"), core::toString(comm.direction)},
            {QStringLiteral("kind"), core::toString(comm.kind)},
            {QStringLiteral("program_id"), placed ? QJsonValue(comm.programId) : QJsonValue()},
            {QStringLiteral("contact_id"),
             placed && comm.contactId ? QJsonValue(*comm.contactId) : QJsonValue()},
            {QStringLiteral("subject"), comm.subject}};
}

void importMail(Context &ctx, const QStringList &words)
{
    OptionSpec spec = options({QStringLiteral("assign-unmatched")}, {}, 1, 10000);
    spec.repeatable << QStringLiteral("me");
    const Args args = Args::parse(words, spec, QStringLiteral("import mail"));
    const auto assignTo = args.id(QStringLiteral("assign-unmatched"));

    // Every file is read before anything is written: an unreadable one
    // stops the import with nothing stored.
    QList<core::MailMessage> messages;
    for (const QString &file : args.positionals())
        messages << need(core::MailParser::readFile(file));

    core::MailImport import = need(core::MailImport::load(ctx.db()));
    import.addOwnAddresses(args.values(QStringLiteral("me")));
    QList<core::MailCandidate> candidates = need(import.preview(messages));
    if (assignTo) {
        for (core::MailCandidate &c : candidates) {
            if (c.status == core::MailStatus::Unmatched)
                need(import.assign(c, *assignTo));
        }
    }
    const core::MailImportSummary summary = need(import.apply(candidates));

    if (ctx.json()) {
        QJsonArray list;
        for (const core::MailCandidate &c : candidates)
            list.append(candidateToJson(c));
        QJsonArray ids;
        for (const qint64 id : summary.ids)
            ids.append(id);
        ctx.printJson({{QStringLiteral("imported"), summary.imported},
                       {QStringLiteral("duplicates"), summary.duplicates},
                       {QStringLiteral("unmatched"), summary.unmatched},
                       {QStringLiteral("broken"), summary.broken},
                       {QStringLiteral("ids"), ids},
                       {QStringLiteral("messages"), list}});
        return;
    }
    QTextStream &out = ctx.out();
    out << "imported " << summary.imported << ", duplicates " << summary.duplicates
        << ", unmatched " << summary.unmatched << ", broken " << summary.broken << "\n";
    for (const core::MailCandidate &c : candidates) {
        if (c.status == core::MailStatus::Unmatched)
            out << "unmatched: " << c.reason << " \"" << c.communication.subject << "\"\n";
        else if (c.status == core::MailStatus::Broken)
            out << "broken: " << c.reason << "\n";
    }
    if (summary.unmatched > 0)
        out << "(assign them with --assign-unmatched PROGRAM_ID, or leave them out)\n";
    if (!import.knowsOwnAddresses())
        out << "note: the profile holds none of your addresses, so every message was taken as "
               "incoming; name them with --me ADDRESS\n";
    out.flush();
}

} // namespace

void runImport(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString what = takeAction(rest, QStringLiteral("import"),
                                    {QStringLiteral("programs"), QStringLiteral("mail")});
    if (what == QLatin1String("programs"))
        importPrograms(ctx, rest);
    else
        importMail(ctx, rest);
}

} // namespace rapport::cli
