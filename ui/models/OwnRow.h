#pragma once

#include <QAbstractItemModel>

namespace rapport::ui {

// Whether index is a row of model's own (valid, in range, top level). No
// item at all is no mistake (a combo box with none current asks for it)
// and draws no warning; anything else that is not such a row does, through
// Qt's checkIndex.
inline bool isOwnRow(const QAbstractItemModel &model, const QModelIndex &index)
{
    using Check = QAbstractItemModel::CheckIndexOption;
    return index.isValid() && model.checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid);
}

} // namespace rapport::ui
