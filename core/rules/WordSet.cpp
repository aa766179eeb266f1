#include "WordSet.h"

#include <QHash>

namespace rapport::core {

WordSet::WordSet(QStringList words)
{
    words.sort();
    words.removeDuplicates();
    qsizetype chars = 0;
    for (const QString &w : std::as_const(words))
        chars += w.size();
    m_chars.reserve(chars);
    m_starts.reserve(static_cast<std::size_t>(words.size()) + 1);
    m_starts.push_back(0);
    for (const QString &w : std::as_const(words)) {
        m_chars += w;
        m_starts.push_back(static_cast<quint32>(m_chars.size()));
    }
    m_hash = qHashRange(words.cbegin(), words.cend());
    if (words.isEmpty())
        return;
    std::size_t slots = 4;
    while (slots < 2 * static_cast<std::size_t>(words.size()))
        slots *= 2;
    m_slots.assign(slots, -1);
    for (qsizetype i = 0; i < words.size(); ++i) {
        std::size_t slot = qHash(QStringView(words.at(i))) & (slots - 1);
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & (slots - 1);
        m_slots[slot] = static_cast<qint32>(i);
    }
}

bool WordSet::contains(QStringView w) const
{
    if (m_slots.empty())
        return false;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = qHash(w) & mask; m_slots[slot] >= 0; slot = (slot + 1) & mask) {
        if (word(static_cast<std::size_t>(m_slots[slot])) == w)
            return true;
    }
    return false;
}

} // namespace rapport::core
