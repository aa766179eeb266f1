// mail account add|list|remove|folders|set: IMAP accounts, their passwords
// in the system keyring.

#include "Commands.h"
#include "Confirm.h"
#include "Context.h"
#include "Input.h"
#include "MailAccounts.h"

#include "ImapFetcher.h"
#include "Keyring.h"
#include "MailSync.h"
#include "mail/MailAccountRepository.h"
#include "storage/Transaction.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

const QString kInbox = QStringLiteral("INBOX");

bool sameFolder(const QString &a, const QString &b)
{
    // IMAP names INBOX without regard to case, and only INBOX.
    if (a.compare(kInbox, Qt::CaseInsensitive) == 0)
        return b.compare(kInbox, Qt::CaseInsensitive) == 0;
    return a == b;
}

net::ImapFetcher fetcher()
{
    net::ImapFetcher f;
    f.setTimeout(std::chrono::seconds(30));
    return f;
}

// Logs in once and lists the server's folders: the password, the
// certificate and the chosen folder names are right before anything is
// saved. retry says how to trust an untrusted certificate.
QStringList checkedFolders(const QString &command, const core::MailAccount &account,
                           const QString &password, const QStringList &chosen, const QString &retry)
{
    const auto listed =
        fetcher().listFolders(net::MailSync::imapAccount(account), password, nullptr);
    if (!listed)
        // Said first: the server's reason may end in a command to copy.
        throw CommandError(QStringLiteral("%1: nothing was saved. %2")
                               .arg(command, describeImapError(listed.error(), retry)));
    for (const QString &folder : chosen) {
        const bool found = std::any_of(listed.value().begin(), listed.value().end(),
                                       [&](const QString &f) { return sameFolder(folder, f); });
        if (!found)
            throw CommandError(
                QStringLiteral("%1: %2 has no folder \"%3\" (it has %4); nothing "
                               "was saved")
                    .arg(command, account.host, folder, listed.value().join(QStringLiteral(", "))));
    }
    return listed.value();
}

QStringList folderOptions(const Args &args)
{
    QStringList folders;
    for (const QString &f : args.values(QStringLiteral("folder"))) {
        if (f.trimmed().isEmpty())
            throw UsageError(QStringLiteral("%1: --folder needs a name").arg(args.command()));
        if (std::none_of(folders.begin(), folders.end(),
                         [&](const QString &known) { return sameFolder(f, known); }))
            folders << f;
    }
    return folders;
}

void addAccount(Context &ctx, const QStringList &words)
{
    const QString command = QStringLiteral("mail account add");
    OptionSpec spec =
        options({QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
                 QStringLiteral("user"), QStringLiteral("interval"), QStringLiteral("trust")},
                {QStringLiteral("password-stdin"), QStringLiteral("no-check")}, 1, 1);
    spec.repeatable = {QStringLiteral("folder")};
    const Args args = Args::parse(words, spec, command);
    for (const char *required : {"host", "user"}) {
        if (args.value(QString::fromLatin1(required)).trimmed().isEmpty())
            throw UsageError(
                QStringLiteral("%1: --%2 is required").arg(command, QString::fromLatin1(required)));
    }
    core::MailAccount account;
    account.name = args.positionals().first().trimmed();
    account.host = args.value(QStringLiteral("host")).trimmed();
    account.userName = args.value(QStringLiteral("user"));
    account.security = enumOption<core::MailSecurity>(args, QStringLiteral("security"))
                           .value_or(core::MailSecurity::Tls);
    account.port = args.integer(QStringLiteral("port"), 1, 65535)
                       .value_or(account.security == core::MailSecurity::Tls ? 993 : 143);
    account.intervalMinutes = args.integer(QStringLiteral("interval"), 0, 10080).value_or(15);
    if (const auto trust = args.optional(QStringLiteral("trust")))
        account.trustedCertificate = fingerprintOption(command, *trust);
    QStringList folders = folderOptions(args);
    if (folders.isEmpty())
        folders << kInbox;

    core::MailAccountRepository accounts(ctx.db(), ctx.clock());
    // Refused before the password is asked for.
    if (need(accounts.findByName(account.name)))
        throw CommandError(QStringLiteral("%1: there is already a mail account named \"%2\"")
                               .arg(command, account.name));
    const QString password = readPassword(
        command, QStringLiteral("Password for %1@%2: ").arg(account.userName, account.host),
        args.flag(QStringLiteral("password-stdin")));
    const bool check = !args.flag(QStringLiteral("no-check"));
    if (check)
        checkedFolders(command, account, password, folders,
                       QStringLiteral("run the command again with --trust "));

    core::Transaction tx(ctx.db());
    need(tx.begin());
    account.id = need(accounts.add(account));
    need(accounts.setFolders(account.id, folders));
    const QString key = net::MailSync::keyringKey(account);
    need(net::Keyring::store(key, password));
    if (auto committed = tx.commit(); !committed) {
        (void)net::Keyring::remove(key);
        throw CommandError(committed.errorMessage());
    }

    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), account.id},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
                       {QStringLiteral("checked"), check}});
        return;
    }
    ctx.out() << "added mail account " << account.id << " \"" << account.name << "\" ("
              << account.userName << "@" << account.host << ":" << account.port << ", "
              << folders.join(QStringLiteral(", ")) << ")"
              << (check ? "" : "; the connection was not checked")
              << "\n(the password is in the system keyring; read mail with: mail sync)\n";
    ctx.out().flush();
}

