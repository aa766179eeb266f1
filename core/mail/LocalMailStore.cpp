#include "LocalMailStore.h"

#include "Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace rapport::core {
namespace {

// The first bytes of an mbox file, hashed, tell a file that was appended
// to from one that was rewritten.
constexpr qint64 kHeadBytes = 4096;

// Messages are parsed and stored this many at a time, or fewer once they
// reach kChunkBytes: a large store is never held in memory whole.
constexpr qsizetype kChunkMessages = 500;
constexpr qint64 kChunkBytes = 16 * 1024 * 1024;

MailStore storeFrom(const QSqlQuery &q)
{
    MailStore s;
    s.id = q.value(0).toLongLong();
    s.kind = parseEnum<MailStoreKind>(q.value(1).toString()).value_or(MailStoreKind::Maildir);
    s.path = q.value(2).toString();
    s.state = q.value(3).toString();
    s.created = sql::momentFrom(q.value(4), 0);
    return s;
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// "1700000000.M1P2.host:2,S" -> "1700000000.M1P2.host"; "!" stands for
// ":" where file names cannot hold it.
QString maildirKey(const QString &fileName)
{
    for (const QLatin1String info : {QLatin1String(":2,"), QLatin1String("!2,")}) {
        if (const qsizetype at = fileName.lastIndexOf(info); at > 0)
            return fileName.left(at);
    }
    return fileName;
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

QString maildirState(QStringList keys)
{
    keys.sort();
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("seen"), QJsonArray::fromStringList(keys)}})
            .toJson(QJsonDocument::Compact));
}

QStringList maildirSeen(const QString &state)
{
    QStringList keys;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(state.toUtf8()).object().value(QLatin1String("seen")).toArray())
        keys << v.toString();
    return keys;
}

// Without read, the new messages come without their bytes (capture()
// reads them a chunk at a time).
Result<StoreScan> scanMaildir(const MailStore &store, bool read)
{
    const QDir root(store.path);
    if (!root.exists())
        return fail(QStringLiteral("the Maildir %1 does not exist").arg(store.path));
    const QStringList seenKeys = maildirSeen(store.state);
    const QSet<QString> seen(seenKeys.begin(), seenKeys.end());
    StoreScan scan;
    QSet<QString> keys;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        const QFileInfoList files = QDir(root.filePath(sub)).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            const QString key = maildirKey(file.fileName());
            if (keys.contains(key))
                continue;
            if (!seen.contains(key)) {
                IncomingMail mail;
                if (read) {
                    auto raw = readAll(file.filePath());
                    if (!raw) {
                        scan.problems << raw.errorMessage();
                        continue;
                    }
                    mail.raw = *raw;
                }
                mail.origin = MailOrigin::Maildir;
                mail.storeId = store.id;
                mail.path = file.filePath();
                scan.mails << mail;
            }
            keys.insert(key);
        }
    }
    // Only what is still there is remembered: the state does not grow
    // with every message ever deleted.
    scan.state = maildirState(QStringList(keys.begin(), keys.end()));
    return scan;
}

// Each message of mbox text, from its "From " line to the next one; text
// before the first is not a message. complete is false when the text does
// not end with a line break: its last message may be half written.
QList<QByteArray> splitMbox(const QByteArray &data, bool complete, qint64 *consumed)
{
    QList<qsizetype> starts;
    if (data.startsWith("From "))
        starts << 0;
    for (qsizetype at = data.indexOf("\nFrom "); at >= 0; at = data.indexOf("\nFrom ", at + 1))
        starts << at + 1;
    QList<QByteArray> out;
    *consumed = starts.isEmpty() ? (complete ? data.size() : 0) : starts.first();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const bool last = i + 1 == starts.size();
        if (last && !complete)
            break;
        const qsizetype end = last ? data.size() : starts.at(i + 1);
        out << data.mid(starts.at(i), end - starts.at(i));
        *consumed = end;
    }
    return out;
}

