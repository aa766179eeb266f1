#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace rapport::core {

// One field of a stored row, as a three-way merge sees it.
template <typename Row> struct RowField
{
    QString key; // the field's name, as the CLI and the schema spell it
    std::function<bool(const Row &, const Row &)> same;
    std::function<void(Row &to, const Row &from)> take;
    std::function<QString(const Row &)> text; // the value, for a person to read
};

template <typename Row, typename Value>
RowField<Row> rowField(const QString &key, Value Row::*member,
                       std::function<QString(const Value &)> text)
{
    return {key, [member](const Row &a, const Row &b) { return a.*member == b.*member; },
            [member](Row &to, const Row &from) { to.*member = from.*member; },
            [member, text = std::move(text)](const Row &r) {
                return text(r.*member);
            }};
}

// A field both this edit and another writer changed, to different values.
struct FieldConflict
{
    QString key;
    QString yours;
    QString stored;
};

template <typename Row> struct RowMerge
{
    Row row; // the stored row with this edit's changes on it
    QList<FieldConflict> conflicts;
};

// The fields edited changes from original, written onto the row as stored
// now: what another writer changed meanwhile stays. A field both changed
// differently is a conflict, and keeps this edit's value in row.
template <typename Row>
RowMerge<Row> mergeEdit(const Row &original, const Row &edited, const Row &stored,
                        const QList<RowField<Row>> &fields)
{
    RowMerge<Row> out{stored, {}};
    for (const RowField<Row> &f : fields) {
        if (f.same(edited, original))
            continue;
        if (!f.same(stored, original) && !f.same(stored, edited))
            out.conflicts << FieldConflict{f.key, f.text(edited), f.text(stored)};
        f.take(out.row, edited);
    }
    return out;
}

// merged's row with the user's choice made: the stored value for each
// conflicting field whose key is not in keepYours.
template <typename Row>
Row resolveConflicts(const RowMerge<Row> &merged, const Row &stored, const QSet<QString> &keepYours,
                     const QList<RowField<Row>> &fields)
{
    Row out = merged.row;
    for (const FieldConflict &c : merged.conflicts) {
        if (keepYours.contains(c.key))
            continue;
        for (const RowField<Row> &f : fields) {
            if (f.key == c.key)
                f.take(out, stored);
        }
    }
    return out;
}

} // namespace rapport::core