QString syncedText(const QDateTime &synced)
{
    return synced.isValid() ? QStringLiteral("synced ") +
                                  synced.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QStringLiteral("never synced");
}

void listAccounts(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("mail account list"));
    core::MailAccountRepository repo(ctx.db(), ctx.clock());
    const QList<core::MailAccount> accounts = need(repo.list());
    QJsonArray array;
    QTextStream &out = ctx.out();
    for (const core::MailAccount &a : accounts) {
        const QList<core::MailFolder> folders = need(repo.folders(a.id));
        if (ctx.json()) {
            QJsonArray folderArray;
            for (const core::MailFolder &f : folders)
                folderArray.append(
                    QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("uid_validity"), f.uidValidity},
                                {QStringLiteral("last_uid"), f.lastUid},
                                {QStringLiteral("synced"),
                                 f.synced.isValid() ? QJsonValue(f.synced.toString(Qt::ISODate))
                                                    : QJsonValue()}});
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("host"), a.host},
                                     {QStringLiteral("port"), a.port},
                                     {QStringLiteral("security"), core::toString(a.security)},
                                     {QStringLiteral("user"), a.userName},
                                     {QStringLiteral("interval_minutes"), a.intervalMinutes},
                                     {QStringLiteral("trusted_certificate"), a.trustedCertificate},
                                     {QStringLiteral("folders"), folderArray}});
            continue;
        }
        out << a.name << "  " << a.userName << "@" << a.host << ":" << a.port << "  "
            << core::toString(a.security) << "  "
            << (a.intervalMinutes == 0 ? QStringLiteral("only when asked")
                                       : QStringLiteral("every %1 min").arg(a.intervalMinutes))
            << (a.trustedCertificate.isEmpty() ? "" : "  (trusts its certificate)") << "\n";
        for (const core::MailFolder &f : folders)
            out << "  " << f.name << "  last UID " << f.lastUid << ", " << syncedText(f.synced)
                << "\n";
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("accounts"), array}});
        return;
    }
    out << counted(accounts.size(), QStringLiteral("mail account"), QStringLiteral("mail accounts"))
        << "\n";
    out.flush();
}

void removeAccount(Context &ctx, const QStringList &words)
{
    const QString command = QStringLiteral("mail account remove");
    const Args args = Args::parse(words, options({}, {QStringLiteral("yes")}, 1, 1), command);
    const core::MailAccount account = accountNamed(ctx, command, args.positionals().first());
    const QString what = QStringLiteral("mail account \"%1\" and its password").arg(account.name);
    confirm(args, QStringLiteral("Remove %1? (the mail captured from it stays)").arg(what),
            QStringLiteral("to remove %1").arg(what));
    core::MailAccountRepository repo(ctx.db(), ctx.clock());
    const QString key = net::MailSync::keyringKey(account);
    // Another account logging in as the same user keeps the password.
    bool shared = false;
    for (const core::MailAccount &other : need(repo.list()))
        shared = shared || (other.id != account.id && net::MailSync::keyringKey(other) == key);
    core::Transaction tx(ctx.db());
    need(tx.begin());
    need(repo.remove(account.id));
    if (!shared)
        need(net::Keyring::remove(key));
    need(tx.commit());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), account.id},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("removed"), true}});
        return;
    }
    ctx.out() << "removed mail account \"" << account.name
              << "\" and its password (the mail captured from it stays queued)\n";
    ctx.out().flush();
}

