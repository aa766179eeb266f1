// rapport-cli: Rapport's core without a window.

#include "Args.h"
#include "Commands.h"
#include "Context.h"
#include "TerminalText.h"

#include "Clock.h"
#include "Translations.h"
#include "domain/Parse.h"
#include "storage/AppSettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>

#include <cstdio>
#include <functional>
#include <memory>

namespace rapport::cli {
namespace {

const char *const kUsage =
    "usage: rapport-cli [--database PATH] [--format text|json] [--force] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  init                       create the database\n"
    "  demo [--scale N]           fill it with a realistic demo season\n"
    "  program add|edit ID|list   programs (--name, --city, --interview-date, ...)\n"
    "  program show ID            a program's facts and its allowance: used, left, next, due\n"
    "  program delete ID [--yes]  a program with its contacts and log entries\n"
    "  program merge KEEP GONE [--yes]\n"
    "                             GONE's entries and contacts move to KEEP; GONE is deleted\n"
    "  contact add|edit ID|list   contacts (--program ID --title --first --last --role --email)\n"
    "  contact delete ID [--yes]  a contact (its log entries stay, naming no one)\n"
    "  contact merge KEEP GONE [--yes]\n"
    "                             two contacts of one program made one\n"
    "  log add|list               communications (--program ID --at YYYY-MM-DDTHH:MM --kind ...)\n"
    "  check [--program ID]       every finding in the stored season\n"
    "  lint [--incoming] [--program ID --kind KIND --contact ID --at ...] [FILE|-]\n"
    "                             findings for a draft, without storing it\n"
    "  template list | render NAME --program ID [--contact ID] [--field KEY=VALUE ...]\n"
    "  stats                      the season at a glance, with each program's next step\n"
    "  import programs FILE [--all-or-nothing] [--dry-run]\n"
    "                             programs and their director and coordinator from a CSV\n"
    "                             file (re-import updates; --dry-run shows what it would do)\n"
    "  import mail FILE... [--me ADDRESS ...] [--assign-unmatched PROGRAM_ID]\n"
    "                             .eml files and mbox archives as communications\n"
    "  export csv [--program ID] [--output FILE|-]\n"
    "                             the log (or one program's entries) as CSV\n"
    "  export ics [--output FILE|-]  reminders as iCalendar\n"
    "  export pdf [--program ID] --output FILE\n"
    "                             the printable season report (or one program's)\n"
    "  mail queue [--all]         captured mail waiting for review (--all: decided ones too)\n"
    "  mail confirm ID [--program ID|NAME] [--contact ID] [--kind KIND]\n"
    "                             log a captured message, as proposed or as given\n"
    "  mail ignore ID             set a captured message aside for good\n"
    "  mail store add PATH [--kind maildir|mbox] | list | remove ID\n"
    "                             local Maildir folders and mbox files to capture from\n"
    "  mail scan                  capture what is new in every local store\n"
    "  mail account add NAME --host HOST --user USER [--port N] [--security tls|starttls]\n"
    "                   [--folder F ...] [--interval MINUTES] [--trust FINGERPRINT]\n"
    "                   [--password-stdin] [--no-check]\n"
    "                             an IMAP account; the password (typed, or one line on\n"
    "                             stdin) goes to the system keyring, after a login check\n"
    "  mail account list | folders NAME | remove NAME [--yes]\n"
    "                             the accounts; a server's folders; forget one\n"
    "  mail account set NAME [--folder F ...] [--interval MINUTES] [--trust FINGERPRINT]\n"
    "                   [--password | --password-stdin] [--no-check]\n"
    "  mail sync [--account NAME]\n"
    "                             new mail of every account and local store into the\n"
    "                             queue (Ctrl+C stops, keeping what was stored)\n"
    "  backup FILE                a consistent copy of the database\n"
    "  restore FILE               replace the database with a backup (the old one is kept)\n"
    "\n"
    "The database is --database PATH, else $RAPPORT_DATABASE, else the app-data folder.\n"
    "Commands that write refuse a season open in a Rapport window, unless --force.\n";

// --database and --format are global and may stand before or after the
// subcommand; they are taken out here. An empty value is refused: for
// --database it would quietly mean the default season (a script's unset
// variable, `--database "$DB"`).
QString takeGlobal(QStringList &words, const QString &name)
{
    QString value;
    for (int i = 0; i < words.size();) {
        const QString &w = words.at(i);
        if (w == QLatin1String("--") + name) {
            if (i + 1 >= words.size())
                throw UsageError(QStringLiteral("--%1 needs a value").arg(name));
            value = words.at(i + 1);
            words.remove(i, 2);
        } else if (w.startsWith(QLatin1String("--") + name + QLatin1Char('='))) {
            value = w.mid(name.size() + 3);
            words.remove(i);
        } else {
            ++i;
            continue;
        }
        if (value.trimmed().isEmpty())
            throw UsageError(QStringLiteral("--%1 is given an empty value").arg(name));
    }
    return value;
}

// --force, anywhere: a flag of every command, taken out like the globals.
bool takeForce(QStringList &words)
{
    const qsizetype removed = words.removeAll(QStringLiteral("--force"));
    return removed > 0;
}

// Whether the command changes the season: those wait for the window that
// shows it to close (or --force), reads never do.
Access accessOf(const QString &command, const QStringList &words)
{
    static const QStringList writers{QStringLiteral("init"), QStringLiteral("demo"),
                                     QStringLiteral("import"), QStringLiteral("restore")};
    static const QStringList groups{QStringLiteral("program"), QStringLiteral("contact"),
                                    QStringLiteral("log")};
    static const QStringList edits{QStringLiteral("add"), QStringLiteral("edit"),
                                   QStringLiteral("delete"), QStringLiteral("merge")};
    if (writers.contains(command))
        return Access::Write;
    if (groups.contains(command) && !words.isEmpty() && edits.contains(words.first()))
        return Access::Write;
    if (command == QLatin1String("mail") && !words.isEmpty()) {
        static const QStringList mailWrites{QStringLiteral("confirm"), QStringLiteral("ignore"),
                                            QStringLiteral("scan"), QStringLiteral("sync")};
        if (mailWrites.contains(words.first()))
            return Access::Write;
        if (words.first() == QLatin1String("store") && words.size() > 1 &&
            words.at(1) != QLatin1String("list"))
            return Access::Write;
        static const QStringList accountWrites{QStringLiteral("add"), QStringLiteral("remove"),
                                               QStringLiteral("set")};
        if (words.first() == QLatin1String("account") && words.size() > 1 &&
            accountWrites.contains(words.at(1)))
            return Access::Write;
    }
    return Access::Read;
}

int run(QStringList words)
{
    if (words.isEmpty() || words.first() == QLatin1String("--help") ||
        words.first() == QLatin1String("help")) {
        std::fputs(kUsage, words.isEmpty() ? stderr : stdout);
        return words.isEmpty() ? 2 : 0;
    }
    const QString database = takeGlobal(words, QStringLiteral("database"));
    const QString formatText = takeGlobal(words, QStringLiteral("format"));
    const bool force = takeForce(words);
    if (!formatText.isEmpty() && formatText != QLatin1String("text") &&
        formatText != QLatin1String("json"))
        throw UsageError(QStringLiteral("--format \"%1\" must be text or json").arg(formatText));
    if (words.isEmpty())
        throw UsageError(QStringLiteral("no command given"));

    static const QHash<QString, std::function<void(Context &, const QStringList &)>> commands{
        {QStringLiteral("init"), runInit},       {QStringLiteral("demo"), runDemo},
        {QStringLiteral("program"), runProgram}, {QStringLiteral("contact"), runContact},
        {QStringLiteral("log"), runLog},         {QStringLiteral("check"), runCheck},
        {QStringLiteral("lint"), runLint},       {QStringLiteral("template"), runTemplate},
        {QStringLiteral("stats"), runStats},     {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},   {QStringLiteral("backup"), runBackup},
        {QStringLiteral("restore"), runRestore}, {QStringLiteral("mail"), runMail}};
    const QString name = words.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end())
        throw UsageError(QStringLiteral("unknown command \"%1\"").arg(name));

