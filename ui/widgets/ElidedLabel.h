#pragma once

#include <QLabel>

namespace rapport::ui {

// One line of plain text shortened with "…" when its room is too small,
// rather than holding its parent open; the whole text is then its tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideRight, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    Qt::TextElideMode m_mode;
    QString m_full;
    mutable int m_fullWidth = -1; // of m_full in the font, once asked
};

} // namespace rapport::ui
