#include "TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("rapport.sqlite")))
{
    auto db = core::Database::open(m_path);
    if (!db) {
        ADD_FAILURE() << "cannot open a temporary database: " << db.errorMessage().toStdString();
        return;
    }
    m_db = std::move(db.value());
}

} // namespace rapport::test