    // RAPPORT_NOW pins the clock, as in the window: demos and scripts can
    // look at the season from a chosen moment.
    std::unique_ptr<core::Clock> clock = std::make_unique<core::SystemClock>();
    if (const QString now = qEnvironmentVariable("RAPPORT_NOW"); !now.isEmpty())
        clock = std::make_unique<core::FixedClock>(
            need(core::parseMoment(now, QStringLiteral("RAPPORT_NOW"))));
    Context ctx(core::Database::resolvePath(database),
                formatText == QLatin1String("json") ? Format::Json : Format::Text, *clock,
                force ? Access::Read : accessOf(name, words));
    (*command)(ctx, words);
    return 0;
}

} // namespace

QString takeAction(QStringList &words, const QString &group, const QStringList &actions)
{
    if (words.isEmpty() || !actions.contains(words.first()))
        throw UsageError(QStringLiteral("%1: expected %2%3")
                             .arg(group, actions.join(QLatin1Char('|')),
                                  words.isEmpty()
                                      ? QString()
                                      : QStringLiteral(", not \"%1\"").arg(words.first())));
    return words.takeFirst();
}

} // namespace rapport::cli

namespace {

// Messages quote names and arguments: no control sequence reaches the terminal.
QByteArray safe(const char *message)
{
    return rapport::cli::withoutControls(QString::fromUtf8(message)).toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF report lays text out, which needs fonts and so a
    // QGuiApplication; it never shows a window, so the offscreen platform
    // serves on any machine. Every other command stays display-free.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (rapport::cli::needsGuiApplication(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    rapport::core::setApplicationIdentity();
    rapport::core::moveLegacySettings();
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    rapport::i18n::installTranslators();
    QStringList words = QCoreApplication::arguments();
    words.removeFirst();
    try {
        return rapport::cli::run(words);
    } catch (const rapport::cli::UsageError &e) {
        std::fprintf(stderr, "rapport-cli: %s (see rapport-cli --help)\n",
                     safe(e.what()).constData());
        return 2;
    } catch (const rapport::cli::CommandError &e) {
        std::fprintf(stderr, "rapport-cli: %s\n", safe(e.what()).constData());
        return 1;
    }
}
