#include "ImapBackend.h"

#include "private/CancellableTimeout.h"
#include "private/CertificateCheck.h"
#include "private/ConnectProbe.h"

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPFolder.hpp>
#include <vmime/net/imap/IMAPParser.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace rapport::net {

namespace {

using detail::CertificateCheck;
namespace vnet = vmime::net;

struct Context
{
    Context(const ImapAccount &a, const std::atomic_bool *c, std::chrono::milliseconds t)
        : account(a), cancel(c), timeout(t)
    {}

    const ImapAccount &account;
    const std::atomic_bool *cancel;
    std::chrono::milliseconds timeout;
    bool loggedIn = false;
    QString folder;
    bool opening = false;
    qsizetype done = 0;
    qsizetype total = 0;
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

ImapError cancelledError()
{
    return ImapError{
        ImapError::Kind::Cancelled, QStringLiteral("The mail check was cancelled."), {}, {}};
}

// The innermost reason VMime gives, without its errno prefix ("ECONNREFUSED: ").
QString innermostReason(const vmime::exception &error)
{
    const vmime::exception *inner = &error;
    while (inner->other())
        inner = inner->other();
    QString text = QString::fromStdString(inner->what());
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    if (colon > 0 && text.left(colon).toUpper() == text.left(colon) &&
        text.startsWith(QLatin1Char('E')))
        text = text.mid(colon + 2);
    return text;
}

ImapError connectionError(const Context &context, QString reason)
{
    if (!context.loggedIn) {
        const QString probed =
            detail::connectProblem(context.account.host, context.account.port,
                                   std::min(context.timeout, std::chrono::milliseconds(5000)));
        if (!probed.isEmpty())
            reason = probed;
        return ImapError{
            ImapError::Kind::Connection,
            QStringLiteral("Could not connect to %1: %2.").arg(context.account.address(), reason),
            {},
            {}};
    }
    QString message = QStringLiteral("Lost the connection to %1").arg(context.account.address());
    if (context.total > 0)
        message += QStringLiteral(" after %1 of %2 messages in %3")
                       .arg(context.done)
                       .arg(context.total)
                       .arg(context.folder);
    return ImapError{
        ImapError::Kind::Connection, message + QStringLiteral(" (%1).").arg(reason), {}, {}};
}

// Called inside a catch block: turns whatever VMime threw into a message.
ImapError describeCurrentException(const Context &context, const CertificateCheck *check)
{
    try {
        throw;
    } catch (const vmime::exceptions::authentication_error &) {
        return ImapError{
            ImapError::Kind::Authentication,
            QStringLiteral("Wrong user name or password for %1.").arg(context.account.host),
            {},
            {}};
    } catch (const vmime::exception &error) {
        if (check && check->rejection()) {
            const auto &rejection = *check->rejection();
            return ImapError{
                ImapError::Kind::UntrustedCertificate,
                QStringLiteral("The server's certificate (%1) is not trusted: %2; its SHA-256 "
                               "fingerprint is %3.")
                    .arg(rejection.subject, rejection.reason, rejection.fingerprint),
                rejection.fingerprint, rejection.subject};
        }
        if (cancelled(context.cancel))
            return cancelledError();
        if (dynamic_cast<const vmime::exceptions::operation_timed_out *>(&error))
            return ImapError{ImapError::Kind::Timeout,
                             QStringLiteral("%1 did not answer within %2 seconds.")
                                 .arg(context.account.address())
                                 .arg(double(context.timeout.count()) / 1000.0),
                             {},
                             {}};
        if (const auto *command = dynamic_cast<const vmime::exceptions::command_error *>(&error)) {
            const QString response = QString::fromStdString(command->response()).trimmed();
            if (context.opening)
                return ImapError{ImapError::Kind::Server,
                                 QStringLiteral("Could not open the folder \"%1\" on %2: %3")
                                     .arg(context.folder, context.account.host, response),
                                 {},
                                 {}};
            return ImapError{ImapError::Kind::Server,
                             QStringLiteral("%1 refused %2: %3")
                                 .arg(context.account.host,
                                      QString::fromStdString(command->command()), response),
                             {},
                             {}};
        }
        return connectionError(context, innermostReason(error));
    } catch (const std::exception &error) {
        return connectionError(context, QString::fromLocal8Bit(error.what()));
    }
}

vnet::folder::path toPath(const QString &name)
{
    vnet::folder::path path;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        path.appendComponent(
            vnet::folder::path::component(part.toStdString(), vmime::charsets::UTF_8));
    return path;
}

QString fromPath(const vnet::folder::path &path)
{
    QStringList parts;
    for (size_t i = 0; i < path.getSize(); ++i)
        parts << QString::fromStdString(path[i].getConvertedText(vmime::charsets::UTF_8));
    return parts.join(QLatin1Char('/'));
}

vmime::shared_ptr<vnet::store> openStore(const ImapAccount &account, const QString &password,
                                         const vmime::shared_ptr<CertificateCheck> &check,
                                         const Context &context)
{
    static std::once_flag platformOnce;
    std::call_once(platformOnce,
                   [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });

    auto session = vnet::session::create();
    const bool implicitTls = account.security == ImapSecurity::Tls;
    vmime::utility::url url(implicitTls ? "imaps" : "imap", account.host.toStdString(),
                            account.port);
    auto store = session->getStore(url);
    // LOGIN inside TLS: SASL would add nothing over it but a libgsasl setup.
    store->setProperty("options.sasl", false);
    store->setProperty("auth.username", account.userName.toStdString());
    store->setProperty("auth.password", password.toStdString());
    store->setProperty("connection.tls", true);
    store->setProperty("connection.tls.required", true);
    store->setCertificateVerifier(check);
    store->setTimeoutHandlerFactory(
        vmime::make_shared<detail::CancellableTimeoutFactory>(context.timeout, context.cancel));
    store->connect();
    return store;
}

// VMime 0.9.2 can free a store's memory twice when the store is destroyed
// after its connection broke in the middle of a command (AddressSanitizer:
// heap-use-after-free in ~IMAPSStore, about one run in ten with the server
// killed mid-fetch). Such a store is kept instead of destroyed: a few
// kilobytes per lost connection, against a crash.
void keepBroken(vmime::shared_ptr<vnet::store> store)
{
    if (!store)
        return;
    static std::mutex mutex;
    static std::vector<vmime::shared_ptr<vnet::store>> kept;
    const std::lock_guard lock(mutex);
    kept.push_back(std::move(store));
}

struct FolderMessage
{
    quint32 uid;
    size_t size;
};

// Messages above `after`, in ascending UID order, with their sizes. "N:*"
// always includes the highest UID even when it is below N, hence the filter.
std::vector<FolderMessage> newMessages(vnet::folder &folder, quint32 after)
{
    std::vector<FolderMessage> result;
    if (folder.getMessageCount() == 0)
        return result;
    const auto set = vnet::messageSet::byUID(
        vnet::message::uid(static_cast<unsigned long>(after) + 1), vnet::message::uid("*"));
    const auto messages = folder.getAndFetchMessages(
        set, vnet::fetchAttributes(vnet::fetchAttributes::UID | vnet::fetchAttributes::SIZE));
    for (const auto &message : messages) {
        const auto uid = quint32(std::stoul(static_cast<std::string>(message->getUID())));
        if (uid > after)
            result.push_back({uid, message->getSize()});
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.uid < b.uid; });
    return result;
}

// A FETCH of many messages' bodies in one command, on the store's own
// connection: VMime's message extract() costs a round trip per message,
// which a distant server turns into seconds per hundred messages.
class BodyReader final
{
public:
    BodyReader(vnet::store &store, const vnet::folder::path &path)
        : m_connection(dynamic_cast<vnet::imap::IMAPStore &>(store).getConnection())
    {
        vnet::imap::IMAPCommand::SELECT(
            true, vnet::imap::IMAPUtils::pathToString(m_connection->hierarchySeparator(), path), {})
            ->send(m_connection);
        expectOk("EXAMINE");
    }

