#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace rapport::ui {

class Session;

// Calls refresh on every Session::changed() while widget is visible; a
// hidden widget is refreshed once, when it is next shown. A page nobody
// looks at then costs nothing per save. The function returned does the
// same for any other change the caller connects it to.
std::function<void()> refreshWhenShown(QWidget *widget, Session &session,
                                       std::function<void()> refresh);

} // namespace rapport::ui
