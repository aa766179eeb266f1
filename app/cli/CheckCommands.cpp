#include "Commands.h"
#include "Context.h"
#include "Input.h"
#include "Output.h"

#include "domain/Parse.h"
#include "rules/RuleEngine.h"

namespace rapport::cli {

void runCheck(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({QStringLiteral("program")}), QStringLiteral("check"));
    core::RuleEngine &engine = ctx.engine();
    const auto program = args.id(QStringLiteral("program"));
    if (program) {
        const auto &programs = engine.snapshot().programs;
        const bool known = std::any_of(programs.begin(), programs.end(),
                                       [&](const core::Program &p) { return p.id == *program; });
        if (!known)
            throw CommandError(
                QStringLiteral("check: there is no program with id %1").arg(*program));
    }
    printFindings(ctx, program ? engine.checkProgram(*program) : engine.checkSeason());
}

void runLint(Context &ctx, const QStringList &words)
{
    const OptionSpec spec{{QStringLiteral("program"), QStringLiteral("kind"),
                           QStringLiteral("contact"), QStringLiteral("at"),
                           QStringLiteral("subject"), QStringLiteral("channel")},
                          {},
                          {QStringLiteral("incoming")},
                          0,
                          1};
    const Args args = Args::parse(words, spec, QStringLiteral("lint"));
    core::Draft draft;
    draft.direction = args.flag(QStringLiteral("incoming")) ? core::Direction::Incoming
                                                            : core::Direction::Outgoing;
    draft.programId = args.id(QStringLiteral("program")).value_or(0);
    draft.contactId = args.id(QStringLiteral("contact"));
    if (draft.contactId && draft.programId == 0)
        throw UsageError(QStringLiteral("lint: --contact needs --program"));
    draft.kind = enumOption<core::Kind>(args, QStringLiteral("kind")).value_or(core::Kind::Other);
    draft.channel =
        enumOption<core::Channel>(args, QStringLiteral("channel")).value_or(core::Channel::Email);
    draft.subject = args.value(QStringLiteral("subject"));
    draft.at = args.has(QStringLiteral("at"))
                   ? need(core::parseMoment(args.value(QStringLiteral("at")),
                                            QStringLiteral("lint: --at")))
                   : ctx.clock().now();
    draft.body = readTextInput(args.positionals().isEmpty() ? QStringLiteral("-")
                                                            : args.positionals().first());
    core::RuleEngine &engine = ctx.engine();
    if (draft.programId != 0) {
        const auto &programs = engine.snapshot().programs;
        if (std::none_of(programs.begin(), programs.end(),
                         [&](const core::Program &p) { return p.id == draft.programId; }))
            throw CommandError(
                QStringLiteral("lint: there is no program with id %1").arg(draft.programId));
    }
    printFindings(ctx, engine.checkDraft(draft));
}

} // namespace rapport::cli
