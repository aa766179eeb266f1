#pragma once

#include <QIcon>
#include <QLabel>

namespace rapport::ui {

// A label showing an icon at a fixed size. A QLabel keeps the pixmap it
// was given, so this one draws it again when the palette changes: the
// bundled icons take their colour from it.
class IconLabel final : public QLabel
{
    Q_OBJECT

public:
    IconLabel(QIcon icon, int extent, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();

    QIcon m_icon;
    int m_extent;
};

} // namespace rapport::ui
