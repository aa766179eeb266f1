#include "TemplateListModel.h"

#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "Session.h"
#include "compose/TemplateLibrary.h"

#include <QFont>

namespace rapport::ui {

TemplateListModel::TemplateListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, &TemplateListModel::refresh);
    refresh();
}

void TemplateListModel::refresh()
{
    beginResetModel();
    auto all = m_session.templates().all();
    m_error = all.errorMessage();
    m_templates = all ? all.value() : QList<core::Template>();
    endResetModel();
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_templates.size());
}

int TemplateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Template *TemplateListModel::templateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_templates.size())
        return nullptr;
    return &m_templates.at(index.row());
}

QModelIndex TemplateListModel::indexOf(const QString &name, int column) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).name == name)
            return index(row, column);
    }
    return {};
}

QString TemplateListModel::originLabel(const core::Template &tmpl)
{
    if (!tmpl.builtIn)
        return tr("Yours");
    return tmpl.modified ? tr("Built-in, edited") : tr("Built-in");
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    const core::Template *t = templateAt(index);
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return t->title.isEmpty() ? t->name : t->title;
        case KindColumn: return labels::kind(t->kind);
        case OriginColumn: return originLabel(*t);
        default: return {};
        }
    case Qt::ToolTipRole: return plainText::toolTip(t->name);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && t->modified)
            return themeIcon(QStringLiteral("document-edit"));
        return {};
    case Qt::FontRole:
        if (index.column() == OriginColumn && !t->builtIn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NameRole: return t->name;
    case BuiltInRole: return t->builtIn;
    case ModifiedRole: return t->modified;
    default: return {};
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Template");
    case KindColumn: return tr("Kind");
    case OriginColumn: return tr("Origin");
    default: return {};
    }
}

} // namespace rapport::ui