QString headHash(QFile &file, qint64 length)
{
    file.seek(0);
    return QString::fromLatin1(
        QCryptographicHash::hash(file.read(length), QCryptographicHash::Sha256).toHex());
}

Result<StoreScan> scanMbox(const MailStore &store)
{
    QFile file(store.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the mbox file %1 cannot be read: %2")
                        .arg(store.path, file.errorString()));
    const QJsonObject state = QJsonDocument::fromJson(store.state.toUtf8()).object();
    qint64 start = state.value(QLatin1String("offset")).toInteger();
    const qint64 headLength = std::min(start, kHeadBytes);
    if (start > file.size() ||
        (headLength > 0 &&
         headHash(file, headLength) != state.value(QLatin1String("head")).toString()))
        start = 0;
    if (!file.seek(start))
        return fail(QStringLiteral("the mbox file %1 cannot be read: %2")
                        .arg(store.path, file.errorString()));
    const QByteArray data = file.readAll();
    qint64 consumed = 0;
    StoreScan scan;
    for (const QByteArray &raw :
         splitMbox(data, data.isEmpty() || data.endsWith('\n'), &consumed)) {
        IncomingMail mail;
        mail.raw = raw;
        mail.origin = MailOrigin::Mbox;
        mail.storeId = store.id;
        mail.path = store.path;
        scan.mails << mail;
    }
    const qint64 offset = start + consumed;
    scan.state =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("offset"), offset},
                                                    {QStringLiteral("head"),
                                                     headHash(file, std::min(offset, kHeadBytes))}})
                              .toJson(QJsonDocument::Compact));
    return scan;
}

} // namespace

Result<qint64> LocalMailStore::add(const QString &path, std::optional<MailStoreKind> kind)
{
    const QString where = absolute(path);
    const QFileInfo info(where);
    if (!info.exists())
        return fail(QStringLiteral("%1 does not exist").arg(where));
    const bool maildir = info.isDir() && (QDir(where).exists(QStringLiteral("cur")) ||
                                          QDir(where).exists(QStringLiteral("new")));
    if (!kind && info.isDir() && !maildir)
        return fail(
            QStringLiteral("%1 is a folder but not a Maildir: it has no cur/ or new/").arg(where));
    const MailStoreKind chosen =
        kind.value_or(info.isDir() ? MailStoreKind::Maildir : MailStoreKind::Mbox);
    if (chosen == MailStoreKind::Maildir && !maildir)
        return fail(
            QStringLiteral("%1 is not a Maildir folder: it has no cur/ or new/").arg(where));
    if (chosen == MailStoreKind::Mbox) {
        QFile file(where);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1 is not a readable mbox file").arg(where));
        if (file.size() > 0 && file.peek(5) != "From ")
            return fail(QStringLiteral("%1 is not an mbox file: it does not start with \"From \"")
                            .arg(where));
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto taken = findByPath(where);
    if (!taken)
        return taken.error();
    if (*taken)
        return fail(QStringLiteral("%1 is already mail store %2").arg(where).arg((*taken)->id));
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO mail_stores (kind, path, created_utc) "
                                                "VALUES (?, ?, ?)"));
        !s)
        return s.error();
    q.addBindValue(toString(chosen));
    q.addBindValue(where);
    q.addBindValue(sql::utcText(m_clock.now()));
    if (auto s = sql::exec(q, QStringLiteral("add mail store %1").arg(where)); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status LocalMailStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = get(id); !s)
        return s.error();
    if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM mail_stores WHERE id = ?"),
                          {id}, QStringLiteral("remove mail store %1").arg(id));
        !s)
        return s;
    return tx.commit();
}

Result<MailStore> LocalMailStore::get(qint64 id) const
{
    auto rows = sql::rows<MailStore>(
        m_db.connection(),
        QStringLiteral("SELECT id, kind, path, state, created_utc FROM mail_stores WHERE id = ?"),
        {id}, QStringLiteral("read mail store %1").arg(id), storeFrom);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(QStringLiteral("there is no mail store with id %1").arg(id));
    return rows->first();
}