void listServerFolders(Context &ctx, const QStringList &words)
{
    const QString command = QStringLiteral("mail account folders");
    const Args args = Args::parse(words, options({}, {}, 1, 1), command);
    const core::MailAccount account = accountNamed(ctx, command, args.positionals().first());
    const QString password = storedPassword(account);
    QStringList chosen;
    for (const core::MailFolder &f :
         need(core::MailAccountRepository(ctx.db(), ctx.clock()).folders(account.id)))
        chosen << f.name;
    const auto listed =
        fetcher().listFolders(net::MailSync::imapAccount(account), password, nullptr);
    if (!listed)
        throw CommandError(QStringLiteral("%1: %2").arg(
            command, describeImapError(listed.error(), trustCommand(account))));
    const auto isChosen = [&](const QString &folder) {
        return std::any_of(chosen.begin(), chosen.end(),
                           [&](const QString &c) { return sameFolder(c, folder); });
    };
    if (ctx.json()) {
        QJsonArray array;
        for (const QString &f : listed.value())
            array.append(
                QJsonObject{{QStringLiteral("name"), f}, {QStringLiteral("chosen"), isChosen(f)}});
        ctx.printJson({{QStringLiteral("folders"), array}});
        return;
    }
    for (const QString &f : listed.value())
        ctx.out() << (isChosen(f) ? "* " : "  ") << f << "\n";
    ctx.out() << "(* read by mail sync; choose with: mail account set \"" << account.name
              << "\" --folder NAME ...)\n";
    ctx.out().flush();
}

void setAccount(Context &ctx, const QStringList &words)
{
    const QString command = QStringLiteral("mail account set");
    OptionSpec spec = options(
        {QStringLiteral("interval"), QStringLiteral("trust")},
        {QStringLiteral("password"), QStringLiteral("password-stdin"), QStringLiteral("no-check")},
        1, 1);
    spec.repeatable = {QStringLiteral("folder")};
    const Args args = Args::parse(words, spec, command);
    const bool newPassword =
        args.flag(QStringLiteral("password")) || args.flag(QStringLiteral("password-stdin"));
    if (!newPassword && !args.has(QStringLiteral("folder")) &&
        !args.has(QStringLiteral("interval")) && !args.has(QStringLiteral("trust")))
        throw UsageError(QStringLiteral("%1: nothing to change (--folder, --interval, --trust, "
                                        "--password or --password-stdin)")
                             .arg(command));
    core::MailAccount account = accountNamed(ctx, command, args.positionals().first());
    core::MailAccountRepository repo(ctx.db(), ctx.clock());
    QStringList folders;
    for (const core::MailFolder &f : need(repo.folders(account.id)))
        folders << f.name;
    if (args.has(QStringLiteral("folder")))
        folders = folderOptions(args);
    if (const auto interval = args.integer(QStringLiteral("interval"), 0, 10080))
        account.intervalMinutes = *interval;
    if (const auto trust = args.optional(QStringLiteral("trust")))
        account.trustedCertificate =
            trust->isEmpty() ? QString() : fingerprintOption(command, *trust);

    const QString password =
        newPassword
            ? readPassword(
                  command,
                  QStringLiteral("Password for %1@%2: ").arg(account.userName, account.host),
                  args.flag(QStringLiteral("password-stdin")))
            : QString();
    // What the server decides is checked: the password, the certificate, the folders.
    const bool check =
        !args.flag(QStringLiteral("no-check")) &&
        (newPassword || args.has(QStringLiteral("folder")) || args.has(QStringLiteral("trust")));
    if (check)
        checkedFolders(command, account, newPassword ? password : storedPassword(account), folders,
                       QStringLiteral("add --trust "));

    core::Transaction tx(ctx.db());
    need(tx.begin());
    need(repo.update(account));
    need(repo.setFolders(account.id, folders));
    if (newPassword)
        need(net::Keyring::store(net::MailSync::keyringKey(account), password));
    need(tx.commit());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), account.id},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
                       {QStringLiteral("interval_minutes"), account.intervalMinutes},
                       {QStringLiteral("trusted_certificate"), account.trustedCertificate},
                       {QStringLiteral("checked"), check}});
        return;
    }
    ctx.out() << "changed mail account \"" << account.name
              << "\": " << folders.join(QStringLiteral(", ")) << ", "
              << (account.intervalMinutes == 0
                      ? QStringLiteral("only when asked")
                      : QStringLiteral("every %1 min").arg(account.intervalMinutes))
              << (newPassword ? ", new password" : "") << "\n";
    ctx.out().flush();
}

} // namespace

void runMailAccount(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action =
        takeAction(rest, QStringLiteral("mail account"),
                   {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                    QStringLiteral("folders"), QStringLiteral("set")});
    if (action == QLatin1String("add"))
        addAccount(ctx, rest);
    else if (action == QLatin1String("list"))
        listAccounts(ctx, rest);
    else if (action == QLatin1String("remove"))
        removeAccount(ctx, rest);
    else if (action == QLatin1String("folders"))
        listServerFolders(ctx, rest);
    else
        setAccount(ctx, rest);
}

} // namespace rapport::cli
