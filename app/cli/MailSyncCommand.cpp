// mail sync: every IMAP account's new mail and every local store's into
// the review queue.

#include "Commands.h"
#include "Confirm.h"
#include "Context.h"
#include "MailAccounts.h"
#include "TerminalText.h"

#include "MailSync.h"
#include "mail/LocalMailStore.h"
#include "mail/MailAccountRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace rapport::cli {
namespace {

std::atomic_bool g_cancel{false};
static_assert(std::atomic_bool::is_always_lock_free, "set from a signal handler");

void cancelOnSignal(int)
{
    g_cancel = true;
}

// Ctrl+C raises the cancel flag: the batch being stored is kept whole and
// the sync stops. A second Ctrl+C ends the process as usual.
class CancelOnInterrupt final
{
public:
    CancelOnInterrupt()
    {
        struct sigaction action = {};
        action.sa_handler = cancelOnSignal;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previous);
    }
    ~CancelOnInterrupt() { sigaction(SIGINT, &m_previous, nullptr); }
    Q_DISABLE_COPY_MOVE(CancelOnInterrupt)

private:
    struct sigaction m_previous = {};
};

// "Hospital: INBOX: 120 of 400" on stderr, rewritten in place, when stderr
// is a terminal; at most ten times a second.
class ProgressLine final
{
public:
    ProgressLine() : m_shown(isatty(STDERR_FILENO) == 1) { m_clock.start(); }
    ~ProgressLine() { clear(); }
    Q_DISABLE_COPY_MOVE(ProgressLine)

    void show(const QString &account, const QString &folder, qsizetype done, qsizetype total)
    {
        if (!m_shown || (done != total && done != 0 && m_clock.elapsed() < 100))
            return;
        m_clock.restart();
        const QString text = withoutControls(
            QStringLiteral("%1: %2: %3 of %4").arg(account, folder).arg(done).arg(total));
        std::fprintf(stderr, "\r\033[K%s", text.toUtf8().constData());
        std::fflush(stderr);
        m_dirty = true;
    }
    void clear()
    {
        if (!m_dirty)
            return;
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_dirty = false;
    }

private:
    bool m_shown;
    bool m_dirty = false;
    QElapsedTimer m_clock;
};

QString countsText(const core::CaptureSummary &c)
{
    QString text = QStringLiteral("%1 new, %2 proposed for a program, %3 already known")
                       .arg(c.captured)
                       .arg(c.proposed)
                       .arg(c.duplicates);
    if (c.broken > 0)
        text += QStringLiteral(", %1 that cannot be logged").arg(c.broken);
    return text;
}

void addCounts(QJsonObject &o, const core::CaptureSummary &c)
{
    o.insert(QStringLiteral("new"), c.captured);
    o.insert(QStringLiteral("proposed"), c.proposed);
    o.insert(QStringLiteral("broken"), c.broken);
    o.insert(QStringLiteral("known"), c.duplicates);
}

struct Totals
{
    int captured = 0;
    QStringList failures;
};

QJsonObject syncAccount(Context &ctx, const core::MailAccount &account, ProgressLine &progress,
                        Totals &totals)
{
    QJsonObject o{{QStringLiteral("id"), account.id}, {QStringLiteral("name"), account.name}};
    QTextStream &out = ctx.out();
    const auto failed = [&](const QString &message) {
        progress.clear();
        totals.failures << QStringLiteral("%1: %2").arg(account.name, message);
        o.insert(QStringLiteral("error"), message);
        if (!ctx.json())
            out << account.name << ": " << message << "\n";
        out.flush();
        return o;
    };
    QString password;
    try {
        password = storedPassword(account);
    } catch (const CommandError &e) {
        return failed(QString::fromUtf8(e.what()));
    }
    net::MailSync sync(ctx.db(), ctx.clock());
    const auto report = sync.sync(
        account, password,
        [&](const QString &folder, qsizetype done, qsizetype total) {
            progress.show(account.name, folder, done, total);
        },
        &g_cancel);
    if (!report) {
        QString message = describeImapError(report.error(), trustCommand(account));
        if (report.error().kind == net::ImapError::Kind::Cancelled)
            message += QStringLiteral(" The mail stored before stays.");
        return failed(message);
    }
    progress.clear();
    const net::SyncReport &r = report.value();
    totals.captured += r.capture.captured;
    o.insert(QStringLiteral("fetched"), r.fetched);
    addCounts(o, r.capture);
    o.insert(QStringLiteral("renumbered"), QJsonArray::fromStringList(r.renumbered));
    if (!ctx.json()) {
        out << account.name << ": " << countsText(r.capture) << "\n";
        for (const QString &folder : r.renumbered)
            out << "  " << folder
                << ": the server renumbered its messages; it was read again from the start\n";
        out.flush();
    }
    return o;
}

