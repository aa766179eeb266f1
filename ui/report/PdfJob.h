#pragma once

#include "PdfPages.h"
#include "Result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace rapport::ui {

// Writes a PDF on a thread of its own, so the window stays responsive while
// a long season is set. The writing works from its own copy of the season
// (a SeasonReport holds one), so the season may change meanwhile. Progress
// and the end are signalled to the thread that made the job.
class PdfJob final : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<core::Result<int>(const PdfProgress &progress)>;

    explicit PdfJob(Write write, QObject *parent = nullptr);
    // Stops the writing and waits for it: the file is left as it was.
    ~PdfJob() override;
    Q_DISABLE_COPY_MOVE(PdfJob)

    void start();
    // After finished(): the number of pages written, or why there are none.
    const core::Result<int> &result() const { return *m_result; }

public Q_SLOTS:
    // The writing stops at the next row or page; finished() follows.
    void cancel();

Q_SIGNALS:
    // At most once per percent of each stage, and at its end.
    void progressed(rapport::ui::PdfStage stage, int done, int total);
    void finished();

private:
    bool report(PdfStage stage, int done, int total);

    Write m_write;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled = false;
    std::optional<core::Result<int>> m_result;
    // Touched by the writing thread only.
    PdfStage m_lastStage = PdfStage::LayingOut;
    int m_lastPercent = -1;
};

} // namespace rapport::ui
