#pragma once

#include "Result.h"
#include "TemplateFile.h"
#include "domain/Enums.h"
#include "domain/Template.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport::core {

class Database;
struct Program;
struct ProgramAllowance;

// A kind of message that fits where the applicant is with a program, and
// whether the program's allowance lets one go out now.
struct KindAdvice
{
    Kind kind = Kind::Other;
    bool allowed = true;
    QString reason; // why not now (or when), from the allowance
};

// The built-in templates merged with the user's stored ones: a stored row
// named like a built-in replaces it (and can be reset to it); other stored
// rows are the user's own templates.
class TemplateLibrary final
{
public:
    // Reads the built-ins from the compiled-in resources.
    static Result<TemplateLibrary> open(Database &db);
    TemplateLibrary(Database &db, QList<BuiltInTemplate> builtIns);

    // Built-ins (each possibly replaced by its edited version, marked
    // builtIn and modified), then the user's own, by name.
    Result<QList<Template>> all() const;
    Result<Template> get(const QString &name) const;

    // Stores a new template or an edit; an edit of a built-in becomes its override.
    Status save(const Template &tmpl);
    // A built-in goes back to its shipped text.
    Status reset(const QString &name);
    // Deletes one of the user's own templates (built-ins are reset instead).
    Status remove(const QString &name);

    const QList<BuiltInTemplate> &builtIns() const { return m_builtIns; }
    bool isBuiltIn(const QString &name) const { return builtIn(name) != nullptr; }
    QString description(const QString &name) const;

    // The free fields the compose form shows for a template, labelled as the
    // built-ins label them; a field no built-in knows gets its name as label.
    QList<TemplateField> fieldsOf(const Template &tmpl) const;

    // Kinds of message that fit where the applicant is with this program,
    // each with what its allowance says; replyingToProgram when answering a
    // message the program sent.
    static QList<KindAdvice> adviseKinds(const Program &program, const ProgramAllowance &allowance,
                                         bool replyingToProgram = false);
    // The advised kinds that are allowed now.
    static QList<Kind> suggestedKinds(const Program &program, const ProgramAllowance &allowance,
                                      bool replyingToProgram = false);

private:
    const BuiltInTemplate *builtIn(const QString &name) const;

    Database *m_db;
    QList<BuiltInTemplate> m_builtIns;
};

} // namespace rapport::core
