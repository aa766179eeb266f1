#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

namespace rapport::core {

class Database;

// Rolls back unless commit() was called: an early return or an error can
// never leave half a change behind. Nested transactions become savepoints,
// so a repository write can run alone or inside a caller's import.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin();
    Status commit();

private:
    Status run(const QString &sql);
    void rollback();

    Database &m_db;
    bool m_active = false;
    int m_level = 0; // 0 = outermost
};

} // namespace rapport::core
