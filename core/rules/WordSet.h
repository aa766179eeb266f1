#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace rapport::core {

// A few words looked up by QStringView, which QSet<QString> cannot do
// without making a QString of every word looked up. The words sit in one
// string: a season holds a few such sets for each of thousands of programs.
class WordSet final
{
public:
    WordSet() = default;
    explicit WordSet(QStringList words); // repeats are kept once

    bool contains(QStringView word) const;
    qsizetype size() const
    {
        return m_starts.empty() ? 0 : static_cast<qsizetype>(m_starts.size()) - 1;
    }
    // Of the words, whatever order they came in.
    std::size_t hash() const { return m_hash; }

private:
    QStringView word(std::size_t i) const
    {
        return QStringView(m_chars).mid(m_starts[i], m_starts[i + 1] - m_starts[i]);
    }

    QString m_chars;               // the words, sorted, one after another
    std::vector<quint32> m_starts; // where each word starts in m_chars, then the end
    std::vector<qint32> m_slots;   // open addressing by qHash: a word's index, or -1
    std::size_t m_hash = 0;
};

} // namespace rapport::core
