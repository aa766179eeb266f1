<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AllowanceText</name>
    <message>
        <source>Thank-you due</source>
        <translation>Gracias pendientes</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>Puedes escribir</translation>
    </message>
    <message>
        <source>Thank-you allowed</source>
        <translation>Puedes agradecer</translation>
    </message>
    <message>
        <source>Update allowed</source>
        <translation>Puedes actualizar</translation>
    </message>
    <message>
        <source>After interview</source>
        <translation>Tras la entrevista</translation>
    </message>
    <message>
        <source>Next email</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Next thank-you</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nada más</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>told %1</source>
        <translation>comunicado el %1</translation>
    </message>
    <message>
        <source>one too many</source>
        <translation>uno de más</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de más</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>after interview</source>
        <translation>tras la entrevista</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado el %1</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>no queda ninguno</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>%1 thank-you rounds sent</source>
        <translation>%1 rondas de agradecimiento enviadas</translation>
    </message>
    <message>
        <source>%1 thank-you rounds sent (%2)</source>
        <translation>%1 rondas de agradecimiento enviadas (%2)</translation>
    </message>
    <message>
        <source>Rounds allowed: %1 (notes to different interviewers within the window are one round)</source>
        <translation>Rondas permitidas: %1 (las notas a distintos entrevistadores dentro del plazo cuentan como una ronda)</translation>
    </message>
    <message>
        <source>Programs told they are your top choice: %1</source>
        <translation>Programas a los que dijiste que son tu primera opción: %1</translation>
    </message>
    <message>
        <source>Programs told they are your top choice: %1 (%2)</source>
        <translation>Programas a los que dijiste que son tu primera opción: %1 (%2)</translation>
    </message>
    <message>
        <source>Maximum %1 in the whole season</source>
        <translation>Máximo %1 en toda la temporada</translation>
    </message>
    <message>
        <source>This program was told on %1</source>
        <translation>Se lo dijiste a este programa el %1</translation>
    </message>
    <message>
        <source>This program was told on %1: one too many</source>
        <translation>Se lo dijiste a este programa el %1: uno de más</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>%1 sent (%2)</source>
        <translation>%1 enviados (%2)</translation>
    </message>
    <message>
        <source>Recommended %1 · maximum %2</source>
        <translation>Recomendado %1 · máximo %2</translation>
    </message>
    <message>
        <source>%1 past the maximum</source>
        <translation>%1 por encima del máximo</translation>
    </message>
    <message>
        <source>Another is allowed now</source>
        <translation>Ya se permite otro</translation>
    </message>
    <message>
        <source>Another is allowed now: %1</source>
        <translation>Ya se permite otro: %1</translation>
    </message>
    <message>
        <source>Next allowed from %1: %2</source>
        <translation>El siguiente se permite desde el %1: %2</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Todavía no: %1</translation>
    </message>
    <message>
        <source>No more: %1</source>
        <translation>No más: %1</translation>
    </message>
    <message>
        <source>Thank-you due in %1 h, by %2</source>
        <translation>Agradecimiento pendiente en %1 h, antes del %2</translation>
    </message>
    <message>
        <source>Thank-you due in %1 min, by %2</source>
        <translation>Agradecimiento pendiente en %1 min, antes del %2</translation>
    </message>
</context>
<context>
    <name>DateTimeText</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>What “%1” changed was changed again elsewhere since (by rapport-cli, or Rapport in another window). Undo it anyway? That change will be lost.</source>
        <translation>Lo que cambió «%1» se ha vuelto a cambiar en otro lugar desde entonces (con rapport-cli o con Rapport en otra ventana). ¿Deshacerlo de todos modos? Ese cambio se perderá.</translation>
    </message>
    <message>
        <source>What “%1” changed was changed elsewhere since it was undone (by rapport-cli, or Rapport in another window). Redo it anyway? That change will be lost.</source>
        <translation>Lo que cambió «%1» se ha cambiado en otro lugar desde que se deshizo (con rapport-cli o con Rapport en otra ventana). ¿Rehacerlo de todos modos? Ese cambio se perderá.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile</source>
        <translation>Cambiado en otro lugar mientras tanto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 con %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Edit Program Details</source>
        <translation>Editar los datos del programa</translation>
    </message>
    <message>
        <source>Edit Contact %1</source>
        <translation>Editar el contacto %1</translation>
    </message>
    <message>
        <source>Edit Entry %1</source>
        <translation>Editar la entrada %1</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar el perfil</translation>
    </message>
    <message>
        <source>Edit Season Dates</source>
        <translation>Editar las fechas de la temporada</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Bienvenido a Rapport</translation>
    </message>
    <message>
        <source>Your season is empty. Open a demo season to look around first? It is kept in a separate file.</source>
        <translation>Tu temporada está vacía. ¿Quieres abrir primero una temporada de demostración para echar un vistazo? Se guarda en un archivo aparte.</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Delete %1? Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar %1? Edición ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>RecipientCombos</name>
    <message>
        <source>No contact</source>
        <translation>Ningún contacto</translation>
    </message>
