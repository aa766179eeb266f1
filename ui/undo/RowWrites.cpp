#include "RowWrites.h"

#include "Session.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ContactDialog.h"
#include "pages/ProgramDetailsTab.h"

#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

namespace rapport::ui::rowWrites {
namespace {

// Contacts and entries: written only while the row is still as read.
template <typename Row, typename Repository>
std::optional<Row> writeRow(Repository repository, Prompter &prompter, QWidget *parent,
                            const QString &what, QString (*label)(const QString &), const Row &from,
                            const Row &to)
{
    auto stored = repository.get(to.id);
    if (!stored) {
        prompter.showError(parent, stored.errorMessage());
        return std::nullopt;
    }
    const auto &fields = Repository::fields();
    const auto merged = core::mergeEdit(from, to, *stored, fields);
    QSet<QString> keep;
    if (!merged.conflicts.isEmpty()) {
        const auto chosen = prompter.resolveConflicts(parent, what, merged.conflicts, label);
        if (!chosen)
            return std::nullopt;
        keep = *chosen;
    }
    const Row row = core::resolveConflicts(merged, *stored, keep, fields);
    if (auto s = repository.update(row, stored->revision); !s) {
        prompter.showError(parent, s.errorMessage());
        return std::nullopt;
    }
    auto written = repository.get(row.id);
    if (!written) {
        prompter.showError(parent, written.errorMessage());
        return std::nullopt;
    }
    return written.value();
}

} // namespace

std::optional<core::Program> program(Session &session, Prompter &prompter, QWidget *parent,
                                     const core::Program &from, const core::Program &to)
{
    core::Program original = from;
    core::Program edited = to;
    for (;;) {
        auto saved = core::ProgramRepository(session.db()).save(original, edited);
        if (!saved) {
            prompter.showError(parent, saved.errorMessage());
            return std::nullopt;
        }
        if (saved->written())
            return saved->stored;
        const auto keep = prompter.resolveConflicts(parent, to.name, saved->conflicts,
                                                    &ProgramDetailsTab::fieldLabel);
        if (!keep)
            return std::nullopt;
        const auto &fields = core::ProgramRepository::fields();
        edited = core::resolveConflicts(core::mergeEdit(original, edited, saved->stored, fields),
                                        saved->stored, *keep, fields);
        original = saved->stored;
    }
}

std::optional<core::Contact> contact(Session &session, Prompter &prompter, QWidget *parent,
                                     const core::Contact &from, const core::Contact &to)
{
    return writeRow(core::ContactRepository(session.db()), prompter, parent, to.formalName(),
                    &ContactDialog::fieldLabel, from, to);
}

std::optional<core::Communication> communication(Session &session, Prompter &prompter,
                                                 QWidget *parent, const core::Communication &from,
                                                 const core::Communication &to)
{
    return writeRow(core::CommunicationRepository(session.db()), prompter, parent, to.subject,
                    &CommunicationDialog::fieldLabel, from, to);
}

QString titleCase(const QString &label)
{
    static const QStringList small{QStringLiteral("a"),   QStringLiteral("an"),
                                   QStringLiteral("and"), QStringLiteral("in"),
                                   QStringLiteral("of"),  QStringLiteral("the")};
    QStringList words = label.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (!w.isEmpty() && (i == 0 || !small.contains(w)))
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace rapport::ui::rowWrites
