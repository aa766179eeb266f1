#include "SettingsEdits.h"

#include "Edit.h"
#include "Prompter.h"
#include "Session.h"

#include "compose/TemplateLibrary.h"
#include "storage/ProfileRepository.h"
#include "storage/QuotaRepository.h"
#include "storage/Transaction.h"

#include <QSet>

#include <functional>

namespace rapport::ui::settingsEdits {
namespace {

template <typename T> class ValueEdit final : public Edit
{
public:
    struct Store
    {
        std::function<core::Result<T>()> read;
        std::function<core::Status(const T &to, const T &stored)> write;
        std::function<bool(const T &, const T &)> same;
    };

    ValueEdit(Session &session, Prompter &prompter, const QString &text, Store store, T before,
              T after)
        : Edit(session, prompter, text), m_store(std::move(store)), m_before(std::move(before)),
          m_after(std::move(after))
    {}

private:
    bool apply(Way way, QWidget *parent) override
    {
        const T &from = way == Way::Back ? m_after : m_before;
        const T &to = way == Way::Back ? m_before : m_after;
        auto stored = m_store.read();
        if (!stored) {
            prompter().showError(parent, stored.errorMessage());
            return false;
        }
        if (!m_store.same(*stored, from) && !replaceOthersChange(way, parent))
            return false;
        if (auto s = m_store.write(to, *stored); !s) {
            prompter().showError(parent, s.errorMessage());
            return false;
        }
        return true;
    }

    Store m_store;
    T m_before;
    T m_after;
};

template <typename T>
Edit *valueEdit(Session &session, Prompter &prompter, const QString &text,
                typename ValueEdit<T>::Store store, const T &before, const T &after)
{
    return new ValueEdit<T>(session, prompter, text, std::move(store), before, after);
}

bool isSet(const core::QuotaLimit &limit)
{
    return limit.recommended || limit.maximum;
}

// Overrides without a value are no overrides: the page clears them.
QHash<QString, core::QuotaLimit> overridesOf(const core::QuotaPolicy &policy, qint64 programId)
{
    QHash<QString, core::QuotaLimit> out;
    const auto limits = policy.overrides.value(programId);
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        if (isSet(it.value()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QSet<qint64> programsOf(const core::QuotaPolicy &a, const core::QuotaPolicy &b)
{
    QSet<qint64> out;
    for (auto it = a.overrides.cbegin(); it != a.overrides.cend(); ++it)
        out.insert(it.key());
    for (auto it = b.overrides.cbegin(); it != b.overrides.cend(); ++it)
        out.insert(it.key());
    return out;
}

bool sameQuotas(const core::QuotaPolicy &a, const core::QuotaPolicy &b)
{
    if (a.minGapDays != b.minGapDays)
        return false;
    for (const QString &quota : core::QuotaPolicy::quotaNames()) {
        if (a.limits.value(quota) != b.limits.value(quota))
            return false;
    }
    for (qint64 program : programsOf(a, b)) {
        if (overridesOf(a, program) != overridesOf(b, program))
            return false;
    }
    return true;
}

core::Status writeQuotas(core::Database &db, const core::QuotaPolicy &to,
                         const core::QuotaPolicy &stored)
{
    core::QuotaRepository repository(db);
    core::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // Row for row: a quota never saved has no row, one saved empty has one.
    for (const QString &quota : core::QuotaPolicy::quotaNames()) {
        const auto wanted = to.limits.find(quota);
        const auto now = stored.limits.find(quota);
        core::Status s;
        if (wanted != to.limits.end()) {
            if (now == stored.limits.end() || *now != *wanted)
                s = repository.setDefault(quota, *wanted);
        } else if (now != stored.limits.end()) {
            s = repository.clearDefault(quota);
        }
        if (!s)
            return s;
    }
    if (to.minGapDays != stored.minGapDays) {
        if (auto s = repository.setMinGapDays(to.minGapDays); !s)
            return s;
    }
    for (qint64 program : programsOf(to, stored)) {
        const auto wanted = overridesOf(to, program);
        const auto now = overridesOf(stored, program);
        for (const QString &quota : core::QuotaPolicy::quotaNames()) {
            if (wanted.value(quota) == now.value(quota))
                continue;
            const core::Status s = wanted.contains(quota)
                                       ? repository.setOverride(program, quota, wanted[quota])
                                       : repository.clearOverride(program, quota);
            if (!s)
                return s;
        }
    }
    return tx.commit();
}

bool sameTemplate(const std::optional<core::Template> &a, const std::optional<core::Template> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->name == b->name && a->title == b->title && a->kind == b->kind &&
           a->subject == b->subject && a->body == b->body;
}

bool sameTemplates(const TemplateRows &a, const TemplateRows &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!sameTemplate(it.value(), b.value(it.key())))
            return false;
    }
    return true;
}

core::Status writeTemplates(Session &session, const TemplateRows &to, const TemplateRows &stored)
{
    core::TemplateLibrary &library = session.templates();
    core::Transaction tx(session.db());
    if (auto s = tx.begin(); !s)
        return s;
    // Names let go first: a rename back needs its old name free.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = to.cbegin(); it != to.cend(); ++it) {
            const QString &name = it.key();
            if (bool(it.value()) == (pass == 0) || sameTemplate(it.value(), stored.value(name)))
                continue;
            core::Status s;
            if (it.value())
                s = library.save(*it.value());
            else if (library.isBuiltIn(name))
                s = library.reset(name);
            else
                s = library.remove(name);
            if (!s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace

Edit *profile(Session &session, Prompter &prompter, const core::ApplicantProfile &before,
              const core::ApplicantProfile &after)
{
    typename ValueEdit<core::ApplicantProfile>::Store store{
        [&session] { return core::ProfileRepository(session.db()).profile(); },
        [&session](const core::ApplicantProfile &to, const core::ApplicantProfile &) {
            return core::ProfileRepository(session.db()).saveProfile(to);
        },
        std::equal_to<core::ApplicantProfile>()};
    return valueEdit(session, prompter, Edit::tr("Edit Profile"), std::move(store), before, after);
}

Edit *season(Session &session, Prompter &prompter, const core::Season &before,
             const core::Season &after)
{
    typename ValueEdit<core::Season>::Store store{
        [&session] {
            return core::ProfileRepository(session.db()).season(session.currentMatchYear());
        },
        [&session](const core::Season &to, const core::Season &) {
            return core::ProfileRepository(session.db()).saveSeason(to);
        },
        std::equal_to<core::Season>()};
    return valueEdit(session, prompter, Edit::tr("Edit Season Dates"), std::move(store), before,
                     after);
}

Edit *quotas(Session &session, Prompter &prompter, const QString &text,
             const core::QuotaPolicy &before, const core::QuotaPolicy &after)
{
    typename ValueEdit<core::QuotaPolicy>::Store store{
        [&session] { return core::QuotaRepository(session.db()).load(); },
        [&session](const core::QuotaPolicy &to, const core::QuotaPolicy &stored) {
            return writeQuotas(session.db(), to, stored);
        },
        &sameQuotas};
    return valueEdit(session, prompter, text, std::move(store), before, after);
}

core::Result<TemplateRows> templateRows(Session &session, const QStringList &names)
{
    TemplateRows out;
    for (const QString &name : names)
        out.insert(name, std::nullopt);
    auto all = session.templates().all();
    if (!all)
        return all.error();
    for (const core::Template &t : std::as_const(all.value())) {
        if (out.contains(t.name) && (!t.builtIn || t.modified))
            out[t.name] = t;
    }
    return out;
}

Edit *templates(Session &session, Prompter &prompter, const QString &text,
                const TemplateRows &before, const TemplateRows &after)
{
    typename ValueEdit<TemplateRows>::Store store{
        [&session, names = before.keys()] { return templateRows(session, names); },
        [&session](const TemplateRows &to, const TemplateRows &stored) {
            return writeTemplates(session, to, stored);
        },
        &sameTemplates};
    return valueEdit(session, prompter, text, std::move(store), before, after);
}

} // namespace rapport::ui::settingsEdits
