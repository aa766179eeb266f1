#pragma once

#include "domain/Template.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport::ui {

class Session;

// The template library as the editor lists it: built-ins (marked when the
// user edited them), then the user's own.
class TemplateListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        BuiltInRole,
        ModifiedRole
    };

    explicit TemplateListModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const core::Template *templateAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &name, int column = 0) const;

    static QString originLabel(const core::Template &tmpl);

    // The error of the last refresh, empty when the library could be read.
    QString error() const { return m_error; }

public Q_SLOTS:
    void refresh();

private:
    Session &m_session;
    QList<core::Template> m_templates;
    QString m_error;
};

} // namespace rapport::ui