    // The bodies of the messages with these UIDs, by UID; a message
    // expunged meanwhile is missing.
    std::map<quint32, QByteArray> read(const std::vector<FolderMessage> &messages)
    {
        std::vector<vnet::message::uid> uids;
        for (const FolderMessage &m : messages)
            uids.emplace_back(std::to_string(m.uid));
        vnet::imap::IMAPCommand::FETCH(vnet::messageSet::byUID(uids), {"UID", "BODY.PEEK[]"})
            ->send(m_connection);
        const auto response = expectOk("FETCH");
        std::map<quint32, QByteArray> bodies;
        for (const auto *data : response->continue_req_or_response_data()) {
            const auto *message =
                data->response_data() ? data->response_data()->message_data() : nullptr;
            if (!message || message->type() != vnet::imap::IMAPParser::message_data::FETCH)
                continue;
            quint32 uid = 0;
            QByteArray body;
            for (const auto *item : message->msg_att()->items()) {
                using Item = vnet::imap::IMAPParser::msg_att_item;
                if (item->type() == Item::UID)
                    uid = quint32(item->unique_id()->value());
                else if (item->type() == Item::BODY_SECTION && item->nstring())
                    body = QByteArray::fromStdString(item->nstring()->value());
            }
            if (uid != 0 && !body.isEmpty())
                bodies.emplace(uid, std::move(body));
        }
        return bodies;
    }

private:
    std::unique_ptr<vnet::imap::IMAPParser::response> expectOk(const char *command)
    {
        std::unique_ptr<vnet::imap::IMAPParser::response> response(m_connection->readResponse());
        if (response->isBad() ||
            response->response_done()->response_tagged()->resp_cond_state()->status() !=
                vnet::imap::IMAPParser::resp_cond_state::OK)
            throw vmime::exceptions::command_error(command, response->getErrorLog(),
                                                   "bad response");
        return response;
    }

