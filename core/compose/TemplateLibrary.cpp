#include "TemplateLibrary.h"

#include "TemplateRenderer.h"
#include "domain/Program.h"
#include "rules/Allowance.h"
#include "rules/RuleText.h"
#include "storage/TemplateRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rapport::core {
namespace {

// Built-in descriptions, labels and hints are in the translation catalogues
// (translations/JsonTexts.cpp).
QString shownText(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("TemplateLibrary", text.toUtf8().constData());
}

Template asOverride(Template stored)
{
    stored.builtIn = true;
    stored.modified = true;
    return stored;
}

} // namespace

Result<TemplateLibrary> TemplateLibrary::open(Database &db)
{
    auto builtIns = TemplateFile::loadDirectory(TemplateFile::builtInDirectory());
    if (!builtIns)
        return builtIns.error();
    return TemplateLibrary(db, std::move(builtIns).value());
}

TemplateLibrary::TemplateLibrary(Database &db, QList<BuiltInTemplate> builtIns)
    : m_db(&db), m_builtIns(std::move(builtIns))
{}

const BuiltInTemplate *TemplateLibrary::builtIn(const QString &name) const
{
    const auto it = std::find_if(m_builtIns.cbegin(), m_builtIns.cend(),
                                 [&](const BuiltInTemplate &b) { return b.tmpl.name == name; });
    return it == m_builtIns.cend() ? nullptr : &*it;
}

Result<QList<Template>> TemplateLibrary::all() const
{
    auto stored = TemplateRepository(*m_db).stored();
    if (!stored)
        return stored.error();
    QHash<QString, Template> overrides;
    QList<Template> own;
    for (const Template &t : *stored) {
        if (isBuiltIn(t.name))
            overrides.insert(t.name, t);
        else
            own << t;
    }
    QList<Template> out;
    for (const BuiltInTemplate &b : m_builtIns) {
        const auto it = overrides.constFind(b.tmpl.name);
        out << (it == overrides.cend() ? b.tmpl : asOverride(*it));
    }
    return out << own;
}

Result<Template> TemplateLibrary::get(const QString &name) const
{
    auto stored = TemplateRepository(*m_db).find(name);
    if (!stored)
        return stored.error();
    const BuiltInTemplate *shipped = builtIn(name);
    if (stored->has_value())
        return shipped ? asOverride(**stored) : **stored;
    if (shipped)
        return shipped->tmpl;
    return fail(QStringLiteral("there is no template named \"%1\"").arg(name));
}

Status TemplateLibrary::save(const Template &tmpl)
{
    return TemplateRepository(*m_db).save(tmpl);
}

Status TemplateLibrary::reset(const QString &name)
{
    if (!isBuiltIn(name))
        return fail(
            QStringLiteral("\"%1\" is not a built-in template, so it cannot be reset").arg(name));
    TemplateRepository repository(*m_db);
    auto stored = repository.find(name);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return {}; // already the shipped text
    return repository.remove(name);
}

Status TemplateLibrary::remove(const QString &name)
{
    if (isBuiltIn(name))
        return fail(QStringLiteral("\"%1\" is a built-in template: reset it instead of "
                                   "deleting it")
                        .arg(name));
    return TemplateRepository(*m_db).remove(name);
}

QString TemplateLibrary::description(const QString &name) const
{
    const BuiltInTemplate *b = builtIn(name);
    return b ? shownText(b->description) : QString();
}

QList<TemplateField> TemplateLibrary::fieldsOf(const Template &tmpl) const
{
    // This template's own labels first, then any built-in's for the same name.
    QList<const BuiltInTemplate *> sources;
    if (const BuiltInTemplate *own = builtIn(tmpl.name))
        sources << own;
    for (const BuiltInTemplate &b : m_builtIns)
        sources << &b;

    QList<TemplateField> out;
    for (const QString &name : TemplateRenderer::placeholdersOf(tmpl)) {
        TemplateField field{name, name, QString()};
        for (const BuiltInTemplate *source : sources) {
            const auto it = std::find_if(source->fields.cbegin(), source->fields.cend(),
                                         [&](const TemplateField &f) { return f.name == name; });
            if (it != source->fields.cend()) {
                field = *it;
                field.label = shownText(field.label);
                field.hint = shownText(field.hint);
                break;
            }
        }
        out << field;
    }
    return out;
}

QList<KindAdvice> TemplateLibrary::adviseKinds(const Program &program,
                                               const ProgramAllowance &allowance,
                                               bool replyingToProgram)
{
    QList<KindAdvice> out;
    if (replyingToProgram)
        out << KindAdvice{Kind::ReplyToProgram, true, {}};
    switch (program.status) {
    case ProgramStatus::Withdrawn:
    case ProgramStatus::Rejected:
    case ProgramStatus::Matched: return out; // nothing more to tell this program
    default: break;
    }

    QList<Kind> kinds;
    if (!allowance.interviewPassed) {
        kinds << Kind::PreInterviewInterest << Kind::ApplicationUpdate << Kind::VisaInquiry
              << Kind::ConferenceFollowUp;
    } else if (allowance.thankYouDue) {
        kinds << Kind::ThankYou; // what the days after the interview are for
    } else {
        kinds << Kind::ThankYou << Kind::PostInterviewUpdate << Kind::LetterOfIntent
              << Kind::LetterOfStrongInterest << Kind::SecondLookRequest << Kind::VisaInquiry;
    }
    for (Kind kind : std::as_const(kinds)) {
        const KindVerdict &v = allowance.verdict(kind);
        KindAdvice advice{kind, v.availability == Availability::Now, v.reason};
        if (v.availability == Availability::Later && v.from.isValid())
            advice.reason =
                RuleText::tr("%1 (allowed from %2)").arg(v.reason, RuleText::date(v.from));
        out << advice;
    }
    return out;
}

QList<Kind> TemplateLibrary::suggestedKinds(const Program &program,
                                            const ProgramAllowance &allowance,
                                            bool replyingToProgram)
{
    QList<Kind> out;
    for (const KindAdvice &a : adviseKinds(program, allowance, replyingToProgram)) {
        if (a.allowed)
            out << a.kind;
    }
    return out;
}

} // namespace rapport::core
