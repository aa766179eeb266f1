// The wording rules measured on the development set (tests/data/devset):
// whole messages, written apart from the corpus and the unit tests, each
// with the rules a careful adviser expects. Prints per-rule precision and
// recall, recall over problem messages and the share of clean messages left
// quiet, per direction.
//
// Usage: wording_eval [--devset DIR] [--model FILE] [--no-classifier]
//                     [--patterns-only] [--verbose] [--require]
//   --model: a fastText model to try instead of the built-in one.
//   --verbose: every miss and false alarm, with the sentence and its layer.
//   --explain SENTENCE / --explain-incoming SENTENCE: the concepts, frames
//   and scores behind one sentence.
//   --require: exit 1 unless recall >= 0.9 and quiet >= 0.95 per direction.
#include "rules/Lexicon.h"
#include "rules/PhraseMatcher.h"
#include "rules/RuleData.h"
#include "rules/SentenceClassifier.h"
#include "rules/Wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace rapport::core;

namespace {

// Info-level rules a clean message may raise without being a false alarm
// when the set expects them.
const QSet<QString> kInfoRules = {QStringLiteral("content.top_choice_claim"),
                                  QStringLiteral("incoming.strong_interest")};

struct Tally
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
};

QString ratio(int a, int b)
{
    return b == 0 ? QStringLiteral("  -  ") : QString::number(double(a) / b, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString devset = QStringLiteral(RAPPORT_SOURCE_DIR "/tests/data/devset");
    QString modelPath;
    bool noClassifier = false;
    bool verbose = false;
    bool require = false;
    QString scoresPath;
    QStringList explain;
    QString cleanCorpus;
    bool explainIncoming = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--devset") && i + 1 < args.size())
            devset = args[++i];
        else if (args[i] == QLatin1String("--model") && i + 1 < args.size())
            modelPath = args[++i];
        else if (args[i] == QLatin1String("--no-classifier") ||
                 args[i] == QLatin1String("--patterns-only"))
            noClassifier = true;
        else if (args[i] == QLatin1String("--verbose"))
            verbose = true;
        else if (args[i] == QLatin1String("--require"))
            require = true;
        else if (args[i] == QLatin1String("--clean-corpus") && i + 1 < args.size())
            cleanCorpus = args[++i];
        else if (args[i] == QLatin1String("--scores") && i + 1 < args.size())
            scoresPath = args[++i];
        else if ((args[i] == QLatin1String("--explain") ||
                  args[i] == QLatin1String("--explain-incoming")) &&
                 i + 1 < args.size()) {
            explain << args[i + 1];
            explainIncoming = args[i] == QLatin1String("--explain-incoming");
            ++i;
        }
    }
    QTextStream out(stdout);
    auto data = RuleData::builtIn();
    auto lexicon = Lexicon::builtIn();
    if (!data || !lexicon) {
        out << "cannot load rule data or lexicon\n";
        return 2;
    }
    std::shared_ptr<const SentenceClassifier> classifier;
    if (!noClassifier && !modelPath.isEmpty()) {
        QFile f(modelPath);
        if (!f.open(QIODevice::ReadOnly)) {
            out << modelPath << ": cannot read\n";
            return 2;
        }
        auto c = SentenceClassifier::fromBytes(f.readAll(), modelPath);
        if (!c) {
            out << c.error().message << '\n';
            return 2;
        }
        classifier = std::make_shared<const SentenceClassifier>(std::move(c.value()));
    } else if (!noClassifier) {
        classifier = SentenceClassifier::builtIn();
    }
    const PhraseMatcher matcher(*data);
    const WordingChecker checker(*data, matcher, *lexicon, classifier);
    for (const QString &u : checker.unresolved())
        out << "warning: frame names an unknown concept: " << u << '\n';

    if (!explain.isEmpty()) {
        for (const QString &sentence : explain)
            out << checker.explain(sentence,
                                   explainIncoming ? Direction::Incoming : Direction::Outgoing);
        return 0;
    }
    // --clean-corpus DIR: what the patterns raise on the corpus's clean and
    // hard-negative sentences (none of them should raise anything), one line
    // each, for auditing frames against text written to be clean.
    if (!cleanCorpus.isEmpty()) {
        const WordingChecker patterns(*data, matcher, *lexicon, nullptr);
        const QDir dir(cleanCorpus);
        int lines = 0;
        int raised = 0;
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            const bool clean = name.startsWith(QLatin1String("clean_")) ||
                               name.endsWith(QLatin1String(".neg.txt"));
            if (!clean)
                continue;
            const Direction direction =
                name.contains(QLatin1String("incoming")) ||
                        name.startsWith(QLatin1String("rank_request")) ||
                        name.startsWith(QLatin1String("application_inquiry")) ||
                        name.startsWith(QLatin1String("withdraw_pressure")) ||
                        name.startsWith(QLatin1String("guarantee")) ||
                        name.startsWith(QLatin1String("requires_communication"))
                    ? Direction::Incoming
                    : Direction::Outgoing;
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            while (!f.atEnd()) {
                QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                    continue;
                line.replace(QStringLiteral("{program}"), QStringLiteral("Lakeside"))
                    .replace(QStringLiteral("{person}"), QStringLiteral("Dr. Okafor"))
                    .replace(QStringLiteral("{city}"), QStringLiteral("Chicago"))
                    .replace(QStringLiteral("{weekday}"), QStringLiteral("Friday"))
                    .replace(QStringLiteral("{date}"), QStringLiteral("January 12"));
                ++lines;
                for (const WordingHit &h : patterns.sentenceHits(line, direction)) {
                    if (h.rule == QLatin1String("incoming.strong_interest"))
                        continue;
                    ++raised;
                    out << name << '\t' << h.rule << '\t'
                        << (h.source == WordingHit::Source::Phrase ? "phrase" : "frame") << '\t'
                        << line << '\n';
                }
            }
        }
        out << raised << " findings on " << lines << " clean corpus sentences\n";
        return 0;
    }
    // --scores FILE: per message and rule, whether it is expected, whether
    // the patterns raise it and the classifier's highest sentence score: what
    // choosing thresholds needs.
    const WordingChecker patternsOnly(*data, matcher, *lexicon, nullptr);
    QFile scoresFile(scoresPath);
    if (!scoresPath.isEmpty() && !scoresFile.open(QIODevice::WriteOnly | QIODevice::Text)) {
        out << scoresPath << ": cannot write\n";
        return 2;
    }
    QTextStream scoresOut(&scoresFile);
    bool ok = true;
    qint64 analyseNs = 0;
    qsizetype sentenceCount = 0;
    for (const auto &[name, direction] :
         {std::pair{QStringLiteral("outgoing"), Direction::Outgoing},
          std::pair{QStringLiteral("incoming"), Direction::Incoming}}) {
        QFile f(devset + QLatin1Char('/') + name + QStringLiteral(".jsonl"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            out << f.fileName() << ": cannot read\n";
            return 2;
        }
        QMap<QString, Tally> perRule;
        int problems = 0;
        int problemsCaught = 0;
        int clean = 0;
        int cleanQuiet = 0;
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject m = QJsonDocument::fromJson(line).object();
            if (m.isEmpty()) {
                out << f.fileName() << ':' << lineNo << ": not a JSON object\n";
                return 2;
            }
            QSet<QString> expected;
            for (const QJsonValue v : m.value(QStringLiteral("expect")).toArray())
                expected.insert(v.toString());
            QElapsedTimer timer;
            timer.start();
            const auto analysis =
                checker.analyse(m.value(QStringLiteral("subject")).toString(),
                                m.value(QStringLiteral("body")).toString(), direction);
            analyseNs += timer.nsecsElapsed();
            sentenceCount += analysis->sentences.size();
            if (!scoresPath.isEmpty() && classifier) {
                const auto patterns =
                    patternsOnly.analyse(m.value(QStringLiteral("subject")).toString(),
                                         m.value(QStringLiteral("body")).toString(), direction);
                for (const QString &rule : WordingChecker::rules(direction)) {
                    float best = 0.0F;
                    for (const auto &sentence : analysis->sentences)
                        best = std::max(best, checker.classifierScore(sentence.text, rule));
                    scoresOut << name << ' ' << m.value(QStringLiteral("id")).toString() << ' '
                              << rule << ' ' << (expected.contains(rule) ? 1 : 0) << ' '
                              << (patterns->hit(rule) ? 1 : 0) << ' ' << best << '\n';
                }
            }
            QSet<QString> found;
            for (const WordingHit &h : analysis->hits) {
                if (h.rule != QLatin1String("match.outside_contract"))
                    found.insert(h.rule);
            }
            const QString id = m.value(QStringLiteral("id")).toString();
            for (const QString &rule : WordingChecker::rules(direction)) {
                const bool e = expected.contains(rule);
                const bool g = found.contains(rule);
                Tally &t = perRule[rule];
                t.tp += e && g;
                t.fn += e && !g;
                // Reassurance is optional for scoring when not expected.
                t.fp += !e && g && rule != QLatin1String("incoming.strong_interest");
                if (verbose && e != g &&
                    !(g && rule == QLatin1String("incoming.strong_interest"))) {
                    const WordingHit *h = analysis->hit(rule);
                    out << (e                                   ? "MISS  "
                            : (expected - kInfoRules).isEmpty() ? "FALSE*"
                                                                : "FALSE ")
                        << id << ' ' << rule;
                    if (h) {
                        static const char *const kSource[] = {"phrase", "frame", "classifier",
                                                              "layout"};
                        out << " [" << kSource[static_cast<int>(h->source)] << ' '
                            << QString::number(h->score, 'f', 2) << "] "
                            << analysis->sentences.at(h->sentence).text.simplified();
                    } else {
                        out << " — " << m.value(QStringLiteral("note")).toString();
                    }
                    out << '\n';
                }
            }
            QSet<QString> problemRules = expected - kInfoRules;
            const QSet<QString> unexpected =
                (found - expected) - QSet<QString>{QStringLiteral("incoming.strong_interest")};
            if (!problemRules.isEmpty()) {
                ++problems;
                problemsCaught += !(found & problemRules).isEmpty();
            } else {
                ++clean;
                cleanQuiet += unexpected.isEmpty();
            }
        }
        out << "\n" << name << " (" << problems << " problem, " << clean << " clean messages)\n";
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("rule"), -34)
                   .arg(QStringLiteral("tp"), 4)
                   .arg(QStringLiteral("fp"), 4)
                   .arg(QStringLiteral("fn"), 4)
                   .arg(QStringLiteral("precision"), 9)
                   .arg(QStringLiteral("recall"), 7);
        for (auto it = perRule.begin(); it != perRule.end(); ++it) {
            if (it.key() == QLatin1String("match.outside_contract"))
                continue;
            const Tally &t = it.value();
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                       .arg(it.key(), -34)
                       .arg(t.tp, 4)
                       .arg(t.fp, 4)
                       .arg(t.fn, 4)
                       .arg(ratio(t.tp, t.tp + t.fp), 9)
                       .arg(ratio(t.tp, t.tp + t.fn), 7);
        }
        const double recall = problems ? double(problemsCaught) / problems : 1.0;
        const double quiet = clean ? double(cleanQuiet) / clean : 1.0;
        out << "  message-level recall on problem messages: " << ratio(problemsCaught, problems)
            << " (" << problemsCaught << "/" << problems << ")\n";
        out << "  quiet on clean messages:                  " << ratio(cleanQuiet, clean) << " ("
            << cleanQuiet << "/" << clean << ")\n";
        ok = ok && recall >= 0.9 && quiet >= 0.95;
    }
    // Every sentence of the set is new to the checker's caches: this is the
    // cost of a sentence seen for the first time.
    out << "\nanalysed " << sentenceCount << " sentences in " << analyseNs / 1000000 << " ms: "
        << QString::number(double(analyseNs) / 1000.0 / std::max<qsizetype>(1, sentenceCount), 'f',
                           1)
        << " us per sentence, cold\n";
    out.flush();
    return require && !ok ? 1 : 0;
}
