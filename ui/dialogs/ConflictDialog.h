#pragma once

#include "storage/RowMerge.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <functional>

class QRadioButton;

namespace rapport::ui {

// Fields another writer changed while the user edited them too: for each,
// the user's value and the stored one, to choose between. The user's is
// chosen at first.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString &what, const QList<core::FieldConflict> &conflicts,
                   const std::function<QString(const QString &)> &label, QWidget *parent = nullptr);

    // The keys of the fields where the user keeps their own value.
    QSet<QString> keptYours() const;

private:
    QList<core::FieldConflict> m_conflicts;
    QList<QRadioButton *> m_yours;
};

} // namespace rapport::ui
