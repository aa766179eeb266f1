#include "PdfJob.h"

#include <QThread>

namespace rapport::ui {

PdfJob::PdfJob(Write write, QObject *parent) : QObject(parent), m_write(std::move(write)) {}

PdfJob::~PdfJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void PdfJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        m_result = m_write(
            [this](PdfStage stage, int done, int total) { return report(stage, done, total); });
    }));
    connect(m_thread.get(), &QThread::finished, this, &PdfJob::finished);
    m_thread->start();
}

void PdfJob::cancel()
{
    m_cancelled = true;
}

// Runs on the writing thread; the signals queue to the job's own. A
// hundred a stage are enough for the eye, and thousands of pages would keep
// the window busy redrawing the dialog.
bool PdfJob::report(PdfStage stage, int done, int total)
{
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
    if (stage != m_lastStage || percent != m_lastPercent || done == total) {
        m_lastStage = stage;
        m_lastPercent = percent;
        Q_EMIT progressed(stage, done, total);
    }
    return !m_cancelled;
}

} // namespace rapport::ui
