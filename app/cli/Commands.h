#pragma once

#include "Args.h"
#include "domain/Enums.h"

#include <QStringList>

namespace rapport::cli {

class Context;

// Each runs one subcommand; words are what follows the subcommand's name.
void runInit(Context &ctx, const QStringList &words);
void runDemo(Context &ctx, const QStringList &words);
void runProgram(Context &ctx, const QStringList &words);
void runContact(Context &ctx, const QStringList &words);
void runLog(Context &ctx, const QStringList &words);
void runCheck(Context &ctx, const QStringList &words);
void runLint(Context &ctx, const QStringList &words);
void runTemplate(Context &ctx, const QStringList &words);
void runStats(Context &ctx, const QStringList &words);
void runImport(Context &ctx, const QStringList &words);
void runExport(Context &ctx, const QStringList &words);
void runBackup(Context &ctx, const QStringList &words);
void runRestore(Context &ctx, const QStringList &words);
// mail queue|confirm|ignore|store|scan|account|sync (MailCommands.cpp,
// MailStoreCommands.cpp, MailAccountCommands.cpp, MailSyncCommand.cpp).
void runMail(Context &ctx, const QStringList &words);
void runMailStore(Context &ctx, const QStringList &words);
void scanMailStores(Context &ctx, const QStringList &words);
void runMailAccount(Context &ctx, const QStringList &words);
void syncMail(Context &ctx, const QStringList &words);

// program delete|merge and contact delete|merge (RecordCommands.cpp).
void deleteProgram(Context &ctx, const QStringList &words);
void mergePrograms(Context &ctx, const QStringList &words);
void deleteContact(Context &ctx, const QStringList &words);
void mergeContacts(Context &ctx, const QStringList &words);

// export pdf (PdfCommand.cpp); it lays out text, so main() starts a
// QGuiApplication when needsGuiApplication() says so.
void exportPdf(Context &ctx, const QStringList &words);
bool needsGuiApplication(const QStringList &arguments);

// --name VALUE as one of the canonical identifiers of E.
template <typename E> std::optional<E> enumOption(const Args &args, const QString &name)
{
    const auto text = args.optional(name);
    if (!text)
        return std::nullopt;
    if (const auto v = core::parseEnum<E>(*text))
        return v;
    throw UsageError(
        QStringLiteral("%1: --%2 \"%3\" is not one of %4")
            .arg(args.command(), name, *text, core::enumNames<E>().join(QStringLiteral(", "))));
}

// The positional argument at index as an id; what names it in the error.
qint64 idArgument(const Args &args, int index, const QString &what);

// The first word names the action of a command group ("program add").
QString takeAction(QStringList &words, const QString &group, const QStringList &actions);

} // namespace rapport::cli
