#pragma once

#include "Edit.h"

#include "Result.h"
#include "domain/Profile.h"
#include "domain/QuotaPolicy.h"
#include "domain/Season.h"
#include "domain/Template.h"

#include <QMap>

#include <optional>

namespace rapport::ui {

// Edits of values without a revision (profile, season, quotas, templates):
// undo and redo write the whole value back, and where it was changed
// elsewhere since, ask before replacing that change.
namespace settingsEdits {

Edit *profile(Session &session, Prompter &prompter, const core::ApplicantProfile &before,
              const core::ApplicantProfile &after);
Edit *season(Session &session, Prompter &prompter, const core::Season &before,
             const core::Season &after);
// text: what the user did ("Edit Quota Defaults").
Edit *quotas(Session &session, Prompter &prompter, const QString &text,
             const core::QuotaPolicy &before, const core::QuotaPolicy &after);

// The stored rows of the named templates: nothing for a built-in as shipped
// or a name no template has.
using TemplateRows = QMap<QString, std::optional<core::Template>>;
core::Result<TemplateRows> templateRows(Session &session, const QStringList &names);
Edit *templates(Session &session, Prompter &prompter, const QString &text,
                const TemplateRows &before, const TemplateRows &after);

} // namespace settingsEdits
} // namespace rapport::ui
