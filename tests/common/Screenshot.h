#pragma once

#include <QString>

class QWidget;

// With ASCENDDECK_SCREENSHOT_DIR set, the GUI tests save what they show as PNGs there (how the pictures in
// docs/screenshots are made); without it, nothing.
class Screenshot
{
public:
    static void save(QWidget *widget, const QString &name);
};