Result<std::optional<MailStore>> LocalMailStore::findByPath(const QString &path) const
{
    auto rows = sql::rows<MailStore>(
        m_db.connection(),
        QStringLiteral("SELECT id, kind, path, state, created_utc FROM mail_stores WHERE path = ?"),
        {absolute(path)}, QStringLiteral("find mail store %1").arg(path), storeFrom);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<MailStore>();
    return std::optional<MailStore>(rows->first());
}

Result<QList<MailStore>> LocalMailStore::list() const
{
    return sql::rows<MailStore>(
        m_db.connection(),
        QStringLiteral("SELECT id, kind, path, state, created_utc FROM mail_stores ORDER BY path"),
        {}, QStringLiteral("list mail stores"), storeFrom);
}

Result<StoreScan> LocalMailStore::scan(const MailStore &store)
{
    return store.kind == MailStoreKind::Maildir ? scanMaildir(store, true) : scanMbox(store);
}

Result<CaptureSummary> LocalMailStore::capture(MailInbox &inbox, const MailStore &store,
                                               QStringList *problems)
{
    const bool maildir = store.kind == MailStoreKind::Maildir;
    auto found = maildir ? scanMaildir(store, false) : scanMbox(store);
    if (!found)
        return found.error();
    // One transaction, a savepoint per chunk: a failed capture still
    // stores nothing and reads it all again.
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    CaptureSummary total;
    QStringList unreadable; // Maildir keys, tried again next time
    QList<IncomingMail> &mails = found->mails;
    for (qsizetype next = 0; next < mails.size();) {
        QList<IncomingMail> chunk;
        qint64 bytes = 0;
        while (next < mails.size() && chunk.size() < kChunkMessages && bytes < kChunkBytes) {
            IncomingMail mail = std::move(mails[next++]);
            if (maildir) {
                auto raw = readAll(mail.path);
                if (!raw) {
                    found->problems << raw.errorMessage();
                    unreadable << maildirKey(QFileInfo(mail.path).fileName());
                    continue;
                }
                mail.raw = std::move(*raw);
            }
            bytes += mail.raw.size();
            chunk << std::move(mail);
        }
        if (chunk.isEmpty())
            continue;
        const auto captured = inbox.capture(chunk);
        if (!captured)
            return captured.error();
        total.captured += captured->captured;
        total.proposed += captured->proposed;
        total.broken += captured->broken;
        total.duplicates += captured->duplicates;
        total.ids += captured->ids;
    }
    QString state = found->state;
    if (!unreadable.isEmpty()) {
        QStringList keys = maildirSeen(state);
        for (const QString &key : std::as_const(unreadable))
            keys.removeAll(key);
        state = maildirState(keys);
    }
    if (auto s = sql::run(
            m_db.connection(), QStringLiteral("UPDATE mail_stores SET state = ? WHERE id = ?"),
            {state, store.id}, QStringLiteral("save how far mail store %1 was read").arg(store.id));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (problems)
        *problems << found->problems;
    return total;
}

Result<QList<IncomingMail>> LocalMailStore::readDropped(const QString &path)
{
    const auto raw = readAll(path);
    if (!raw)
        return raw.error();
    if (raw->isEmpty())
        return fail(QStringLiteral("%1 is empty: no message to read").arg(path));
    qint64 consumed = 0;
    const QList<QByteArray> pieces =
        raw->startsWith("From ") ? splitMbox(*raw, true, &consumed) : QList<QByteArray>{*raw};
    QList<IncomingMail> out;
    for (const QByteArray &piece : pieces) {
        IncomingMail mail;
        mail.raw = piece;
        mail.origin = MailOrigin::File;
        mail.path = absolute(path);
        out << mail;
    }
    return out;
}

} // namespace rapport::core
