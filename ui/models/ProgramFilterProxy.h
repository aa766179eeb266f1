#pragma once

#include "domain/Enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace rapport::ui {

// Filters the program list by text (name, institution, city, state), by
// status and to those that need attention; sorts on the raw values.
class ProgramFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProgramFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStatus(std::optional<core::ProgramStatus> status);
    std::optional<core::ProgramStatus> status() const { return m_status; }
    void setNeedsAttention(bool on);
    bool needsAttention() const { return m_needsAttention; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words; // every word must match somewhere
    QString m_text;
    std::optional<core::ProgramStatus> m_status;
    bool m_needsAttention = false;
};

} // namespace rapport::ui