</context>
<context>
    <name>RuleData</name>
    <message>
        <source>Binding promise</source>
        <extracomment>Rule content.binding_commitment: title</extracomment>
        <translation>Promesa vinculante</translation>
    </message>
    <message>
        <source>Volunteering how you plan to rank is allowed; promising it is not. The NRMP rules out binding commitments before the Match (“I promise to rank you first”, “if you rank me … I will”).</source>
        <translation>Contar cómo piensas clasificar un programa está permitido; prometerlo no. El NRMP prohíbe los compromisos vinculantes antes del Match («Le prometo ponerles en primer lugar», «si ustedes me clasifican… yo haré»).</translation>
    </message>
    <message>
        <source>Over-emotional language</source>
        <translation>Lenguaje demasiado emotivo</translation>
    </message>
    <message>
        <source>Stay steady and professional. The guide&apos;s example of what not to write is “This is my only dream; my life depends on matching at your program.” Desperation does not persuade a program.</source>
        <translation>Mantén un tono sereno y profesional. El ejemplo de la guía de lo que no se debe escribir es «Este es mi único sueño; mi vida depende de hacer match en su programa». La desesperación no convence a ningún programa.</translation>
    </message>
    <message>
        <source>Generic or copied text</source>
        <translation>Texto genérico o copiado</translation>
    </message>
    <message>
        <source>Avoid mass, generic emails and tailor each message: the guide warns that coordinators notice copy-paste messages. A body at least 80% the same (3-word shingles) as one sent to another program, or one that names nothing of this program, is flagged.</source>
        <translation>Evita los correos masivos y genéricos y adapta cada mensaje: la guía advierte que los coordinadores notan los mensajes copiados y pegados. Se señala un cuerpo que sea al menos un 80 % igual (fragmentos de 3 palabras) a otro enviado a otro programa, o que no nombre nada de este programa.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Keep emails concise: the guide suggests 8–12 lines. The salutation, the signature and quoted earlier messages are not counted; a paragraph counts as the lines it wraps to.</source>
        <translation>Escribe correos concisos: la guía sugiere de 8 a 12 líneas. No cuentan el saludo, la firma ni los mensajes anteriores citados; un párrafo cuenta las líneas que ocupa.</translation>
    </message>
    <message>
        <source>Unfilled placeholder</source>
        <translation>Marcador sin rellenar</translation>
    </message>
    <message>
        <source>A message with a template field left in it (“[Program Name]”, “{{contact}}”, “XXX”) would go out broken and shows it was mass-mailed.</source>
        <translation>Un mensaje con un campo de plantilla sin rellenar («[Program Name]», «{{contact}}», «XXX») saldría roto y delataría un envío masivo.</translation>
    </message>
    <message>
        <source>Pressure on the program</source>
        <translation>Presión al programa</translation>
    </message>
    <message>
        <source>Do not pressure a program by mentioning competing offers, ultimatums or deadlines for a reply; the guide lists this among the pitfalls after interviews.</source>
        <translation>No presiones a un programa mencionando ofertas de la competencia, ultimátums ni plazos para responder; la guía lo incluye entre los errores tras las entrevistas.</translation>
    </message>
    <message>
        <source>Asking about your rank</source>
        <translation>Preguntar por tu posición</translation>
    </message>
    <message>
        <source>Do not ask a program how, where or whether it will rank you, or for your “status”: the NRMP forbids soliciting statements that imply a commitment, and the guide says not to ask directly how the program will rank you.</source>
        <translation>No preguntes a un programa cómo, dónde o si te va a clasificar, ni por tu «situación»: el NRMP prohíbe solicitar declaraciones que impliquen un compromiso, y la guía dice que no preguntes directamente cómo te clasificará el programa.</translation>
    </message>
    <message>
        <source>Disclosing rank-list plans</source>
        <translation>Revelar planes de la lista de preferencias</translation>
    </message>
    <message>
        <source>Keep your rank list to yourself beyond saying how you regard the program you are writing to; the guide says not to disclose your full rank-list plans.</source>
        <translation>Guárdate tu lista de preferencias; como mucho di qué opinas del programa al que escribes. La guía aconseja no revelar tus planes completos de clasificación.</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Open with a salutation that uses the person&apos;s correct title and last name (the guide: “correct titles (Dr., Ms., Mr., etc.)”); “Dear Mr. Lopez” to Dr. Lopez, or a first name alone, reads as careless.</source>
        <translation>Empieza con un saludo que use el tratamiento y el apellido correctos de la persona (la guía: «tratamientos correctos (Dr., Ms., Mr., etc.)»); «Dear Mr. Lopez» a la Dra. Lopez, o solo el nombre de pila, parece descuidado.</translation>
    </message>
    <message>
        <source>Top-choice claim</source>
        <translation>Afirmación de primera opción</translation>
    </message>
    <message>
        <source>Saying a program is your top choice is allowed for one program, if it is true; it counts towards quota.top_choice for the whole season.</source>
        <translation>Decir que un programa es tu primera opción está permitido para un solo programa, si es cierto; cuenta para quota.top_choice en toda la temporada.</translation>
    </message>
    <message>
        <source>Program asks where else you applied</source>
        <translation>El programa pregunta dónde más has solicitado</translation>
    </message>
    <message>
        <source>The NRMP (MPA §6.4) forbids programs to ask where else you applied, interviewed or signalled, or how you will rank other programs. You may keep that confidential.</source>
        <translation>El NRMP (MPA §6.4) prohíbe a los programas preguntar dónde más has solicitado plaza, has tenido entrevistas o has enviado señales, o cómo vas a clasificar otros programas. Puedes mantenerlo en privado.</translation>
    </message>
    <message>
        <source>Promise of a position</source>
        <translation>Promesa de una plaza</translation>
    </message>
    <message>
        <source>A program&apos;s promise of a position or a match is not binding and is not allowed to be traded for anything. Rank programs in your true order of preference.</source>
        <translation>La promesa de una plaza o de un match por parte de un programa no es vinculante y no puede intercambiarse por nada. Clasifica los programas en tu verdadero orden de preferencia.</translation>
    </message>
    <message>
        <source>Program asks how you will rank it</source>
        <translation>El programa pregunta cómo lo vas a clasificar</translation>
    </message>
    <message>
        <source>Programs may not ask where you will rank them or ask you to rank them first. You need not answer; say you will build your rank list independently (the “reply to pressure” template).</source>
        <translation>Los programas no pueden preguntarte en qué lugar los vas a clasificar ni pedirte que los pongas en primer lugar. No tienes que responder; di que elaborarás tu lista de preferencias con independencia (la plantilla «respuesta a presiones»).</translation>
    </message>
    <message>
        <source>Program requires post-interview contact</source>
        <translation>El programa exige contacto tras la entrevista</translation>
    </message>
    <message>
        <source>The Match communication code says programs shall not solicit or require post-interview communication (a letter, a commitment, a second look as a condition). You need not comply; it must not affect your ranking.</source>
        <translation>El código de comunicación del Match establece que los programas no deben solicitar ni exigir comunicación tras la entrevista (una carta, un compromiso, una segunda visita como condición). No tienes que cumplirlo; no debe afectar a tu clasificación.</translation>
    </message>
    <message>
        <source>Program expresses strong interest</source>
        <translation>El programa expresa gran interés</translation>
    </message>
    <message>
        <source>Take it as reassurance, not certainty: “we intend to rank you highly” or “ranked to match” promise nothing. Keep ranking in your own true order.</source>
        <translation>Tómalo como un respaldo, no como una certeza: «tenemos intención de clasificarle en un lugar alto» o «clasificado para hacer match» no prometen nada. Sigue clasificando en tu verdadero orden.</translation>
    </message>
    <message>
        <source>Pressure to withdraw</source>
        <translation>Presión para retirarte</translation>
    </message>
    <message>
        <source>No program may ask you to withdraw from the Match or from other interviews. Do not withdraw; seek advice from your dean&apos;s office, a mentor or the NRMP.</source>
        <translation>Ningún programa puede pedirte que te retires del Match ni de otras entrevistas. No te retires; pide consejo al decanato, a un mentor o al NRMP.</translation>
    </message>
    <message>
        <source>Offer outside the Match</source>
        <translation>Oferta fuera del Match</translation>
    </message>
    <message>
        <source>A program that takes part in the NRMP Match may not offer a position or contract outside it; accepting one is a breach of the Match Participation Agreement for both sides. Do not withdraw or sign anything: get it in writing and ask your dean&apos;s office, a mentor or the NRMP.</source>
        <translation>Un programa que participa en el Match del NRMP no puede ofrecer una plaza ni un contrato fuera de él; aceptarlo incumple el Acuerdo de Participación en el Match para ambas partes. No te retires ni firmes nada: pídelo por escrito y consulta al decanato, a un mentor o al NRMP.</translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation>Día del Match</translation>
    </message>
    <message>
        <source>Match results are released at noon US Eastern on Match Day.</source>
        <translation>Los resultados del Match se publican a mediodía, hora del este de EE. UU., el Día del Match.</translation>
    </message>
    <message>
        <source>Match results are released.</source>
        <translation>Se publican los resultados del Match.</translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation>Fecha límite de la lista de preferencias</translation>
    </message>
    <message>
        <source>The NRMP closes rank-list certification at 9 p.m. US Eastern on the deadline day.</source>
        <translation>El NRMP cierra la certificación de la lista de preferencias a las 21:00, hora del este de EE. UU., el día de la fecha límite.</translation>
    </message>
    <message>
        <source>Certify your rank order list in the NRMP R3 system before the deadline.</source>
        <translation>Certifica tu lista de preferencias en el sistema R3 del NRMP antes de la fecha límite.</translation>
    </message>
    <message>
        <source>Kind and interview date disagree</source>
        <translation>El tipo y la fecha de la entrevista no concuerdan</translation>
    </message>
    <message>
        <source>A pre-interview kind dated after the interview, or a post-interview kind before it, usually means the kind or the interview date needs correcting; quotas count by kind.</source>
        <translation>Un tipo previo a la entrevista fechado después de ella, o uno posterior fechado antes, suele indicar que hay que corregir el tipo o la fecha de la entrevista; los cupos se cuentan por tipo.</translation>
    </message>
    <message>
        <source>Program&apos;s own policy</source>
        <translation>Política propia del programa</translation>
    </message>
    <message>
        <source>Follow each program&apos;s stated communication policy; ignoring or contradicting it (“we do not consider post-interview communications”) is one of the guide&apos;s don&apos;ts. A visa-sponsorship question is always appropriate, whatever the policy.</source>
        <translation>Sigue la política de comunicación declarada por cada programa; ignorarla o contradecirla («no tenemos en cuenta las comunicaciones tras la entrevista») es uno de los errores que señala la guía. Una pregunta sobre patrocinio de visado siempre es adecuada, sea cual sea la política.</translation>
    </message>
    <message>
        <source>Post-interview updates</source>
        <translation>Actualizaciones tras la entrevista</translation>
    </message>
    <message>
        <source>After the interview, one or two updates per program, with real news, are the most the guide advises (“1–2 update emails total per program (not monthly)”).</source>
        <translation>Tras la entrevista, una o dos actualizaciones por programa, con novedades reales, es lo máximo que aconseja la guía («1–2 correos de actualización en total por programa (no mensuales)»).</translation>
    </message>
    <message>
        <source>Pre-interview emails</source>
        <translation>Correos previos a la entrevista</translation>
    </message>
    <message>
        <source>Before the interview, one or two short interest or update emails per program are enough; the guide&apos;s limit is “1–2 pre-interview interest/update emails”. More reads as pushy rather than interested.</source>
        <translation>Antes de la entrevista bastan uno o dos correos breves de interés o de actualización por programa; el límite de la guía es «1–2 correos de interés/actualización antes de la entrevista». Más resulta insistente en lugar de interesado.</translation>
    </message>
    <message>
        <source>Preference signals</source>
        <translation>Señales de preferencia</translation>
    </message>
    <message>
        <source>ERAS preference signalling allows a fixed number of signals per season (25 in otolaryngology in 2024 and 2025); marking more programs than that cannot be right.</source>
        <translation>Las señales de preferencia de ERAS permiten un número fijo de señales por temporada (25 en otorrinolaringología en 2024 y 2025); marcar más programas no puede ser correcto.</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Notas de agradecimiento</translation>
    </message>
    <message>
        <source>Send one thank-you round after the interview (“1 thank-you email after interview”). The round may be a note to the program director and one to each interviewer, sent within the 72-hour window (or within a day of the round&apos;s first note); a second note to the same person, or another note after the round, is a second thank-you and adds nothing.</source>
        <translation>Envía una ronda de agradecimientos después de la entrevista («1 correo de agradecimiento tras la entrevista»). La ronda puede ser una nota al director del programa y una a cada entrevistador, enviadas dentro del plazo de 72 horas (o dentro del día siguiente a la primera nota de la ronda); una segunda nota a la misma persona, u otra nota después de la ronda, es un segundo agradecimiento y no aporta nada.</translation>
    </message>
    <message>
        <source>One top-choice program</source>
        <translation>Un solo programa de primera opción</translation>
    </message>
    <message>
        <source>Tell only one program it is your top choice, and only if it is true. Telling several programs they are your #1 is dishonest, and in a small specialty word travels.</source>
        <translation>Dile solo a un programa que es tu primera opción, y solo si es cierto. Decir a varios programas que son tu n.º 1 es deshonesto, y en una especialidad pequeña todo se sabe.</translation>
    </message>
    <message>
        <source>Signal to the home program</source>
        <translation>Señal al programa de tu hospital</translation>
    </message>
    <message>
        <source>OPDO advises against spending a preference signal on your home program, which already knows you.</source>
        <translation>La OPDO desaconseja gastar una señal de preferencia en el programa de tu propio hospital, que ya te conoce.</translation>
    </message>
    <message>
        <source>Several people at one program</source>
        <translation>Varias personas en un mismo programa</translation>
    </message>
    <message>
        <source>Write to one person at a program at a time; the guide&apos;s don&apos;ts include messages to multiple faculty at the same program. Thank-you notes to each interviewer are the exception.</source>
        <translation>Escribe a una sola persona de un programa cada vez; entre los errores de la guía están los mensajes a varios docentes del mismo programa. Las notas de agradecimiento a cada entrevistador son la excepción.</translation>
    </message>
    <message>
        <source>Time between messages</source>
        <translation>Tiempo entre mensajes</translation>
    </message>
    <message>
        <source>Space messages to one program out: the guide warns against weekly emails and says updates are “not monthly”. Answering the program, logistics and visa-sponsorship questions do not count.</source>
        <translation>Espacia los mensajes a un mismo programa: la guía desaconseja los correos semanales y dice que las actualizaciones «no deben ser mensuales». No cuentan las respuestas al programa, la logística ni las preguntas sobre patrocinio de visado.</translation>
    </message>
    <message>
        <source>Thank-you window</source>
        <translation>Plazo del agradecimiento</translation>
    </message>
    <message>
        <source>Thank-you notes belong within 24–72 hours of the interview, while the conversation is fresh for both sides.</source>
        <translation>Las notas de agradecimiento deben enviarse entre 24 y 72 horas después de la entrevista, mientras la conversación sigue fresca para ambas partes.</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>%1 (allowed from %2)</source>
        <translation>%1 (permitido desde el %2)</translation>
    </message>
    <message>
        <source>You withdrew from %1</source>
        <translation>Te retiraste de %1</translation>
    </message>
    <message>
        <source>%1 declined your application</source>
        <translation>%1 rechazó tu solicitud</translation>
    </message>
    <message>
        <source>You matched at %1</source>
        <translation>Hiciste match en %1</translation>
    </message>
    <message>
        <source>pre-interview email</source>
        <translation>correo previo a la entrevista</translation>
    </message>
    <message>
        <source>thank-you</source>
        <translation>agradecimiento</translation>
    </message>
    <message>
        <source>post-interview update</source>
        <translation>correo de actualización tras la entrevista</translation>
    </message>
    <message>
        <source>top-choice letter</source>
        <translation>mensaje de primera opción</translation>
    </message>
    <message>
        <source>%1 does not want post-interview communication</source>
        <translation>%1 no quiere comunicaciones tras la entrevista</translation>
    </message>
    <message>
        <source>To the program coordinator only</source>
        <translation>Solo al coordinador del programa</translation>
    </message>
    <message>
        <source>Keep %1 days after the message of %2</source>
        <translation>Espera %1 días desde el mensaje del %2</translation>
    </message>
    <message>
        <source>%1 does not want thank-you notes</source>
        <translation>%1 no quiere notas de agradecimiento</translation>
    </message>
    <message>
        <source>The interview was on %1; what follows is post-interview</source>
        <translation>La entrevista fue el %1; lo que sigue es posterior a la entrevista</translation>
    </message>
    <message>
        <source>The interview is over; what follows is post-interview</source>
        <translation>La entrevista ha terminado; lo que sigue es posterior a la entrevista</translation>
    </message>
    <message>
        <source>After the interview on %1</source>
        <translation>Tras la entrevista del %1</translation>
    </message>
    <message>
        <source>After the interview, which is not scheduled yet</source>
        <translation>Tras la entrevista, que aún no tiene fecha</translation>
    </message>
    <message>
        <source>The %1-hour thank-you window closed on %2</source>
        <translation>El plazo de agradecimiento de %1 horas se cerró el %2</translation>
    </message>
    <message>
        <source>%1, which runs past the interview on %2</source>
        <translation>%1, que se extiende más allá de la entrevista del %2</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Agradecimiento pendiente</translation>
    </message>
    <message>
        <source>Thank-you due by %1</source>
        <translation>Agradecimiento pendiente antes del %1</translation>
    </message>
    <message>
        <source>%1 allowed</source>
        <translation>%1 permitido</translation>
    </message>
    <message>
        <source>A %1 is allowed now (%2 of %3 left)</source>
        <translation>Ya se permite un %1 (quedan %2 de %3)</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Próximo %1</translation>
    </message>
    <message>
        <source>Next %1 allowed from %2 (%3)</source>
        <translation>Próximo %1 permitido desde el %2 (%3)</translation>
    </message>
    <message>
        <source>a thank-you</source>
        <translation>un agradecimiento</translation>
    </message>
    <message>
        <source>a post-interview update</source>
        <translation>una actualización tras la entrevista</translation>
    </message>
    <message>
        <source>After the interview</source>
        <translation>Tras la entrevista</translation>
    </message>
    <message>
        <source>%1; next, %2 from %3</source>
        <translation>%1; después, %2 desde el %3</translation>
    </message>
    <message>
        <source>%1; next, %2 after the interview</source>
        <translation>%1; después, %2 tras la entrevista</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nada más</translation>
    </message>
    <message>
        <source>You told %1 on %2 that it is your top choice</source>
        <translation>Le dijiste a %1 el %2 que es tu primera opción</translation>
    </message>
    <message>
        <source>Thank-you round sent on %1</source>
        <translation>Ronda de agradecimiento enviada el %1</translation>
    </message>
    <message>
        <source>%1 thank-you rounds sent (%2); the maximum is %3</source>
        <translation>%1 rondas de agradecimiento enviadas (%2); el máximo es %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3s sent (%4)</source>
        <translation>%3: %1 de %2 enviados (%4)</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>%1 is recommended; this would be the last</source>
        <translation>Se recomienda %1; este sería el último</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Your top choice went to %1; tell one program only</source>
        <translation>Tu primera opción ya se la diste a %1; díselo a un solo programa</translation>
    </message>
    <message>
        <source>asks how the program will rank you</source>
        <translation>pregunta cómo te clasificará el programa</translation>
    </message>
    <message>
        <source>makes a binding promise</source>
        <translation>hace una promesa vinculante</translation>
    </message>
    <message>
        <source>uses over-emotional language</source>
        <translation>usa un lenguaje demasiado emotivo</translation>
    </message>
    <message>
        <source>puts pressure on the program</source>
        <translation>presiona al programa</translation>
    </message>
    <message>
        <source>discloses your rank-list plans</source>
        <translation>revela tus planes de la lista de preferencias</translation>
    </message>
    <message>
        <source>says it is your top choice</source>
        <translation>dice que es tu primera opción</translation>
    </message>
    <message>
        <source>Message to %1 %2: %3</source>
        <translation>El mensaje a %1 %2: %3</translation>
    </message>
    <message>
        <source>Message to %1 has about %2 lines of text; keep it to %3</source>
        <translation>El mensaje a %1 tiene unas %2 líneas de texto; limítalo a %3</translation>
    </message>
    <message numerus="yes">
        <source>Message to %1 has only %n lines of text; say what is specific to this program</source>
        <translation>
            <numerusform>El mensaje a %1 tiene solo %n línea de texto; di qué tiene de propio este programa</numerusform>
            <numerusform>El mensaje a %1 tiene solo %n líneas de texto; di qué tiene de propio este programa</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfilled placeholder in the message to %1: %2</source>
        <translation>Marcador sin rellenar en el mensaje a %1: %2</translation>
    </message>
    <message>
        <source>Message to %1 has no salutation</source>
        <translation>El mensaje a %1 no tiene saludo</translation>
    </message>
    <message>
        <source>Salutation %1 does not address %2 by title and last name</source>
        <translation>El saludo %1 no se dirige a %2 por su tratamiento y apellido</translation>
    </message>
    <message>
        <source>Message to %1 is nearly the same (similarity %2) as the one sent to %3 on %4</source>
        <translation>El mensaje a %1 es casi igual (similitud %2) al enviado a %3 el %4</translation>
    </message>
    <message>
        <source>, and names nothing specific to %1</source>
        <translation>, y no nombra nada propio de %1</translation>
    </message>
    <message>
        <source>Message to %1 names nothing specific to it (program, institution, city or people)</source>
        <translation>El mensaje a %1 no nombra nada propio del programa (programa, institución, ciudad o personas)</translation>
    </message>
    <message>
        <source>%1 asked how you will rank it. Programs may not ask this; you need not answer: %2</source>
        <translation>%1 preguntó cómo lo vas a clasificar. Los programas no pueden preguntarlo; no tienes que responder: %2</translation>
    </message>
    <message>
        <source>%1 asked you to withdraw from the Match or from other interviews. Programs may not ask this: %2</source>
        <translation>%1 te pidió que te retiraras del Match o de otras entrevistas. Los programas no pueden pedirlo: %2</translation>
    </message>
    <message>
        <source>%1 promised you a position or a match. Such a promise is not binding; rank in your true order: %2</source>
        <translation>%1 te prometió una plaza o un match. Esa promesa no es vinculante; clasifica en tu verdadero orden: %2</translation>
    </message>
    <message>
        <source>%1 asked where else you applied, interviewed, signalled or will rank. Programs may not ask this; you may keep it to yourself: %2</source>
        <translation>%1 preguntó dónde más has solicitado, has tenido entrevistas, has enviado señales o vas a clasificar. Los programas no pueden preguntarlo; puedes guardártelo: %2</translation>
    </message>
    <message>
        <source>%1 asked for post-interview communication. Programs may not require or solicit it: %2</source>
        <translation>%1 pidió comunicación tras la entrevista. Los programas no pueden exigirla ni solicitarla: %2</translation>
    </message>
    <message>
        <source>%1 expressed strong interest. Reassurance, not a promise: %2</source>
        <translation>%1 expresó gran interés. Es un respaldo, no una promesa: %2</translation>
    </message>
    <message>
        <source>%1 offered a position or contract outside the Match. Programs in the Match may not: %2</source>
        <translation>%1 ofreció una plaza o un contrato fuera del Match. Los programas del Match no pueden hacerlo: %2</translation>
    </message>
    <message>
        <source> (their words: %1)</source>
        <translation> (sus palabras: %1)</translation>
    </message>
    <message>
        <source>%1 asks applicants to write only to the program coordinator; this goes to %2 (%3)</source>
        <translation>%1 pide a los candidatos que escriban solo al coordinador del programa; este mensaje va a %2 (%3)</translation>
    </message>
    <message>
        <source>%1 logged on %2, after the interview at %3 (%4)</source>
        <translation>%1 registrado el %2, después de la entrevista del %3 (%4)</translation>
    </message>
    <message>
        <source>%1 logged on %2, before the interview at %3 (%4)</source>
        <translation>%1 registrado el %2, antes de la entrevista del %3 (%4)</translation>
    </message>
    <message>
        <source>%1 thank-you round to %2 (earlier: %3); the maximum is %4 (notes to different interviewers within the window are one round)</source>
        <translation>%1 agradecimiento a %2 (anteriores: %3); el máximo es %4 (las notas a distintos entrevistadores dentro del plazo cuentan como una ronda)</translation>
    </message>
    <message>
        <source>%1 %2 to %3; the maximum is %4</source>
        <translation>%1 %2 a %3; el máximo es %4</translation>
    </message>
    <message>
        <source>%1 %2 to %3; %4 is recommended (the maximum is %5)</source>
        <translation>%1 %2 a %3; se recomienda %4 (el máximo es %5)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 is the %2 program told it is your top choice (before: %3); the maximum is %4</source>
        <translation>%1 es el %2 programa al que dices que es tu primera opción (antes: %3); el máximo es %4</translation>
    </message>
    <message>
        <source>A preference signal is marked for your home program, %1</source>
        <translation>Hay una señal de preferencia marcada para el programa de tu hospital, %1</translation>
    </message>
    <message>
        <source>this season</source>
        <translation>esta temporada</translation>
    </message>
    <message>
        <source>%1 programs are marked as sent a preference signal; %2 allows %3</source>
        <translation>Hay %1 programas marcados con una señal de preferencia enviada; %2 permite %3</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimada)</translation>
    </message>
    <message>
        <source>Estimated date — check the NRMP calendar.</source>
        <translation>Fecha estimada: consulta el calendario del NRMP.</translation>
    </message>
    <message>
        <source>Thank-you to %1</source>
        <translation>Agradecimiento a %1</translation>
    </message>
    <message>
        <source>Interview on %1; send one thank-you (to the program director and/or each interviewer, one round) by %2</source>
        <translation>Entrevista el %1; envía un agradecimiento (al director del programa o a cada entrevistador, una sola ronda) antes del %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contacto %1</translation>
    </message>
    <message>
        <source>Thank-you to %1 sent %2 h after the interview (%3); the window is %4 h</source>
        <translation>Agradecimiento a %1 enviado %2 h después de la entrevista (%3); el plazo es de %4 h</translation>
    </message>
    <message>
        <source>Only %1 after the previous message to %2 (%3, %4); keep at least %5 days between messages</source>
        <translation>Solo %1 desde el mensaje anterior a %2 (%3, %4); deja al menos %5 días entre mensajes</translation>
    </message>
    <message>
        <source>%1 people at %2 written to within %3 days: %4, and now %5</source>
        <translation>%1 personas de %2 contactadas en %3 días: %4, y ahora %5</translation>
    </message>
    <message>
        <source>Thank-you to %1 is due by %2</source>
        <translation>El agradecimiento a %1 vence el %2</translation>
    </message>
    <message>
        <source>pre interview interest</source>
        <translation>interés previo a la entrevista</translation>
    </message>
    <message>
        <source>application update</source>
        <translation>actualización de la solicitud</translation>
    </message>
    <message>
        <source>visa inquiry</source>
        <translation>consulta sobre visado</translation>
    </message>
    <message>
        <source>logistics</source>
        <translation>logística</translation>
    </message>
    <message>
        <source>conference follow up</source>
        <translation>seguimiento de congreso</translation>
    </message>
    <message>
        <source>thank you</source>
        <translation>agradecimiento</translation>
    </message>
    <message>
        <source>post interview update</source>
        <translation>actualización tras la entrevista</translation>
    </message>
    <message>
        <source>letter of intent</source>
        <translation>carta de intención</translation>
    </message>
    <message>
        <source>letter of strong interest</source>
        <translation>carta de gran interés</translation>
    </message>
    <message>
        <source>reply to program</source>
        <translation>respuesta al programa</translation>
    </message>
    <message>
        <source>second look request</source>
        <translation>solicitud de segunda visita</translation>
    </message>
    <message>
        <source>program invitation</source>
        <translation>invitación del programa</translation>
    </message>
    <message>
        <source>program interest</source>
        <translation>interés del programa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>SeasonLock</name>
    <message>
        <source>%1 is already open in another Rapport window.</source>
        <translation>%1 ya está abierto en otra ventana de Rapport.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder does not allow writing the lock file %2.</source>
        <translation>No se puede abrir %1: su carpeta no permite escribir el archivo de bloqueo %2.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the lock file %2 could not be written.</source>
        <translation>No se puede abrir %1: no se pudo escribir el archivo de bloqueo %2.</translation>
    </message>
