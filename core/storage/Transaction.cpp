#include "Transaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace rapport::core {

Transaction::Transaction(Database &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::run(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return fail(Database::describe(q.lastError(), m_db.path()));
    return {};
}

Status Transaction::begin()
{
    m_level = m_db.m_transactionDepth;
    // IMMEDIATE takes the write lock now, so a busy file fails here and not
    // half-way through the change.
    const QString sql = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT rapport_%1").arg(m_level);
    if (auto s = run(sql); !s)
        return s;
    ++m_db.m_transactionDepth;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(QStringLiteral("commit without an open transaction on %1").arg(m_db.path()));
    const QString sql =
        m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE rapport_%1").arg(m_level);
    // SQLite undoes the whole transaction itself when a write in it fails
    // (a full disk); the COMMIT then finds none open.
    sqlite3 *handle = m_db.handle();
    if (m_level == 0 && handle && sqlite3_get_autocommit(handle)) {
        rollback();
        return fail(QStringLiteral("could not save the change to %1: a write failed and the "
                                   "change was undone (the disk may be full); nothing was saved")
                        .arg(m_db.path()));
    }
    if (auto s = run(sql); !s) {
        rollback();
        return fail(QStringLiteral("could not save the change: %1").arg(s.errorMessage()));
    }
    --m_db.m_transactionDepth;
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        // After an I/O error SQLite may have rolled back already; that is fine.
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO rapport_%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE rapport_%1").arg(m_level));
    }
    --m_db.m_transactionDepth;
    m_active = false;
}

} // namespace rapport::core