QJsonObject scanStore(Context &ctx, const core::MailStore &store, Totals &totals)
{
    QJsonObject o{{QStringLiteral("id"), store.id}, {QStringLiteral("path"), store.path}};
    QTextStream &out = ctx.out();
    QStringList problems;
    core::MailInbox inbox(ctx.db(), ctx.clock());
    const auto summary =
        core::LocalMailStore(ctx.db(), ctx.clock()).capture(inbox, store, &problems);
    if (!summary) {
        totals.failures << QStringLiteral("%1: %2").arg(store.path, summary.errorMessage());
        o.insert(QStringLiteral("error"), summary.errorMessage());
        if (!ctx.json())
            out << store.path << ": " << summary.errorMessage() << "\n";
        return o;
    }
    totals.captured += summary->captured;
    addCounts(o, *summary);
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    if (!ctx.json()) {
        out << store.path << ": " << countsText(*summary) << "\n";
        for (const QString &problem : std::as_const(problems))
            out << "  " << problem << "\n";
    }
    out.flush();
    return o;
}

} // namespace

void syncMail(Context &ctx, const QStringList &words)
{
    const QString command = QStringLiteral("mail sync");
    const Args args = Args::parse(words, options({QStringLiteral("account")}), command);
    QList<core::MailAccount> accounts;
    QList<core::MailStore> stores;
    if (const auto name = args.optional(QStringLiteral("account")))
        accounts << accountNamed(ctx, command, *name);
    else {
        accounts = need(core::MailAccountRepository(ctx.db(), ctx.clock()).list());
        stores = need(core::LocalMailStore(ctx.db(), ctx.clock()).list());
    }

    g_cancel = false;
    const CancelOnInterrupt interrupt;
    ProgressLine progress;
    Totals totals;
    QJsonArray accountResults, storeResults;
    for (const core::MailAccount &account : accounts) {
        if (g_cancel)
            break;
        accountResults.append(syncAccount(ctx, account, progress, totals));
    }
    for (const core::MailStore &store : stores) {
        if (g_cancel)
            break;
        storeResults.append(scanStore(ctx, store, totals));
    }
    if (g_cancel && totals.failures.isEmpty())
        totals.failures << QStringLiteral("cancelled");

    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("new"), totals.captured},
                       {QStringLiteral("accounts"), accountResults},
                       {QStringLiteral("stores"), storeResults},
                       {QStringLiteral("cancelled"), g_cancel.load()}});
    } else {
        if (accounts.isEmpty() && stores.isEmpty())
            ctx.out() << "no mail account or local store to read (add one with: mail account add, "
                         "mail store add)\n";
        else if (totals.failures.isEmpty())
            ctx.out() << counted(totals.captured, QStringLiteral("new message"),
                                 QStringLiteral("new messages"))
                      << "; review them with: mail queue\n";
        else // a source that failed may have stored whole batches first
            ctx.out() << "review what was stored with: mail queue\n";
        ctx.out().flush();
    }
    if (!totals.failures.isEmpty())
        throw CommandError(QStringLiteral("mail sync: ") +
                           totals.failures.join(QStringLiteral("; ")));
}

} // namespace rapport::cli
