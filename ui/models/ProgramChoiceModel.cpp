#include "ProgramChoiceModel.h"

#include "models/OwnRow.h"

#include "domain/Program.h"

#include <algorithm>

namespace rapport::ui {
namespace {

// The last list sorted, with the programs it was made from in their own
// order: comparing those is far cheaper than sorting again.
struct SortedCache
{
    QList<ProgramChoiceModel::Choice> from;
    ProgramChoiceModel::Choices sorted;
};

bool madeFrom(const QList<ProgramChoiceModel::Choice> &from, const QList<core::Program> &programs)
{
    return std::equal(from.cbegin(), from.cend(), programs.cbegin(), programs.cend(),
                      [](const ProgramChoiceModel::Choice &c, const core::Program &p) {
                          return c.id == p.id && c.name == p.name;
                      });
}

} // namespace

ProgramChoiceModel::Choices ProgramChoiceModel::sorted(const QList<core::Program> &programs)
{
    // Combo boxes live on the window's thread only.
    static SortedCache cache;
    if (cache.sorted && madeFrom(cache.from, programs))
        return cache.sorted;
    QList<Choice> from;
    from.reserve(programs.size());
    for (const core::Program &p : programs)
        from.append({p.name, p.id});
    QList<Choice> choices = from;
    std::sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    cache = {std::move(from), std::make_shared<const QList<Choice>>(std::move(choices))};
    return cache.sorted;
}

void ProgramChoiceModel::setChoices(Choices choices)
{
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

int ProgramChoiceModel::rowOf(qint64 programId) const
{
    if (!m_choices || programId == 0)
        return -1;
    const auto it = std::find_if(m_choices->cbegin(), m_choices->cend(),
                                 [programId](const Choice &c) { return c.id == programId; });
    return it == m_choices->cend() ? -1 : static_cast<int>(it - m_choices->cbegin());
}

int ProgramChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_choices ? 0 : static_cast<int>(m_choices->size());
}

QVariant ProgramChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const Choice &c = m_choices->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return c.name;
    case Qt::UserRole: return c.id;
    default: return {};
    }
}

} // namespace rapport::ui
