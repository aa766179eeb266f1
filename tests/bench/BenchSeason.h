#pragma once

#include "demo/DemoSeason.h"
#include "domain/Season.h"
#include "storage/Database.h"

#include <QDate>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace rapport::bench {

// The 100x demo season as it stands on today, built once a day into the
// temporary folder and shared by the benchmarks that read or copy it.
inline QString season100x(const QDate &today)
{
    const QString cached = QStringLiteral("%1/rapport-bench-100x-%2.sqlite")
                               .arg(QDir::tempPath(), today.toString(Qt::ISODate));
    if (QFile::exists(cached))
        return cached;
    std::fprintf(stderr, "Building the 100x season into %s...\n", qPrintable(cached));
    const QString building = cached + QStringLiteral(".building.sqlite");
    QFile::remove(building);
    {
        auto db = core::Database::open(building);
        core::DemoOptions options;
        options.scale = 100;
        options.today = today;
        options.matchYear = core::Season::matchYearAt(today);
        auto made = db ? core::generateDemoSeason(**db, options)
                       : core::Result<core::DemoSummary>(db.error());
        if (!made) {
            std::fprintf(stderr, "cannot build the 100x season: %s\n",
                         qPrintable(made.errorMessage()));
            std::exit(1);
        }
    }
    if (!QFile::rename(building, cached)) {
        std::fprintf(stderr, "cannot store the built season\n");
        std::exit(1);
    }
    return cached;
}

} // namespace rapport::bench
