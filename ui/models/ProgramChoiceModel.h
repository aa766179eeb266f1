#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <memory>

namespace rapport::core {
struct Program;
}

namespace rapport::ui {

// The programs a combo box offers, by name: the name as text and the
// program's id as Qt::UserRole, where QComboBox::addItem would put them.
// The sorted list is shared by every model made from the same programs, so
// a dialog that offers 4,000 programs opens without sorting or copying them.
class ProgramChoiceModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Choice
    {
        QString name;
        qint64 id = 0;
    };
    using Choices = std::shared_ptr<const QList<Choice>>;

    // programs by name, made again only when their names or ids changed.
    static Choices sorted(const QList<core::Program> &programs);

    using QAbstractListModel::QAbstractListModel;

    void setChoices(Choices choices);
    // The row of programId, or -1.
    int rowOf(qint64 programId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Choices m_choices;
};

} // namespace rapport::ui