</context>
<context>
    <name>SeasonReport</name>
    <message>
        <source>The whole season</source>
        <translation>Toda la temporada</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Season report</source>
        <translation>Informe de la temporada</translation>
    </message>
    <message>
        <source>Season report · %1</source>
        <translation>Informe de la temporada · %1</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AAMC ID %1</source>
        <translation>AAMC ID %1</translation>
    </message>
    <message>
        <source>Season report: %1</source>
        <translation>Informe de la temporada: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>pasada</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>%1 done, %2 still to come</source>
        <translation>%1 hechas, %2 por venir</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 enviados, %2 recibidos</translation>
    </message>
    <message numerus="yes">
        <source>, %n drafts</source>
        <translation>
            <numerusform>, %n borrador</numerusform>
            <numerusform>, %n borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n violations</source>
        <translation>
            <numerusform>%n infracción</numerusform>
            <numerusform>%n infracciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Observaciones abiertas</translation>
    </message>
    <message>
        <source>Gone past knowingly</source>
        <translation>Superadas a sabiendas</translation>
    </message>
    <message>
        <source>%1, acknowledged</source>
        <translation>%1, que superaste a sabiendas</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>, estimated — check the NRMP calendar</source>
        <translation>, estimada: consulta el calendario del NRMP</translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation>Fecha límite de la lista de preferencias</translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation>Día del Match</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Programs by status</source>
        <translation>Programas por estado</translation>
    </message>
    <message>
        <source>★ a preference signal was sent. Findings: the warnings and violations not gone past. Rank: your preference order.</source>
        <translation>★ se envió una señal de preferencia. Observaciones: las advertencias e infracciones no superadas. Posición: tu orden de preferencia.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Enviados / recibidos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>«%1», %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>gone past knowingly on %1</source>
        <translation>superada a sabiendas el %1</translation>
    </message>
    <message>
        <source>gone past knowingly</source>
        <translation>superada a sabiendas</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <source>No open warnings or violations; those you went past knowingly follow.</source>
        <translation>No hay advertencias ni infracciones abiertas; a continuación, las que superaste a sabiendas.</translation>
    </message>
    <message>
        <source>No warnings or violations: every message so far is within the limits.</source>
        <translation>No hay advertencias ni infracciones: todos los mensajes hasta ahora están dentro de los límites.</translation>
    </message>
    <message>
        <source>Each with the guidance it rests on. Those you chose to go past follow, under “Gone past knowingly”.</source>
        <translation>Cada una con la indicación en la que se basa. Las que decidiste superar aparecen después, en «Superadas a sabiendas».</translation>
    </message>
    <message>
        <source>Warnings and violations you chose to go past when you logged the message, with the date and your reason.</source>
        <translation>Advertencias e infracciones que decidiste superar al registrar el mensaje, con la fecha y tu motivo.</translation>
    </message>
    <message>
        <source>Top-choice letter</source>
        <translation>Mensaje de primera opción</translation>
    </message>
    <message>
        <source>Not sent yet. Tell one program only, once, that it is your first choice, and mean it.</source>
        <translation>Aún no enviado. Dile a un solo programa, una sola vez, que es tu primera opción, y que sea verdad.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Carta de intención</translation>
    </message>
    <message>
        <source>A top-choice sentence in another message</source>
        <translation>Una frase de primera opción en otro mensaje</translation>
    </message>
    <message>
        <source>one too many</source>
        <translation>uno de más</translation>
    </message>
    <message>
        <source>More than one program was told it is your first choice.</source>
        <translation>Se le dijo a más de un programa que es tu primera opción.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, in date order; drafts in grey.</source>
        <translation>
            <numerusform>%n entrada, por orden de fecha.</numerusform>
            <numerusform>%n entradas, por orden de fecha; los borradores en gris.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no program with id %1</source>
        <translation>no hay ningún programa con id %1</translation>
    </message>
    <message>
        <source>NRMP %1</source>
        <translation>NRMP %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Visa sponsorship</source>
        <translation>Patrocinio de visado</translation>
    </message>
    <message>
        <source>Has matched IMGs</source>
        <translation>Ha admitido IMG</translation>
    </message>
    <message>
        <source>Communication policy</source>
        <translation>Política de comunicación</translation>
    </message>
    <message>
        <source>Preference signal</source>
        <translation>Señal de preferencia</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Your rank</source>
        <translation>Tu posición</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sent / maximum</source>
        <translation>Enviados / máximo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <source>Next allowed</source>
        <translation>Próximo permitido</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>ahora — %1</translation>
    </message>
    <message>
        <source>from %1 — %2</source>
        <translation>desde el %1 — %2</translation>
    </message>
    <message>
        <source>later — %1</source>
        <translation>más adelante — %1</translation>
    </message>
    <message>
        <source>no — %1</source>
        <translation>no — %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Thank-you due by %1. </source>
        <translation>Agradecimiento pendiente antes del %1. </translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Aún no hay contactos.</translation>
    </message>
    <message>
        <source>No warnings or violations.</source>
        <translation>No hay advertencias ni infracciones.</translation>
    </message>
    <message>
        <source> (estimated — check the NRMP calendar)</source>
        <translation> (estimada: consulta el calendario del NRMP)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>enviado a %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Every message in date order, with the season&apos;s milestones.</source>
        <translation>Todos los mensajes por orden de fecha, con los hitos de la temporada.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Shares substantial news since you submitted your application (a publication, a Step result, US clinical experience), before the interview.</source>
        <translation>Comunica novedades importantes desde que enviaste tu solicitud (una publicación, un resultado del Step, experiencia clínica en EE. UU.), antes de la entrevista.</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Qué hay de nuevo</translation>
    </message>
    <message>
        <source>A clause, e.g. &quot;I have passed USMLE Step 3&quot;</source>
        <translation>Una oración en inglés, p. ej. &quot;I have passed USMLE Step 3&quot;</translation>
    </message>
    <message>
        <source>A second update</source>
        <translation>Una segunda novedad</translation>
    </message>
    <message>
        <source>A sentence, e.g. &quot;My case report was accepted by The Laryngoscope&quot;</source>
        <translation>Una frase en inglés, p. ej. &quot;My case report was accepted by The Laryngoscope&quot;</translation>
    </message>
    <message>
        <source>What draws you to the program</source>
        <translation>Qué te atrae del programa</translation>
    </message>
    <message>
        <source>A noun phrase, e.g. &quot;your skull base surgery rotation and its cadaver lab&quot;</source>
        <translation>Un sintagma nominal en inglés, p. ej. &quot;your skull base surgery rotation and its cadaver lab&quot;</translation>
    </message>
    <message>
        <source>Follows up a conversation with faculty at a meeting such as AAO-HNSF: thanks them, recalls what you discussed and says you have applied.</source>
        <translation>Da seguimiento a una conversación con docentes en un congreso como el de la AAO-HNSF: les da las gracias, recuerda lo que hablasteis y dice que has presentado tu solicitud.</translation>
    </message>
    <message>
        <source>Where you met</source>
        <translation>Dónde os conocisteis</translation>
    </message>
    <message>
        <source>e.g. &quot;the AAO-HNSF 2026 Annual Meeting&quot;</source>
        <translation>p. ej. &quot;the AAO-HNSF 2026 Annual Meeting&quot;</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>De qué hablasteis</translation>
    </message>
    <message>
        <source>A noun phrase, e.g. &quot;outcomes after transoral robotic surgery&quot;</source>
        <translation>Un sintagma nominal en inglés, p. ej. &quot;outcomes after transoral robotic surgery&quot;</translation>
    </message>
    <message>
        <source>Tells one program, once in the whole season and only if it is true, that it is your first choice. It promises nothing and asks for nothing in return.</source>
        <translation>Dice a un programa, una sola vez en toda la temporada y solo si es cierto, que es tu primera opción. No promete nada ni pide nada a cambio.</translation>
    </message>
    <message>
        <source>Why you fit</source>
        <translation>Por qué encajas</translation>
    </message>
    <message>
        <source>One or two sentences in your own words</source>
        <translation>Una o dos frases con tus propias palabras</translation>
    </message>
    <message>
        <source>Tells a program you are very interested in it, with specific reasons, without claiming it is your first or top choice.</source>
        <translation>Dice a un programa que te interesa mucho, con motivos concretos, sin afirmar que es tu primera opción.</translation>
    </message>
    <message>
        <source>Shares one new, objective achievement after the interview and says you remain interested. One or two per program in a season, never a routine check-in.</source>
        <translation>Comunica un logro nuevo y objetivo tras la entrevista y dice que sigues interesado. Uno o dos por programa en una temporada, nunca un simple seguimiento rutinario.</translation>
    </message>
    <message>
        <source>Introduces you to a program you have a real connection to, before interview invitations: who you are, why this program, what you bring. Send at most one or two pre-interview messages per program.</source>
        <translation>Te presenta a un programa con el que tienes una relación real, antes de las invitaciones a entrevista: quién eres, por qué este programa, qué aportas. Envía como mucho uno o dos mensajes previos a la entrevista por programa.</translation>
    </message>
    <message>
        <source>Your connection to the program</source>
        <translation>Tu relación con el programa</translation>
    </message>
    <message>
        <source>A clause, e.g. &quot;my research mentor completed her fellowship at your institution&quot;</source>
        <translation>Una oración en inglés, p. ej. &quot;my research mentor completed her fellowship at your institution&quot;</translation>
    </message>
    <message>
        <source>Your strongest ENT experience</source>
        <translation>Tu mejor experiencia en ORL</translation>
    </message>
    <message>
        <source>A clause, e.g. &quot;I have worked as a research fellow in rhinology&quot;</source>
        <translation>Una oración en inglés, p. ej. &quot;I have worked as a research fellow in rhinology&quot;</translation>
    </message>
    <message>
        <source>Answers a program that asks how you will rank it, or presses for a commitment: thanks them and stays warm, but keeps your rank list private, as NRMP policy lets you.</source>
        <translation>Responde a un programa que pregunta cómo lo vas a clasificar o que presiona para obtener un compromiso: le da las gracias y mantiene un tono cordial, pero guarda en privado tu lista de preferencias, como te permite la política del NRMP.</translation>
    </message>
    <message>
        <source>Subject of the program&apos;s message</source>
        <translation>Asunto del mensaje del programa</translation>
    </message>
    <message>
        <source>Copied from the message you are answering</source>
        <translation>Copiado del mensaje al que respondes</translation>
    </message>
    <message>
        <source>Asks the coordinator whether the program offers second-look visits and how to arrange one, making clear you know the visit is optional.</source>
        <translation>Pregunta al coordinador si el programa ofrece visitas de segunda visita y cómo organizar una, dejando claro que sabes que la visita es opcional.</translation>
    </message>
    <message>
        <source>What you hope to see</source>
        <translation>Qué esperas ver</translation>
    </message>
    <message>
        <source>e.g. &quot;a day in the resident head and neck clinic&quot;</source>
        <translation>p. ej. &quot;a day in the resident head and neck clinic&quot;</translation>
    </message>
    <message>
        <source>One short thank-you to the program director or an interviewer within 24 to 72 hours of the interview, recalling something you actually discussed.</source>
        <translation>Un agradecimiento breve al director del programa o a un entrevistador entre 24 y 72 horas después de la entrevista, recordando algo de lo que hablasteis de verdad.</translation>
    </message>
    <message>
        <source>Asks which visas the program sponsors for its residents, so that you can plan your applications and rank list around programs that can take you.</source>
        <translation>Pregunta qué visados patrocina el programa para sus residentes, para que puedas planificar tus solicitudes y tu lista de preferencias en torno a los programas que pueden admitirte.</translation>
    </message>
    <message>
        <source>Visa you need</source>
        <translation>Visado que necesitas</translation>
    </message>
    <message>
        <source>e.g. &quot;J-1&quot; or &quot;H-1B&quot;</source>
        <translation>p. ej. &quot;J-1&quot; o &quot;H-1B&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pre-Match communication tracker</source>
        <translation>Seguimiento de la comunicación antes del Match</translation>
    </message>
    <message>
        <source>Season database file.</source>
        <translation>Archivo de la base de datos de la temporada.</translation>
    </message>
    <message>
        <source>Open the demo season.</source>
        <translation>Abrir la temporada de demostración.</translation>
    </message>
    <message>
        <source>Save screenshots of the main pages into DIR, then quit.</source>
        <translation>Guardar capturas de las páginas principales en DIR y salir.</translation>
    </message>
    <message>
        <source>Season file to open.</source>
        <translation>Archivo de temporada que abrir.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CommunicationDialog</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Reply safely…</source>
        <translation>Responder con seguridad…</translation>
    </message>
    <message>
        <source>Answer with a reply that keeps your rank list your own</source>
        <translation>Responder de forma que tu lista de preferencias siga siendo solo tuya</translation>
    </message>
    <message>
        <source>Acknowledged when stored</source>
        <translation>Aceptada al guardar</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>New entry — %1</source>
        <translation>Nueva entrada — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Choose a program to check this entry.</source>
        <translation>Elige un programa para comprobar esta entrada.</translation>
    </message>
    <message>
        <source>Save this message first, then reply to it</source>
        <translation>Guarda primero este mensaje y después respóndelo</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>the entry “%1” of %2</source>
        <translation>la entrada «%1» del %2</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Delete Entry %1</source>
        <translation>Eliminar la entrada %1</translation>
    </message>
    <message>
        <source>Add Entry %1</source>
        <translation>Añadir la entrada %1</translation>
    </message>
    <message>
        <source>Times are shown in the season&apos;s time zone, %1 (Settings › Season)</source>
        <translation>Las horas se muestran en la zona horaria de la temporada, %1 (Ajustes › Temporada)</translation>
    </message>
    <message>
        <source>Save this new entry before closing?</source>
        <translation>¿Guardar esta nueva entrada antes de cerrar?</translation>
    </message>
    <message>
        <source>Save your changes to this entry before closing?</source>
        <translation>¿Guardar los cambios de esta entrada antes de cerrar?</translation>
    </message>
    <message>
        <source>Show Ori&amp;ginal…</source>
        <translation>Ver el ori&amp;ginal…</translation>
    </message>
    <message>
        <source>The message as it arrived, when it was captured from mail</source>
        <translation>El mensaje tal como llegó, si se capturó del correo</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComposeDialog</name>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Choose a program…</source>
        <translation>Elige un programa…</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Choose a template, or write your message here.</source>
        <translation>Elige una plantilla o escribe aquí tu mensaje.</translation>
    </message>
    <message>
        <source>You edited the text, so the template no longer fills it in.</source>
        <translation>Has editado el texto, así que la plantilla ya no lo rellena.</translation>
    </message>
    <message>
        <source>Re-fill from template</source>
        <translation>Volver a rellenar con la plantilla</translation>
    </message>
    <message>
        <source>Replace the subject and text with the template filled in again (Ctrl+Z brings your text back)</source>
        <translation>Sustituye el asunto y el texto por la plantilla rellenada de nuevo (Ctrl+Z recupera tu texto)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard</source>
        <translation>Copiar el asunto y el texto al portapapeles</translation>
    </message>
    <message>
        <source>Open in &amp;mail client</source>
        <translation>Abrir en el cliente de &amp;correo</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>&amp;Log as sent</source>
        <translation>&amp;Registrar como enviado</translation>
    </message>
    <message>
        <source>Record this message as sent now (%1)</source>
        <translation>Registrar este mensaje como enviado ahora (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Compose — %1</source>
        <translation>Redactar — %1</translation>
    </message>
    <message>
        <source>This template cannot be filled in: %1</source>
        <translation>Esta plantilla no se puede rellenar: %1</translation>
    </message>
    <message>
        <source>Open this message in your mail client</source>
        <translation>Abrir este mensaje en tu cliente de correo</translation>
    </message>
    <message>
        <source>Cannot open a mail client: %1</source>
        <translation>No se puede abrir un cliente de correo: %1</translation>
    </message>
    <message>
        <source>Choose a program to check this message against its history and the guidance.</source>
        <translation>Elige un programa para comprobar este mensaje con su historial y las recomendaciones.</translation>
    </message>
    <message>
        <source>Replying to “%1”, received %2.</source>
        <translation>Respuesta a «%1», recibido el %2.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Subject and text copied to the clipboard.</source>
        <translation>Asunto y texto copiados al portapapeles.</translation>
    </message>
    <message>
        <source>Cannot open this message in a mail client: %1</source>
        <translation>No se puede abrir este mensaje en un cliente de correo: %1</translation>
    </message>
    <message>
        <source>No mail client opened the message. Copy the text instead, and set a default mail client in your desktop settings.</source>
        <translation>Ningún cliente de correo abrió el mensaje. Copia el texto y configura un cliente de correo predeterminado en los ajustes de tu escritorio.</translation>
    </message>
    <message>
        <source>Opened in your mail client. Once it is sent, log it as sent here.</source>
        <translation>Abierto en tu cliente de correo. Cuando lo envíes, regístralo aquí como enviado.</translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation>Registrar como enviado</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Re-filling replaces the subject and text you edited. Save them as a draft first, or discard them?</source>
        <translation>Volver a rellenar sustituye el asunto y el texto que has editado. ¿Guardarlos antes como borrador o descartarlos?</translation>
    </message>
    <message>
        <source>Save the message you are writing as a draft of the program, or discard it?</source>
        <translation>¿Guardar el mensaje que estás escribiendo como borrador del programa o descartarlo?</translation>
    </message>
    <message>
        <source>Choose the program the draft is for.</source>
        <translation>Elige el programa al que va el borrador.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConfirmFindingsDialog</name>
    <message>
        <source>Check before you go ahead</source>
        <translation>Compruébalo antes de seguir</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; would go against the guidance below. You can still go ahead: Rapport records that you did, with your reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; iría en contra de las recomendaciones de abajo. Aun así puedes seguir: Rapport registra que lo hiciste, con tu motivo.</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <source>e.g. the program asked for an update</source>
        <translation>p. ej. el programa pidió una actualización</translation>
    </message>
    <message>
        <source>Go ahead and record</source>
        <translation>Seguir y registrar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed elsewhere meanwhile</source>
        <translation>Cambiado en otro lugar mientras tanto</translation>
    </message>
    <message>
        <source>While you edited %1, another program (rapport-cli, or Rapport in another window) changed the same fields. Choose the value to keep for each; everything else you changed is saved as you typed it, and their other changes stay.</source>
        <translation>Mientras editabas %1, otro programa (rapport-cli, o Rapport en otra ventana) cambió los mismos campos. Elige qué valor conservar en cada uno; todo lo demás que cambiaste se guarda tal como lo escribiste, y sus otros cambios se mantienen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>El tuyo</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Guardado ahora</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Volver a editar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact at %1</source>
        <translation>Nuevo contacto en %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>name@hospital.edu</source>
        <translation>nombre@hospital.edu</translation>
    </message>
    <message>
        <source>Where you met, what you talked about…</source>
        <translation>Dónde os conocisteis, de qué hablasteis…</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Introduce un nombre o un apellido.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>New Contact %1</source>
        <translation>Nuevo contacto %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardCard</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Thank-you notes due</source>
        <translation>Agradecimientos pendientes</translation>
    </message>
    <message>
        <source>No thank-you notes due.</source>
        <translation>No hay agradecimientos pendientes.</translation>
    </message>
    <message>
        <source>Open violations and warnings</source>
        <translation>Infracciones y advertencias abiertas</translation>
    </message>
    <message>
        <source>Flagged messages from programs</source>
        <translation>Mensajes de programas señalados</translation>
    </message>
    <message>
        <source>No message from a program needs a second look.</source>
        <translation>Ningún mensaje de un programa necesita una segunda lectura.</translation>
    </message>
    <message>
        <source>Gone past knowingly</source>
        <translation>Superadas a sabiendas</translation>
    </message>
    <message>
        <source>You have not gone past any warning.</source>
        <translation>No has superado ninguna advertencia.</translation>
    </message>
    <message>
        <source>Top-choice letter</source>
        <translation>Mensaje de primera opción</translation>
    </message>
    <message>
        <source>None sent yet — you may tell one program it is your first choice.</source>
        <translation>Aún no has enviado ninguno: puedes decirle a un programa que es tu primera opción.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>No dates ahead in this season.</source>
        <translation>No quedan fechas en esta temporada.</translation>
    </message>
    <message>
        <source>Programs by status</source>
        <translation>Programas por estado</translation>
    </message>
    <message>
        <source>No programs yet.</source>
        <translation>Aún no hay programas.</translation>
    </message>
    <message>
        <source>Warnings and violations you chose to go past when you logged a message, with when and why.</source>
        <translation>Advertencias e infracciones que decidiste superar al registrar un mensaje, con cuándo y por qué.</translation>
    </message>
    <message>
        <source>Messages per week</source>
        <translation>Mensajes por semana</translation>
    </message>
    <message>
        <source>%1 programs were told they are your first choice. Tell only one: the others will learn that the promise means little.</source>
        <translation>Se les dijo a %1 programas que son tu primera opción. Díselo solo a uno: los demás sabrán que la promesa vale poco.</translation>
    </message>
    <message>
        <source>No messages logged in this season yet.</source>
        <translation>Aún no hay mensajes registrados en esta temporada.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateRangeFilter</name>
    <message>
        <source>Only entries on or after this day</source>
        <translation>Solo entradas de este día o posteriores</translation>
    </message>
    <message>
        <source>Only entries on or before this day</source>
        <translation>Solo entradas de este día o anteriores</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Show entries of every date</source>
        <translation>Mostrar entradas de cualquier fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingMarks</name>
    <message>
        <source>A check found something in the subject</source>
        <translation>Una comprobación encontró algo en el asunto</translation>
    </message>
    <message>
        <source>Click to select it in the subject.</source>
        <translation>Haz clic para seleccionarlo en el asunto.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingsModel</name>
    <message>
        <source>Click to select the sentence in the text.</source>
        <translation>Haz clic para seleccionar la frase en el texto.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>No findings — this message keeps to the guidance.</source>
        <translation>Sin observaciones: este mensaje se ajusta a las recomendaciones.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message numerus="yes">
        <source>%n concerns about the program&apos;s conduct</source>
        <translation>
            <numerusform>%n reserva sobre la conducta del programa</numerusform>
            <numerusform>%n reservas sobre la conducta del programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violations</source>
        <translation>
            <numerusform>%n infracción</numerusform>
            <numerusform>%n infracciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Todo en orden</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Bienvenido a Rapport</translation>
    </message>
    <message>
        <source>Rapport keeps every message between you and residency programs in one place, and warns you before one breaks a communication limit or a rule of the Match. Start with a few words about yourself: they fill the signature and details of every template.</source>
        <translation>Rapport reúne en un solo lugar todos los mensajes entre tú y los programas de residencia, y te avisa antes de que uno incumpla un límite de comunicación o una regla del Match. Empieza con unas palabras sobre ti: rellenan la firma y los datos de cada plantilla.</translation>
    </message>
    <message>
        <source>Only your name is needed now; you can change all of it later in Settings.</source>
        <translation>Por ahora solo hace falta tu nombre; puedes cambiarlo todo más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>Not ready yet? Look around a demo season of forty programs first. It is kept in a separate file and never mixes with yours.</source>
        <translation>¿Aún no estás listo? Echa primero un vistazo a una temporada de demostración con cuarenta programas. Se guarda en un archivo aparte y nunca se mezcla con la tuya.</translation>
    </message>
    <message>
        <source>Look around a demo season first</source>
        <translation>Ver primero una temporada de demostración</translation>
    </message>
    <message>
        <source>Start my season</source>
        <translation>Empezar mi temporada</translation>
    </message>
    <message>
        <source>as on your ERAS application</source>
        <translation>como en tu solicitud de ERAS</translation>
    </message>
    <message>
        <source>e.g. Cairo University Faculty of Medicine</source>
        <translation>p. ej. Facultad de Medicina de la Universidad de El Cairo</translation>
    </message>
    <message>
        <source>country of your medical school</source>
        <translation>país de tu facultad de medicina</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 dígitos</translation>
    </message>
    <message>
        <source>US citizen or permanent resident</source>
        <translation>Ciudadano o residente permanente de EE. UU.</translation>
    </message>
    <message>
        <source>Needs J-1 sponsorship</source>
        <translation>Necesita patrocinio J-1</translation>
    </message>
    <message>
        <source>Needs H-1B sponsorship</source>
        <translation>Necesita patrocinio H-1B</translation>
    </message>
    <message>
        <source>Needs J-1 or H-1B sponsorship</source>
        <translation>Necesita patrocinio J-1 o H-1B</translation>
    </message>
    <message>
        <source>Holds an EAD</source>
        <translation>Tiene un EAD</translation>
    </message>
    <message>
        <source>the address you write to programs from</source>
        <translation>la dirección desde la que escribes a los programas</translation>
    </message>
    <message>
        <source>e.g. +1 617 555 0142</source>
        <translation>p. ej. +1 617 555 0142</translation>
    </message>
    <message>
        <source>Full &amp;name (required):</source>
        <translation>&amp;Nombre completo (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Medical &amp;school:</source>
        <translation>&amp;Facultad de medicina:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Graduation year:</source>
        <translation>&amp;Año de graduación:</translation>
    </message>
    <message>
        <source>&amp;AAMC ID:</source>
        <translation>AAMC &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Visa status:</source>
        <translation>Situación de &amp;visado:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>AAMC ID %1</source>
        <translation>AAMC ID %1</translation>
    </message>
    <message>
        <source>Enter your name: it signs every message you write from Rapport.</source>
        <translation>Introduce tu nombre: firma todos los mensajes que escribes desde Rapport.</translation>
    </message>
    <message>
        <source>An AAMC ID has 8 digits; “%1” has %2.</source>
        <translation>Un AAMC ID tiene 8 dígitos; «%1» tiene %2.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Use the form name@example.org.</source>
        <translation>«%1» no es una dirección de correo electrónico. Usa la forma nombre@example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and + - ( ) only.</source>
        <translation>«%1» no es un número de teléfono: usa solo dígitos, espacios y + - ( ).</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>No se pudo guardar tu perfil: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMailDialog</name>
    <message>
        <source>Import email</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Choose .eml files saved from your mail program, or mbox archives (Thunderbird folders, Gmail&apos;s Takeout).</source>
        <translation>Elige archivos .eml guardados desde tu programa de correo, o archivos mbox (carpetas de Thunderbird, Google Takeout de Gmail).</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Elegir &amp;archivos…</translation>
    </message>
    <message>
        <source>Your profile holds none of your email addresses, so every message is taken as incoming. Add them under Settings ▸ Profile, or change the direction here.</source>
        <translation>Tu perfil no contiene ninguna de tus direcciones de correo, así que todos los mensajes se toman como recibidos. Añádelas en Ajustes ▸ Perfil, o cambia aquí la dirección.</translation>
    </message>
    <message>
        <source>Untick a message to leave it out. Double-click a program, contact, direction or kind to change it.</source>
        <translation>Desmarca un mensaje para dejarlo fuera. Haz doble clic en un programa, contacto, dirección o tipo para cambiarlo.</translation>
    </message>
    <message>
        <source>Select a message to read it here.</source>
        <translation>Selecciona un mensaje para leerlo aquí.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Email (*.eml *.mbox *.mbx *.mbs);;All files (*)</source>
        <translation>Correo (*.eml *.mbox *.mbx *.mbs);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>Se dejó fuera %1: %2</translation>
    </message>
    <message>
        <source>No file could be read.</source>
        <translation>No se pudo leer ningún archivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 listos</translation>
    </message>
    <message>
        <source>%1 unmatched</source>
        <translation>%1 sin asignar</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation>%1 dañados</translation>
    </message>
    <message numerus="yes">
        <source>%n messages: %1.</source>
        <translation>
            <numerusform>%n mensaje: %1.</numerusform>
            <numerusform>%n mensajes: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported.</source>
        <translation>
            <numerusform>Se importará %n.</numerusform>
            <numerusform>Se importarán %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked messages have no program: choose one for each, or untick them.</source>
        <translation>
            <numerusform>%n mensaje marcado no tiene programa: elige uno o desmárcalo.</numerusform>
            <numerusform>%n mensajes marcados no tienen programa: elige uno para cada uno o desmárcalos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n messages</source>
        <translation>
            <numerusform>&amp;Importar %n mensaje</numerusform>
            <numerusform>&amp;Importar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n messages imported.</source>
        <translation>
            <numerusform>%n mensaje importado.</numerusform>
            <numerusform>%n mensajes importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped (already stored, or twice in the files)</source>
        <translation>
            <numerusform>%n duplicado omitido (ya guardado, o repetido en los archivos)</numerusform>
            <numerusform>%n duplicados omitidos (ya guardados, o repetidos en los archivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched messages left out</source>
        <translation>
            <numerusform>%n mensaje sin asignar, dejado fuera</numerusform>
            <numerusform>%n mensajes sin asignar, dejados fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages unticked</source>
        <translation>
            <numerusform>%n mensaje desmarcado</numerusform>
            <numerusform>%n mensajes desmarcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken messages, not importable:</source>
        <translation>
            <numerusform>%n mensaje dañado, no importable:</numerusform>
            <numerusform>%n mensajes dañados, no importables:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Messages</source>
        <translation>
            <numerusform>Importar %n mensaje</numerusform>
            <numerusform>Importar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>The import cannot be undone: %1</source>
        <translation>La importación no se podrá deshacer: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewModel</name>
    <message>
        <source>Updates the stored program &quot;%1&quot; with the cells this row fills; empty cells keep what is stored</source>
        <translation>Actualiza el programa guardado &quot;%1&quot; con las celdas que rellena esta fila; las celdas vacías conservan lo guardado</translation>
    </message>
    <message>
        <source>Added as a new program</source>
        <translation>Se añade como programa nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>In the NRMP Match</source>
        <translation>En el Match del NRMP</translation>
    </message>
    <message>
        <source>Visa sponsorship</source>
        <translation>Patrocinio de visado</translation>
    </message>
    <message>
        <source>Has matched IMGs</source>
        <translation>Ha admitido IMG</translation>
    </message>
    <message>
        <source>Communication policy</source>
        <translation>Política de comunicación</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Nota sobre la política</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signal sent</source>
        <translation>Señal enviada</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Solicitado el</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation>Hora de la entrevista</translation>
    </message>
    <message>
        <source>Your rank</source>
        <translation>Tu posición</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Program director</source>
        <translation>Director del programa</translation>
    </message>
    <message>
        <source>Director&apos;s email</source>
        <translation>Correo del director</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Coordinator&apos;s email</source>
        <translation>Correo del coordinador</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportProgramsDialog</name>
    <message>
        <source>Import programs from CSV</source>
        <translation>Importar programas desde CSV</translation>
    </message>
    <message>
        <source>Choose the CSV file your spreadsheet saved: one program per row, the first row naming the columns.</source>
        <translation>Elige el archivo CSV que guardó tu hoja de cálculo: un programa por fila, y la primera fila con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Each column fills one field of a program. Change a choice to read the rows again.</source>
        <translation>Cada columna rellena un campo de un programa. Cambia una opción para volver a leer las filas.</translation>
    </message>
    <message>
        <source>Import the &amp;good rows</source>
        <translation>Importar las filas &amp;correctas</translation>
    </message>
    <message>
        <source>Rows with problems are left out and listed afterwards</source>
        <translation>Las filas con problemas se dejan fuera y se enumeran después</translation>
    </message>
    <message>
        <source>Import &amp;nothing unless every row is good</source>
        <translation>No importar &amp;nada salvo que todas las filas sean correctas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>El archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignorada: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <source>%n good rows</source>
        <translation>
            <numerusform>%n fila correcta</numerusform>
            <numerusform>%n filas correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with problems</source>
        <translation>
            <numerusform>, %n con problemas</numerusform>
            <numerusform>, %n con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n will update existing programs</source>
        <translation>
            <numerusform>; %n actualizará un programa existente</numerusform>
            <numerusform>; %n actualizarán programas existentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No column holds the program name: choose &quot;Program name&quot; for one of them.</source>
        <translation>Ninguna columna contiene el nombre del programa: elige &quot;Nombre del programa&quot; para una de ellas.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>No se puede importar ninguna fila.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have problems: correct the file, or import the good rows.</source>
        <translation>
            <numerusform>%n fila tiene un problema: corrige el archivo o importa las filas correctas.</numerusform>
            <numerusform>%n filas tienen problemas: corrige el archivo o importa las filas correctas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n programs</source>
        <translation>
            <numerusform>&amp;Importar %n programa</numerusform>
            <numerusform>&amp;Importar %n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>No se importó nada: algunas filas tienen problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n programs added</source>
        <translation>
            <numerusform>%n programa añadido</numerusform>
            <numerusform>%n programas añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programs updated</source>
        <translation>
            <numerusform>%n programa actualizado</numerusform>
            <numerusform>%n programas actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>No program was added or updated.</source>
        <translation>No se añadió ni actualizó ningún programa.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported:</source>
        <translation>
            <numerusform>%n fila no se importó:</numerusform>
            <numerusform>%n filas no se importaron:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Programs</source>
        <translation>Importar programas</translation>
    </message>
    <message>
        <source>The import cannot be undone: %1</source>
        <translation>La importación no se podrá deshacer: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxConfirm</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing was logged: %1</source>
        <translation>No se registró nada: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxDetails</name>
    <message>
        <source>Choose a program</source>
        <translation>Elija un programa</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Several programs: keep each, or choose one</source>
        <translation>Varios programas: conserve cada uno o elija uno</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a message to see what Rapport proposes.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un mensaje para ver qué propone Rapport.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n messages selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n mensaje seleccionado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n mensajes seleccionados&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Log them together: a program, contact or kind you choose here is taken for every one; what you leave alone stays as proposed for each.</source>
        <translation>Regístrelos juntos: el programa, contacto o tipo que elija aquí se aplica a todos; lo que no cambie queda como se propuso para cada uno.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>“%1” cannot be logged: %2. Ignore it to set it aside.</source>
        <translation>«%1» no se puede registrar: %2. Ignórelo para apartarlo.</translation>
    </message>
    <message>
        <source>“%1” was logged or ignored already.</source>
        <translation>«%1» ya se registró o se ignoró.</translation>
    </message>
    <message>
        <source>“%1” cannot be logged: %2</source>
        <translation>«%1» no se puede registrar: %2</translation>
    </message>
    <message>
        <source>Choose a program for “%1”.</source>
        <translation>Elija un programa para «%1».</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxIgnore</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing was ignored: %1</source>
        <translation>No se ignoró nada: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxModel</name>
    <message>
        <source>No match — choose a program</source>
        <translation>Sin coincidencia: elija un programa</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Cannot be logged</source>
        <translation>No se puede registrar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxPage</name>
    <message>
        <source>Show &amp;all messages</source>
        <translation>&amp;Mostrar todos los mensajes</translation>
    </message>
    <message>
        <source>Also list the messages you logged or ignored</source>
        <translation>Listar también los mensajes que registró o ignoró</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation>Ver el &amp;original…</translation>
    </message>
    <message>
        <source>&amp;Log It</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Log the selected messages (Enter)</source>
        <translation>Registrar los mensajes seleccionados (Intro)</translation>
    </message>
    <message>
        <source>Set the selected messages aside for good (Del)</source>
        <translation>Apartar para siempre los mensajes seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Log “%1”</source>
        <translation>Registrar «%1»</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message numerus="yes">
        <source>Log %n Messages</source>
        <translation>
            <numerusform>Registrar %n mensaje</numerusform>
            <numerusform>Registrar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n messages logged.</source>
        <translation>
            <numerusform>%n mensaje registrado.</numerusform>
            <numerusform>%n mensajes registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged by the rules: %1. Its program&apos;s timeline shows it; reply safely from there.</source>
        <translation>Señalado por las reglas: %1. La cronología de su programa lo muestra; responda con seguridad desde allí.</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n Messages</source>
        <translation>
            <numerusform>Ignorar %n mensaje</numerusform>
            <numerusform>Ignorar %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages ignored.</source>
        <translation>
            <numerusform>%n mensaje ignorado.</numerusform>
            <numerusform>%n mensajes ignorados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::IoActions</name>
    <message>
        <source>&amp;Programs from CSV…</source>
        <translation>&amp;Programas desde CSV…</translation>
    </message>
    <message>
        <source>Add or update programs from a spreadsheet saved as CSV</source>
        <translation>Añadir o actualizar programas desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>&amp;Email (.eml, mbox)…</source>
        <translation>&amp;Correo (.eml, mbox)…</translation>
    </message>
    <message>
        <source>Log messages saved from your mail program</source>
        <translation>Registrar mensajes guardados desde tu programa de correo</translation>
    </message>
    <message>
        <source>&amp;Log as CSV…</source>
        <translation>&amp;Registro como CSV…</translation>
    </message>
    <message>
        <source>Every communication of the season, for a spreadsheet</source>
        <translation>Todas las comunicaciones de la temporada, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Season report (PDF)…</source>
        <translation>Informe de la &amp;temporada (PDF)…</translation>
    </message>
    <message>
        <source>A printable report of the whole season</source>
        <translation>Un informe imprimible de toda la temporada</translation>
    </message>
    <message>
        <source>P&amp;rogram report (PDF)…</source>
        <translation>Informe del p&amp;rograma (PDF)…</translation>
    </message>
    <message>
        <source>A printable report of the selected program&apos;s timeline</source>
        <translation>Un informe imprimible de la cronología del programa seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reminders (iCalendar)…</source>
        <translation>Recor&amp;datorios (iCalendar)…</translation>
    </message>
    <message>
        <source>Thank-you notes due, the rank-list deadline and Match Day, for your calendar</source>
        <translation>Agradecimientos pendientes, la fecha límite de la lista de preferencias y el Día del Match, para tu calendario</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>A copy of the whole season in one file</source>
        <translation>Una copia de toda la temporada en un solo archivo</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>Replace the season with a backup; the current one is kept</source>
        <translation>Sustituir la temporada por una copia de seguridad; la actual se conserva</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>A printable report of %1&apos;s timeline</source>
        <translation>Un informe imprimible de la cronología de %1</translation>
    </message>
    <message>
        <source>Select a program first</source>
        <translation>Selecciona primero un programa</translation>
    </message>
    <message>
        <source>Import programs from CSV</source>
        <translation>Importar programas desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Email (*.eml *.mbox *.mbx *.mbs);;All files (*)</source>
        <translation>Correo (*.eml *.mbox *.mbx *.mbs);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the log as CSV</source>
        <translation>Exportar el registro como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entrada guardada en %1</numerusform>
            <numerusform>%n entradas guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Season report</source>
        <translation>Informe de la temporada</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Maquetando las páginas…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pages written</source>
        <translation>
            <numerusform>%1 de %n página escrita</numerusform>
            <numerusform>%1 de %n páginas escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) written to %3</source>
        <translation>%1 (%2) guardado en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled; %2 was left as it was</source>
        <translation>%1 cancelado; %2 quedó como estaba</translation>
    </message>
    <message>
        <source>Export reminders</source>
        <translation>Exportar recordatorios</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1</source>
        <translation>
            <numerusform>%n recordatorio guardado en %1</numerusform>
            <numerusform>%n recordatorios guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the season</source>
        <translation>Hacer copia de seguridad de la temporada</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite)</source>
        <translation>Copias de seguridad de Rapport (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 is the season&apos;s own database; choose another file for the backup.</source>
        <translation>%1 es la propia base de datos de la temporada; elige otro archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>The whole season was copied to
%1

Keep it somewhere safe. File ▸ Restore… puts it back.</source>
        <translation>Toda la temporada se copió en
%1

Guárdala en un lugar seguro. Archivo ▸ Restaurar… la recupera.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad en %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Rapport backups (*.sqlite *.db);;All files (*)</source>
        <translation>Copias de seguridad de Rapport (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is the season&apos;s own database, not a backup.</source>
        <translation>%1 es la propia base de datos de la temporada, no una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>Replace the season with the backup %1?

The season open now is kept beside it as %2.before-restore-…, so nothing is lost.</source>
        <translation>¿Sustituir la temporada por la copia de seguridad %1?

La temporada abierta ahora se conserva a su lado como %2.before-restore-…, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The season could not be opened again (%1). Rapport will close; start it again.</source>
        <translation>No se pudo volver a abrir la temporada (%1). Rapport se cerrará; vuelve a iniciarlo.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>The season was restored from %1.</source>
        <translation>La temporada se restauró desde %1.</translation>
    </message>
    <message>
        <source>Its data was brought up to this version of Rapport.</source>
        <translation>Sus datos se actualizaron a esta versión de Rapport.</translation>
    </message>
    <message>
        <source>The season it replaced is kept as %1.</source>
        <translation>La temporada que sustituyó se conserva como %1.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restaurada desde %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogFilterBar</name>
    <message>
        <source>Search subjects and text…</source>
        <translation>Buscar en asuntos y texto…</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Enviados y recibidos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Only entries a rule check has something to say about</source>
        <translation>Solo las entradas sobre las que una comprobación tiene algo que decir</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n messages</source>
        <translation>
            <numerusform>%1 de %n mensaje</numerusform>
            <numerusform>%1 de %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message numerus="yes">
        <source>Filtered: %1 of %n messages</source>
        <translation>
            <numerusform>Filtrado: %1 de %n mensaje</numerusform>
            <numerusform>Filtrado: %1 de %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Has f&amp;indings</source>
        <translation>Con &amp;hallazgos</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogModel</name>
    <message>
        <source> (acknowledged)</source>
        <translation> (aceptada)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LogPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Show &amp;program</source>
        <translation>Mostrar &amp;programa</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>the entry “%1” of %2</source>
        <translation>la entrada «%1» del %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entries</source>
        <translation>
            <numerusform>Eliminar %n entrada</numerusform>
            <numerusform>Eliminar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation>Ver el &amp;original…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailAccountDialog</name>
    <message>
        <source>Edit Mail Account</source>
        <translation>Editar cuenta de correo</translation>
    </message>
    <message>
        <source>Add Mail Account</source>
        <translation>Añadir cuenta de correo</translation>
    </message>
    <message>
        <source>Hospital mail</source>
        <translation>Correo del hospital</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>Kept in the keyring; type to replace it</source>
        <translation>Guardada en el llavero; escríbala para cambiarla</translation>
    </message>
    <message>
        <source>An app password from your mail provider</source>
        <translation>Una contraseña de aplicación de su proveedor de correo</translation>
    </message>
    <message>
        <source>Kept in the system keyring only, never in the season file or Rapport&apos;s settings.</source>
        <translation>Se guarda solo en el llavero del sistema, nunca en el archivo de la temporada ni en la configuración de Rapport.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Solo cuando se pida</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Segu&amp;ridad:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>App pass&amp;word:</source>
        <translation>C&amp;ontraseña de aplicación:</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Comprobar &amp;cada:</translation>
    </message>
    <message>
        <source>C&amp;hoose folders…</source>
        <translation>&amp;Elegir carpetas…</translation>
    </message>
    <message>
        <source>Ask the server for its folders and tick the ones to read.</source>
        <translation>Pide al servidor sus carpetas para marcar las que se leerán.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>Carpe&amp;tas:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rapport only reads: it never marks, moves or deletes mail on the server.</source>
        <translation>Rapport solo lee: nunca marca, mueve ni borra correo en el servidor.</translation>
    </message>
    <message>
        <source>Trusted certificate for this account, SHA-256: %1</source>
        <translation>Certificado de confianza para esta cuenta, SHA-256: %1</translation>
    </message>
    <message>
        <source>Give the account a name, such as &quot;Hospital mail&quot;.</source>
        <translation>Dé un nombre a la cuenta, como «Correo del hospital».</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Ya hay una cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, such as imap.gmail.com.</source>
        <translation>Escriba el nombre del servidor de correo, como imap.gmail.com.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535: 993 for TLS, 143 for STARTTLS.</source>
        <translation>El puerto es un número de 1 a 65535: 993 para TLS, 143 para STARTTLS.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with, usually your address.</source>
        <translation>Escriba el usuario con el que inicia sesión, normalmente su dirección.</translation>
    </message>
    <message>
        <source>Enter the app password your mail provider gave you for Rapport.</source>
        <translation>Escriba la contraseña de aplicación que su proveedor de correo le dio para Rapport.</translation>
    </message>
    <message>
        <source>Asking %1 for its folders…</source>
        <translation>Pidiendo sus carpetas a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server has %n folders.</source>
        <translation>
            <numerusform>Conectado: el servidor tiene %n carpeta.</numerusform>
            <numerusform>Conectado: el servidor tiene %n carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the folders to read.</source>
        <translation>Marque las carpetas que se leerán.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority this computer trusts. A server with a certificate of its own looks like this, and so would someone pretending to be the server.

Subject: %1
Fingerprint (SHA-256): %2

Compare the fingerprint with the one your mail provider gives. Trust this certificate for this account?</source>
        <translation>Ninguna autoridad en la que confíe este equipo avala el certificado del servidor. Así se ve un servidor con un certificado propio, y también alguien que se hace pasar por el servidor.

Sujeto: %1
Huella (SHA-256): %2

Compare la huella con la que da su proveedor de correo. ¿Confiar en este certificado para esta cuenta?</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado no avalado</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Sin conexión: no se confió en el certificado del servidor.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Tick at least one folder to read.</source>
        <translation>Marque al menos una carpeta para leer.</translation>
    </message>
    <message>
        <source>The password could not be kept: %1. Rapport keeps mail passwords only in the system keyring, never in a file, so the account was not saved.</source>
        <translation>No se pudo guardar la contraseña: %1. Rapport guarda las contraseñas de correo solo en el llavero del sistema, nunca en un archivo, así que la cuenta no se guardó.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Servidor:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailDrop</name>
    <message>
        <source>Nothing was added to the Inbox: %1</source>
        <translation>No se añadió nada a la bandeja de entrada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in the Inbox</source>
        <translation>
            <numerusform>%n mensaje nuevo en la bandeja de entrada</numerusform>
            <numerusform>%n mensajes nuevos en la bandeja de entrada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were there already</source>
        <translation>
            <numerusform>; %n ya estaba</numerusform>
            <numerusform>; %n ya estaban</numerusform>
        </translation>
    </message>
    <message>
        <source>(proposed for %1)</source>
        <translation>(propuestos para %1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailPreviewModel</name>
    <message>
        <source>there is no message %1 to assign</source>
        <translation>no hay ningún mensaje %1 que asignar</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>no hay ningún mensaje %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Choose a program…</source>
        <translation>Elige un programa…</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1 (deducido)</translation>
    </message>
    <message>
        <source>Broken: message %1, line %2</source>
        <translation>Dañado: mensaje %1, línea %2</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Fuera</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Guessed from the words of the message; double-click to choose another kind</source>
        <translation>Deducido de las palabras del mensaje; haz doble clic para elegir otro tipo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSettings</name>
    <message>
        <source>Add Maildir Folder</source>
        <translation>Añadir carpeta Maildir</translation>
    </message>
    <message>
        <source>Add mbox File</source>
        <translation>Añadir archivo mbox</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Read new mail from the selected account now, or from every account and local folder when none is selected.</source>
        <translation>Lee ahora el correo nuevo de la cuenta seleccionada, o de todas las cuentas y carpetas locales si no hay ninguna seleccionada.</translation>
    </message>
    <message>
        <source>Rapport reads new mail into the review queue and never marks, moves or deletes anything on the server. Passwords stay in the system keyring.</source>
        <translation>Rapport lleva el correo nuevo a la cola de revisión y nunca marca, mueve ni borra nada en el servidor. Las contraseñas se quedan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Mail accounts (IMAP)</source>
        <translation>Cuentas de correo (IMAP)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <source>Add &amp;Maildir folder…</source>
        <translation>Añadir carpeta &amp;Maildir…</translation>
    </message>
    <message>
        <source>Add m&amp;box file…</source>
        <translation>Añadir archivo m&amp;box…</translation>
    </message>
    <message>
        <source>Mail other programs keep on this computer: Maildir folders written by mbsync, offlineimap or notmuch setups, and Thunderbird&apos;s mbox files. They are read again whenever they change.</source>
        <translation>Correo que otros programas guardan en este equipo: carpetas Maildir que escriben mbsync, offlineimap o configuraciones de notmuch, y los archivos mbox de Thunderbird. Se vuelven a leer cada vez que cambian.</translation>
    </message>
    <message>
        <source>Local mail folders</source>
        <translation>Carpetas de correo locales</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>cada %n min</numerusform>
            <numerusform>cada %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>cuando se pida</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Maildir</source>
        <translation>Maildir</translation>
    </message>
    <message>
        <source>mbox</source>
        <translation>mbox</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Remove Mail Account</source>
        <translation>Quitar cuenta de correo</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its password is removed from the keyring; the mail already read from it stays in the queue.</source>
        <translation>¿Quitar la cuenta «%1»? Su contraseña se borra del llavero; el correo ya leído de ella se queda en la cola.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove Local Mail Folder</source>
        <translation>Quitar carpeta de correo local</translation>
    </message>
    <message>
        <source>Stop reading %1? The mail already read from it stays in the queue; the folder itself is not touched.</source>
        <translation>¿Dejar de leer %1? El correo ya leído se queda en la cola; la carpeta en sí no se toca.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Quita&amp;r</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSyncIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading mail; what was read so far stays in the queue.</source>
        <translation>Deja de leer correo; lo leído hasta ahora se queda en la cola.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MailSyncRunner</name>
    <message>
        <source>No new mail</source>
        <translation>Sin correo nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading mail from %1…</source>
        <translation>Leyendo el correo de %1…</translation>
    </message>
    <message>
        <source>Reading mail: %1 %2 of %3</source>
        <translation>Leyendo correo: %1 %2 de %3</translation>
    </message>
    <message>
        <source>Reading mail: %1</source>
        <translation>Leyendo correo: %1</translation>
    </message>
    <message>
        <source>Reading mail…</source>
        <translation>Leyendo correo…</translation>
    </message>
    <message>
        <source>The keyring holds no password for this account: edit the account and enter it again.</source>
        <translation>El llavero no tiene contraseña para esta cuenta: edite la cuenta y escríbala de nuevo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Reading mail was cancelled; what was read before it stays in the queue.</source>
        <translation>Se canceló la lectura del correo; lo leído antes se queda en la cola.</translation>
    </message>
    <message>
        <source>Mail could not be read: %1</source>
        <translation>No se pudo leer el correo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n new messages in the review queue</source>
        <translation>
            <numerusform>Correo: %n mensaje nuevo en la cola de revisión</numerusform>
            <numerusform>Correo: %n mensajes nuevos en la cola de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail: no new messages</source>
        <translation>Correo: no hay mensajes nuevos</translation>
    </message>
    <message>
        <source>Cancelled before it was done.</source>
        <translation>Cancelado antes de terminar.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The season is being read and checked again; what you see is the state before the last change until it is done.</source>
        <translation>La temporada se está leyendo y comprobando de nuevo; hasta que termine, ves el estado anterior al último cambio.</translation>
    </message>
    <message>
        <source>The season could not be read again after the last change; the window shows it as it was before. %1</source>
        <translation>No se pudo volver a leer la temporada tras el último cambio; la ventana la muestra como estaba antes. %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Reading the season…</source>
        <translation>Leyendo la temporada…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Compose…</source>
        <translation>&amp;Redactar…</translation>
    </message>
    <message>
        <source>Write a message from a template, checked as you type (%1)</source>
        <translation>Escribir un mensaje a partir de una plantilla, comprobado mientras escribes (%1)</translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation>Nuevo &amp;programa…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Acerca de Rapport</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Acerca de Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;p&gt;Keeps a residency applicant&apos;s pre-Match communication in order, and warns before a message breaks a limit or a rule of the Match.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;p&gt;Mantiene en orden la comunicación previa al Match de un candidato a residencia, y avisa antes de que un mensaje incumpla un límite o una regla del Match.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open warnings and violations</source>
        <translation>
            <numerusform>%n advertencia o infracción abierta</numerusform>
            <numerusform>%n advertencias e infracciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Save your edits in %1 before the season closes?</source>
        <translation>¿Guardar sus cambios en %1 antes de cerrar la temporada?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Entrada (%1)</translation>
    </message>
    <message>
        <source>S&amp;ync Mail</source>
        <translation>Sincronizar co&amp;rreo</translation>
    </message>
    <message>
        <source>Read new mail from every account and local mail folder (%1)</source>
        <translation>Lee el correo nuevo de todas las cuentas y carpetas de correo locales (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeDialog</name>
    <message>
        <source>Find by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Choose the one to keep.</source>
        <translation>Elija el que se conserva.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OriginalMessageDialog</name>
    <message>
        <source>Original message</source>
        <translation>Mensaje original</translation>
    </message>
    <message>
        <source>Original message: %1</source>
        <translation>Mensaje original: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>This message cannot be read: %1</source>
        <translation>No se puede leer este mensaje: %1</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>an account that was removed</source>
        <translation>una cuenta eliminada</translation>
    </message>
    <message>
        <source>%1, folder %2, UID %3</source>
        <translation>%1, carpeta %2, UID %3</translation>
    </message>
    <message>
        <source>%1, folder %2</source>
        <translation>%1, carpeta %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Maildir: %1</source>
        <translation>Maildir: %1</translation>
    </message>
    <message>
        <source>Mailbox file: %1</source>
        <translation>Archivo de buzón: %1</translation>
    </message>
    <message>
        <source>Dropped file: %1</source>
        <translation>Archivo soltado: %1</translation>
    </message>
    <message>
        <source>This entry was not captured from mail: there is no original to show.</source>
        <translation>Esta entrada no se capturó del correo: no hay original que mostrar.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PdfPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1 was not written: stopped before it was complete</source>
        <translation>%1 no se escribió: se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started</source>
        <translation>%1 no se puede escribir: no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be finished</source>
        <translation>%1 no se puede escribir: no se pudo terminar el PDF</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PhraseListEditor</name>
    <message>
        <source>One regular expression a line, matched without regard to case against the message written plainly: lower case, straight quotes, “#1” and “number one” as “first”, every line break a space.</source>
        <translation>Una expresión regular por línea, comparada sin distinguir mayúsculas con el mensaje en texto simple: en minúsculas, con comillas rectas, «#1» y «number one» como «first», y cada salto de línea como un espacio.</translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation>&amp;Guardar lista</translation>
    </message>
    <message>
        <source>&amp;Restore shipped list</source>
        <translation>&amp;Restaurar la lista original</translation>
    </message>
    <message>
        <source>In your messages</source>
        <translation>En tus mensajes</translation>
    </message>
    <message>
        <source>In messages from programs</source>
        <translation>En los mensajes de los programas</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Your own list</source>
        <translation>Tu propia lista</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>Tal como viene</translation>
    </message>
    <message>
        <source>line %1: %2 at position %3</source>
        <translation>línea %1: %2 en la posición %3</translation>
    </message>
    <message>
        <source> · not saved yet</source>
        <translation> · aún sin guardar</translation>
    </message>
    <message>
        <source>your phrase list for “%1”</source>
        <translation>tu lista de frases para «%1»</translation>
    </message>
    <message>
        <source>The rule data was not changed: %1</source>
        <translation>Los datos de las reglas no se cambiaron: %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); fix or remove it first</source>
        <translation>%1 no es un objeto JSON (%2); corrígelo o elimínalo primero</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>no se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Save your changes to the phrases of “%1” first?</source>
        <translation>¿Guardar antes sus cambios en las frases de «%1»?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfileSettings</name>
    <message>
        <source>As on your ERAS application</source>
        <translation>Como en tu solicitud de ERAS</translation>
    </message>
    <message>
        <source>e.g. MBBS, MD</source>
        <translation>p. ej. MBBS, MD</translation>
    </message>
    <message>
        <source>e.g. 2022</source>
        <translation>p. ej. 2022</translation>
    </message>
    <message>
        <source>e.g. needs J-1 sponsorship</source>
        <translation>p. ej. necesita patrocinio J-1</translation>
    </message>
    <message>
        <source>The address programs write to</source>
        <translation>La dirección a la que te escriben los programas</translation>
    </message>
    <message>
        <source>One address a line: email import counts mail from these as yours</source>
        <translation>Una dirección por línea: al importar correo, lo que venga de estas cuenta como tuyo</translation>
    </message>
    <message>
        <source>Empty: templates sign with your name, degree, AAMC ID, email and phone</source>
        <translation>Vacía: las plantillas firman con tu nombre, título, AAMC ID, correo y teléfono</translation>
    </message>
    <message>
        <source>Your own institution&apos;s program, if you have one: OPDO advises against sending it a preference signal</source>
        <translation>El programa de tu propia institución, si lo tienes: la OPDO desaconseja enviarle una señal de preferencia</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Country of the school</source>
        <translation>&amp;País de la facultad</translation>
    </message>
    <message>
        <source>&amp;Graduation year</source>
        <translation>&amp;Año de graduación</translation>
    </message>
    <message>
        <source>&amp;AAMC ID</source>
        <translation>AAMC &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Other emails</source>
        <translation>&amp;Otros correos</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>&amp;Medical school</source>
        <translation>Facultad de &amp;medicina</translation>
    </message>
    <message>
        <source>V&amp;isa</source>
        <translation>V&amp;isado</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>Signa&amp;ture</source>
        <translation>Firma (&amp;t)</translation>
    </message>
    <message>
        <source>Home p&amp;rogram</source>
        <translation>P&amp;rograma propio</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramContactsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Write to…</source>
        <translation>&amp;Escribir a…</translation>
    </message>
    <message>
        <source>Compose a message to this contact</source>
        <translation>Redactar un mensaje para este contacto</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>The same person entered twice: keep one, with the other&apos;s entries</source>
        <translation>La misma persona registrada dos veces: conservar una, con las entradas de la otra</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramDetailsTab</name>
    <message>
        <source>e.g. 1234280C0</source>
        <translation>p. ej. 1234280C0</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>e.g. uhospital.edu: matches imported mail</source>
        <translation>p. ej. uhospital.edu: asigna el correo importado</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation>Aún sin clasificar</translation>
    </message>
    <message>
        <source>Your private preference order: 1 = the program you want most</source>
        <translation>Tu orden de preferencia privado: 1 = el programa que más quieres</translation>
    </message>
    <message>
        <source>Your season</source>
        <translation>Tu temporada</translation>
    </message>
    <message>
        <source>&amp;Applied:</source>
        <translation>&amp;Solicitado:</translation>
    </message>
    <message>
        <source>Takes part in the NRMP &amp;Match</source>
        <translation>Participa en el &amp;Match del NRMP</translation>
    </message>
    <message>
        <source>The program&apos;s words, e.g. from the interview day</source>
        <translation>Las palabras del programa, p. ej. del día de la entrevista</translation>
    </message>
    <message>
        <source>Season default</source>
        <translation>Valor de la temporada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Fewest days between two messages to this program</source>
        <translation>Mínimo de días entre dos mensajes a este programa</translation>
    </message>
    <message>
        <source>Policy and fit</source>
        <translation>Política y encaje</translation>
    </message>
    <message>
        <source>Communication &amp;policy:</source>
        <translation>&amp;Política de comunicación:</translation>
    </message>
    <message>
        <source>What stood out, people you met, questions to ask…</source>
        <translation>Qué te llamó la atención, personas que conociste, preguntas que hacer…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Preference rank</source>
        <translation>Posición de preferencia</translation>
    </message>
    <message>
        <source>Signal sent</source>
        <translation>Señal enviada</translation>
    </message>
    <message>
        <source>Home program</source>
        <translation>Programa de tu hospital</translation>
    </message>
    <message>
        <source>Participates in the Match</source>
        <translation>Participa en el Match</translation>
    </message>
    <message>
        <source>Visa sponsorship</source>
        <translation>Patrocinio de visado</translation>
    </message>
    <message>
        <source>Has matched IMGs</source>
        <translation>Ha admitido IMG</translation>
    </message>
    <message>
        <source>Communication policy</source>
        <translation>Política de comunicación</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Nota sobre la política</translation>
    </message>
    <message>
        <source>Minimum gap</source>
        <translation>Separación mínima</translation>
    </message>
    <message>
        <source>The program needs a name.</source>
        <translation>El programa necesita un nombre.</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Especialidad:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ciudad (&amp;y):</translation>
    </message>
    <message>
        <source>NRMP code:</source>
        <translation>Código NRMP:</translation>
    </message>
    <message>
        <source>We&amp;bsite:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Email domain:</source>
        <translation>Dominio de correo:</translation>
    </message>
    <message>
        <source>Preference si&amp;gnal sent</source>
        <translation>Señal de preferencia envia&amp;da</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Estado (&amp;u):</translation>
    </message>
    <message>
        <source>Intervie&amp;w:</source>
        <translation>Entrevista (&amp;w):</translation>
    </message>
    <message>
        <source>Preference ran&amp;k:</source>
        <translation>Posición de preferencia (&amp;k):</translation>
    </message>
    <message>
        <source>Visa sponsorship:</source>
        <translation>Patrocinio de visado:</translation>
    </message>
    <message>
        <source>Has matched IMGs:</source>
        <translation>Ha aceptado IMG:</translation>
    </message>
    <message>
        <source>Policy note:</source>
        <translation>Nota sobre la política:</translation>
    </message>
    <message>
        <source>Minimum gap:</source>
        <translation>Intervalo mínimo:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>e.g. Otolaryngology Residency, University Hospital</source>
        <translation>p. ej. Residencia de Otorrinolaringología, Hospital Universitario</translation>
    </message>
    <message>
        <source>e.g. OH</source>
        <translation>p. ej. OH</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programada para el</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Visa sponsorship:</source>
        <translation>Patrocinio de &amp;visado:</translation>
    </message>
    <message>
        <source>Everything else (NRMP code, contacts, notes) is on the program&apos;s page once it is added.</source>
        <translation>Todo lo demás (código NRMP, contactos, notas) está en la página del programa una vez añadido.</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>Añadir programa</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>Introduce el nombre del programa.</translation>
    </message>
    <message>
        <source>New Program %1</source>
        <translation>Nuevo programa %1</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ciudad (&amp;y):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Estado (&amp;u):</translation>
    </message>
    <message>
        <source>Intervie&amp;w:</source>
        <translation>Entrevista (&amp;w):</translation>
    </message>
    <message>
        <source>Communication &amp;policy:</source>
        <translation>&amp;Política de comunicación:</translation>
    </message>
    <message>
        <source>Add the program you filled in, or discard it?</source>
        <translation>¿Añadir el programa que has rellenado o descartarlo?</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramHeader</name>
    <message>
        <source>NRMP %1</source>
        <translation>NRMP %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Entrevista:</translation>
    </message>
    <message>
        <source>Visa:</source>
        <translation>Visado:</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <source>outside the NRMP Match</source>
        <translation>fuera del Match del NRMP</translation>
    </message>
    <message>
        <source>Your rank:</source>
        <translation>Tu posición:</translation>
    </message>
    <message>
        <source>You told this program on %1 that it is your top choice</source>
        <translation>Le dijiste a este programa el %1 que es tu primera opción</translation>
    </message>
    <message>
        <source>One program too many: another was told first</source>
        <translation>Un programa de más: a otro se lo dijiste antes</translation>
    </message>
    <message>
        <source>One program too many: %1 was told first, on %2</source>
        <translation>Un programa de más: a %1 se lo dijiste antes, el %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Política: %1</translation>
    </message>
    <message>
        <source>The program&apos;s own communication policy: %1</source>
        <translation>La política de comunicación propia del programa: %1</translation>
    </message>
    <message>
        <source>Rapport warns before a message goes against it.</source>
        <translation>Rapport te avisa antes de que un mensaje vaya en contra de ella.</translation>
    </message>
    <message>
        <source>The program says: %1</source>
        <translation>El programa dice: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramListModel</name>
    <message>
        <source>Top choice: you told this program on %1</source>
        <translation>Primera opción: se lo dijiste a este programa el %1</translation>
    </message>
    <message>
        <source>Told it is your top choice on %1: one program too many (%2 was told first, on %3)</source>
        <translation>Le dijiste que es tu primera opción el %1: un programa de más (a %2 se lo dijiste antes, el %3)</translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>Sin observaciones abiertas</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings; the worst is: %1</source>
        <translation>
            <numerusform>%n observación abierta; la más grave: %1</numerusform>
            <numerusform>%n observaciones abiertas; la más grave: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-interview interest and update emails: used/maximum</source>
        <translation>Correos de interés y actualización previos a la entrevista: usados/máximo</translation>
    </message>
    <message>
        <source>Thank-you rounds: used/maximum (notes to different interviewers within the window are one round)</source>
        <translation>Rondas de agradecimiento: usadas/máximo (las notas a distintos entrevistadores dentro del plazo cuentan como una ronda)</translation>
    </message>
    <message>
        <source>Post-interview updates: used/maximum</source>
        <translation>Actualizaciones tras la entrevista: usadas/máximo</translation>
    </message>
    <message>
        <source>The next message allowed or due, and from when</source>
        <translation>El próximo mensaje permitido o pendiente, y desde cuándo</translation>
    </message>
    <message>
        <source>Open findings, coloured by the worst</source>
        <translation>Observaciones abiertas, coloreadas según la más grave</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProgramsPage</name>
    <message>
        <source>Filter by name, institution, city or state</source>
        <translation>Filtrar por nombre, institución, ciudad o estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Programs with an open warning or violation, or a thank-you due</source>
        <translation>Programas con una advertencia o infracción abierta, o un agradecimiento pendiente</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>Select a program to see its timeline, details and contacts.</source>
        <translation>Selecciona un programa para ver su cronología, sus detalles y sus contactos.</translation>
    </message>
    <message>
        <source>&amp;Compose…</source>
        <translation>&amp;Redactar…</translation>
    </message>
    <message>
        <source>Write to this program from a template, checked as you type</source>
        <translation>Escribir a este programa a partir de una plantilla, comprobado mientras escribes</translation>
    </message>
    <message>
        <source>&amp;Log entry…</source>
        <translation>A&amp;notar…</translation>
    </message>
    <message>
        <source>Record a call, a conversation or a message you sent elsewhere</source>
        <translation>Registrar una llamada, una conversación o un mensaje que enviaste por otro medio</translation>
    </message>
    <message>
        <source>No programs yet</source>
        <translation>Aún no hay programas</translation>
    </message>
    <message>
        <source>Add each program you apply to. Rapport then keeps its timeline, counts your messages against the limits and warns you before one would break a rule of the Match.</source>
        <translation>Añade cada programa al que te presentes. Rapport lleva entonces su cronología, cuenta tus mensajes respecto a los límites y te avisa antes de que uno incumpla una regla del Match.</translation>
    </message>
    <message>
        <source>&amp;New program…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Save your changes to the details of %1 before moving on?</source>
        <translation>¿Guardar los cambios en los detalles de %1 antes de continuar?</translation>
    </message>
    <message>
        <source>Save your changes to the program&apos;s details before moving on?</source>
        <translation>¿Guardar los cambios en los detalles del programa antes de continuar?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::QuotaSettings</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recomendado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum&lt;/b&gt;</source>
        <translation>&lt;b&gt;Máximo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every program</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Days between two messages to one program</source>
        <translation>Días entre dos mensajes a un mismo programa</translation>
    </message>
    <message>
        <source>Leave a field empty to keep the recommended value shown in grey.</source>
        <translation>Deja un campo vacío para mantener el valor recomendado que aparece en gris.</translation>
    </message>
    <message>
        <source>&amp;Save limits</source>
        <translation>&amp;Guardar límites</translation>
    </message>
    <message>
        <source>One program&apos;s own limits</source>
        <translation>Límites propios de un programa</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>Save for this p&amp;rogram</source>
        <translation>Guardar para este p&amp;rograma</translation>
    </message>
    <message>
        <source>&amp;Clear this program&apos;s limits</source>
        <translation>&amp;Borrar los límites de este programa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Programs with limits of their own:</source>
        <translation>Programas con límites propios:</translation>
    </message>
    <message>
        <source>Edit Quota Defaults</source>
        <translation>Editar las cuotas generales</translation>
    </message>
    <message>
        <source>Edit Quotas of %1</source>
        <translation>Editar las cuotas de %1</translation>
    </message>
    <message>
        <source>Save the limits you typed for %1 before showing another program&apos;s?</source>
        <translation>¿Guardar los límites que escribió para %1 antes de mostrar los de otro programa?</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecordActions</name>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n entrada del registro</numerusform>
            <numerusform>%n entradas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>the program “%1” with its %2 and %3</source>
        <translation>el programa «%1» con sus %2 y sus %3</translation>
    </message>
    <message>
        <source>Delete Program %1</source>
        <translation>Eliminar el programa %1</translation>
    </message>
    <message>
        <source>Merge %1 Into…</source>
        <translation>Fusionar %1 con…</translation>
    </message>
    <message>
        <source>Which program is “%1” the same as? That one is kept.</source>
        <translation>¿Con qué programa es «%1» el mismo? Ese es el que se conserva.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 and %2 of “%3” move to “%4”. “%4” keeps its details and takes those it lacks from “%3” (the notes are joined); “%3” is then deleted.</source>
        <translation>%1 y %2 de «%3» pasan a «%4». «%4» conserva sus datos y toma de «%3» los que le faltan (las notas se unen); después se elimina «%3».</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>el contacto %1</translation>
    </message>
    <message>
        <source>the contact %1 (the %2 naming them stay, naming no one)</source>
        <translation>el contacto %1 (las %2 que lo nombran se conservan, sin contacto)</translation>
    </message>
    <message>
        <source>Delete Contact %1</source>
        <translation>Eliminar el contacto %1</translation>
    </message>
    <message>
        <source>Which contact of the program is %1 the same person as? That one is kept.</source>
        <translation>¿Con qué contacto del programa es %1 la misma persona? Ese es el que se conserva.</translation>
    </message>
    <message>
        <source>%1 is the program&apos;s only contact: there is no one to merge them into.</source>
        <translation>%1 es el único contacto del programa: no hay con quién fusionarlo.</translation>
    </message>
    <message>
        <source>The %1 naming %2 will name %3. %3 keeps their details and takes those they lack from %2 (the notes are joined); %2 is then deleted.</source>
        <translation>Las %1 que nombran a %2 nombrarán a %3. %3 conserva sus datos y toma de %2 los que le faltan (las notas se unen); después se elimina %2.</translation>
    </message>
    <message>
        <source>&amp;Delete Program…</source>
        <translation>&amp;Eliminar programa…</translation>
    </message>
    <message>
        <source>&amp;Delete Contact…</source>
        <translation>&amp;Eliminar contacto…</translation>
    </message>
    <message>
        <source>&amp;Merge Program Into…</source>
        <translation>&amp;Fusionar programa con…</translation>
    </message>
    <message>
        <source>&amp;Merge Contact Into…</source>
        <translation>&amp;Fusionar contacto con…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeasonMenu</name>
    <message>
        <source>New &amp;Season…</source>
        <translation>&amp;Nueva temporada…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Abrir reciente</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerrar temp&amp;orada</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeasonSettings</name>
    <message>
        <source>e.g. 2027 Match</source>
        <translation>p. ej. Match de 2027</translation>
    </message>
    <message>
        <source>How many preference signals the specialty allows this season (otolaryngology: 25 in 2024 and 2025)</source>
        <translation>Cuántas señales de preferencia permite la especialidad esta temporada (otorrinolaringología: 25 en 2024 y 2025)</translation>
    </message>
    <message>
        <source>estimated — check the NRMP calendar</source>
        <translation>estimada: consulta el calendario del NRMP</translation>
    </message>
    <message>
        <source>Rapport computed this date: Match Day is the third Friday of March, the rank-list deadline the Wednesday about three weeks before. Check the NRMP calendar, then confirm the dates or correct them and save.</source>
        <translation>Rapport ha calculado esta fecha: el Día del Match es el tercer viernes de marzo, y la fecha límite de la lista de preferencias, el miércoles unas tres semanas antes. Consulta el calendario del NRMP y después confirma las fechas o corrígelas y guarda.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Applications open</source>
        <translation>&amp;Apertura de solicitudes</translation>
    </message>
    <message>
        <source>&amp;Rank-list deadline</source>
        <translation>Fecha límite de la &amp;lista de preferencias</translation>
    </message>
    <message>
        <source>&amp;Match Day</source>
        <translation>Día del &amp;Match</translation>
    </message>
    <message>
        <source>Preference si&amp;gnals</source>
        <translation>Señales de pre&amp;ferencia</translation>
    </message>
    <message>
        <source>The NRMP publishes the dates each year; for the 2026 Match the rank-list deadline was 25 February and Match Day 20 March. Until you confirm them, the deadline and Match Day here are Rapport&apos;s estimates.</source>
        <translation>El NRMP publica las fechas cada año; para el Match de 2026 la fecha límite de la lista de preferencias fue el 25 de febrero y el Día del Match, el 20 de marzo. Hasta que las confirmes, la fecha límite y el Día del Match que aparecen aquí son estimaciones de Rapport.</translation>
    </message>
    <message>
        <source>Use &amp;defaults</source>
        <translation>Usar valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>Fill in the usual dates of the coming Match (not saved yet)</source>
        <translation>Rellenar las fechas habituales del próximo Match (aún sin guardar)</translation>
    </message>
    <message>
        <source>&amp;Save season</source>
        <translation>&amp;Guardar temporada</translation>
    </message>
    <message>
        <source>The rank-list deadline and Match Day shown match the NRMP calendar: save them as confirmed</source>
        <translation>La fecha límite de la lista de preferencias y el Día del Match que aparecen coinciden con el calendario del NRMP: guardarlas como confirmadas</translation>
    </message>
    <message>
        <source>Dates confirmed</source>
        <translation>Fechas confirmadas</translation>
    </message>
    <message>
        <source>&amp;Confirm dates</source>
        <translation>&amp;Confirmar fechas</translation>
    </message>
    <message>
        <source>season interviews end %1 before they start %2</source>
        <translation>las entrevistas de la temporada terminan el %1, antes de empezar el %2</translation>
    </message>
    <message>
        <source>Season saved; the checks use the new dates.</source>
        <translation>Temporada guardada; las comprobaciones usan las nuevas fechas.</translation>
    </message>
    <message>
        <source>Season saved; the rank-list deadline and Match Day are still estimates.</source>
        <translation>Temporada guardada; la fecha límite de la lista de preferencias y el Día del Match siguen siendo estimaciones.</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>La de este ordenador (%1)</translation>
    </message>
    <message>
        <source>Every date and time in Rapport is shown in this zone</source>
        <translation>Rapport muestra todas las fechas y horas en esta zona</translation>
    </message>
    <message>
        <source>&amp;Interviews start</source>
        <translation>&amp;Inicio de las entrevistas</translation>
    </message>
    <message>
        <source>In&amp;terviews end</source>
        <translation>Fin de las en&amp;trevistas</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SeasonWindows</name>
    <message>
        <source>Rapport seasons (*.sqlite)</source>
        <translation>Temporadas de Rapport (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 is open in another Rapport window, which was brought forward.</source>
        <translation>%1 está abierto en otra ventana de Rapport, que se ha traído al frente.</translation>
    </message>
    <message>
        <source>New season</source>
        <translation>Nueva temporada</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File ▸ Open…, or choose another name for the new season.</source>
        <translation>%1 ya existe. Ábrelo con Archivo ▸ Abrir…, o elige otro nombre para la nueva temporada.</translation>
    </message>
    <message>
        <source>Open a season</source>
        <translation>Abrir una temporada</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ya no está ahí.</translation>
    </message>
    <message>
        <source>Save a copy of the season</source>
        <translation>Guardar una copia de la temporada</translation>
    </message>
    <message>
        <source>%1 is the season itself; choose another file for the copy.</source>
        <translation>%1 es la propia temporada; elige otro archivo para la copia.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>A copy of the season was saved to %1; this window still shows the season itself.</source>
        <translation>Se guardó una copia de la temporada en %1; esta ventana sigue mostrando la temporada original.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Session</name>
    <message>
        <source>No season is open.</source>
        <translation>No hay ninguna temporada abierta.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Cupos</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Listas de frases</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SpellTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Never underline this word again</source>
        <translation>No volver a subrayar esta palabra</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
    <message>
        <source>Accept this word until Rapport quits</source>
        <translation>Aceptar esta palabra hasta que se cierre Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateChooser</name>
    <message>
        <source>Filter templates</source>
        <translation>Filtrar plantillas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Suggested for this program</source>
        <translation>Sugeridas para este programa</translation>
    </message>
    <message>
        <source>Not allowed now</source>
        <translation>No permitido ahora</translation>
    </message>
    <message>
        <source>Not allowed for this program now</source>
        <translation>No permitido para este programa ahora</translation>
    </message>
    <message>
        <source>Not allowed now: %1</source>
        <translation>No permitido ahora: %1</translation>
    </message>
    <message>
        <source>Other templates</source>
        <translation>Otras plantillas</translation>
    </message>
    <message>
        <source>Blank message</source>
        <translation>Mensaje en blanco</translation>
    </message>
    <message>
        <source>Write the message yourself, without a template.</source>
        <translation>Escribe el mensaje tú mismo, sin plantilla.</translation>
    </message>
    <message>
        <source>Not allowed now: %1 You may still write it; the checks will say what it goes past.</source>
        <translation>No permitido ahora: %1 Aun así puedes escribirlo; las comprobaciones dirán qué límite supera.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateEditor</name>
    <message>
        <source>Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;; compose and rapport-cli refer to the template by it</source>
        <translation>Minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;; la redacción y rapport-cli se refieren a la plantilla con este nombre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Cuerpo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Placeholders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Marcadores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor. A free field &lt;tt&gt;{{field.name}}&lt;/tt&gt; is asked for when you compose.</source>
        <translation>Haz doble clic para insertar en el cursor. Un campo libre &lt;tt&gt;{{field.name}}&lt;/tt&gt; se pide al redactar.</translation>
    </message>
    <message>
        <source>Built-in templates keep their name</source>
        <translation>Las plantillas integradas conservan su nombre</translation>
    </message>
    <message>
        <source>a template named &quot;%1&quot; already exists</source>
        <translation>ya existe una plantilla llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Nombre (&amp;a)</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>As&amp;unto</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateFieldsForm</name>
    <message>
        <source>Fill in</source>
        <translation>Rellenar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateListModel</name>
    <message>
        <source>Yours</source>
        <translation>El tuyo</translation>
    </message>
    <message>
        <source>Built-in, edited</source>
        <translation>Integrada, editada</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplatesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete one of your own templates</source>
        <translation>Eliminar una de tus propias plantillas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Reset to built-in…</source>
        <translation>&amp;Restablecer la integrada…</translation>
    </message>
    <message>
        <source>Throw your edits away and go back to the text Rapport ships</source>
        <translation>Descartar tus cambios y volver al texto que trae Rapport</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>One of your own templates.</source>
        <translation>Una de tus propias plantillas.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the text first</source>
        <translation>Corrige primero los problemas indicados debajo del texto</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>One of your own templates: give it a name and a kind, then save.</source>
        <translation>Una de tus propias plantillas: ponle un nombre y un tipo, y después guárdala.</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>No se pudo guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>your changes to the built-in template “%1”</source>
        <translation>tus cambios en la plantilla integrada «%1»</translation>
    </message>
    <message>
        <source>Could not reset the template: %1</source>
        <translation>No se pudo restablecer la plantilla: %1</translation>
    </message>
    <message>
        <source>the template “%1”</source>
        <translation>la plantilla «%1»</translation>
    </message>
    <message>
        <source>Could not delete the template: %1</source>
        <translation>No se pudo eliminar la plantilla: %1</translation>
    </message>
    <message>
        <source>Edit Template %1</source>
        <translation>Editar la plantilla %1</translation>
    </message>
    <message>
        <source>Reset Template %1</source>
        <translation>Restablecer la plantilla %1</translation>
    </message>
    <message>
        <source>Delete Template %1</source>
        <translation>Eliminar la plantilla %1</translation>
    </message>
    <message>
        <source>The template cannot be saved yet: %1</source>
        <translation>La plantilla aún no se puede guardar: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineDelegate</name>
    <message>
        <source>Reply safely…</source>
        <translation>Responder con seguridad…</translation>
    </message>
    <message>
        <source>from the program</source>
        <translation>del programa</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineModel</name>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation>Fecha límite de la lista de preferencias</translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation>Día del Match</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimada)</translation>
    </message>
    <message>
        <source>Estimated date — check the NRMP calendar, then confirm it in Settings › Season.</source>
        <translation>Fecha estimada: consulta el calendario del NRMP y después confírmala en Ajustes › Temporada.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineView</name>
    <message>
        <source>Open entry…</source>
        <translation>Abrir entrada…</translation>
    </message>
    <message>
        <source>Answer with the reply-to-pressure template: polite, and your rank list stays your own</source>
        <translation>Responder con la plantilla de respuesta a presiones: educada, y tu lista de preferencias sigue siendo solo tuya</translation>
    </message>
</context>
<context>
    <name>rapport::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WeeklyChart</name>
    <message>
        <source>Outgoing</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimada)</translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation>Fecha límite de la lista de preferencias</translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation>Día del Match</translation>
    </message>
    <message>
        <source>%1 outgoing and %2 incoming messages from %3 to %4</source>
        <translation>%1 mensajes enviados y %2 recibidos del %3 al %4</translation>
    </message>
</context>
<context>
    <name>rapport::ui::dashboardRows</name>
    <message>
        <source>the program</source>
        <translation>este programa</translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>vence en %n h</numerusform>
            <numerusform>vence en %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>vence en %n min</numerusform>
            <numerusform>vence en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>vencido hace %n h</numerusform>
            <numerusform>vencido hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>vencido hace %n min</numerusform>
            <numerusform>vencido hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violations</source>
        <translation>
            <numerusform>%n infracción</numerusform>
            <numerusform>%n infracciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings or violations</source>
        <translation>sin advertencias ni infracciones</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguna abierta</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 sin resolver</translation>
    </message>
    <message>
        <source>, %1 gone past knowingly</source>
        <translation>, %1 que superaste a sabiendas</translation>
    </message>
    <message>
        <source>nothing urgent</source>
        <translation>nada urgente</translation>
    </message>
    <message numerus="yes">
        <source>%n things need your attention</source>
        <translation>
            <numerusform>%n asunto requiere tu atención</numerusform>
            <numerusform>%n asuntos requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <source>No violations or warnings. Every message so far is within the limits.</source>
        <translation>No hay infracciones ni advertencias. Todos los mensajes hasta ahora están dentro de los límites.</translation>
    </message>
    <message numerus="yes">
        <source>No open violations or warnings. %n you went past knowingly are listed under “Gone past knowingly”.</source>
        <translation>
            <numerusform>No hay infracciones ni advertencias abiertas. La que superaste a sabiendas aparece en «Superadas a sabiendas».</numerusform>
            <numerusform>No hay infracciones ni advertencias abiertas. Las %n que superaste a sabiendas aparecen en «Superadas a sabiendas».</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview %1 · window closes %2</source>
        <translation>Entrevista %1 · el plazo se cierra %2</translation>
    </message>
    <message>
        <source>Write thank-you</source>
        <translation>Escribir agradecimiento</translation>
    </message>
    <message numerus="yes">
        <source>Thank the people you met within %n hours of the interview: notes to different interviewers count as one round.</source>
        <translation>
            <numerusform>Da las gracias a las personas que conociste en un plazo de %n hora tras la entrevista: las notas a distintos entrevistadores cuentan como una ronda.</numerusform>
            <numerusform>Da las gracias a las personas que conociste en las %n horas siguientes a la entrevista: las notas a distintos entrevistadores cuentan como una ronda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole season</source>
        <translation>Toda la temporada</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” · %2</source>
        <translation>«%1» · %2</translation>
    </message>
    <message>
        <source>You chose to go past it on %1.</source>
        <translation>Decidiste superarla el %1.</translation>
    </message>
    <message>
        <source>You chose to go past it.</source>
        <translation>Decidiste superarla.</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Sin motivo.</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>Tu motivo: %1</translation>
    </message>
    <message>
        <source>Reply safely</source>
        <translation>Responder con seguridad</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Letter of intent, sent %1</source>
        <translation>Carta de intención, enviada el %1</translation>
    </message>
    <message>
        <source>Top-choice sentence, sent %1</source>
        <translation>Frase de primera opción, enviada el %1</translation>
    </message>
    <message>
        <source>one too many</source>
        <translation>uno de más</translation>
    </message>
    <message>
        <source>Rank-list deadline</source>
        <translation>Fecha límite de la lista de preferencias</translation>
    </message>
    <message>
        <source>Match Day</source>
        <translation>Día del Match</translation>
    </message>
    <message>
        <source>Interview · %1</source>
        <translation>Entrevista · %1</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimada)</translation>
    </message>
    <message>
        <source>Estimated date — check the NRMP calendar, then confirm it in Settings › Season.</source>
        <translation>Fecha estimada: consulta el calendario del NRMP y después confírmala en Ajustes › Temporada.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::findingText</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Program&apos;s conduct</source>
        <translation>Conducta del programa</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>%1 · found by the classifier</source>
        <translation>%1 · detectado por el clasificador</translation>
    </message>
    <message>
        <source>%1 · found by a phrase pattern</source>
        <translation>%1 · detectado por un patrón de frases</translation>
    </message>
</context>
<context>
    <name>rapport::ui::labels</name>
    <message>
        <source>Outgoing</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Congreso</translation>
    </message>
    <message>
        <source>Second look</source>
        <translation>Segunda visita</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Pre-interview interest</source>
        <translation>Interés previo a la entrevista</translation>
    </message>
    <message>
        <source>Application update</source>
        <translation>Actualización de la solicitud</translation>
    </message>
    <message>
        <source>Visa inquiry</source>
        <translation>Consulta sobre visado</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Conference follow-up</source>
        <translation>Seguimiento de congreso</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Post-interview update</source>
        <translation>Actualización tras la entrevista</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Carta de intención</translation>
    </message>
    <message>
        <source>Letter of strong interest</source>
        <translation>Carta de gran interés</translation>
    </message>
    <message>
        <source>Reply to program</source>
        <translation>Respuesta al programa</translation>
    </message>
    <message>
        <source>Second-look request</source>
        <translation>Solicitud de segunda visita</translation>
    </message>
    <message>
        <source>Program invitation</source>
        <translation>Invitación del programa</translation>
    </message>
    <message>
        <source>Program expression of interest</source>
        <translation>Expresión de interés del programa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>En consideración</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entrevista programada</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Entrevistado</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Match conseguido</translation>
    </message>
    <message>
        <source>No restriction</source>
        <translation>Sin restricciones</translation>
    </message>
    <message>
        <source>No post-interview communication</source>
        <translation>Sin comunicación tras la entrevista</translation>
    </message>
    <message>
        <source>No thank-you notes</source>
        <translation>Sin notas de agradecimiento</translation>
    </message>
    <message>
        <source>Via coordinator only</source>
        <translation>Solo a través del coordinador</translation>
    </message>
    <message>
        <source>No sponsorship</source>
        <translation>Sin patrocinio</translation>
    </message>
    <message>
        <source>J-1</source>
        <translation>J-1</translation>
    </message>
    <message>
        <source>H-1B</source>
        <translation>H-1B</translation>
    </message>
    <message>
        <source>J-1 and H-1B</source>
        <translation>J-1 y H-1B</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Program coordinator</source>
        <translation>Coordinador del programa</translation>
    </message>
    <message>
        <source>Program director</source>
        <translation>Director del programa</translation>
    </message>
    <message>
        <source>Associate program director</source>
        <translation>Director adjunto del programa</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Research mentor</source>
        <translation>Mentor de investigación</translation>
    </message>
    <message>
        <source>Chief resident</source>
        <translation>Jefe de residentes</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Pre-interview</source>
        <translation>Antes de la entrevista</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Top choice</source>
        <translation>Primera opción</translation>
    </message>
    <message>
        <source>Pre-interview interest and update emails</source>
        <translation>Correos de interés y actualización previos a la entrevista</translation>
    </message>
    <message>
        <source>Thank-you notes after the interview</source>
        <translation>Notas de agradecimiento tras la entrevista</translation>
    </message>
    <message>
        <source>Post-interview updates</source>
        <translation>Actualizaciones tras la entrevista</translation>
    </message>
    <message>
        <source>Top choice, across the whole season</source>
        <translation>Primera opción, en toda la temporada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
