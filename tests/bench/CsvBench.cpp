// Program CSV import time against the number of rows. Run by hand:
//   csv_bench [--rows N,N,...] [--repeat N]
//
// For each N (default 5,000, 20,000 and 50,000) writes a file of N programs
// (name, city, state, institution, interview date, notes; no NRMP code, so
// every row is looked up by name and city), imports it into a fresh season
// and then again into the same season, where every row is an update.
// Prints the median wall time of --repeat runs (default 3) of each, and the
// time per 1,000 rows: flat per-row times mean the import is linear.
#include "io/ProgramCsvImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rapport;

namespace {

QByteArray programsCsv(int rows)
{
    QByteArray out("Program,City,State,Institution,Interview Date,Notes\n");
    for (int i = 0; i < rows; ++i) {
        out += QStringLiteral("Program %1,City %2,ST,Institution %1,2026-11-%3,note %1\n")
                   .arg(i)
                   .arg(i % 500)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Seconds for preview and apply, or a negative number when the import fails.
double timedImport(core::Database &db, const QByteArray &bytes, int expectAdded)
{
    QElapsedTimer timer;
    timer.start();
    auto preview = core::ProgramCsvImport::preview(bytes);
    if (!preview)
        return -1;
    auto summary = core::ProgramCsvImport::apply(db, *preview, core::ImportMode::AllOrNothing);
    if (!summary || summary->added != expectAdded)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes = {5000, 20000, 50000};
    int repeat = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rows")) {
            sizes.clear();
            for (const QString &n : args.at(i + 1).split(QLatin1Char(',')))
                sizes << n.toInt();
        } else if (args.at(i) == QLatin1String("--repeat")) {
            repeat = std::max(1, args.at(i + 1).toInt());
        }
    }
    std::printf("%8s  %12s  %12s  %14s\n", "rows", "new (s)", "again (s)", "ms/1000 again");
    for (const int rows : sizes) {
        const QByteArray bytes = programsCsv(rows);
        std::vector<double> fresh, again;
        for (int r = 0; r < repeat; ++r) {
            QTemporaryDir dir;
            auto db = core::Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
                return 1;
            }
            fresh.push_back(timedImport(**db, bytes, rows));
            again.push_back(timedImport(**db, bytes, 0));
            if (fresh.back() < 0 || again.back() < 0) {
                std::fprintf(stderr, "the import of %d rows failed\n", rows);
                return 1;
            }
        }
        std::printf("%8d  %12.2f  %12.2f  %14.1f\n", rows, median(fresh), median(again),
                    median(again) * 1e6 / rows);
    }
    return 0;
}
