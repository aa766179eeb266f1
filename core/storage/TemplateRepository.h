#pragma once

#include "Result.h"
#include "domain/Template.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport::core {

class Database;

// Templates the user wrote or edited. A row named like a built-in overrides
// it (TemplateLibrary merges the two); the stored rows themselves know
// nothing of built-ins, so builtIn and modified are false here.
class TemplateRepository final
{
public:
    explicit TemplateRepository(Database &db) : m_db(db) {}

    Result<QList<Template>> stored() const; // ordered by name
    Result<std::optional<Template>> find(const QString &name) const;

    // Inserts, or updates the row with the same name. A template that fails
    // validation or has a malformed or unknown placeholder is refused and
    // nothing stored changes.
    Status save(const Template &tmpl);
    Status remove(const QString &name);

private:
    Database &m_db;
};

} // namespace rapport::core
