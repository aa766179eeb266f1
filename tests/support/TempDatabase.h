#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

// A fresh database with every migration applied, in its own folder that
// disappears with the object.
class TempDatabase final
{
public:
    TempDatabase();
    core::Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
};

} // namespace rapport::test
