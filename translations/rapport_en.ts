<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AllowanceText</name>
    <message>
        <source>Thank-you due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thank-you rounds sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thank-you rounds sent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds allowed: %1 (notes to different interviewers within the window are one round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs told they are your top choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs told they are your top choice: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum %1 in the whole season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was told on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was told on %1: one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended %1 · maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 past the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another is allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another is allowed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next allowed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you due in %1 h, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you due in %1 min, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeText</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>What “%1” changed was changed again elsewhere since (by rapport-cli, or Rapport in another window). Undo it anyway? That change will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” changed was changed elsewhere since it was undone (by rapport-cli, or Rapport in another window). Redo it anyway? That change will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Program Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Season Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your season is empty. Open a demo season to look around first? It is kept in a separate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientCombos</name>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleData</name>
    <message>
        <source>Binding promise</source>
        <extracomment>Rule content.binding_commitment: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering how you plan to rank is allowed; promising it is not. The NRMP rules out binding commitments before the Match (“I promise to rank you first”, “if you rank me … I will”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-emotional language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay steady and professional. The guide&apos;s example of what not to write is “This is my only dream; my life depends on matching at your program.” Desperation does not persuade a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic or copied text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid mass, generic emails and tailor each message: the guide warns that coordinators notice copy-paste messages. A body at least 80% the same (3-word shingles) as one sent to another program, or one that names nothing of this program, is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep emails concise: the guide suggests 8–12 lines. The salutation, the signature and quoted earlier messages are not counted; a paragraph counts as the lines it wraps to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfilled placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message with a template field left in it (“[Program Name]”, “{{contact}}”, “XXX”) would go out broken and shows it was mass-mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure on the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pressure a program by mentioning competing offers, ultimatums or deadlines for a reply; the guide lists this among the pitfalls after interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking about your rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask a program how, where or whether it will rank you, or for your “status”: the NRMP forbids soliciting statements that imply a commitment, and the guide says not to ask directly how the program will rank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosing rank-list plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your rank list to yourself beyond saying how you regard the program you are writing to; the guide says not to disclose your full rank-list plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with a salutation that uses the person&apos;s correct title and last name (the guide: “correct titles (Dr., Ms., Mr., etc.)”); “Dear Mr. Lopez” to Dr. Lopez, or a first name alone, reads as careless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-choice claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying a program is your top choice is allowed for one program, if it is true; it counts towards quota.top_choice for the whole season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program asks where else you applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NRMP (MPA §6.4) forbids programs to ask where else you applied, interviewed or signalled, or how you will rank other programs. You may keep that confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise of a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program&apos;s promise of a position or a match is not binding and is not allowed to be traded for anything. Rank programs in your true order of preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program asks how you will rank it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs may not ask where you will rank them or ask you to rank them first. You need not answer; say you will build your rank list independently (the “reply to pressure” template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program requires post-interview contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Match communication code says programs shall not solicit or require post-interview communication (a letter, a commitment, a second look as a condition). You need not comply; it must not affect your ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program expresses strong interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it as reassurance, not certainty: “we intend to rank you highly” or “ranked to match” promise nothing. Keep ranking in your own true order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program may ask you to withdraw from the Match or from other interviews. Do not withdraw; seek advice from your dean&apos;s office, a mentor or the NRMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer outside the Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program that takes part in the NRMP Match may not offer a position or contract outside it; accepting one is a breach of the Match Participation Agreement for both sides. Do not withdraw or sign anything: get it in writing and ask your dean&apos;s office, a mentor or the NRMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match results are released at noon US Eastern on Match Day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match results are released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NRMP closes rank-list certification at 9 p.m. US Eastern on the deadline day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certify your rank order list in the NRMP R3 system before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and interview date disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-interview kind dated after the interview, or a post-interview kind before it, usually means the kind or the interview date needs correcting; quotas count by kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program&apos;s own policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow each program&apos;s stated communication policy; ignoring or contradicting it (“we do not consider post-interview communications”) is one of the guide&apos;s don&apos;ts. A visa-sponsorship question is always appropriate, whatever the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-interview updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the interview, one or two updates per program, with real news, are the most the guide advises (“1–2 update emails total per program (not monthly)”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-interview emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the interview, one or two short interest or update emails per program are enough; the guide&apos;s limit is “1–2 pre-interview interest/update emails”. More reads as pushy rather than interested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERAS preference signalling allows a fixed number of signals per season (25 in otolaryngology in 2024 and 2025); marking more programs than that cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one thank-you round after the interview (“1 thank-you email after interview”). The round may be a note to the program director and one to each interviewer, sent within the 72-hour window (or within a day of the round&apos;s first note); a second note to the same person, or another note after the round, is a second thank-you and adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One top-choice program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell only one program it is your top choice, and only if it is true. Telling several programs they are your #1 is dishonest, and in a small specialty word travels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal to the home program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPDO advises against spending a preference signal on your home program, which already knows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people at one program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to one person at a program at a time; the guide&apos;s don&apos;ts include messages to multiple faculty at the same program. Thank-you notes to each interviewer are the exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space messages to one program out: the guide warns against weekly emails and says updates are “not monthly”. Answering the program, logistics and visa-sponsorship questions do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes belong within 24–72 hours of the interview, while the conversation is fresh for both sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>%1 (allowed from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You withdrew from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined your application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You matched at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-interview email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-interview update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-choice letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not want post-interview communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the program coordinator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 days after the message of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not want thank-you notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview was on %1; what follows is post-interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview is over; what follows is post-interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the interview on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the interview, which is not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1-hour thank-you window closed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which runs past the interview on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is allowed now (%2 of %3 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 allowed from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post-interview update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; next, %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; next, %2 after the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told %1 on %2 that it is your top choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you round sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thank-you rounds sent (%2); the maximum is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3s sent (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recommended; this would be the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your top choice went to %1; tell one program only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks how the program will rank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes a binding promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses over-emotional language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puts pressure on the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discloses your rank-list plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says it is your top choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 has about %2 lines of text; keep it to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Message to %1 has only %n lines of text; say what is specific to this program</source>
        <translation>
            <numerusform>Message to %1 has only %n line of text; say what is specific to this program</numerusform>
            <numerusform>Message to %1 has only %n lines of text; say what is specific to this program</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfilled placeholder in the message to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 has no salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation %1 does not address %2 by title and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 is nearly the same (similarity %2) as the one sent to %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and names nothing specific to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 names nothing specific to it (program, institution, city or people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked how you will rank it. Programs may not ask this; you need not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked you to withdraw from the Match or from other interviews. Programs may not ask this: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 promised you a position or a match. Such a promise is not binding; rank in your true order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked where else you applied, interviewed, signalled or will rank. Programs may not ask this; you may keep it to yourself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for post-interview communication. Programs may not require or solicit it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expressed strong interest. Reassurance, not a promise: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered a position or contract outside the Match. Programs in the Match may not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (their words: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks applicants to write only to the program coordinator; this goes to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged on %2, after the interview at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged on %2, before the interview at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thank-you round to %2 (earlier: %3); the maximum is %4 (notes to different interviewers within the window are one round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3; the maximum is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3; %4 is recommended (the maximum is %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the %2 program told it is your top choice (before: %3); the maximum is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preference signal is marked for your home program, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programs are marked as sent a preference signal; %2 allows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated date — check the NRMP calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview on %1; send one thank-you (to the program director and/or each interviewer, one round) by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you to %1 sent %2 h after the interview (%3); the window is %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 after the previous message to %2 (%3, %4); keep at least %5 days between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people at %2 written to within %3 days: %4, and now %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you to %1 is due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre interview interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visa inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post interview update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter of strong interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second look request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonLock</name>
    <message>
        <source>%1 is already open in another Rapport window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder does not allow writing the lock file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the lock file %2 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonReport</name>
    <message>
        <source>The whole season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAMC ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n drafts</source>
        <translation>
            <numerusform>, %n draft</numerusform>
            <numerusform>, %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violations</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone past knowingly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, estimated — check the NRMP calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ a preference signal was sent. Findings: the warnings and violations not gone past. Rank: your preference order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone past knowingly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone past knowingly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open warnings or violations; those you went past knowingly follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings or violations: every message so far is within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each with the guidance it rests on. Those you chose to go past follow, under “Gone past knowingly”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and violations you chose to go past when you logged the message, with the date and your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-choice letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet. Tell one program only, once, that it is your first choice, and mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-choice sentence in another message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one program was told it is your first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, in date order; drafts in grey.</source>
        <translation>
            <numerusform>%n entry, in date order.</numerusform>
            <numerusform>%n entries, in date order; drafts in grey.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no program with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has matched IMGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you due by %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings or violations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated — check the NRMP calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message in date order, with the season&apos;s milestones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Shares substantial news since you submitted your application (a publication, a Step result, US clinical experience), before the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause, e.g. &quot;I have passed USMLE Step 3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence, e.g. &quot;My case report was accepted by The Laryngoscope&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What draws you to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A noun phrase, e.g. &quot;your skull base surgery rotation and its cadaver lab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows up a conversation with faculty at a meeting such as AAO-HNSF: thanks them, recalls what you discussed and says you have applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;the AAO-HNSF 2026 Annual Meeting&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A noun phrase, e.g. &quot;outcomes after transoral robotic surgery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells one program, once in the whole season and only if it is true, that it is your first choice. It promises nothing and asks for nothing in return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells a program you are very interested in it, with specific reasons, without claiming it is your first or top choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares one new, objective achievement after the interview and says you remain interested. One or two per program in a season, never a routine check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduces you to a program you have a real connection to, before interview invitations: who you are, why this program, what you bring. Send at most one or two pre-interview messages per program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connection to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause, e.g. &quot;my research mentor completed her fellowship at your institution&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your strongest ENT experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause, e.g. &quot;I have worked as a research fellow in rhinology&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers a program that asks how you will rank it, or presses for a commitment: thanks them and stays warm, but keeps your rank list private, as NRMP policy lets you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the program&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from the message you are answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the coordinator whether the program offers second-look visits and how to arrange one, making clear you know the visit is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you hope to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;a day in the resident head and neck clinic&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short thank-you to the program director or an interviewer within 24 to 72 hours of the interview, recalling something you actually discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks which visas the program sponsors for its residents, so that you can plan your applications and rank list around programs that can take you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;J-1&quot; or &quot;H-1B&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pre-Match communication tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main pages into DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CommunicationDialog</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply safely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with a reply that keeps your rank list your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged when stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program to check this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this message first, then reply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are shown in the season&apos;s time zone, %1 (Settings › Season)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this new entry before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this entry before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Ori&amp;ginal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as it arrived, when it was captured from mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComposeDialog</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template, or write your message here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited the text, so the template no longer fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-fill from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the subject and text with the template filled in again (Ctrl+Z brings your text back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this message as sent now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this message in your mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a mail client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program to check this message against its history and the guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to “%1”, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and text copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this message in a mail client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail client opened the message. Copy the text instead, and set a default mail client in your desktop settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your mail client. Once it is sent, log it as sent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-filling replaces the subject and text you edited. Save them as a draft first, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message you are writing as a draft of the program, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program the draft is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConfirmFindingsDialog</name>
    <message>
        <source>Check before you go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; would go against the guidance below. You can still go ahead: Rapport records that you did, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the program asked for an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead and record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed elsewhere meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you edited %1, another program (rapport-cli, or Rapport in another window) changed the same fields. Choose the value to keep for each; everything else you changed is saved as you typed it, and their other changes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@hospital.edu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you met, what you talked about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardCard</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Thank-you notes due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thank-you notes due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open violations and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged messages from programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message from a program needs a second look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone past knowingly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not gone past any warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-choice letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None sent yet — you may tell one program it is your first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates ahead in this season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and violations you chose to go past when you logged a message, with when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programs were told they are your first choice. Tell only one: the others will learn that the promise means little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages logged in this season yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateRangeFilter</name>
    <message>
        <source>Only entries on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of every date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingMarks</name>
    <message>
        <source>A check found something in the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select it in the subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingsModel</name>
    <message>
        <source>Click to select the sentence in the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings — this message keeps to the guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n concerns about the program&apos;s conduct</source>
        <translation>
            <numerusform>%n concern about the program&apos;s conduct</numerusform>
            <numerusform>%n concerns about the program&apos;s conduct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violations</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport keeps every message between you and residency programs in one place, and warns you before one breaks a communication limit or a rule of the Match. Start with a few words about yourself: they fill the signature and details of every template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your name is needed now; you can change all of it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet? Look around a demo season of forty programs first. It is kept in a separate file and never mixes with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around a demo season first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on your ERAS application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cairo University Faculty of Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country of your medical school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US citizen or permanent resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs J-1 sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs H-1B sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs J-1 or H-1B sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds an EAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address you write to programs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +1 617 555 0142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graduation year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AAMC ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAMC ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name: it signs every message you write from Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AAMC ID has 8 digits; “%1” has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address. Use the form name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and + - ( ) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMailDialog</name>
    <message>
        <source>Import email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose .eml files saved from your mail program, or mbox archives (Thunderbird folders, Gmail&apos;s Takeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile holds none of your email addresses, so every message is taken as incoming. Add them under Settings ▸ Profile, or change the direction here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a message to leave it out. Double-click a program, contact, direction or kind to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (*.eml *.mbox *.mbx *.mbs);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages: %1.</source>
        <translation>
            <numerusform>%n message: %1.</numerusform>
            <numerusform>%n messages: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported.</source>
        <translation>
            <numerusform>%n will be imported.</numerusform>
            <numerusform>%n will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked messages have no program: choose one for each, or untick them.</source>
        <translation>
            <numerusform>%n ticked message has no program: choose one for it, or untick it.</numerusform>
            <numerusform>%n ticked messages have no program: choose one for each, or untick them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n messages</source>
        <translation>
            <numerusform>&amp;Import %n message</numerusform>
            <numerusform>&amp;Import %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages imported.</source>
        <translation>
            <numerusform>%n message imported.</numerusform>
            <numerusform>%n messages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped (already stored, or twice in the files)</source>
        <translation>
            <numerusform>%n duplicate skipped (already stored, or twice in the files)</numerusform>
            <numerusform>%n duplicates skipped (already stored, or twice in the files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched messages left out</source>
        <translation>
            <numerusform>%n unmatched message left out</numerusform>
            <numerusform>%n unmatched messages left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages unticked</source>
        <translation>
            <numerusform>%n message unticked</numerusform>
            <numerusform>%n messages unticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken messages, not importable:</source>
        <translation>
            <numerusform>%n broken message, not importable:</numerusform>
            <numerusform>%n broken messages, not importable:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Messages</source>
        <translation>
            <numerusform>Import %n Message</numerusform>
            <numerusform>Import %n Messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The import cannot be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewModel</name>
    <message>
        <source>Updates the stored program &quot;%1&quot; with the cells this row fills; empty cells keep what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as a new program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the NRMP Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has matched IMGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportProgramsDialog</name>
    <message>
        <source>Import programs from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file your spreadsheet saved: one program per row, the first row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column fills one field of a program. Change a choice to read the rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems are left out and listed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing unless every row is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n good rows</source>
        <translation>
            <numerusform>%n good row</numerusform>
            <numerusform>%n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with problems</source>
        <translation>
            <numerusform>, %n with problems</numerusform>
            <numerusform>, %n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n will update existing programs</source>
        <translation>
            <numerusform>; %n will update an existing program</numerusform>
            <numerusform>; %n will update existing programs</numerusform>
        </translation>
    </message>
    <message>
        <source>No column holds the program name: choose &quot;Program name&quot; for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems: correct the file, or import the good rows.</source>
        <translation>
            <numerusform>%n row has a problem: correct the file, or import the good rows.</numerusform>
            <numerusform>%n rows have problems: correct the file, or import the good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n programs</source>
        <translation>
            <numerusform>&amp;Import %n program</numerusform>
            <numerusform>&amp;Import %n programs</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programs added</source>
        <translation>
            <numerusform>%n program added</numerusform>
            <numerusform>%n programs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programs updated</source>
        <translation>
            <numerusform>%n program updated</numerusform>
            <numerusform>%n programs updated</numerusform>
        </translation>
    </message>
    <message>
        <source>No program was added or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported:</source>
        <translation>
            <numerusform>%n row was not imported:</numerusform>
            <numerusform>%n rows were not imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxConfirm</name>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxDetails</name>
    <message>
        <source>Choose a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several programs: keep each, or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a message to see what Rapport proposes.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n messages selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n message selected&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n messages selected&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Log them together: a program, contact or kind you choose here is taken for every one; what you leave alone stays as proposed for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be logged: %2. Ignore it to set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was logged or ignored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be logged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxIgnore</name>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxModel</name>
    <message>
        <source>No match — choose a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxPage</name>
    <message>
        <source>Show &amp;all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the messages you logged or ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the selected messages (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected messages aside for good (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log %n Messages</source>
        <translation>
            <numerusform>Log %n Message</numerusform>
            <numerusform>Log %n Messages</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages logged.</source>
        <translation>
            <numerusform>%n message logged.</numerusform>
            <numerusform>%n messages logged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged by the rules: %1. Its program&apos;s timeline shows it; reply safely from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n Messages</source>
        <translation>
            <numerusform>Ignore %n Message</numerusform>
            <numerusform>Ignore %n Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages ignored.</source>
        <translation>
            <numerusform>%n message ignored.</numerusform>
            <numerusform>%n messages ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::IoActions</name>
    <message>
        <source>&amp;Programs from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update programs from a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (.eml, mbox)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log messages saved from your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every communication of the season, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Season report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report of the whole season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogram report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report of the selected program&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes due, the rank-list deadline and Match Day, for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the whole season in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the season with a backup; the current one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report of %1&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a program first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import programs from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (*.eml *.mbox *.mbx *.mbs);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Season report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pages written</source>
        <translation>
            <numerusform>%1 of %n page written</numerusform>
            <numerusform>%1 of %n pages written</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled; %2 was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1</source>
        <translation>
            <numerusform>%n reminder written to %1</numerusform>
            <numerusform>%n reminders written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the season&apos;s own database; choose another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole season was copied to
%1

Keep it somewhere safe. File ▸ Restore… puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the season&apos;s own database, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the season with the backup %1?

The season open now is kept beside it as %2.before-restore-…, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season could not be opened again (%1). Rapport will close; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data was brought up to this version of Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogFilterBar</name>
    <message>
        <source>Search subjects and text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries a rule check has something to say about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n messages</source>
        <translation>
            <numerusform>%1 of %n message</numerusform>
            <numerusform>%1 of %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filtered: %1 of %n messages</source>
        <translation>
            <numerusform>Filtered: %1 of %n message</numerusform>
            <numerusform>Filtered: %1 of %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Has f&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogModel</name>
    <message>
        <source> (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogPage</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entries</source>
        <translation>
            <numerusform>Delete %n Entry</numerusform>
            <numerusform>Delete %n Entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailAccountDialog</name>
    <message>
        <source>Edit Mail Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Mail Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keyring; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app password from your mail provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring only, never in the season file or Rapport&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its folders and tick the ones to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport only reads: it never marks, moves or deletes mail on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate for this account, SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name, such as &quot;Hospital mail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, such as imap.gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535: 993 for TLS, 143 for STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you sign in with, usually your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app password your mail provider gave you for Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server has %n folders.</source>
        <translation>
            <numerusform>Connected: the server has %n folder.</numerusform>
            <numerusform>Connected: the server has %n folders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the folders to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority this computer trusts. A server with a certificate of its own looks like this, and so would someone pretending to be the server.

Subject: %1
Fingerprint (SHA-256): %2

Compare the fingerprint with the one your mail provider gives. Trust this certificate for this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one folder to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept: %1. Rapport keeps mail passwords only in the system keyring, never in a file, so the account was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailDrop</name>
    <message>
        <source>Nothing was added to the Inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in the Inbox</source>
        <translation>
            <numerusform>%n new message in the Inbox</numerusform>
            <numerusform>%n new messages in the Inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were there already</source>
        <translation>
            <numerusform>; %n was there already</numerusform>
            <numerusform>; %n were there already</numerusform>
        </translation>
    </message>
    <message>
        <source>(proposed for %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailPreviewModel</name>
    <message>
        <source>there is no message %1 to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken: message %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the words of the message; double-click to choose another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSettings</name>
    <message>
        <source>Add Maildir Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mbox File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read new mail from the selected account now, or from every account and local folder when none is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport reads new mail into the review queue and never marks, moves or deletes anything on the server. Passwords stay in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail accounts (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Maildir folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add m&amp;box file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail other programs keep on this computer: Maildir folders written by mbsync, offlineimap or notmuch setups, and Thunderbird&apos;s mbox files. They are read again whenever they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mail folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maildir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Mail Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its password is removed from the keyring; the mail already read from it stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Local Mail Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading %1? The mail already read from it stays in the queue; the folder itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSyncIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading mail; what was read so far stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSyncRunner</name>
    <message>
        <source>No new mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading mail from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail: %1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring holds no password for this account: edit the account and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail was cancelled; what was read before it stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n new messages in the review queue</source>
        <translation>
            <numerusform>Mail: %n new message in the review queue</numerusform>
            <numerusform>Mail: %n new messages in the review queue</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail: no new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season is being read and checked again; what you see is the state before the last change until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season could not be read again after the last change; the window shows it as it was before. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the season…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message from a template, checked as you type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;p&gt;Keeps a residency applicant&apos;s pre-Match communication in order, and warns before a message breaks a limit or a rule of the Match.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open warnings and violations</source>
        <translation>
            <numerusform>%n open warning or violation</numerusform>
            <numerusform>%n open warnings and violations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your edits in %1 before the season closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ync Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read new mail from every account and local mail folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeDialog</name>
    <message>
        <source>Find by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::OriginalMessageDialog</name>
    <message>
        <source>Original message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account that was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, folder %2, UID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maildir: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was not captured from mail: there is no original to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PdfPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: stopped before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PhraseListEditor</name>
    <message>
        <source>One regular expression a line, matched without regard to case against the message written plainly: lower case, straight quotes, “#1” and “number one” as “first”, every line break a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore shipped list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In messages from programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your phrase list for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule data was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); fix or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to the phrases of “%1” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfileSettings</name>
    <message>
        <source>As on your ERAS application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MBBS, MD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. needs J-1 sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address programs write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address a line: email import counts mail from these as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: templates sign with your name, degree, AAMC ID, email and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own institution&apos;s program, if you have one: OPDO advises against sending it a preference signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graduation year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AAMC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medical school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signa&amp;ture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home p&amp;rogram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramContactsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person entered twice: keep one, with the other&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramDetailsTab</name>
    <message>
        <source>e.g. 1234280C0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. uhospital.edu: matches imported mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private preference order: 1 = the program you want most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in the NRMP &amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s words, e.g. from the interview day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest days between two messages to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy and fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stood out, people you met, questions to ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participates in the Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has matched IMGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&amp;bsite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference si&amp;gnal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervie&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference ran&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa sponsorship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has matched IMGs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Otolaryngology Residency, University Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa sponsorship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else (NRMP code, contacts, notes) is on the program&apos;s page once it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervie&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the program you filled in, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramHeader</name>
    <message>
        <source>NRMP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the NRMP Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told this program on %1 that it is your top choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One program too many: another was told first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One program too many: %1 was told first, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s own communication policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport warns before a message goes against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramListModel</name>
    <message>
        <source>Top choice: you told this program on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told it is your top choice on %1: one program too many (%2 was told first, on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open findings; the worst is: %1</source>
        <translation>
            <numerusform>%n open finding; the worst is: %1</numerusform>
            <numerusform>%n open findings; the worst is: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-interview interest and update emails: used/maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you rounds: used/maximum (notes to different interviewers within the window are one round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-interview updates: used/maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next message allowed or due, and from when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings, coloured by the worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramsPage</name>
    <message>
        <source>Filter by name, institution, city or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs with an open warning or violation, or a thank-you due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a program to see its timeline, details and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this program from a template, checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call, a conversation or a message you sent elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each program you apply to. Rapport then keeps its timeline, counts your messages against the limits and warns you before one would break a rule of the Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to the details of %1 before moving on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to the program&apos;s details before moving on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::QuotaSettings</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between two messages to one program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a field empty to keep the recommended value shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One program&apos;s own limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for this p&amp;rogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear this program&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs with limits of their own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Quota Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Quotas of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the limits you typed for %1 before showing another program&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecordActions</name>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>the program “%1” with its %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which program is “%1” the same as? That one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 of “%3” move to “%4”. “%4” keeps its details and takes those it lacks from “%3” (the notes are joined); “%3” is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact %1 (the %2 naming them stay, naming no one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which contact of the program is %1 the same person as? That one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the program&apos;s only contact: there is no one to merge them into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 naming %2 will name %3. %3 keeps their details and takes those they lack from %2 (the notes are joined); %2 is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Program Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Contact Into…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeasonMenu</name>
    <message>
        <source>New &amp;Season…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeasonSettings</name>
    <message>
        <source>e.g. 2027 Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many preference signals the specialty allows this season (otolaryngology: 25 in 2024 and 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated — check the NRMP calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport computed this date: Match Day is the third Friday of March, the rank-list deadline the Wednesday about three weeks before. Check the NRMP calendar, then confirm the dates or correct them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank-list deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference si&amp;gnals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NRMP publishes the dates each year; for the 2026 Match the rank-list deadline was 25 February and Match Day 20 March. Until you confirm them, the deadline and Match Day here are Rapport&apos;s estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the usual dates of the coming Match (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank-list deadline and Match Day shown match the NRMP calendar: save them as confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>season interviews end %1 before they start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season saved; the checks use the new dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season saved; the rank-list deadline and Match Day are still estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date and time in Rapport is shown in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviews start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;terviews end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeasonWindows</name>
    <message>
        <source>Rapport seasons (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Rapport window, which was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File ▸ Open…, or choose another name for the new season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the season itself; choose another file for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the season was saved to %1; this window still shows the season itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::Session</name>
    <message>
        <source>No season is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SpellTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never underline this word again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this word until Rapport quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateChooser</name>
    <message>
        <source>Filter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for this program now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message yourself, without a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed now: %1 You may still write it; the checks will say what it goes past.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateEditor</name>
    <message>
        <source>Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;; compose and rapport-cli refer to the template by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Placeholders&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor. A free field &lt;tt&gt;{{field.name}}&lt;/tt&gt; is asked for when you compose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates keep their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateFieldsForm</name>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateListModel</name>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplatesPage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of your own templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to built-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw your edits away and go back to the text Rapport ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your own templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed under the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your own templates: give it a name and a kind, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your changes to the built-in template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reset the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineDelegate</name>
    <message>
        <source>Reply safely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineModel</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated date — check the NRMP calendar, then confirm it in Settings › Season.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineView</name>
    <message>
        <source>Open entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with the reply-to-pressure template: polite, and your rank list stays your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::WeeklyChart</name>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outgoing and %2 incoming messages from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::dashboardRows</name>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>due in %n h</numerusform>
            <numerusform>due in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>due in %n min</numerusform>
            <numerusform>due in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>overdue by %n h</numerusform>
            <numerusform>overdue by %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>overdue by %n min</numerusform>
            <numerusform>overdue by %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violations</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings or violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 gone past knowingly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things need your attention</source>
        <translation>
            <numerusform>%n thing needs your attention</numerusform>
            <numerusform>%n things need your attention</numerusform>
        </translation>
    </message>
    <message>
        <source>No violations or warnings. Every message so far is within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No open violations or warnings. %n you went past knowingly are listed under “Gone past knowingly”.</source>
        <translation>
            <numerusform>No open violations or warnings. One you went past knowingly is listed under “Gone past knowingly”.</numerusform>
            <numerusform>No open violations or warnings. %n you went past knowingly are listed under “Gone past knowingly”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview %1 · window closes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Thank the people you met within %n hours of the interview: notes to different interviewers count as one round.</source>
        <translation>
            <numerusform>Thank the people you met within %n hour of the interview: notes to different interviewers count as one round.</numerusform>
            <numerusform>Thank the people you met within %n hours of the interview: notes to different interviewers count as one round.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole season</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to go past it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to go past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent, sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-choice sentence, sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated date — check the NRMP calendar, then confirm it in Settings › Season.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::findingText</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program&apos;s conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · found by the classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · found by a phrase pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::labels</name>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-interview interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-interview update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of strong interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-look request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program expression of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post-interview communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thank-you notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via coordinator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H-1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J-1 and H-1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate program director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-interview interest and update emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes after the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-interview updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top choice, across the whole season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
