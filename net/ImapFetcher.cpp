#include "ImapFetcher.h"

#include "ImapBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <mutex>

namespace rapport::net {

namespace {

ImapError unavailable(const QString &message)
{
    return ImapError{ImapError::Kind::Unavailable, message, {}, {}};
}

// Loaded once per process and never unloaded; a failure is tried again on
// the next call, so that a module installed meanwhile is found.
ImapResult<const ImapBackend *> backend()
{
    static std::mutex mutex;
    static const ImapBackend *loaded = nullptr;
    const std::lock_guard lock(mutex);
    if (loaded)
        return loaded;
    QStringList tried;
    for (const QString &path : imapModuleCandidates()) {
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        auto found = loadImapBackend(path);
        if (found)
            loaded = found.value();
        return found;
    }
    return unavailable(
        QStringLiteral("Rapport's IMAP module is not installed (looked for %1). Reinstall Rapport.")
            .arg(tried.join(QStringLiteral(", "))));
}

} // namespace

ImapResult<const ImapBackend *> loadImapBackend(const QString &path)
{
    QLibrary library(path);
    if (!library.load())
        return unavailable(QStringLiteral("Rapport's IMAP module %1 could not be loaded: %2")
                               .arg(path, library.errorString()));
    using Entry = const ImapBackend *(*)();
    const auto entry = reinterpret_cast<Entry>(library.resolve(kImapBackendSymbol));
    const ImapBackend *found = entry ? entry() : nullptr;
    if (!found || found->abi != kImapBackendAbi || !found->listFolders || !found->fetch)
        return unavailable(QStringLiteral("%1 is not Rapport's IMAP module for this version of "
                                          "Rapport. Reinstall Rapport.")
                               .arg(path));
    return found;
}

QStringList imapModuleCandidates()
{
    QStringList out;
    if (const QString chosen = qEnvironmentVariable("RAPPORT_IMAP_MODULE"); !chosen.isEmpty())
        return {chosen};
    const QString name = QStringLiteral(RAPPORT_IMAP_MODULE_NAME);
    // /proc/self/exe rather than QCoreApplication: the tests have none.
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!program.isEmpty())
        out << QDir::cleanPath(QFileInfo(program).absolutePath() +
                               QStringLiteral("/../lib/rapport/") + name);
    const QString built = QStringLiteral(RAPPORT_IMAP_MODULE_BUILT);
    if (!out.contains(built))
        out << built;
    return out;
}

ImapResult<QStringList> ImapFetcher::listFolders(const ImapAccount &account,
                                                 const QString &password,
                                                 const std::atomic_bool *cancel) const
{
    const auto found = backend();
    if (!found)
        return found.error();
    return found.value()->listFolders(m_limits, account, password, cancel);
}

ImapResult<void> ImapFetcher::fetch(const ImapAccount &account, const QString &password,
                                    const QList<ImapFolderState> &folders,
                                    const Callbacks &callbacks,
                                    const std::atomic_bool *cancel) const
{
    const auto found = backend();
    if (!found)
        return found.error();
    return found.value()->fetch(m_limits, account, password, folders, callbacks, cancel);
}

} // namespace rapport::net