    vmime::shared_ptr<vnet::imap::IMAPConnection> m_connection;
};

// Consecutive messages of at most count messages and, unless alone, of at
// most bytes: a batch of large attachments is not held in memory at once.
std::vector<std::vector<FolderMessage>> chunks(const std::vector<FolderMessage> &messages,
                                               int count, size_t bytes)
{
    std::vector<std::vector<FolderMessage>> result;
    size_t size = 0;
    for (const FolderMessage &m : messages) {
        if (result.empty() || int(result.back().size()) >= count ||
            (size + m.size > bytes && !result.back().empty())) {
            result.emplace_back();
            size = 0;
        }
        result.back().push_back(m);
        size += m.size;
    }
    return result;
}

ImapResult<QStringList> listFolders(const ImapFetcher::Limits &limits, const ImapAccount &account,
                                    const QString &password, const std::atomic_bool *cancel)
{
    Context context{account, cancel, limits.timeout};
    auto check = vmime::make_shared<CertificateCheck>(account.trustedFingerprint);
    vmime::shared_ptr<vnet::store> store;
    try {
        store = openStore(account, password, check, context);
        context.loggedIn = true;
        QStringList names;
        for (const auto &folder : store->getRootFolder()->getFolders(true)) {
            if (!(folder->getAttributes().getFlags() & vnet::folderAttributes::FLAG_NO_OPEN))
                names << fromPath(folder->getFullPath());
        }
        store->disconnect();
        names.sort();
        return names;
    } catch (...) {
        keepBroken(std::move(store));
        return describeCurrentException(context, check.get());
    }
}

ImapResult<void> fetch(const ImapFetcher::Limits &limits, const ImapAccount &account,
                       const QString &password, const QList<ImapFolderState> &folders,
                       const ImapFetcher::Callbacks &callbacks, const std::atomic_bool *cancel)
{
    Context context{account, cancel, limits.timeout};
    auto check = vmime::make_shared<CertificateCheck>(account.trustedFingerprint);
    vmime::shared_ptr<vnet::store> store;
    try {
        store = openStore(account, password, check, context);
        context.loggedIn = true;
        for (const ImapFolderState &state : folders) {
            if (cancelled(cancel))
                return cancelledError();
            context.folder = state.folder;
            context.done = context.total = 0;
            auto folder = store->getFolder(toPath(state.folder));
            context.opening = true;
            folder->open(vnet::folder::MODE_READ_ONLY, true);
            context.opening = false;
            const quint32 uidValidity =
                vmime::dynamicCast<vnet::imap::IMAPFolder>(folder)->getUIDValidity();
            quint32 after = state.lastUid;
            if (state.uidValidity != uidValidity) {
                if (state.uidValidity != 0 && callbacks.onUidValidityChanged)
                    callbacks.onUidValidityChanged(state.folder, state.uidValidity, uidValidity);
                after = 0;
            }
            const std::vector<FolderMessage> pending = newMessages(*folder, after);
            context.total = qsizetype(pending.size());
            if (callbacks.onProgress)
                callbacks.onProgress(state.folder, 0, context.total);

            BodyReader reader(*store, toPath(state.folder));
            for (const std::vector<FolderMessage> &chunk :
                 chunks(pending, limits.batchSize, size_t(limits.batchBytes))) {
                if (cancelled(cancel))
                    return cancelledError();
                const std::map<quint32, QByteArray> bodies = reader.read(chunk);
                QList<ImapMessage> batch;
                for (const FolderMessage &item : chunk) {
                    // A message expunged since the UID list came back has no body.
                    if (const auto body = bodies.find(item.uid); body != bodies.end())
                        batch.append(ImapMessage{item.uid, body->second});
                }
                context.done += qsizetype(chunk.size());
                if (callbacks.onProgress)
                    callbacks.onProgress(state.folder, context.done, context.total);
                if (!batch.isEmpty() && callbacks.onBatch &&
                    !callbacks.onBatch(state.folder, uidValidity, batch))
                    return {};
            }
            folder->close(false);
        }
        store->disconnect();
        return {};
    } catch (...) {
        keepBroken(std::move(store));
        return describeCurrentException(context, check.get());
    }
}

const ImapBackend kBackend{kImapBackendAbi, &listFolders, &fetch};

} // namespace

// Looked up by name (kImapBackendSymbol) when ImapFetcher loads the module.
extern "C" Q_DECL_EXPORT const ImapBackend *rapport_imap_backend()
{
    return &kBackend;
}

} // namespace rapport::net
