<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Жарайды</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Барлығына и&amp;ә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына жо&amp;қ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Бастапқы мәндер</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ruqsat</source>
        <translation>Ruqsat</translation>
    </message>
</context>
<context>
    <name>ruqsat::audit::AuditChain</name>
    <message>
        <source>The audit log is empty.</source>
        <translation>Аудит журналы бос.</translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written: its contents no longer match its hash. The rows before it are intact.</source>
        <translation>Аудиттің %1-жолы жазылғаннан кейін өзгертілген: оның мазмұны енді хешіне сәйкес келмейді. Одан бұрынғы жолдар бүтін.</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow the row before it: a row was removed before it, or it was inserted. The rows before it are intact.</source>
        <translation>Аудиттің %1-жолы алдыңғы жолдың жалғасы емес: оның алдынан жол жойылған немесе ол қосылып жазылған. Одан бұрынғы жолдар бүтін.</translation>
    </message>
    <message>
        <source>Audit row %1 has no hash: it was written around the program. The rows before it are intact.</source>
        <translation>Аудиттің %1-жолында хеш жоқ: ол бағдарламаны айналып өтіп жазылған. Одан бұрынғы жолдар бүтін.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), verified up to row %1, written %2.</source>
        <translation>
            <numerusform>Аудит журналы бүтін: %n жол, %2 жазылған %1-жолға дейін тексерілді.</numerusform>
            <numerusform>Аудит журналы бүтін: %n жол, %2 жазылған %1-жолға дейін тексерілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::audit::AuditChanges</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Status set: %1</source>
        <translation>Мәртебе қойылды: %1</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Іс құрылды</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Іс өзгертілді</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Іс тіркелді</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Құжаттар тізбесі сақталды</translation>
    </message>
    <message>
        <source>Checks on arrival recorded</source>
        <translation>Құжаттар келіп түскен күнгі тексерулер жазылды</translation>
    </message>
    <message>
        <source>Sent to the police</source>
        <translation>Полицияға жіберілді</translation>
    </message>
    <message>
        <source>Police answer recorded</source>
        <translation>Полицияның жауабы жазылды</translation>
    </message>
    <message>
        <source>Decision: issue the permit</source>
        <translation>Шешім: рұқсат беру</translation>
    </message>
    <message>
        <source>Decision: extend the permit</source>
        <translation>Шешім: рұқсатты ұзарту</translation>
    </message>
    <message>
        <source>Decision: refuse</source>
        <translation>Шешім: бас тарту</translation>
    </message>
    <message>
        <source>Documents refused at intake</source>
        <translation>Құжаттарды қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation>Скан-көшірме тіркелді</translation>
    </message>
    <message>
        <source>Scan removed</source>
        <translation>Скан-көшірме алынып тасталды</translation>
    </message>
    <message>
        <source>Quota place reserved</source>
        <translation>Квотадағы орын брондалды</translation>
    </message>
    <message>
        <source>Quota place released</source>
        <translation>Квотадағы орын босатылды</translation>
    </message>
    <message>
        <source>Quota reservation expired</source>
        <translation>Квотадағы орынның брондау мерзімі өтті</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Рұқсат берілді</translation>
    </message>
    <message>
        <source>Copy of the permit issued</source>
        <translation>Рұқсаттың телнұсқасы берілді</translation>
    </message>
    <message>
        <source>Permit terminated</source>
        <translation>Рұқсат тоқтатылды</translation>
    </message>
    <message>
        <source>Permit revoked</source>
        <translation>Рұқсат кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Permit expired</source>
        <translation>Рұқсаттың мерзімі өтті</translation>
    </message>
    <message>
        <source>Labour contract recorded</source>
        <translation>Еңбек шарты жазылды</translation>
    </message>
    <message>
        <source>Immigrant&apos;s record created</source>
        <translation>Көшіп келушінің деректері құрылды</translation>
    </message>
    <message>
        <source>Immigrant&apos;s record edited</source>
        <translation>Көшіп келушінің деректері өзгертілді</translation>
    </message>
    <message>
        <source>Employer&apos;s record created</source>
        <translation>Жұмыс берушінің деректері құрылды</translation>
    </message>
    <message>
        <source>Employer&apos;s record edited</source>
        <translation>Жұмыс берушінің деректері өзгертілді</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>Шағым тіркелді</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Шағым қаралды</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Administration</name>
    <message>
        <source>Only an administrator changes settings, rates, quotas, districts and users.</source>
        <translation>Баптауларды, мөлшерлемелерді, квоталарды, аудандарды және пайдаланушыларды тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Құпиясөз тек бос орындардан тұра алмайды.</translation>
    </message>
    <message>
        <source>A quota is set for a year from 2000 to 2100.</source>
        <translation>Квота 2000 жылдан 2100 жылға дейінгі жылға белгіленеді.</translation>
    </message>
    <message>
        <source>There is no such region.</source>
        <translation>Мұндай өңір жоқ.</translation>
    </message>
    <message>
        <source>A district needs its name in Kazakh and in Russian.</source>
        <translation>Ауданның атауы қазақ және орыс тілдерінде болуы керек.</translation>
    </message>
    <message>
        <source>A KATO code has 9 digits; leave it empty until it is known.</source>
        <translation>ӘАОЖ коды 9 цифрдан тұрады; ол белгілі болғанға дейін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The region already has the district &quot;%1&quot;.</source>
        <translation>Өңірде «%1» ауданы бұрыннан бар.</translation>
    </message>
    <message>
        <source>A user needs a login and a full name.</source>
        <translation>Пайдаланушының логині мен Т.А.Ә. болуы керек.</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation>Логинде бос орын болмауы керек.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>«%1» логині бұрыннан пайдаланылуда.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>Өз тіркелгіңізді белсенсіздендіре алмайсыз; мұны басқа әкімші жасай алады.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another administrator first.</source>
        <translation>%1 — соңғы белсенді әкімші: алдымен басқа әкімші тағайындаңыз.</translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator can.</source>
        <translation>Өз рөліңізді өзгерте алмайсыз; мұны басқа әкімші жасай алады.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at most %2 characters; this one has %3.</source>
        <translation>«%1»: ең көбі %2 таңба, ал мұнда %3.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::CalendarAdministration</name>
    <message>
        <source>Only an administrator changes the working-day calendar.</source>
        <translation>Жұмыс күндері күнтізбесін тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation>Көрсетілген күн дұрыс күн емес.</translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday, a day off already: a holiday that falls on a weekend moves to a working day, and that day is the one to mark.</source>
        <translation>%1 — сенбі немесе жексенбі, онсыз да демалыс күні: демалыс күніне түскен мереке жұмыс күніне ауыстырылады, және белгілеу керегі сол күн.</translation>
    </message>
    <message>
        <source>%1 is a weekday, a working day already: only a Saturday or Sunday can be made a worked day.</source>
        <translation>%1 — аптаның жұмыс күні, онсыз да жұмыс күні: ауыстыру бойынша жұмыс күні тек сенбі немесе жексенбі бола алады.</translation>
    </message>
    <message>
        <source>The file lists no day: nothing to import.</source>
        <translation>Файлда бірде-бір күн көрсетілмеген: импорттайтын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::CaseWorkflow</name>
    <message>
        <source>Only the head of the akimat (or an administrator) decides on permits.</source>
        <translation>Рұқсаттар туралы шешімді тек әкімдік басшысы (немесе әкімші) қабылдайды.</translation>
    </message>
    <message>
        <source>Deciding on the documents</source>
        <translation>Құжаттар бойынша шешім қабылдау</translation>
    </message>
    <message>
        <source>Sending to the police</source>
        <translation>Полицияға жіберу</translation>
    </message>
    <message>
        <source>Issuing a permit</source>
        <translation>Рұқсат беру</translation>
    </message>
    <message>
        <source>The police have not answered yet: a permit is issued only after a positive answer.</source>
        <translation>Полициядан әлі жауап келген жоқ: рұқсат тек оң жауаптан кейін беріледі.</translation>
    </message>
    <message>
        <source>The permit to extend is not in the store.</source>
        <translation>Ұзартылатын рұқсат деректер қоймасында жоқ.</translation>
    </message>
    <message>
        <source>Refusing</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>There is no refusal ground %1: the grounds are numbered 1 to 9.</source>
        <translation>%1 бас тарту негізі жоқ: негіздер 1-ден 9-ға дейін нөмірленген.</translation>
    </message>
    <message>
        <source>%1 is not possible for a case in the status &quot;%2&quot;.</source>
        <translation>«%2» мәртебесіндегі іс үшін «%1» әрекеті мүмкін емес.</translation>
    </message>
    <message>
        <source>Correct the checklist first.</source>
        <translation>Алдымен құжаттар тізбесін түзетіңіз.</translation>
    </message>
    <message>
        <source>The police answer is negative: refuse on ground 3.</source>
        <translation>Полицияның жауабы теріс: 3-негіз бойынша бас тартыңыз.</translation>
    </message>
    <message>
        <source>The extension was applied for on %1, but the permit ending on %2 can only be extended on an application made from %3 to %4.</source>
        <translation>Ұзартуға өтініш %1 берілген, бірақ мерзімі %2 аяқталатын рұқсат тек %3 бастап %4 дейін берілген өтініш бойынша ұзартылады.</translation>
    </message>
    <message>
        <source>Record the four checks of the day the documents arrived.</source>
        <translation>Құжаттар келіп түскен күнгі төрт тексеруді жазып қойыңыз.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::PermitActions</name>
    <message>
        <source>The permit %1 is not in the store.</source>
        <translation>%1 рұқсаты деректер қоймасында жоқ.</translation>
    </message>
    <message>
        <source>Only a permit in force can end with its labour contract; the permit %1 is &quot;%2&quot;.</source>
        <translation>Еңбек шартының бұзылуына байланысты тек қолданыстағы рұқсат тоқтатылады; %1 рұқсатының мәртебесі: «%2».</translation>
    </message>
    <message>
        <source>Enter the day the labour contract ended.</source>
        <translation>Еңбек шарты тоқтатылған күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>The labour contract cannot have ended on %1, before the permit started on %2.</source>
        <translation>Еңбек шарты рұқсат қолданыла бастаған күннен (%2) бұрын, %1 тоқтатылуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Enter the day the employer&apos;s notice arrived.</source>
        <translation>Жұмыс берушінің хабарламасы түскен күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the day of revocation.</source>
        <translation>Кері қайтарып алу күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The day of revocation %1 is outside the permit&apos;s term, %2 to %3.</source>
        <translation>Кері қайтарып алу күні (%1) рұқсаттың қолданылу мерзімінен (%2 бастап %3 дейін) тыс.</translation>
    </message>
    <message>
        <source>A labour contract is recorded only under a permit in force; the permit %1 is &quot;%2&quot;.</source>
        <translation>Еңбек шарты тек қолданыстағы рұқсат бойынша тіркеледі; %1 рұқсатының мәртебесі: «%2».</translation>
    </message>
    <message>
        <source>Enter the number of the labour contract.</source>
        <translation>Еңбек шартының нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose where the contract is registered: the unified system of labour contracts or hr.enbek.kz.</source>
        <translation>Шарт қайда тіркелгенін таңдаңыз: еңбек шарттарын есепке алудың бірыңғай жүйесі немесе hr.enbek.kz.</translation>
    </message>
    <message>
        <source>Enter the day the labour contract was concluded.</source>
        <translation>Еңбек шарты жасалған күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>The contract cannot be registered on %1, before it was concluded on %2.</source>
        <translation>Шартты ол жасалған күннен (%2) бұрын, %1 тіркеуге болмайды.</translation>
    </message>
    <message>
        <source>Enter the first day of the labour contract.</source>
        <translation>Еңбек шартының бірінші күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The contract cannot start on %1, before it was concluded on %2.</source>
        <translation>Шарт ол жасалған күннен (%2) бұрын, %1 басталмайды.</translation>
    </message>
    <message>
        <source>The contract cannot end on %1, before it starts on %2.</source>
        <translation>Шарт ол басталатын күннен (%2) бұрын, %1 аяқтала алмайды.</translation>
    </message>
    <message>
        <source>A copy is issued only of a permit in force; the permit %1 is &quot;%2&quot;.</source>
        <translation>Телнұсқа тек қолданыстағы рұқсатқа беріледі; %1 рұқсатының мәртебесі: «%2».</translation>
    </message>
    <message>
        <source>The contract ended on %1, after the permit&apos;s last day %2: the permit expired, it was not terminated.</source>
        <translation>Шарт %1 тоқтатылған, бұл рұқсаттың соңғы күнінен (%2) кейін: рұқсаттың мерзімі өтіп кеткен, ол тоқтатылған жоқ.</translation>
    </message>
    <message>
        <source>Only a permit in force can be revoked; the permit %1 is &quot;%2&quot;.</source>
        <translation>Тек қолданыстағы рұқсатты кері қайтарып алуға болады; %1 рұқсатының мәртебесі: «%2».</translation>
    </message>
    <message>
        <source>Enter the body that issued the act the revocation rests on.</source>
        <translation>Рұқсатты кері қайтарып алуға негіз болған актіні шығарған органды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the number of the act the revocation rests on.</source>
        <translation>Рұқсатты кері қайтарып алуға негіз болған актінің нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the date of the act the revocation rests on.</source>
        <translation>Рұқсатты кері қайтарып алуға негіз болған актінің күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The permit cannot be revoked on %1, before the act of %2 it rests on.</source>
        <translation>Рұқсатты кері қайтарып алуға негіз болған актінің күнінен (%2) бұрын, %1 кері қайтарып алуға болмайды.</translation>
    </message>
    <message>
        <source>The contract was concluded on %1, before the permit&apos;s first day %2: it is concluded after the permit is issued.</source>
        <translation>Шарт %1 жасалған, бұл рұқсаттың бірінші күнінен (%2) бұрын: шарт рұқсат берілгеннен кейін жасалады.</translation>
    </message>
    <message>
        <source>The contract was concluded on %1, after the permit&apos;s last day %2.</source>
        <translation>Шарт %1 жасалған, бұл рұқсаттың соңғы күнінен (%2) кейін.</translation>
    </message>
    <message>
        <source>The contract must lie within the permit&apos;s term, %1 to %2.</source>
        <translation>Шарттың мерзімі рұқсаттың қолданылу мерзімі шегінде, %1 бастап %2 дейін болуы керек.</translation>
    </message>
    <message>
        <source>Only the head of the akimat (or an administrator) revokes permits.</source>
        <translation>Рұқсаттарды тек әкімдік басшысы (немесе әкімші) кері қайтарып алады.</translation>
    </message>
    <message>
        <source>This permit belongs to another district.</source>
        <translation>Бұл рұқсат басқа ауданға тиесілі.</translation>
    </message>
    <message>
        <source>The permit is not revoked: there is no Appendix 9 to send.</source>
        <translation>Рұқсат кері қайтарылмаған: жіберетін 9-қосымша жоқ.</translation>
    </message>
    <message>
        <source>Appendix 9 is sent on or after the day of revocation, and not in the future.</source>
        <translation>9-қосымша кері қайтарылған күні немесе одан кейін жіберіледі, болашақ күнмен емес.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::RefusalProposals</name>
    <message>
        <source>Check failed: %1.</source>
        <translation>Тексеруден өтпеді: %1.</translation>
    </message>
    <message>
        <source>The police answer is negative.</source>
        <translation>Полицияның жауабы теріс.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Renewal</name>
    <message>
        <source>Permit No. %1 of this person reaches 12 months with its extensions and ends on %2: a new permit is applied for from %3 to %4.</source>
        <translation>Осы адамның № %1 рұқсаты ұзартуларымен бірге 12 айға жетеді және %2 аяқталады: жаңа рұқсатқа %3 бастап %4 дейін өтініш беріледі.</translation>
    </message>
    <message>
        <source>The application was received on %1, but after permit No. %2, which reaches 12 months on %3, a new permit is only applied for from %4 to %5.</source>
        <translation>Өтініш %1 түсті, бірақ %3 12 айға жететін № %2 рұқсаттан кейін жаңа рұқсатқа тек %4 бастап %5 дейін өтініш беріледі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Session</name>
    <message>
        <source>This case belongs to another district.</source>
        <translation>Бұл іс басқа ауданға тиесілі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::StepSummaries</name>
    <message>
        <source>an unknown person</source>
        <translation>белгісіз адам</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation>(тіркелмеген)</translation>
    </message>
    <message>
        <source>case %1 of %2</source>
        <translation>%2 – № %1 іс</translation>
    </message>
    <message>
        <source>Refuse to accept the documents of %1?</source>
        <translation>%1 бойынша құжаттарды қабылдаудан бас тарту керек пе?</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Жоқ: %1.</translation>
    </message>
    <message>
        <source>Expired: %1.</source>
        <translation>Мерзімі өткен: %1.</translation>
    </message>
    <message>
        <source>The receipt of Appendix 4 lists them; print it in two copies. This cannot be undone.</source>
        <translation>Олар 4-қосымшадағы қолхатта көрсетіледі; оны екі данада басып шығарыңыз. Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Send %1 to the police for the check?</source>
        <translation>%1 полицияға келісуге жіберу керек пе?</translation>
    </message>
    <message>
        <source>The answer is due by %1. This cannot be undone.</source>
        <translation>Жауап мерзімі: %1. Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <source>from %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>%1 бастап %2 дейін (%n ай)</numerusform>
            <numerusform>%1 бастап %2 дейін (%n ай)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend permit No. %1 of %2?</source>
        <translation>%2 – № %1 рұқсатты ұзарту керек пе?</translation>
    </message>
    <message>
        <source>The extension runs %1, on the permit&apos;s place in the quota.</source>
        <translation>Ұзарту мерзімі: %1; рұқсаттың квотадағы орны сақталады.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Issue a permit to %1?</source>
        <translation>%1 бойынша рұқсат беру керек пе?</translation>
    </message>
    <message>
        <source>Valid %1; it takes a place of the region&apos;s quota for %2.</source>
        <translation>Қолданылу мерзімі: %1; өңірдің %2 жылға арналған квотасынан бір орын алады.</translation>
    </message>
    <message>
        <source>Refuse %1 on ground %2?</source>
        <translation>%1 бойынша %2-негізге сүйеніп бас тарту керек пе?</translation>
    </message>
    <message>
        <source>The refusal (Appendix 7) is recorded. This cannot be undone.</source>
        <translation>Бас тарту (7-қосымша) тіркеледі. Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Revoke permit No. %1 of %2 on %3?</source>
        <translation>%2 – № %1 рұқсатты %3 кері қайтарып алу керек пе?</translation>
    </message>
    <message>
        <source>On act No. %1 of %2 by %3.</source>
        <translation>%3 берген %2 № %1 акт негізінде.</translation>
    </message>
    <message>
        <source>The stay ends on %1; the police are told (Appendix 9) by %2.</source>
        <translation>Болу мерзімі %1 аяқталады; полиция %2 дейін хабардар етіледі (9-қосымша).</translation>
    </message>
    <message>
        <source>Police: asked on %1, the answer is due on %2.</source>
        <translation>Полиция: %1 сұралды, жауап мерзімі %2.</translation>
    </message>
    <message>
        <source>Police: positive answer of %1.</source>
        <translation>Полиция: %1 оң жауап.</translation>
    </message>
    <message>
        <source>Police: negative answer of %1.</source>
        <translation>Полиция: %1 теріс жауап.</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Нөмірі: %1.</translation>
    </message>
    <message>
        <source>No quota of %1 is set for %2: an administrator sets it first.</source>
        <translation>Квота (%1, %2 ж.) белгіленбеген: алдымен оны әкімші белгілейді.</translation>
    </message>
    <message>
        <source>Free places in the quota of %1, %2: %3 of %4.</source>
        <translation>Квотадағы бос орындар (%1, %2 ж.): %4 ішінен %3.</translation>
    </message>
    <message>
        <source>A place is reserved for this case; the permit takes it.</source>
        <translation>Бұл іс үшін орын брондалған; рұқсат сол орынды алады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cli</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 параметрі міндетті.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation>--%1: «%2» ЖЖЖЖ-АА-КК пішіміндегі күн емес.</translation>
    </message>
    <message>
        <source>--at is required (YYYY-MM-DDTHH:mm, Kazakhstan time).</source>
        <translation>--at параметрі міндетті (ЖЖЖЖ-АА-ККTСС:ММ, Қазақстан уақыты).</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a time YYYY-MM-DDTHH:mm.</source>
        <translation>--at: «%1» ЖЖЖЖ-АА-ККTСС:ММ пішіміндегі уақыт емес.</translation>
    </message>
    <message>
        <source>--office must be provider or state_corporation.</source>
        <translation>--office параметрінің мәні provider немесе state_corporation болуы керек.</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 12.</source>
        <translation>--months параметрі 1-ден 12-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>--to must be provider, quality or forward.</source>
        <translation>--to параметрінің мәні provider, quality немесе forward болуы керек.</translation>
    </message>
    <message>
        <source>received, permit, extension, revocation, termination or complaint</source>
        <translation>received, permit, extension, revocation, termination немесе complaint</translation>
    </message>
    <message>
        <source>received: YYYY-MM-DDTHH:mm (Kazakhstan time); revocation: YYYY-MM-DD.</source>
        <translation>received: ЖЖЖЖ-АА-ККTСС:ММ (Қазақстан уақыты); revocation: ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ҚАШАН</translation>
    </message>
    <message>
        <source>received: whose working hours, provider or state_corporation.</source>
        <translation>received: кімнің жұмыс уақыты ескеріледі, provider немесе state_corporation.</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>КЕҢСЕ</translation>
    </message>
    <message>
        <source>permit: the first day.</source>
        <translation>permit: рұқсаттың бірінші күні.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>КҮН</translation>
    </message>
    <message>
        <source>permit: 1 to 12.</source>
        <translation>permit: 1-ден 12-ге дейін.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>permit: the first day of the first permit of the chain.</source>
        <translation>permit: ұзартулар тізбегіндегі алғашқы рұқсаттың бірінші күні.</translation>
    </message>
    <message>
        <source>extension: the permit&apos;s last day.</source>
        <translation>extension: рұқсаттың соңғы күні.</translation>
    </message>
    <message>
        <source>termination: the day the labour contract ended.</source>
        <translation>termination: еңбек шарты тоқтатылған күн.</translation>
    </message>
    <message>
        <source>complaint: the day it was registered.</source>
        <translation>complaint: шағым тіркелген күн.</translation>
    </message>
    <message>
        <source>complaint: provider, quality or forward.</source>
        <translation>complaint: provider, quality немесе forward.</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>ОРГАН</translation>
    </message>
    <message>
        <source>Computes the dates of the rules with the store&apos;s calendar. Dates are YYYY-MM-DD, times Kazakhstan time.</source>
        <translation>Деректер қоймасындағы күнтізбе бойынша Қағидаларда белгіленген мерзімдерді есептейді. Күндер ЖЖЖЖ-АА-КК пішімінде, уақыт Қазақстан уақытымен.</translation>
    </message>
    <message>
        <source>Say what to compute: received, permit, extension, revocation, termination or complaint.</source>
        <translation>Не есептелетінін көрсетіңіз: received, permit, extension, revocation, termination немесе complaint.</translation>
    </message>
    <message>
        <source>Unknown calculation &quot;%1&quot;.</source>
        <translation>Белгісіз есептеу: «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lists no day: nothing to import.</source>
        <translation>%1 ішінде бірде-бір күн жоқ: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The year must be a number from 2000 to 2100, not &quot;%1&quot;.</source>
        <translation>Жыл 2000-нан 2100-ге дейінгі сан болуы керек, «%1» емес.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl check iin NUMBER</source>
        <translation>Қолданылуы: ruqsatctl check iin НӨМІР</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Стандартты кіріс оқылмады.</translation>
    </message>
    <message>
        <source>Give the MRZ lines on the standard input.</source>
        <translation>MRZ жолдарын стандартты кіріске беріңіз.</translation>
    </message>
    <message>
        <source>iin NUMBER, or mrz (the lines on standard input)</source>
        <translation>iin НӨМІР немесе mrz (жолдар стандартты кірісте)</translation>
    </message>
    <message>
        <source>Checks an IIN or a passport MRZ. Exit code 0: valid; 1: not valid; 2: wrong command.</source>
        <translation>ЖСН-ді немесе төлқұжаттың MRZ-ін тексереді. Шығу коды 0: дұрыс; 1: дұрыс емес; 2: команда қате.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl check iin NUMBER | ruqsatctl check mrz &lt; lines</source>
        <translation>Қолданылуы: ruqsatctl check iin НӨМІР | ruqsatctl check mrz &lt; жолдар</translation>
    </message>
    <message>
        <source>create or migrate a store</source>
        <translation>деректер қоймасын құру немесе оның схемасын жаңарту</translation>
    </message>
    <message>
        <source>show where the store is, its schema and counts</source>
        <translation>деректер қоймасының орнын, схемасын және жазбалар санын көрсету</translation>
    </message>
    <message>
        <source>import or export the working-day calendar</source>
        <translation>жұмыс күндері күнтізбесін импорттау немесе экспорттау</translation>
    </message>
    <message>
        <source>compute the statutory dates of the rules</source>
        <translation>Қағидаларда белгіленген мерзімдерді есептеу</translation>
    </message>
    <message>
        <source>check an IIN or a passport MRZ</source>
        <translation>ЖСН-ді немесе төлқұжаттың MRZ-ін тексеру</translation>
    </message>
    <message>
        <source>fill a store with realistic synthetic cases</source>
        <translation>деректер қоймасын шынайыға ұқсас синтетикалық істермен толтыру</translation>
    </message>
    <message>
        <source>print a form of the Rules to PDF</source>
        <translation>Қағидалар нысанын PDF-ке басып шығару</translation>
    </message>
    <message>
        <source>list cases (to find what to print)</source>
        <translation>істер тізімі (нені басып шығаратынын табу үшін)</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl &lt;command&gt; [options] [--db STORE]</source>
        <translation>Қолданылуы: ruqsatctl &lt;команда&gt; [параметрлер] [--db ҚОЙМА]</translation>
    </message>
    <message>
        <source>STORE is sqlite:/path/file.db or postgresql://user@host:port/dbname; without --db, the default store in your data folder.</source>
        <translation>ҚОЙМА: sqlite:/path/file.db немесе postgresql://user@host:port/dbname; --db берілмесе, деректер қалтаңыздағы әдепкі деректер қоймасы қолданылады.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Белгісіз команда: «%1».</translation>
    </message>
    <message>
        <source>How many applications to write.</source>
        <translation>Қанша өтініш жазу керек.</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation>Генератордың бастапқы мәні: бірдей мән бірдей деректер береді.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The day the data ends on (default: today).</source>
        <translation>Деректер аяқталатын күн (әдепкі бойынша бүгін).</translation>
    </message>
    <message>
        <source>Fills a store with realistic synthetic cases spread over the last two years.</source>
        <translation>Деректер қоймасын соңғы екі жылға бөлінген шынайыға ұқсас синтетикалық істермен толтырады.</translation>
    </message>
    <message>
        <source>--cases needs a whole number of at least 1</source>
        <translation>--cases үшін кемінде 1 болатын бүтін сан қажет</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed үшін 0-ден 4294967295-ке дейінгі бүтін сан қажет</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today үшін ЖЖЖЖ-АА-КК пішіміндегі күн қажет</translation>
    </message>
    <message>
        <source>This store already holds the demo data of seed %1; choose another --seed.</source>
        <translation>Бұл деректер қоймасында %1 бастапқы мәнімен жасалған демо-деректер бар; басқа --seed таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 of %2 cases (%3%), %4 cases/s</source>
        <translation>%1 / %2 іс (%3%), %4 іс/с</translation>
    </message>
    <message>
        <source>Wrote %1 cases to %2 in %3 s.</source>
        <translation>%1 іс %2 қоймасына %3 с ішінде жазылды.</translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation>Деректер қоймасы дайын: %1 (схема %2)</translation>
    </message>
    <message>
        <source>The only action: list.</source>
        <translation>Жалғыз әрекет: list.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Тек осы мәртебедегілер.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Ең көбі N жол.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Әр жолда бір JSON объектісі.</translation>
    </message>
    <message>
        <source>Only permits issued on this day.</source>
        <translation>Тек осы күні берілген рұқсаттар.</translation>
    </message>
    <message>
        <source>Usage: %1 list [options]</source>
        <translation>Қолданылуы: %1 list [параметрлер]</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit үшін оң сан қажет.</translation>
    </message>
    <message>
        <source>--issued-on takes a date YYYY-MM-DD.</source>
        <translation>--issued-on үшін ЖЖЖЖ-АА-КК пішіміндегі күн қажет.</translation>
    </message>
    <message>
        <source>Lists permits: number, immigrant, dates.</source>
        <translation>Рұқсаттар тізімін шығарады: нөмірі, көшіп келуші, күндері.</translation>
    </message>
    <message>
        <source>Lists cases: registry number, people, dates.</source>
        <translation>Істер тізімін шығарады: тіркеу нөмірі, тұлғалар, күндері.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) to %1.</source>
        <translation>
            <numerusform>%1 файлына %n нысан басып шығарылды.</numerusform>
            <numerusform>%1 файлына %n нысан басып шығарылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix number of the form: 1, 3, 4, 5, 6, 7, 8 or 9.</source>
        <translation>Нысан берілген қосымшаның нөмірі: 1, 3, 4, 5, 6, 7, 8 немесе 9.</translation>
    </message>
    <message>
        <source>The case (id or registry number) for forms 1, 3, 4, 7.</source>
        <translation>1, 3, 4, 7-нысандар үшін іс (идентификаторы немесе тіркеу нөмірі).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The permit number for forms 5, 6, 8; several, comma-separated, for 9.</source>
        <translation>5, 6, 8-нысандар үшін рұқсат нөмірі; 9-нысан үшін үтір арқылы бірнеше нөмір.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НӨМІР</translation>
    </message>
    <message>
        <source>Form 5 only: every permit issued on this day (YYYY-MM-DD).</source>
        <translation>Тек 5-нысан үшін: осы күні берілген барлық рұқсаттар (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>kk, ru, en, or kk+ru (one after the other). Default kk.</source>
        <translation>kk, ru, en немесе kk+ru (бірінен соң бірі). Әдепкі бойынша kk.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ТІЛ</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Жазылатын PDF файлы.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Folder of edited templates that win over the built-in ones.</source>
        <translation>Кірістірілген үлгілердің орнына қолданылатын өңделген үлгілер қалтасы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ҚАЛТА</translation>
    </message>
    <message>
        <source>Prints a form of the Rules to a PDF file.</source>
        <translation>Қағидалар нысанын PDF файлына басып шығарады.</translation>
    </message>
    <message>
        <source>--form must be 1, 3, 4, 5, 6, 7, 8 or 9.</source>
        <translation>--form параметрі 1, 3, 4, 5, 6, 7, 8 немесе 9 болуы керек.</translation>
    </message>
    <message>
        <source>--lang must be kk, ru, en or a combination such as kk+ru.</source>
        <translation>--lang параметрі kk, ru, en немесе kk+ru сияқты тіркесім болуы керек.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o ФАЙЛ параметрі міндетті.</translation>
    </message>
    <message>
        <source>--issued-on takes a date YYYY-MM-DD and goes with --form 5 only.</source>
        <translation>--issued-on үшін ЖЖЖЖ-АА-КК пішіміндегі күн қажет, ол тек --form 5 параметрімен бірге қолданылады.</translation>
    </message>
    <message>
        <source>Name exactly one of --case, --permit or --issued-on.</source>
        <translation>--case, --permit немесе --issued-on параметрлерінің тек біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Form %1 is printed for a case: use --case.</source>
        <translation>%1-нысан іс бойынша басып шығарылады: --case параметрін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Printing needs the graphical application object; this build of ruqsatctl starts without it.</source>
        <translation>Басып шығару үшін графикалық қосымша объектісі қажет; ruqsatctl-дің бұл жинағы онсыз іске қосылады.</translation>
    </message>
    <message>
        <source>No permit was issued on %1.</source>
        <translation>%1 күні бірде-бір рұқсат берілмеген.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Бір JSON объектісін шығару.</translation>
    </message>
    <message>
        <source>Shows where the store is, its schema version and its counts.</source>
        <translation>Деректер қоймасының орнын, схема нұсқасын және жазбалар санын көрсетеді.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Деректер қоймасы: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Схема нұсқасы: %1</translation>
    </message>
    <message>
        <source>The store: sqlite:/path/file.db or postgresql://user@host:port/dbname.</source>
        <translation>Деректер қоймасы: sqlite:/path/file.db немесе postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ҚОЙМА</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 үшін құпиясөз: </translation>
    </message>
    <message>
        <source>list or change the administrator&apos;s settings</source>
        <translation>әкімші баптауларын көрсету немесе өзгерту</translation>
    </message>
    <message>
        <source>list, or set KEY VALUE</source>
        <translation>list немесе set КІЛТ МӘН</translation>
    </message>
    <message>
        <source>Use: ruqsatctl settings list [--json] | ruqsatctl settings set KEY VALUE</source>
        <translation>Қолданылуы: ruqsatctl settings list [--json] | ruqsatctl settings set КІЛТ МӘН</translation>
    </message>
    <message>
        <source>list the districts, or set the issuing and police bodies of one</source>
        <translation>аудандарды көрсету немесе ауданның рұқсат беретін және полиция органдарын орнату</translation>
    </message>
    <message>
        <source>Print one JSON object per district.</source>
        <translation>Әр аудан үшін бір JSON нысанын шығару.</translation>
    </message>
    <message>
        <source>list, or set DISTRICT KEY VALUE</source>
        <translation>list немесе set АУДАН КІЛТ МӘН</translation>
    </message>
    <message>
        <source>Lists the districts with the bodies their forms name, or sets one of them. DISTRICT is the id that &quot;list&quot; shows or the district&apos;s KATO code; KEY is one of: %1. An empty VALUE clears it.</source>
        <translation>Аудандарды және олардың нысандарында аталатын органдарды көрсетеді немесе солардың бірін орнатады. АУДАН — «list» көрсететін нөмір немесе ауданның ҚАТО коды; КІЛТ — мыналардың бірі: %1. Бос МӘН оны өшіреді.</translation>
    </message>
    <message>
        <source>Use: ruqsatctl districts list [--json] | ruqsatctl districts set DISTRICT KEY VALUE</source>
        <translation>Қолдану: ruqsatctl districts list [--json] | ruqsatctl districts set АУДАН КІЛТ МӘН</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district&apos;s body. Use one of: %2.</source>
        <translation>«%1» — аудан органы емес. Мыналардың бірін қолданыңыз: %2.</translation>
    </message>
    <message>
        <source>There is no district &quot;%1&quot;; &quot;ruqsatctl districts list&quot; shows them.</source>
        <translation>«%1» ауданы жоқ; аудандарды «ruqsatctl districts list» көрсетеді.</translation>
    </message>
    <message>
        <source>Set them with:</source>
        <translation>Оларды мына командалармен орнатыңыз:</translation>
    </message>
    <message>
        <source>or print anyway with --force.</source>
        <translation>немесе --force арқылы бәрібір басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Print even when the district&apos;s issuing body, its head or its police body is not set.</source>
        <translation>Ауданның рұқсат беретін органы, оның басшысы немесе полиция органы орнатылмаса да басып шығару.</translation>
    </message>
    <message>
        <source>Lists or changes the administrator&apos;s settings: working hours, the print template folder, the largest scan. The issuing body, its head and the police body belong to each district: see &quot;ruqsatctl districts&quot;.</source>
        <translation>Әкімші баптауларын көрсетеді немесе өзгертеді: жұмыс уақыты, басып шығару үлгілерінің қалтасы, ең үлкен скан. Рұқсат беретін орган, оның басшысы және полиция органы әр аудан үшін орнатылады: «ruqsatctl districts» қараңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set for each district now: ruqsatctl districts set DISTRICT %1 VALUE (&quot;ruqsatctl districts list&quot; shows the districts).</source>
        <translation>«%1» енді әр аудан үшін орнатылады: ruqsatctl districts set АУДАН %1 МӘН (аудандарды «ruqsatctl districts list» көрсетеді).</translation>
    </message>
    <message>
        <source>list permits (to find what to print), or record and print a copy</source>
        <translation>рұқсаттар тізімі (не басып шығаруды табу үшін) немесе телнұсқаны тіркеу және басып шығару</translation>
    </message>
    <message>
        <source>The action: copy.</source>
        <translation>Әрекет: copy.</translation>
    </message>
    <message>
        <source>The number of the permit in force.</source>
        <translation>Қолданыстағы рұқсаттың нөмірі.</translation>
    </message>
    <message>
        <source>Why a copy is issued: lost (the default) or damaged.</source>
        <translation>Телнұсқа не үшін беріледі: lost (жоғалған, әдепкі) немесе damaged (бүлінген).</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>СЕБЕП</translation>
    </message>
    <message>
        <source>Records a copy of a permit in force, issued in place of a lost or damaged one, and prints it to a PDF file.</source>
        <translation>Жоғалған немесе бүлінген рұқсаттың орнына берілетін қолданыстағы рұқсаттың телнұсқасын тіркейді және оны PDF файлына басып шығарады.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf [--lang LANG]</source>
        <translation>Қолданылуы: ruqsatctl permits copy НӨМІР [--reason lost|damaged] -o ФАЙЛ.pdf [--lang ТІЛ]</translation>
    </message>
    <message>
        <source>--reason must be lost or damaged.</source>
        <translation>--reason мәні lost немесе damaged болуы керек.</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>%1 рұқсаты жоқ.</translation>
    </message>
    <message>
        <source>The copy No. %1 of the permit %2 is recorded.</source>
        <translation>%2 рұқсатының № %1 телнұсқасы тіркелді.</translation>
    </message>
    <message>
        <source>Recorded the copy No. %1 of the permit %2 and printed it to %3.</source>
        <translation>%2 рұқсатының № %1 телнұсқасы тіркеліп, %3 файлына басып шығарылды.</translation>
    </message>
    <message>
        <source>Not here: &quot;ruqsatctl permits copy NUMBER -o FILE&quot; records a copy and prints it.</source>
        <translation>Мұнда емес: телнұсқаны «ruqsatctl permits copy НӨМІР -o ФАЙЛ» тіркейді және басып шығарады.</translation>
    </message>
    <message>
        <source>A copy of a permit is printed when it is recorded: use &quot;ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf&quot;.</source>
        <translation>Рұқсаттың телнұсқасы тіркелген кезде басып шығарылады: «ruqsatctl permits copy НӨМІР [--reason lost|damaged] -o ФАЙЛ.pdf» пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Only a permit (form 5) has copies, and a copy is printed when it is recorded: use &quot;ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf&quot;.</source>
        <translation>Телнұсқа тек рұқсатқа (5-нысан) беріледі және тіркелген кезде басып шығарылады: «ruqsatctl permits copy НӨМІР [--reason lost|damaged] -o ФАЙЛ.pdf» пайдаланыңыз.</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>Verifies the audit log: walks its hash chain and names the first row that was altered, removed or inserted. Exit code 0: intact; 1: not.</source>
        <translation>Аудит журналын тексереді: оның хеш тізбегін бойлап өтіп, өзгертілген, жойылған немесе қосылған бірінші жолды атайды. Шығу коды 0: бүтін; 1: бүтін емес.</translation>
    </message>
    <message>
        <source>Use: ruqsatctl audit verify [--json]</source>
        <translation>Қолданылуы: ruqsatctl audit verify [--json]</translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Соңғы хеш: %1</translation>
    </message>
    <message>
        <source>verify the audit log&apos;s hash chain (audit verify)</source>
        <translation>аудит журналының хеш тізбегін тексеру (audit verify)</translation>
    </message>
    <message>
        <source>Only an administrator imports the calendar.</source>
        <translation>Күнтізбені тек әкімші импорттайды.</translation>
    </message>
    <message>
        <source>Log in as LOGIN (or set RUQSAT_USER); the password comes from RUQSAT_PASSWORD or is asked.</source>
        <translation>ЛОГИН ретінде кіру (немесе RUQSAT_USER орнатыңыз); құпиясөз RUQSAT_PASSWORD-тан алынады немесе сұралады.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>This store has users: log in with --user LOGIN (or RUQSAT_USER); the password comes from RUQSAT_PASSWORD or is asked.</source>
        <translation>Бұл қоймада пайдаланушылар бар: --user ЛОГИН (немесе RUQSAT_USER) арқылы кіріңіз; құпиясөз RUQSAT_PASSWORD-тан алынады немесе сұралады.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Also make the accounts admin, and head.CODE and clerk.CODE for each district (CODE its KATO code), all with this password.</source>
        <translation>Сондай-ақ admin тіркелгісін, ал әр аудан үшін head.КОД және clerk.КОД тіркелгілерін (КОД — оның ӘАОЖ коды) осы құпиясөзбен жасау.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>ҚҰПИЯСӨЗ</translation>
    </message>
    <message>
        <source>Only an administrator fills a store with demo data.</source>
        <translation>Қойманы демо деректермен тек әкімші толтырады.</translation>
    </message>
    <message>
        <source>Accounts made: %1.</source>
        <translation>Жасалған тіркелгілер: %1.</translation>
    </message>
    <message>
        <source>none (they exist)</source>
        <translation>ешқандай (олар бар)</translation>
    </message>
    <message>
        <source>list, add and change users (on a server: their login roles)</source>
        <translation>пайдаланушыларды тізімдеу, қосу және өзгерту (серверде: олардың кіру рөлдері)</translation>
    </message>
    <message>
        <source>No district has the code %1 (see ruqsatctl districts list).</source>
        <translation>%1 коды бар аудан жоқ (ruqsatctl districts list қараңыз).</translation>
    </message>
    <message>
        <source>Password of the administrator %1: </source>
        <translation>%1 әкімшісінің құпиясөзі: </translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password (at least 10 characters) in RUQSAT_NEW_PASSWORD or type it.</source>
        <translation>Әкімшінің құпиясөзін (кемінде 10 таңба) RUQSAT_NEW_PASSWORD ішінде беріңіз немесе теріңіз.</translation>
    </message>
    <message>
        <source>Administrator %1 can log in.</source>
        <translation>%1 әкімшісі кіре алады.</translation>
    </message>
    <message>
        <source>On a server, as its superuser: also make the first administrator LOGIN (the password from RUQSAT_NEW_PASSWORD or asked).</source>
        <translation>Серверде, оның суперпайдаланушысы ретінде: бірінші әкімші LOGIN-ді де жасау (құпиясөз RUQSAT_NEW_PASSWORD-тан алынады немесе сұралады).</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Әкімшінің толық аты-жөні.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>The administrator&apos;s districts (KATO codes or ids, by commas); else all.</source>
        <translation>Әкімшінің аудандары (ҚАТО кодтары немесе id, үтір арқылы); әйтпесе барлығы.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>КОДТАР</translation>
    </message>
    <message>
        <source>Creates the store, or brings it to this program&apos;s schema. On PostgreSQL, run as a superuser, it also secures the server: the tables belong to the NOLOGIN role ruqsat_owner and every user is a login role (docs/SERVER.md).</source>
        <translation>Қойманы жасайды немесе оны осы бағдарламаның схемасына келтіреді. PostgreSQL-де суперпайдаланушы ретінде іске қосылса, серверді де қорғайды: кестелер NOLOGIN ruqsat_owner рөліне тиесілі, әр пайдаланушы — кіру рөлі (docs/SERVER.md).</translation>
    </message>
    <message>
        <source>--admin makes the first administrator of a PostgreSQL server; on an SQLite store the first start of the window does.</source>
        <translation>--admin PostgreSQL серверінің бірінші әкімшісін жасайды; SQLite қоймасында мұны терезенің алғашқы іске қосылуы жасайды.</translation>
    </message>
    <message>
        <source>Connected to the server as %1, not as %2: name the user in the store&apos;s address or with --user.</source>
        <translation>Серверге %2 емес, %1 ретінде қосылды: пайдаланушыны қойма мекенжайында немесе --user арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>%1 жаңа құпиясөзі: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Сол құпиясөзді қайта: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз әртүрлі.</translation>
    </message>
    <message>
        <source>Give the role: --role clerk, head or admin.</source>
        <translation>Рөлді беріңіз: --role clerk, head немесе admin.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s password in RUQSAT_NEW_PASSWORD or type it.</source>
        <translation>Жаңа пайдаланушының құпиясөзін RUQSAT_NEW_PASSWORD ішінде беріңіз немесе теріңіз.</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>%1 пайдаланушысы қосылды (%2).</translation>
    </message>
    <message>
        <source>A role is clerk, head or admin.</source>
        <translation>Рөл: clerk, head немесе admin.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 енді %2.</translation>
    </message>
    <message>
        <source>%1 works in: %2.</source>
        <translation>%1 жұмыс істейтін аудандар: %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 қайтадан кіре алады.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 енді кіре алмайды.</translation>
    </message>
    <message>
        <source>Print one JSON object per user.</source>
        <translation>Әр пайдаланушыға бір JSON нысанын басып шығару.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: clerk, head or admin.</source>
        <translation>Жаңа пайдаланушының рөлі: clerk, head немесе admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РӨЛ</translation>
    </message>
    <message>
        <source>The districts the new user works in: KATO codes or ids, separated by commas.</source>
        <translation>Жаңа пайдаланушы жұмыс істейтін аудандар: ҚАТО кодтары немесе id, үтір арқылы.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name (else the login).</source>
        <translation>Жаңа пайдаланушының толық аты-жөні (әйтпесе логин).</translation>
    </message>
    <message>
        <source>The new user&apos;s position.</source>
        <translation>Жаңа пайдаланушының лауазымы.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>МӘТІН</translation>
    </message>
    <message>
        <source>list, add LOGIN, set-role LOGIN ROLE, set-districts LOGIN CODES, deactivate LOGIN or activate LOGIN</source>
        <translation>list, add LOGIN, set-role LOGIN ROLE, set-districts LOGIN CODES, deactivate LOGIN немесе activate LOGIN</translation>
    </message>
    <message>
        <source>Lists and changes the store&apos;s users. On a secured server each user is a PostgreSQL login role; deactivating one also ends its sessions. Changes need an administrator&apos;s login. The new user&apos;s password comes from RUQSAT_NEW_PASSWORD or is asked.</source>
        <translation>Қойма пайдаланушыларын тізімдейді және өзгертеді. Қорғалған серверде әр пайдаланушы — PostgreSQL кіру рөлі; оны өшіру сеанстарын да аяқтайды. Өзгерістер әкімшінің кіруін талап етеді. Жаңа пайдаланушының құпиясөзі RUQSAT_NEW_PASSWORD-тан алынады немесе сұралады.</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>Қолдану: %1</translation>
    </message>
    <message>
        <source>No user has the login %1.</source>
        <translation>%1 логині бар пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>list every open statutory clock, the most urgent first</source>
        <translation>барлық ашық заңды мерзімдер, ең шұғылы бірінші</translation>
    </message>
    <message>
        <source>There is no kind of deadline &quot;%1&quot;; the kinds: %2.</source>
        <translation>&quot;%1&quot; мерзім түрі жоқ; түрлері: %2.</translation>
    </message>
    <message>
        <source>Count from this day instead of today.</source>
        <translation>Бүгіннің орнына осы күннен бастап есептеу.</translation>
    </message>
    <message>
        <source>Only this district (KATO code or id).</source>
        <translation>Тек осы аудан (ӘАОЖ коды немесе id).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Only these kinds, comma-separated: decision, police_answer, reservation, extension_window, renewal_window, expiry, revocation_notice, late_termination, complaint.</source>
        <translation>Тек осы түрлер, үтір арқылы: decision, police_answer, reservation, extension_window, renewal_window, expiry, revocation_notice, late_termination, complaint.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>Т</translation>
    </message>
    <message>
        <source>Only the clocks of this user&apos;s cases and permits.</source>
        <translation>Тек осы пайдаланушының істері мен рұқсаттарының мерзімдері.</translation>
    </message>
    <message>
        <source>Lists every open statutory clock of your districts, the most urgent first.</source>
        <translation>Аудандарыңыздың барлық ашық заңды мерзімдерін көрсетеді, ең шұғылы бірінші.</translation>
    </message>
    <message>
        <source>--on takes a date YYYY-MM-DD.</source>
        <translation>--on ЖЖЖЖ-АА-КК күнін алады.</translation>
    </message>
    <message>
        <source>--district takes one district.</source>
        <translation>--district бір ауданды алады.</translation>
    </message>
    <message>
        <source>list each region&apos;s quota of a year: limit, in force, reserved, free</source>
        <translation>әр өңірдің жылдық квотасы: шек, қолданыстағы, брондалған, бос орындар</translation>
    </message>
    <message>
        <source>The quotas of this year instead of the current one.</source>
        <translation>Ағымдағы жылдың орнына осы жылдың квоталары.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ЖЫЛ</translation>
    </message>
    <message>
        <source>Lists each region&apos;s quota of a year: the limit, the permits in force, the reserved and the free places; low when 10% or less is free.</source>
        <translation>Әр өңірдің жылдық квотасын көрсетеді: шегі, қолданыстағы рұқсаттар, брондалған және бос орындар; орындардың 10% немесе одан азы бос болса, low деп белгіленеді.</translation>
    </message>
    <message>
        <source>--year takes a year from 2000 to 2100.</source>
        <translation>--year үшін 2000 жылдан 2100 жылға дейінгі жыл қажет.</translation>
    </message>
    <message>
        <source>import FILE.csv, export YEAR (or all), or years</source>
        <translation>import ФАЙЛ.csv, export ЖЫЛ (немесе all) не years</translation>
    </message>
    <message>
        <source>Imports a calendar file (replacing the years it covers), exports a year or all years as CSV, or lists the years the calendar covers.</source>
        <translation>Күнтізбе файлын импорттайды (онда көрсетілген жылдарды ауыстырып), бір жылды немесе барлық жылдарды CSV ретінде экспорттайды не күнтізбедегі жылдарды тізімдейді.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR|all | ruqsatctl calendar years [--json]</source>
        <translation>Қолданылуы: ruqsatctl calendar import ФАЙЛ.csv | ruqsatctl calendar export ЖЫЛ|all | ruqsatctl calendar years [--json]</translation>
    </message>
    <message>
        <source>count permits, refusals and decisions of a period, grouped (JSON or CSV)</source>
        <translation>кезеңдегі рұқсаттарды, бас тартуларды және шешімдерді топтап санау (JSON немесе CSV)</translation>
    </message>
    <message>
        <source>--%1 is required: a date YYYY-MM-DD.</source>
        <translation>--%1 міндетті: ЖЖЖЖ-АА-КК күні.</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 мәні ЖЖЖЖ-АА-КК күні болуы керек, «%2» емес.</translation>
    </message>
    <message>
        <source>The first day of the period (included).</source>
        <translation>Кезеңнің бірінші күні (қоса алғанда).</translation>
    </message>
    <message>
        <source>The last day of the period (included).</source>
        <translation>Кезеңнің соңғы күні (қоса алғанда).</translation>
    </message>
    <message>
        <source>Group by: %1 (ground: refusals only). Without it, the total.</source>
        <translation>Топтастыру: %1 (ground — тек бас тартулар үшін). Онсыз — жиыны ғана.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>ТОП</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8) with a header line.</source>
        <translation>Тақырып жолы бар CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Counts what the store holds of one kind over a period, within your districts: permits issued, extended, revoked, terminated, copies, refusals, refusals at intake, or decisions in time and late.</source>
        <translation>Сіздің аудандарыңыз бойынша кезеңдегі бір түрдің жазбаларын санайды: берілген, ұзартылған, кері қайтарып алынған, қолданысы тоқтатылған рұқсаттар, телнұсқалар, бас тартулар, құжаттарды қабылдаудан бас тартулар немесе мерзімінде және мерзімін бұзып қабылданған шешімдер.</translation>
    </message>
    <message>
        <source>Name one kind of report: %1.</source>
        <translation>Есептің бір түрін көрсетіңіз: %1.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports: %2.</source>
        <translation>«%1» есебі жоқ; есептер: %2.</translation>
    </message>
    <message>
        <source>--by takes one of: %1.</source>
        <translation>--by мәні мыналардың бірі болуы керек: %1.</translation>
    </message>
    <message>
        <source>Only refusals have a ground: --by ground goes with the report &quot;refused&quot;.</source>
        <translation>Негізі тек бас тартуларда болады: --by ground тек «refused» есебімен қолданылады.</translation>
    </message>
    <message>
        <source>The period ends before it begins: --to must be on or after --from.</source>
        <translation>Кезең басталғанға дейін аяқталады: --to күні --from күнінен ерте болмауы керек.</translation>
    </message>
    <message>
        <source>Choose the output: --json or --csv.</source>
        <translation>Шығару пішімін таңдаңыз: --json немесе --csv.</translation>
    </message>
    <message>
        <source>--issued-on lists a day&apos;s batch; it does not combine with the register&apos;s options.</source>
        <translation>--issued-on бір күнгі берілгендерді шығарады; тізілім параметрлерімен бірге қолданылмайды.</translation>
    </message>
    <message>
        <source>What the register&apos;s search box finds: any three letters of a name (either script, any usual spelling), an IIN, a passport, registry or permit number.</source>
        <translation>Тізілімнің іздеу жолы табатыны: есімнің кез келген үш әрпі (кирилше не латынша, кез келген әдеттегі жазылуымен), ЖСН, паспорт, тіркеу немесе рұқсат нөмірі.</translation>
    </message>
    <message>
        <source>Only this district (its id).</source>
        <translation>Тек осы аудан (оның id-і).</translation>
    </message>
    <message>
        <source>Only this kind: issue, extend.</source>
        <translation>Тек осы түр: issue (беру), extend (ұзарту).</translation>
    </message>
    <message>
        <source>Only this channel: state_corporation, egov, enbek.</source>
        <translation>Тек осы арна: state_corporation, egov, enbek.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>А</translation>
    </message>
    <message>
        <source>Only open cases whose decision is due: today, overdue, week.</source>
        <translation>Шешім мерзімі келген ашық істер ғана: today (бүгін), overdue (өтіп кеткен), week (осы аптада).</translation>
    </message>
    <message>
        <source>Order by: received (default), due, registry, immigrant, status.</source>
        <translation>Реті: received (қабылданған күні, әдепкі), due (мерзімі), registry (нөмірі), immigrant (иммигрант), status (мәртебесі).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>БАҒАН</translation>
    </message>
    <message>
        <source>Only permits in this state today: in_force, expiring, expired, revoked, terminated.</source>
        <translation>Бүгінгі күйі осындай рұқсаттар ғана: in_force, expiring, expired, revoked, terminated.</translation>
    </message>
    <message>
        <source>Order by: from (default), to, number, immigrant.</source>
        <translation>Реті: from (басталуы, әдепкі), to (аяқталуы), number (нөмірі), immigrant (иммигрант).</translation>
    </message>
    <message>
        <source>Ascending order (the default is descending).</source>
        <translation>Өсу ретімен (әдепкі — кему ретімен).</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 мына мәндердің бірін алады: %2.</translation>
    </message>
    <message>
        <source>--district takes a district&apos;s id (ruqsatctl districts list).</source>
        <translation>--district ауданның id-ін алады (ruqsatctl districts list).</translation>
    </message>
    <message>
        <source>--kind takes one of: issue, extend.</source>
        <translation>--kind мына мәндердің бірін алады: issue, extend.</translation>
    </message>
    <message>
        <source>--channel takes one of: state_corporation, egov, enbek.</source>
        <translation>--channel мына мәндердің бірін алады: state_corporation, egov, enbek.</translation>
    </message>
    <message>
        <source>--status takes a case status: draft, submitted, refused_intake, accepted, police_check, issued, extended, refused, withdrawn.</source>
        <translation>--status іс мәртебесін алады: draft, submitted, refused_intake, accepted, police_check, issued, extended, refused, withdrawn.</translation>
    </message>
    <message>
        <source>Administrator %1 exists already.</source>
        <translation>%1 әкімшісі бар.</translation>
    </message>
</context>
<context>
    <name>ruqsat::complaints</name>
    <message>
        <source>The akimat (the service provider)</source>
        <translation>Әкімдік (көрсетілетін қызметті беруші)</translation>
    </message>
    <message>
        <source>The authorised body for the quality of public services</source>
        <translation>Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>The appeal body: forward with the case file</source>
        <translation>Жоғары тұрған орган: әкімшілік іс материалдарымен бірге жіберу</translation>
    </message>
    <message>
        <source>The head of the State Corporation</source>
        <translation>Мемлекеттік корпорация басшысы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Issue of the permit of %1</source>
        <translation>%1 күнгі рұқсат беру</translation>
    </message>
    <message>
        <source>Extension of the permit of %1</source>
        <translation>%1 күнгі рұқсатты ұзарту</translation>
    </message>
    <message>
        <source>Refusal of %1</source>
        <translation>%1 күнгі бас тарту</translation>
    </message>
    <message>
        <source>Refusal to accept the documents of %1</source>
        <translation>%1 күнгі құжаттарды қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>An action or inaction</source>
        <translation>Әрекет (әрекетсіздік)</translation>
    </message>
    <message>
        <source>Complaint of %1 (%2)</source>
        <translation>%1 күнгі шағым (%2)</translation>
    </message>
    <message>
        <source>%1: open, due %2.</source>
        <translation>%1: қаралуда, мерзімі %2.</translation>
    </message>
    <message>
        <source>%1: forwarded on %2 to %3.</source>
        <translation>%1: %2 күні %3 жіберілді.</translation>
    </message>
    <message>
        <source>%1: granted on %2.</source>
        <translation>%1: %2 күні қанағаттандырылды.</translation>
    </message>
    <message>
        <source>%1: rejected on %2.</source>
        <translation>%1: %2 күні бас тартылды.</translation>
    </message>
    <message>
        <source>%1: resolved on %2.</source>
        <translation>%1: %2 күні қаралды.</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Quality body</source>
        <translation>Сапа жөніндегі орган</translation>
    </message>
    <message>
        <source>Appeal body</source>
        <translation>Жоғары тұрған орган</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
</context>
<context>
    <name>ruqsat::complaints::ComplaintActions</name>
    <message>
        <source>This complaint was resolved on %1; a resolution is final.</source>
        <translation>Шағым %1 күні қаралды; ол бойынша шешім түпкілікті.</translation>
    </message>
    <message>
        <source>A complaint about the State Corporation&apos;s staff goes to its head: it is forwarded.</source>
        <translation>Мемлекеттік корпорация қызметкерлеріне шағым оның басшысына жіберіледі: оны жіберілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>A complaint to the service provider or the quality body is considered here: grant or reject it.</source>
        <translation>Көрсетілетін қызметті берушіге немесе сапа жөніндегі органға шағым осында қаралады: оны қанағаттандырыңыз немесе бас тартыңыз.</translation>
    </message>
    <message>
        <source>A complaint on a decision is not rejected by the body that took it: forward it with the case file, or grant it in full.</source>
        <translation>Шешім қабылдаған орган оған берілген шағымнан бас тартпайды: оны іс материалдарымен жіберіңіз немесе толық қанағаттандырыңыз.</translation>
    </message>
    <message>
        <source>Choose how the complaint is resolved.</source>
        <translation>Шағымды қарау нәтижесін таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the day the complaint was resolved.</source>
        <translation>Шағым қаралған күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>A complaint registered on %1 cannot be resolved on %2, before it.</source>
        <translation>%1 күні тіркелген шағымды одан бұрын, %2 күні қарау мүмкін емес.</translation>
    </message>
    <message>
        <source>The day of the resolution, %1, has not come yet.</source>
        <translation>Қарау күні, %1, әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The complaint had to be granted or forwarded by %1: after that day it goes to the body that considers it, with the case file.</source>
        <translation>Шағымды %1 дейін қанағаттандыру немесе жіберу керек еді: осы күннен кейін ол іс материалдарымен шағымды қарайтын органға жіберіледі.</translation>
    </message>
    <message>
        <source>Enter the body the complaint was forwarded to.</source>
        <translation>Шағым жіберілген органды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the reasons for rejecting the complaint: the complainant receives them.</source>
        <translation>Бас тарту себептерін көрсетіңіз: шағым беруші оларды алады.</translation>
    </message>
    <message>
        <source>The case %1 is not in the store.</source>
        <translation>%1 ісі деректер қоймасында жоқ.</translation>
    </message>
    <message>
        <source>Choose to whom the complaint is addressed.</source>
        <translation>Шағым кімге жолданғанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter who makes the complaint.</source>
        <translation>Шағымды кім беретінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the day the complaint was registered: its term runs from that day.</source>
        <translation>Шағым тіркелген күнді енгізіңіз: оны қарау мерзімі сол күннен бастап есептеледі.</translation>
    </message>
    <message>
        <source>A complaint is registered on a permit or on a case.</source>
        <translation>Шағым рұқсат немесе іс бойынша тіркеледі.</translation>
    </message>
    <message>
        <source>The decision appealed is not one of this case&apos;s decisions.</source>
        <translation>Шағымдалатын шешім осы іске жатпайды.</translation>
    </message>
    <message>
        <source>The complaint %1 is not in the store.</source>
        <translation>%1 шағымы деректер қоймасында жоқ.</translation>
    </message>
    <message>
        <source>Granting or rejecting a complaint is the head&apos;s decision; a clerk forwards it.</source>
        <translation>Шағымды қанағаттандыруды немесе бас тартуды басшы шешеді; маман шағымды жібереді.</translation>
    </message>
</context>
<context>
    <name>ruqsat::deadlines</name>
    <message>
        <source>Decision due</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source>Police answer due</source>
        <translation>Полиция жауабының мерзімі</translation>
    </message>
    <message>
        <source>Quota reservation ends</source>
        <translation>Квота брондауы аяқталады</translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>Ұзарту кезеңі</translation>
    </message>
    <message>
        <source>New permit after 12 months</source>
        <translation>12 айдан кейін жаңа рұқсат</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Рұқсаттың мерзімі бітеді</translation>
    </message>
    <message>
        <source>Appendix 9 to the police</source>
        <translation>Полицияға 9-қосымша</translation>
    </message>
    <message>
        <source>Late termination notice</source>
        <translation>Кешіккен тоқтату хабарламасы</translation>
    </message>
    <message>
        <source>Complaint due</source>
        <translation>Шағым мерзімі</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Ертең</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы аптада</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message numerus="yes">
        <source>The decision is taken within %n working day(s) of receipt.</source>
        <translation>
            <numerusform>Шешім қабылданғаннан кейін %n жұмыс күні ішінде шығарылады.</numerusform>
            <numerusform>Шешім қабылданғаннан кейін %n жұмыс күні ішінде шығарылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide: issue, extend or refuse.</source>
        <translation>Шешіңіз: беру, ұзарту немесе бас тарту.</translation>
    </message>
    <message numerus="yes">
        <source>The police answer within %n working day(s).</source>
        <translation>
            <numerusform>Полиция %n жұмыс күні ішінде жауап береді.</numerusform>
            <numerusform>Полиция %n жұмыс күні ішінде жауап береді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the police for their answer, then record it.</source>
        <translation>Полициядан жауап сұраңыз да, оны тіркеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>A quota place is held %n calendar day(s) after the agreement of intent.</source>
        <translation>
            <numerusform>Квота орны ниет туралы келісімнен кейін %n күнтізбелік күн сақталады.</numerusform>
            <numerusform>Квота орны ниет туралы келісімнен кейін %n күнтізбелік күн сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the permit by this day, or the place is released.</source>
        <translation>Рұқсатты осы күнге дейін беріңіз, әйтпесе орын босатылады.</translation>
    </message>
    <message>
        <source>An extension is applied for from %1 to %2 calendar days before expiry.</source>
        <translation>Ұзартуға мерзім біткенге дейін %1-ден %2 күнтізбелік күнге дейін өтініш беріледі.</translation>
    </message>
    <message>
        <source>Tell the employer: extension from %1 to %2.</source>
        <translation>Жұмыс берушіге хабарлаңыз: ұзарту %1 бастап %2 дейін.</translation>
    </message>
    <message numerus="yes">
        <source>After 12 months a new permit is applied for in the last %n day(s) of the current one.</source>
        <translation>
            <numerusform>12 айдан кейін жаңа рұқсатқа қолданыстағысының соңғы %n күнінде өтініш беріледі.</numerusform>
            <numerusform>12 айдан кейін жаңа рұқсатқа қолданыстағысының соңғы %n күнінде өтініш беріледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the employer: a new permit from %1 to %2.</source>
        <translation>Жұмыс берушіге хабарлаңыз: жаңа рұқсат %1 бастап %2 дейін.</translation>
    </message>
    <message>
        <source>The permit is valid up to its last day.</source>
        <translation>Рұқсат соңғы күніне дейін жарамды.</translation>
    </message>
    <message>
        <source>It can no longer be extended; it expires after %1.</source>
        <translation>Оны енді ұзартуға болмайды; мерзімі %1 кейін бітеді.</translation>
    </message>
    <message numerus="yes">
        <source>Appendix 9 goes to the police within %n working day(s) of revocation.</source>
        <translation>
            <numerusform>9-қосымша кері қайтарудан кейін %n жұмыс күні ішінде полицияға жіберіледі.</numerusform>
            <numerusform>9-қосымша кері қайтарудан кейін %n жұмыс күні ішінде полицияға жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>%1 жіберілді.</translation>
    </message>
    <message>
        <source>Print Appendix 9 and send it to the police.</source>
        <translation>9-қосымшаны басып шығарып, полицияға жіберіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>The employer notifies within %n working day(s) of the contract&apos;s end.</source>
        <translation>
            <numerusform>Жұмыс беруші шарт аяқталғаннан кейін %n жұмыс күні ішінде хабарлайды.</numerusform>
            <numerusform>Жұмыс беруші шарт аяқталғаннан кейін %n жұмыс күні ішінде хабарлайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice came late, on %1: tell the labour inspection.</source>
        <translation>Хабарлама кешікті, %1 келді: еңбек инспекциясына хабарлаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>An appealed body forwards the complaint with the case file within %n working day(s), unless it grants it in full.</source>
        <translation>
            <numerusform>Шешіміне шағым берілген орган шағымды іс материалдарымен %n жұмыс күні ішінде жібереді, егер оны толық қанағаттандырмаса.</numerusform>
            <numerusform>Шешіміне шағым берілген орган шағымды іс материалдарымен %n жұмыс күні ішінде жібереді, егер оны толық қанағаттандырмаса.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward the complaint with the case file, or grant it.</source>
        <translation>Шағымды іс материалдарымен жіберіңіз немесе қанағаттандырыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The quality body considers a complaint within %n working day(s).</source>
        <translation>
            <numerusform>Сапа жөніндегі орган шағымды %n жұмыс күні ішінде қарайды.</numerusform>
            <numerusform>Сапа жөніндегі орган шағымды %n жұмыс күні ішінде қарайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the quality body&apos;s request.</source>
        <translation>Сапа жөніндегі органның сұрауына жауап беріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>A complaint to the provider is considered within %n working day(s).</source>
        <translation>
            <numerusform>Қызмет берушіге шағым %n жұмыс күні ішінде қаралады.</numerusform>
            <numerusform>Қызмет берушіге шағым %n жұмыс күні ішінде қаралады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consider the complaint and answer it.</source>
        <translation>Шағымды қарап, жауап беріңіз.</translation>
    </message>
    <message>
        <source>Statutory deadlines on %1</source>
        <translation>%1 күнгі заңды мерзімдер</translation>
    </message>
    <message>
        <source>No clock is open.</source>
        <translation>Ашық мерзім жоқ.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Case or permit</source>
        <translation>Іс немесе рұқсат</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::deadlines::CalendarCoverage</name>
    <message>
        <source>The working-day calendar has no days of %1: deadlines in that year are counted as plain Monday-to-Friday weeks, without its holidays and day swaps.</source>
        <translation>Жұмыс күндері күнтізбесінде %1 жылдың бірде-бір күні жоқ: сол жылғы мерзімдер оның мерекелері мен ауыстыруларынсыз, дүйсенбіден жұмаға дейінгі кәдімгі апталар бойынша есептеледі.</translation>
    </message>
    <message>
        <source>The working-day calendar has no days of %1 and %2: deadlines in those years are counted as plain Monday-to-Friday weeks, without their holidays and day swaps.</source>
        <translation>Жұмыс күндері күнтізбесінде %1 және %2 жылдардың бірде-бір күні жоқ: сол жылдардағы мерзімдер олардың мерекелері мен ауыстыруларынсыз, дүйсенбіден жұмаға дейінгі кәдімгі апталар бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Ask an administrator to import the year&apos;s calendar.</source>
        <translation>Әкімшіден жылдың күнтізбесін импорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>Import the year&apos;s calendar in Tools › Administration › Calendar.</source>
        <translation>Жылдың күнтізбесін Құралдар › Әкімшілендіру › Күнтізбе бөлімінде импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::ArrivalChecks</name>
    <message>
        <source>The documents of the list</source>
        <translation>Тізбе бойынша құжаттар</translation>
    </message>
    <message>
        <source>The application against the passport data</source>
        <translation>Өтініштің паспорт деректеріне сәйкестігі</translation>
    </message>
    <message>
        <source>The citizenship (Law on population migration, art. 43-1 §1 sub. 1)</source>
        <translation>Азаматтығы («Халықтың көші-қоны туралы» Заң, 43-1-бап, 1-тармақ, 1) тармақша)</translation>
    </message>
    <message>
        <source>The conditions of the Law on population migration, art. 43-2 §5</source>
        <translation>«Халықтың көші-қоны туралы» Заңның 43-2-бабының 5-тармағындағы шарттар</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::CalendarCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>тырнақша жабылмаған</translation>
    </message>
    <message>
        <source>the first line must be the header date,kind,note</source>
        <translation>бірінші жол date,kind,note тақырыбы болуы керек</translation>
    </message>
    <message>
        <source>expected 3 fields (date,kind,note), found %1</source>
        <translation>3 өріс (date,kind,note) күтілген, %1 табылды</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» ЖЖЖЖ-АА-КК пішіміндегі күн емес</translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday: a holiday must be a weekday (a holiday on a weekend moves to a weekday; list that day)</source>
        <translation>%1 сенбі немесе жексенбі: мереке күні аптаның жұмыс күніне түсуі керек (демалыс күніне түскен мереке жұмыс күніне ауыстырылады; сол күнді көрсетіңіз)</translation>
    </message>
    <message>
        <source>%1 is a weekday: a workday exception must be a Saturday or Sunday</source>
        <translation>%1 аптаның жұмыс күні: «жұмыс күні» ерекшелігі сенбіге немесе жексенбіге түсуі керек</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; must be holiday or workday</source>
        <translation>«%1» түрі holiday немесе workday болуы керек</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the file is empty: the first line must be the header date,kind,note</source>
        <translation>файл бос: бірінші жол date,kind,note тақырыбы болуы керек</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::DocumentValidity</name>
    <message>
        <source>The document was not submitted.</source>
        <translation>Құжат ұсынылмаған.</translation>
    </message>
    <message>
        <source>Rejected by the clerk.</source>
        <translation>Маман қабылдамады.</translation>
    </message>
    <message>
        <source>The passport expired on %1.</source>
        <translation>Төлқұжаттың қолданылу мерзімі %1 өткен.</translation>
    </message>
    <message>
        <source>Enter the date of the latest border-crossing mark.</source>
        <translation>Шекарадан өту туралы соңғы белгінің күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the date the certificate was issued.</source>
        <translation>Анықтаманың берілген күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the last day of the insurance cover.</source>
        <translation>Сақтандыру қолданылатын соңғы күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>The requested period is needed to check the insurance.</source>
        <translation>Сақтандыруды тексеру үшін сұралған кезең қажет.</translation>
    </message>
    <message>
        <source>The insurance ends on %1, before the end of the requested period %2.</source>
        <translation>Сақтандыру %1 аяқталады, бұл сұралған кезеңнің соңынан (%2) бұрын.</translation>
    </message>
    <message>
        <source>The insurance starts on %1, after the first day of the requested period %2.</source>
        <translation>Сақтандыру %1 басталады, бұл сұралған кезеңнің бірінші күнінен (%2) кейін.</translation>
    </message>
    <message>
        <source>The date %1 is after the application date %2.</source>
        <translation>%1 күні өтініш берілген %2 күнінен кейін.</translation>
    </message>
    <message>
        <source>Dated %1: more than 12 months before the application date (the oldest accepted is %2).</source>
        <translation>Күні %1: өтініш берілген күннен 12 айдан астам бұрын (ең ерте қабылданатын күн: %2).</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::FieldLimits</name>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Тегі (кириллицамен)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Аты (кириллицамен)</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation>Әкесінің аты (кириллицамен)</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Тегі (латынша)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation>Әкесінің аты (латынша)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Төлқұжаттың сериясы</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Төлқұжаттың нөмірі</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Төлқұжатты берген орган</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Тұрақты мекенжайы</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Қазақстандағы мекенжайы</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Home telephone</source>
        <translation>Үй телефоны</translation>
    </message>
    <message>
        <source>Family member&apos;s full name</source>
        <translation>Отбасы мүшесінің Т.А.Ә.</translation>
    </message>
    <message>
        <source>Employer&apos;s surname</source>
        <translation>Жұмыс берушінің тегі</translation>
    </message>
    <message>
        <source>Employer&apos;s given names</source>
        <translation>Жұмыс берушінің аты</translation>
    </message>
    <message>
        <source>Employer&apos;s patronymic</source>
        <translation>Жұмыс берушінің әкесінің аты</translation>
    </message>
    <message>
        <source>Employer&apos;s identity document number</source>
        <translation>Жұмыс берушінің жеке басын куәландыратын құжатының нөмірі</translation>
    </message>
    <message>
        <source>Employer&apos;s identity document issued by</source>
        <translation>Жұмыс берушінің жеке басын куәландыратын құжатын берген орган</translation>
    </message>
    <message>
        <source>Employer&apos;s registered address</source>
        <translation>Жұмыс берушінің тіркеу мекенжайы</translation>
    </message>
    <message>
        <source>Employer&apos;s residential address</source>
        <translation>Жұмыс берушінің тұратын мекенжайы</translation>
    </message>
    <message>
        <source>Employer&apos;s telephone</source>
        <translation>Жұмыс берушінің телефоны</translation>
    </message>
    <message>
        <source>Real estate owned (address)</source>
        <translation>Меншіктегі жылжымайтын мүлік (мекенжайы)</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмірі</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Жұмыс мекенжайы</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Note with the rule&apos;s reason</source>
        <translation>Қағида негіздемесі бар ескертпе</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Полиция жауабының нөмірі</translation>
    </message>
    <message>
        <source>Police check note</source>
        <translation>Полиция тексеруіне ескертпе</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файлдың атауы</translation>
    </message>
    <message>
        <source>Act issued by</source>
        <translation>Актіні шығарған орган</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Актінің нөмірі</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарттың нөмірі</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>District name in Kazakh</source>
        <translation>Ауданның қазақша атауы</translation>
    </message>
    <message>
        <source>District name in Russian</source>
        <translation>Ауданның орысша атауы</translation>
    </message>
    <message>
        <source>District name in English</source>
        <translation>Ауданның ағылшынша атауы</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation>Күнтізбе ескертпесі</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 fit here. Shorten it.</source>
        <translation>Тым ұзын: %1 таңба, мұнда ең көбі %2 таңба сыяды. Қысқартыңыз.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters fit.</source>
        <translation>%1 тым ұзын: ең көбі %2 таңба сыяды.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 fit.</source>
        <translation>%1 тым ұзын: %2 таңба, ең көбі %3 таңба сыяды.</translation>
    </message>
    <message>
        <source>Issuing body, in Kazakh</source>
        <translation>Рұқсат беретін орган, қазақша</translation>
    </message>
    <message>
        <source>Issuing body, in Russian</source>
        <translation>Рұқсат беретін орган, орысша</translation>
    </message>
    <message>
        <source>Issuing body, in English</source>
        <translation>Рұқсат беретін орган, ағылшынша</translation>
    </message>
    <message>
        <source>Head&apos;s full name</source>
        <translation>Басшының Т.А.Ә.</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Kazakh</source>
        <translation>Басшының лауазымы, қазақша</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Russian</source>
        <translation>Басшының лауазымы, орысша</translation>
    </message>
    <message>
        <source>Head&apos;s position, in English</source>
        <translation>Басшының лауазымы, ағылшынша</translation>
    </message>
    <message>
        <source>Police body, in Kazakh</source>
        <translation>Полиция органы, қазақша</translation>
    </message>
    <message>
        <source>Police body, in Russian</source>
        <translation>Полиция органы, орысша</translation>
    </message>
    <message>
        <source>Police body, in English</source>
        <translation>Полиция органы, ағылшынша</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Қайда жіберілді</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Iin</name>
    <message>
        <source>An IIN has 12 digits; this one has %1 characters.</source>
        <translation>ЖСН 12 цифрдан тұрады; мұнда %1 таңба бар.</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not a digit.</source>
        <translation>%1-таңба («%2») цифр емес.</translation>
    </message>
    <message>
        <source>Digit 7 (century and sex) is %1; it must be 1 to 6.</source>
        <translation>7-цифр (ғасыр және жыныс) %1 болып тұр; ол 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>Digits 1-6 (%1) are not a date YYMMDD.</source>
        <translation>1–6-цифрлар (%1) ЖЖААКК пішіміндегі күн емес.</translation>
    </message>
    <message>
        <source>Digits 1-6 (%1) are not a date YYMMDD in the %2s.</source>
        <translation>1–6-цифрлар (%1) %2-жылдардағы ЖЖААКК пішіміндегі күн емес.</translation>
    </message>
    <message>
        <source>No check digit exists for the first 11 digits (both passes give 10): such a number is never assigned.</source>
        <translation>Алғашқы 11 цифр үшін бақылау цифры жоқ (екі есептеу де 10 береді): мұндай нөмір ешқашан берілмейді.</translation>
    </message>
    <message>
        <source>The check digit is %1 but should be %2: a digit was mistyped.</source>
        <translation>Бақылау цифры %1, бірақ %2 болуы керек: бір цифр қате терілген.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::IitAdvance</name>
    <message>
        <source>Type the amount paid on the receipt.</source>
        <translation>Түбіртектегі төленген соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>The amount was not checked: there is no IIT rate for %1 (the administrator enters the year&apos;s MCI).</source>
        <translation>Сома тексерілмеді: %1 жылға ЖТС мөлшерлемесі жоқ (жылдың АЕК-ін әкімші енгізеді).</translation>
    </message>
    <message numerus="yes">
        <source>%1 KZT paid, %2 KZT less than the %3 KZT due for %n month(s) at the rate of %4.</source>
        <translation>
            <numerusform>%1 теңге төленген, бұл %4 жылғы мөлшерлеме бойынша %n айға тиесілі %3 теңгеден %2 теңге кем.</numerusform>
            <numerusform>%1 теңге төленген, бұл %4 жылғы мөлшерлеме бойынша %n айға тиесілі %3 теңгеден %2 теңге кем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KZT paid, %2 KZT more than the %3 KZT due for %n month(s) at the rate of %4.</source>
        <translation>
            <numerusform>%1 теңге төленген, бұл %4 жылғы мөлшерлеме бойынша %n айға тиесілі %3 теңгеден %2 теңге артық.</numerusform>
            <numerusform>%1 теңге төленген, бұл %4 жылғы мөлшерлеме бойынша %n айға тиесілі %3 теңгеден %2 теңге артық.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Mrz</name>
    <message>
        <source>An MRZ is 2 lines of 44 characters (passport) or 3 lines of 30 (ID card); got %1 line(s) of %2.</source>
        <translation>MRZ 44 таңбадан тұратын 2 жол (төлқұжат) немесе 30 таңбадан тұратын 3 жол (жеке куәлік); алынғаны: %1 жол, ұзындығы: %2.</translation>
    </message>
    <message>
        <source>Line %1 holds &quot;%2&quot;; an MRZ has only A-Z, 0-9 and &lt;.</source>
        <translation>%1-жолда «%2» бар; MRZ-те тек A-Z, 0-9 және &lt; болады.</translation>
    </message>
    <message>
        <source>The field %1 may hold only digits, not &quot;%2&quot;.</source>
        <translation>%1 өрісінде тек цифрлар болуы мүмкін, «%2» емес.</translation>
    </message>
    <message>
        <source>The check digit of %1 is &quot;%2&quot; but %3 is expected.</source>
        <translation>%1 өрісінің бақылау цифры «%2», бірақ %3 күтіледі.</translation>
    </message>
    <message>
        <source>Letter O and digit 0 look alike: compare the number with the passport page; it was not corrected.</source>
        <translation>O әрпі мен 0 цифры ұқсас: нөмірді төлқұжат бетімен салыстырыңыз; ол түзетілген жоқ.</translation>
    </message>
    <message>
        <source>The field %1 (&quot;%2&quot;) is not a date YYMMDD.</source>
        <translation>%1 өрісі («%2») ЖЖААКК пішіміндегі күн емес.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::PermitTerm</name>
    <message>
        <source>The first day of the permit is not a valid date.</source>
        <translation>Рұқсаттың бірінші күні жарамды күн емес.</translation>
    </message>
    <message>
        <source>A permit is issued or extended for 1 to 12 months, not %1.</source>
        <translation>Рұқсат 1 айдан 12 айға дейінгі мерзімге беріледі немесе ұзартылады, %1 емес.</translation>
    </message>
    <message>
        <source>The permit cannot start before the first permit of its chain.</source>
        <translation>Рұқсат өз тізбегіндегі алғашқы рұқсаттан бұрын басталмайды.</translation>
    </message>
    <message>
        <source>With this term the permits since %1 would pass 12 months (the last allowed day is %2); at most %3 month(s) can be granted.</source>
        <translation>Бұл мерзіммен %1 бастап берілген рұқсаттар 12 айдан асады (рұқсат етілген соңғы күн: %2); ең көбі %3 ай беруге болады.</translation>
    </message>
    <message>
        <source>The permits since %1 reach the 12-month limit on %2: no extension is possible; a new permit must be applied for.</source>
        <translation>%1 бастап берілген рұқсаттар %2 күні 12 айлық шекке жетеді: ұзарту мүмкін емес; жаңа рұқсатқа өтініш беру керек.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::TypedDate</name>
    <message>
        <source>Type the date (DD.MM.YYYY).</source>
        <translation>Күнді енгізіңіз (КК.АА.ЖЖЖЖ).</translation>
    </message>
    <message>
        <source>%1 is not a plausible date: type a year from %2 to %3.</source>
        <translation>%1 — шындыққа жанаспайтын күн: %2 мен %3 аралығындағы жылды енгізіңіз.</translation>
    </message>
    <message>
        <source>There is no date %1: check the day and the month.</source>
        <translation>%1 деген күн жоқ: күн мен айды тексеріңіз.</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 20.03.2026.</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз, мысалы 20.03.2026.</translation>
    </message>
</context>
<context>
    <name>ruqsat::intake</name>
    <message>
        <source>Type the surname in Latin letters as in the passport (it is printed on the permit).</source>
        <translation>Тегін төлқұжаттағыдай латын әріптерімен енгізіңіз (ол рұқсатта басылады).</translation>
    </message>
    <message>
        <source>Type the passport number.</source>
        <translation>Төлқұжат нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the citizenship.</source>
        <translation>Азаматтығын таңдаңыз.</translation>
    </message>
    <message>
        <source>Type the date of birth.</source>
        <translation>Туған күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Type the employer&apos;s IIN (12 digits).</source>
        <translation>Жұмыс берушінің ЖСН-ін енгізіңіз (12 цифр).</translation>
    </message>
    <message>
        <source>Type the employer&apos;s surname.</source>
        <translation>Жұмыс берушінің тегін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Ауданды таңдаңыз.</translation>
    </message>
    <message>
        <source>Type the address where the work is done.</source>
        <translation>Жұмыс орындалатын мекенжайды енгізіңіз.</translation>
    </message>
    <message>
        <source>The work address is not among the addresses of the employer&apos;s real estate: add the property to the employer or correct the address.</source>
        <translation>Жұмыс мекенжайы жұмыс берушінің жылжымайтын мүлкінің мекенжайлары арасында жоқ: мүлікті жұмыс берушіге қосыңыз немесе мекенжайды түзетіңіз.</translation>
    </message>
    <message>
        <source>The application is not complete: %1</source>
        <translation>Өтініш толық толтырылмаған: %1</translation>
    </message>
    <message>
        <source>The permit is not in the store.</source>
        <translation>Рұқсат деректер қоймасында жоқ.</translation>
    </message>
    <message>
        <source>Permit No. %1 is not in force: only a permit in force is extended.</source>
        <translation>№ %1 рұқсат қолданыста емес: тек қолданыстағы рұқсат ұзартылады.</translation>
    </message>
    <message>
        <source>The case of permit No. %1 is not complete in the store.</source>
        <translation>№ %1 рұқсат бойынша іс деректер қоймасында толық емес.</translation>
    </message>
    <message>
        <source>Permit No. %1 ends its 12-month chain on %2 and cannot be extended; a new permit may be applied for from %3 to %4.</source>
        <translation>№ %1 рұқсаттың 12 айлық ұзартулар тізбегі %2 аяқталады, оны ұзартуға болмайды; жаңа рұқсатқа %3 бастап %4 дейін өтініш беруге болады.</translation>
    </message>
    <message>
        <source>Permit No. %1 ends on %2: an extension is applied for from %3 to %4; today is outside that window.</source>
        <translation>№ %1 рұқсаттың мерзімі %2 аяқталады: ұзартуға өтініш %3 бастап %4 дейін беріледі; бүгінгі күн бұл кезеңге кірмейді.</translation>
    </message>
    <message>
        <source>Type the spouse&apos;s year of birth in four digits, or leave it empty.</source>
        <translation>Жұбайының туған жылын төрт цифрмен енгізіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The identity document cannot be issued after today.</source>
        <translation>Жеке басын куәландыратын құжат бүгінгі күннен кейін берілмейді.</translation>
    </message>
    <message>
        <source>Type the day and time the application was received (DD.MM.YYYY HH:MM).</source>
        <translation>Өтініш түскен күн мен уақытты енгізіңіз (КК.АА.ЖЖЖЖ СС:ММ).</translation>
    </message>
    <message>
        <source>The application cannot be received later than now: correct the day or time.</source>
        <translation>Өтініш қазіргі сәттен кейін түсе алмайды: күнін немесе уақытын түзетіңіз.</translation>
    </message>
    <message>
        <source>The agreement of intent is signed before the application is received.</source>
        <translation>Ниет туралы келісім өтініш түскенге дейін жасалады.</translation>
    </message>
    <message>
        <source>%1: on record &quot;%2&quot;, typed &quot;%3&quot;</source>
        <translation>%1: тіркелгені «%2», енгізілгені «%3»</translation>
    </message>
    <message>
        <source>An employer with IIN %1 is already on record with other details (%2). Choose whether this case keeps the details on record or the employer is updated for every case that names them; nothing was saved.</source>
        <translation>ЖСН %1 жұмыс беруші базада басқа деректермен тіркелген (%2). Осы іс үшін базадағы деректерді қалдыру керек пе, әлде жұмыс берушіні ол көрсетілген барлық істерде жаңарту керек пе — таңдаңыз; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The application was not saved: %1</source>
        <translation>Өтініш сақталмады: %1</translation>
    </message>
    <message>
        <source>Type the day and time as DD.MM.YYYY HH:MM, for example 20.03.2026 10:30.</source>
        <translation>Күн мен уақытты КК.АА.ЖЖЖЖ СС:ММ түрінде теріңіз, мысалы 20.03.2026 10:30.</translation>
    </message>
    <message>
        <source>The application was not saved: its district is not one of yours.</source>
        <translation>Өтініш сақталмады: оның ауданы сіздің аудандарыңызға жатпайды.</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::CaseHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::CaseRegisterModel</name>
    <message>
        <source>Registry No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Көшіп келуші</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::ComplaintListModel</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымдалатыны</translation>
    </message>
    <message>
        <source>Case / permit</source>
        <translation>Іс / рұқсат</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Қаралды</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::DeadlineTreeModel</name>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Case or permit</source>
        <translation>Іс немесе рұқсат</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::PermitRegisterModel</name>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <source>Extends permit %1</source>
        <translation>%1 рұқсатын ұзартады</translation>
    </message>
    <message>
        <source>Permit No.</source>
        <translation>Рұқсат №</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Көшіп келуші</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Телнұсқалар</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::BodyCheck</name>
    <message>
        <source>Not set for the district %1: %2.</source>
        <translation>«%1» ауданы үшін орнатылмаған: %2.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::FormLoader</name>
    <message>
        <source>Unknown form.</source>
        <translation>Белгісіз нысан.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateCheck</name>
    <message>
        <source>There is no folder %1.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation>%1 басып шығару үлгісі оқылмады.</translation>
    </message>
    <message>
        <source>The print template %1 lacks the field {{%2}}: Appendix %3 cannot be printed without it.</source>
        <translation>%1 басып шығару үлгісінде {{%2}} өрісі жоқ: онсыз %3-қосымшаны басып шығаруға болмайды.</translation>
    </message>
    <message>
        <source>The print template %1 names {{%2}}, which Appendix %3 does not have.</source>
        <translation>%1 басып шығару үлгісінде {{%2}} аталған, ал %3-қосымшада ондай өріс жоқ.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateEngine</name>
    <message>
        <source>The template %1 has an unclosed placeholder &quot;%2&quot;.</source>
        <translation>%1 үлгісінде «%2» толтырғышы жабылмаған.</translation>
    </message>
    <message>
        <source>The template %1 has a malformed placeholder &quot;{{%2}}&quot;.</source>
        <translation>%1 үлгісінде «{{%2}}» толтырғышы қате жазылған.</translation>
    </message>
    <message>
        <source>The template %1 closes &quot;%2&quot; which is not open.</source>
        <translation>%1 үлгісі ашылмаған «%2» бөлімін жабады.</translation>
    </message>
    <message>
        <source>The template %1 never closes the section &quot;%2&quot;.</source>
        <translation>%1 үлгісі «%2» бөлімін жаппайды.</translation>
    </message>
    <message>
        <source>The template %1 uses the placeholder {{%2}}, which this form does not have.</source>
        <translation>%1 үлгісі осы нысанда жоқ {{%2}} толтырғышын пайдаланады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateSource</name>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation>%1 басып шығару үлгісі оқылмады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::quotas::QuotaDesk</name>
    <message>
        <source>The quota has no places: no permit can be issued on it.</source>
        <translation>Квотада орын жоқ: ол бойынша рұқсат беру мүмкін емес.</translation>
    </message>
    <message>
        <source>Places free: %1 of %2 (10% or less).</source>
        <translation>Бос орындар: %2 ішінен %1 (10% немесе одан аз).</translation>
    </message>
</context>
<context>
    <name>ruqsat::records</name>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <source>egov.kz</source>
        <translation>egov.kz</translation>
    </message>
    <message>
        <source>migration.enbek.kz</source>
        <translation>migration.enbek.kz</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Құжаттарды қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Police check</source>
        <translation>Полициямен келісу</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Рұқсат берілді</translation>
    </message>
    <message>
        <source>Permit extended</source>
        <translation>Рұқсат ұзартылды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Өтініш кері қайтарылды</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Жарамсыз</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>ruqsat::records::DistrictBodies</name>
    <message>
        <source>Issuing body, in Kazakh</source>
        <translation>Рұқсат беретін орган, қазақша</translation>
    </message>
    <message>
        <source>Issuing body, in Russian</source>
        <translation>Рұқсат беретін орган, орысша</translation>
    </message>
    <message>
        <source>Issuing body, in English</source>
        <translation>Рұқсат беретін орган, ағылшынша</translation>
    </message>
    <message>
        <source>Head&apos;s full name (signs the permits)</source>
        <translation>Басшының Т.А.Ә. (рұқсаттарға қол қояды)</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Kazakh</source>
        <translation>Басшының лауазымы, қазақша</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Russian</source>
        <translation>Басшының лауазымы, орысша</translation>
    </message>
    <message>
        <source>Head&apos;s position, in English</source>
        <translation>Басшының лауазымы, ағылшынша</translation>
    </message>
    <message>
        <source>Police body, in Kazakh</source>
        <translation>Полиция органы, қазақша</translation>
    </message>
    <message>
        <source>Police body, in Russian</source>
        <translation>Полиция органы, орысша</translation>
    </message>
    <message>
        <source>Police body, in English</source>
        <translation>Полиция органы, ағылшынша</translation>
    </message>
</context>
<context>
    <name>ruqsat::records::RecordChanges</name>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Төлқұжаттың берілген күні</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Төлқұжаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Отбасылық жағдайы</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Балалар саны</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы құрамы</translation>
    </message>
    <message>
        <source>Employer&apos;s IIN</source>
        <translation>Жұмыс берушінің ЖСН</translation>
    </message>
    <message>
        <source>Employer&apos;s year of birth</source>
        <translation>Жұмыс берушінің туған жылы</translation>
    </message>
    <message>
        <source>Employer&apos;s identity document issued on</source>
        <translation>Жұмыс берушінің жеке басын куәландыратын құжатының берілген күні</translation>
    </message>
    <message>
        <source>Real estate owned</source>
        <translation>Меншіктегі жылжымайтын мүлік</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Issue or extend</source>
        <translation>Беру немесе ұзарту</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Labour immigrant</source>
        <translation>Еңбекші көшіп келуші</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Permit extended</source>
        <translation>Ұзартылатын рұқсат</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Counted as received on</source>
        <translation>Түскен күні деп есептеледі</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source>Term asked, months</source>
        <translation>Сұралған мерзім, ай</translation>
    </message>
    <message>
        <source>Salary, tenge</source>
        <translation>Жалақы, теңге</translation>
    </message>
    <message>
        <source>Agreement of intent signed on</source>
        <translation>Ниет туралы келісімге қол қойылған күн</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Amount paid, KZT</source>
        <translation>Төленген сома, теңге</translation>
    </message>
</context>
<context>
    <name>ruqsat::reports</name>
    <message>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <source>egov.kz portal</source>
        <translation>egov.kz порталы</translation>
    </message>
    <message>
        <source>migration.enbek.kz portal</source>
        <translation>migration.enbek.kz порталы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Ground %1</source>
        <translation>%1-негіз</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Мерзімін бұзып</translation>
    </message>
    <message>
        <source>In time, %</source>
        <translation>Мерзімінде, %</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Кезең: %1 – %2</translation>
    </message>
    <message>
        <source>by: %1</source>
        <translation>топтастыру: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Permits issued</source>
        <translation>Берілген рұқсаттар</translation>
    </message>
    <message>
        <source>Permits extended</source>
        <translation>Ұзартылған рұқсаттар</translation>
    </message>
    <message>
        <source>Refusals of the service</source>
        <translation>Мемлекеттік қызметті көрсетуден бас тартулар</translation>
    </message>
    <message>
        <source>Refusals to accept the documents</source>
        <translation>Құжаттарды қабылдаудан бас тартулар</translation>
    </message>
    <message>
        <source>Permits revoked</source>
        <translation>Кері қайтарып алынған рұқсаттар</translation>
    </message>
    <message>
        <source>Permits terminated</source>
        <translation>Қолданысы тоқтатылған рұқсаттар</translation>
    </message>
    <message>
        <source>Copies of permits issued</source>
        <translation>Берілген рұқсат телнұсқалары</translation>
    </message>
    <message>
        <source>Decisions in time and late</source>
        <translation>Мерзімінде және мерзімін бұзып қабылданған шешімдер</translation>
    </message>
    <message>
        <source>Total only</source>
        <translation>Тек жиыны</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Өтініш беру арнасы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Ground of refusal</source>
        <translation>Бас тарту негізі</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Рұқсаттар</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Телнұсқалар</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
</context>
<context>
    <name>ruqsat::store</name>
    <message>
        <source>The employer %1 is not in the store</source>
        <translation>%1 жұмыс берушісі деректер қоймасында жоқ</translation>
    </message>
    <message>
        <source>The immigrant %1 is not in the store</source>
        <translation>%1 көшіп келушісі деректер қоймасында жоқ</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::AttachmentRepository</name>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file: scans must be one of these</source>
        <translation>%1 PDF, JPEG немесе PNG файлы емес: скан-көшірмелер тек осы пішімдерде қабылданады</translation>
    </message>
    <message>
        <source>%1 is %2, more than the limit of %3 for one scan</source>
        <translation>%1 көлемі %2, бұл бір скан-көшірмеге арналған %3 шегінен асады</translation>
    </message>
    <message>
        <source>The scan %1 is not in the store</source>
        <translation>%1 скан-көшірмесі деректер қоймасында жоқ</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::CaseRepository</name>
    <message>
        <source>The case %1 is not in the store</source>
        <translation>%1 ісі деректер қоймасында жоқ</translation>
    </message>
    <message>
        <source>Someone else saved this case while you were editing it (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation>Сіз бұл істі өңдеп жатқанда оны басқа пайдаланушы сақтады (сіздегі нұсқа: %1, деректер қоймасындағы нұсқа: %2). Ештеңе қайта жазылған жоқ.</translation>
    </message>
    <message>
        <source>The police check %1 does not exist or was already answered</source>
        <translation>%1 полициямен келісу сұрауы жоқ немесе оған жауап алынып қойған</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ComplaintRepository</name>
    <message>
        <source>The complaint %1 does not exist or is already resolved</source>
        <translation>%1 шағымы жоқ немесе ол қаралып қойған</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ConnectionString</name>
    <message>
        <source>The SQLite connection string names no file: use sqlite:/path/file.db</source>
        <translation>SQLite қосылу жолында файл көрсетілмеген: sqlite:/path/file.db пайдаланыңыз</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1. Use postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL мекенжайы жарамсыз: %1. postgresql://user@host:port/dbname пайдаланыңыз</translation>
    </message>
    <message>
        <source>Do not put the password in the connection string: set PGPASSWORD or type it when asked</source>
        <translation>Құпиясөзді қосылу жолына жазбаңыз: PGPASSWORD орнатыңыз немесе сұралғанда енгізіңіз</translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a user and a database name: postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL мекенжайында пайдаланушы мен дерекқор атауы болуы керек: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Unknown store &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host:port/dbname</source>
        <translation>Белгісіз деректер қоймасы «%1»: sqlite:/path/file.db немесе postgresql://user@host:port/dbname пайдаланыңыз</translation>
    </message>
    <message>
        <source>The PostgreSQL address takes only sslmode and sslrootcert after &quot;?&quot;, not %1.</source>
        <translation>PostgreSQL мекенжайы &quot;?&quot; белгісінен кейін тек sslmode және sslrootcert қабылдайды, %1 емес.</translation>
    </message>
    <message>
        <source>The value of %1 in the PostgreSQL address may not contain spaces or semicolons.</source>
        <translation>PostgreSQL мекенжайындағы %1 мәнінде бос орындар немесе нүктелі үтірлер болмауы керек.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Дерекқор үшін %1 қалтасы құрылмады</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>%1 дерекқор файлы ашылмады: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1:%2 (database %3, user %4): %5</source>
        <translation>%1:%2 мекенжайындағы PostgreSQL серверіне қосылу мүмкін болмады (дерекқор %3, пайдаланушы %4): %5</translation>
    </message>
    <message>
        <source>There is no Ruqsat store at %1.</source>
        <translation>%1 мекенжайында Ruqsat деректер қоймасы жоқ.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Ruqsat store. It was not changed.</source>
        <translation>%1 — бос файл, Ruqsat деректер қоймасы емес. Ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database without tables, not a Ruqsat store. It was not changed.</source>
        <translation>%1 — кестелері жоқ SQLite дерекқоры, Ruqsat деректер қоймасы емес. Ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>A store is made there only on purpose, with: ruqsatctl init --db %1</source>
        <translation>Онда деректер қоймасы тек әдейі жасалады, мына командамен: ruqsatctl init --db %1</translation>
    </message>
    <message>
        <source>Read only: this store&apos;s file or folder cannot be written. You can look up and print; saving is not possible.</source>
        <translation>Тек оқу үшін: бұл деректер қоймасының файлына немесе қалтасына жазу мүмкін емес. Іздеуге және басып шығаруға болады; сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot make a store at %1: the file or its folder is read-only.</source>
        <translation>%1 мекенжайында деректер қоймасын жасау мүмкін емес: файл немесе оның қалтасы тек оқу үшін.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ruqsat (schema %2; this program uses %3) and must be upgraded, which is not possible while its file or folder is read-only. It was not changed.</source>
        <translation>%1 Ruqsat-тың ескірек нұсқасымен жасалған (схема %2; бұл бағдарлама %3 схемасын пайдаланады) және оны жаңарту қажет, ал файлы немесе қалтасы тек оқу үшін болғанда бұл мүмкін емес. Ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Read only: the audit log of this store has lost its protection (its triggers are missing), so no change can be recorded for certain. You can look up and print; saving is not possible until an administrator restores the store.</source>
        <translation>Тек оқу үшін: бұл қоймадағы аудит журналы қорғанысынан айырылған (оның триггерлері жоқ), сондықтан ешбір өзгерісті сенімді түрде жазу мүмкін емес. Іздеуге және басып шығаруға болады; әкімші қойманы қалпына келтіргенше сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Only a superuser of the PostgreSQL server can secure a store (%1 is not one). Run init as the server&apos;s superuser, for example postgres.</source>
        <translation>Қойманы тек PostgreSQL серверінің суперпайдаланушысы қорғай алады (%1 олай емес). init-ті сервердің суперпайдаланушысы ретінде іске қосыңыз, мысалы postgres.</translation>
    </message>
    <message>
        <source>The server at %1:%2 cannot be reached: %3</source>
        <translation>%1:%2 серверіне қосылу мүмкін емес: %3</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::DemoWriter</name>
    <message>
        <source>This store already holds these demo people: their seed was written to it before.</source>
        <translation>Бұл деректер қоймасында осы демо-адамдар бар: олардың seed мәні бұған дейін жазылған.</translation>
    </message>
    <message>
        <source>Another writer gave out an IIN of this batch meanwhile.</source>
        <translation>Осы аралықта басқа жазушы осы топтамадағы ЖСН-ді беріп қойды.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::EmployerRepository</name>
    <message>
        <source>Someone else saved this employer while you were editing (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation>Сіз өңдеп жатқанда бұл жұмыс берушіні басқа біреу сақтады (сіздегі нұсқа %1, базадағы нұсқа %2). Ештеңе қайта жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ImmigrantRepository</name>
    <message>
        <source>Someone else saved this immigrant while you were editing (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation>Сіз өңдеп жатқанда бұл көшіп келушінің деректерін басқа біреу сақтады (сіздегі нұсқа %1, базадағы нұсқа %2). Ештеңе қайта жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::PermitRepository</name>
    <message>
        <source>The case %1 is not in the store</source>
        <translation>%1 ісі деректер қоймасында жоқ</translation>
    </message>
    <message>
        <source>The case %1 is already decided (%2)</source>
        <translation>%1 ісі бойынша шешім қабылданып қойған (%2)</translation>
    </message>
    <message>
        <source>Only a permit in force can be extended</source>
        <translation>Тек қолданыстағы рұқсатты ұзартуға болады</translation>
    </message>
    <message>
        <source>No quota is set for this region in %1: the permit cannot be issued</source>
        <translation>Бұл өңір үшін %1 жылға квота белгіленбеген: рұқсат беру мүмкін емес</translation>
    </message>
    <message>
        <source>The quota of this region for %1 is used up: no permit can be issued until a place is freed</source>
        <translation>Бұл өңірдің %1 жылға арналған квотасы таусылды: орын босағанға дейін рұқсат берілмейді</translation>
    </message>
    <message>
        <source>The permit is not in force</source>
        <translation>Рұқсат қолданыста емес</translation>
    </message>
    <message>
        <source>The permit %1 is not in the store</source>
        <translation>%1 рұқсаты деректер қоймасында жоқ</translation>
    </message>
    <message>
        <source>The permit %1 is not revoked</source>
        <translation>%1 рұқсаты кері қайтарылмаған</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::PrintQueries</name>
    <message>
        <source>There is no case %1.</source>
        <translation>%1 ісі жоқ.</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>%1 рұқсаты жоқ.</translation>
    </message>
    <message>
        <source>The case %1 has no decision of the kind &quot;%2&quot;.</source>
        <translation>%1 ісі бойынша «%2» түріндегі шешім жоқ.</translation>
    </message>
    <message>
        <source>The permit %1 has no recorded termination.</source>
        <translation>%1 рұқсаты бойынша еңбек шартының тоқтатылуы тіркелмеген.</translation>
    </message>
    <message>
        <source>The permit %1 has not been revoked.</source>
        <translation>%1 рұқсаты кері қайтарып алынбаған.</translation>
    </message>
    <message>
        <source>No permit was named.</source>
        <translation>Бірде-бір рұқсат көрсетілмеген.</translation>
    </message>
    <message>
        <source>No permit was issued on the case %1.</source>
        <translation>%1 ісі бойынша рұқсат берілмеген.</translation>
    </message>
    <message>
        <source>This store has never printed a permit and can only be read: the key that signs the permit&apos;s QR code cannot be made. Print from a store that can be written.</source>
        <translation>Бұл деректер қоймасы әлі рұқсат басып шығармаған және тек оқу үшін: рұқсаттың QR кодына қол қоятын кілтті жасау мүмкін емес. Жазуға болатын деректер қоймасынан басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The district of %1 is missing from the store.</source>
        <translation>%1 үшін аудан базада жоқ.</translation>
    </message>
    <message>
        <source>The permits %1 and %2 were issued in different districts (%3, %4): Appendix 9 goes from one district to its police body, so print one for each district.</source>
        <translation>%1 және %2 рұқсаттары әртүрлі аудандарда берілген (%3, %4): 9-қосымшаны бір аудан өзінің полиция органына жібереді, сондықтан оны әр аудан үшін бөлек басып шығарыңыз.</translation>
    </message>
    <message>
        <source>This case belongs to another district.</source>
        <translation>Бұл іс басқа ауданға тиесілі.</translation>
    </message>
    <message>
        <source>This permit belongs to another district.</source>
        <translation>Бұл рұқсат басқа ауданға тиесілі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::Query</name>
    <message>
        <source>The store refused the change: %1</source>
        <translation>Деректер қоймасы өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Дерекқор файлы зақымдалған</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Дерекқор қате туралы хабарлады: %1</translation>
    </message>
    <message>
        <source>The store can only be read: saving is not possible. Nothing was changed.</source>
        <translation>Деректер қоймасы тек оқу үшін: сақтау мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 can only be read: saving is not possible. Nothing was changed.</source>
        <translation>%1 тек оқу үшін: сақтау мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The server does not let your role do this. Nothing was changed.</source>
        <translation>Сервер сіздің рөліңізге мұны істеуге рұқсат бермейді. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. This step was not saved; what you typed is kept.</source>
        <translation>Сервермен байланыс үзілді. Бұл қадам сақталмады; енгізілгені орнында қалды.</translation>
    </message>
    <message>
        <source>The server cancelled this step because another user&apos;s change collided with it. Nothing was changed; try again.</source>
        <translation>Сервер бұл қадамды басқа пайдаланушының өзгерісімен қақтығысқаны үшін тоқтатты. Ештеңе өзгерген жоқ; қайталаңыз.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving: whether this step was saved is not known yet. Look at the case when the server is back before doing it again.</source>
        <translation>Сақтау кезінде сервермен байланыс үзілді: бұл қадамның сақталғаны әзірге белгісіз. Сервер қайта қосылғанда, қадамды қайталамас бұрын істі қараңыз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::QuotaRepository</name>
    <message>
        <source>A quota cannot be negative</source>
        <translation>Квота теріс бола алмайды</translation>
    </message>
    <message>
        <source>The quota cannot be lower than the %1 places already taken by permits in force and reservations</source>
        <translation>Квота қолданыстағы рұқсаттар мен брондаулар алып қойған %1 орыннан аз бола алмайды</translation>
    </message>
    <message>
        <source>No place is free in the quota: the place cannot be reserved</source>
        <translation>Квотада бос орын жоқ: орынды брондау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ReferenceRepository</name>
    <message>
        <source>There is no district %1.</source>
        <translation>%1 ауданы жоқ.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SchemaCheck</name>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation>%1 Ruqsat дерекқоры емес (%2). Ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>its schema_version table is empty</source>
        <translation>оның schema_version кестесі бос</translation>
    </message>
    <message>
        <source>its schema_version table does not record Ruqsat&apos;s schema</source>
        <translation>оның schema_version кестесінде Ruqsat схемасы жазылмаған</translation>
    </message>
    <message>
        <source>it holds other tables</source>
        <translation>онда басқа кестелер бар</translation>
    </message>
    <message>
        <source>its schema_version table is not Ruqsat&apos;s</source>
        <translation>оның schema_version кестесі Ruqsat кестесі емес</translation>
    </message>
    <message>
        <source>the table %1 of a Ruqsat store is missing</source>
        <translation>Ruqsat деректер қоймасының %1 кестесі жоқ</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Ruqsat (schema %2, needs at least %3; this program knows %4). Update Ruqsat to open it; the database was not changed.</source>
        <translation>%1 Ruqsat-тың жаңарақ нұсқасымен жазылған (схема %2, кемінде %3 қажет; бұл бағдарлама %4 схемасын біледі). Оны ашу үшін Ruqsat-ты жаңартыңыз; дерекқор өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The database %1 holds no Ruqsat store yet. It was not changed.</source>
        <translation>%1 дерекқорында әлі Ruqsat деректер қоймасы жоқ. Ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2): %3 Nothing was changed; the previous version of Ruqsat still opens it.</source>
        <translation>Дерекқорды %1 схемасына (%2) көшіру мүмкін болмады: %3 Ештеңе өзгертілген жоқ; Ruqsat-тың алдыңғы нұсқасы оны әлі де ашады.</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2): rows of %3 refer to rows of %4 that do not exist. Nothing was changed; the previous version of Ruqsat still opens it.</source>
        <translation>Дерекқорды %1 схемасына (%2) көшіру мүмкін болмады: %3 кестесінің жолдары %4 кестесінің жоқ жолдарына сілтейді. Ештеңе өзгертілген жоқ; Ruqsat-тың алдыңғы нұсқасы оны әлі де ашады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ServerRetry</name>
    <message>
        <source>The server cannot be reached; trying again in %1 s…</source>
        <translation>Серверге қосылу мүмкін емес; %1 с кейін қайта талпыныс…</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ServerRoles</name>
    <message>
        <source>The server already has a role named %1: choose another login.</source>
        <translation>Серверде %1 атты рөл бар: басқа логин таңдаңыз.</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Мұндай пайдаланушы жоқ</translation>
    </message>
    <message>
        <source>The last active administrator must stay an active administrator.</source>
        <translation>Соңғы белсенді әкімші белсенді әкімші болып қалуы керек.</translation>
    </message>
    <message>
        <source>A login is 2 to 63 small Latin letters, digits, dots, dashes or underscores, beginning with a letter or a digit.</source>
        <translation>Логин — 2-ден 63-ке дейін кіші латын әріптері, цифрлар, нүктелер, сызықшалар немесе астын сызу, әріптен немесе цифрдан басталады.</translation>
    </message>
    <message>
        <source>One of the districts is not in the store.</source>
        <translation>Аудандардың бірі қоймада жоқ.</translation>
    </message>
    <message>
        <source>This store&apos;s tables belong to the role %1, which can log in. Give them to ruqsat_owner first (docs/SERVER.md), then run init again.</source>
        <translation>Бұл қойманың кестелері кіре алатын %1 рөліне тиесілі. Алдымен оларды ruqsat_owner-ге беріңіз (docs/SERVER.md), содан кейін init-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The connection to the server is not open.</source>
        <translation>Серверге қосылым ашық емес.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Құпиясөзді сервер үшін дайындау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SettingsRepository</name>
    <message>
        <source>Working hours need a start before the end and a lunch break inside them.</source>
        <translation>Жұмыс уақытының басы соңынан бұрын, ал түскі үзіліс жұмыс уақытының ішінде болуы керек.</translation>
    </message>
    <message>
        <source>Working hours need a start before the end.</source>
        <translation>Жұмыс уақытының басы соңынан бұрын болуы керек.</translation>
    </message>
    <message>
        <source>A year rate needs a year from 2000 to 2100, an MCI above zero and an IIT rate above zero.</source>
        <translation>Жылдық мөлшерлеме үшін 2000–2100 аралығындағы жыл, нөлден жоғары АЕК және нөлден жоғары ЖТС мөлшерлемесі қажет.</translation>
    </message>
    <message>
        <source>There is no rate for the year %1.</source>
        <translation>%1 жылға арналған мөлшерлеме жоқ.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;</source>
        <translation>«%1» баптауы жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:mm</source>
        <translation>«%1» СС:ММ пішіміндегі уақыт емес</translation>
    </message>
    <message>
        <source>The size limit must be a positive number of bytes</source>
        <translation>Көлем шегі байтпен берілген оң сан болуы керек</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SqliteInspection</name>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation>%1 Ruqsat дерекқоры емес (%2). Ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>%1 зақымдалған, оны ашу мүмкін емес. Ол өзгертілген жоқ; оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>бұл файл емес</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>бұл SQLite файлы емес</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::StoreFiles</name>
    <message>
        <source>%1 belongs to the open Ruqsat store and was not touched; choose another file.</source>
        <translation>%1 ашық тұрған Ruqsat деректер қоймасына тиесілі, ол қозғалған жоқ; басқа файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::UserRepository</name>
    <message>
        <source>No such user</source>
        <translation>Мұндай пайдаланушы жоқ</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters</source>
        <translation>Құпиясөз кемінде 8 таңбадан тұруы керек</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AdminPage</name>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation>Әкімшілендіру</translation>
    </message>
    <message>
        <source>Only an administrator changes settings, rates, quotas, districts and users. You can look at them here.</source>
        <translation>Баптауларды, мөлшерлемелерді, квоталарды, аудандарды және пайдаланушыларды тек әкімші өзгертеді. Мұнда оларды тек қарауға болады.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Year rates</source>
        <translation>&amp;Жылдық мөлшерлемелер</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Квоталар</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Аудандар</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Күн&amp;тізбе</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ArrivalChecksBox</name>
    <message>
        <source>Checks on the day the documents arrived</source>
        <translation>Құжаттар келіп түскен күнгі тексерулер</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>не анықталды</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CalendarDayDialog</name>
    <message>
        <source>&amp;Holiday: this weekday is not worked</source>
        <translation>&amp;Мереке күні: аптаның бұл жұмыс күнінде жұмыс істелмейді</translation>
    </message>
    <message>
        <source>&amp;Worked day: this Saturday or Sunday is worked (a day swap)</source>
        <translation>&amp;Ауыстыру бойынша жұмыс күні: бұл сенбіде немесе жексенбіде жұмыс істеледі</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Күнтізбе күні</translation>
    </message>
    <message>
        <source>&amp;Ordinary day: a day off, as every Saturday and Sunday</source>
        <translation>&amp;Қалыпты күн: кез келген сенбі мен жексенбі сияқты демалыс күні</translation>
    </message>
    <message>
        <source>&amp;Ordinary day: a working day, as every weekday</source>
        <translation>&amp;Қалыпты күн: аптаның кез келген жұмыс күні сияқты жұмыс күні</translation>
    </message>
    <message>
        <source>For example: Nauryz, or the decree of the day swap</source>
        <translation>Мысалы: Наурыз немесе күнді ауыстыру туралы қаулы</translation>
    </message>
    <message>
        <source>The calendar holds no day of %1 yet. After this change the year counts as entered and the Deadlines tab no longer warns about it: enter all its holidays and day swaps, or import the year&apos;s file instead.</source>
        <translation>Күнтізбеде %1 жылдың әзірге бірде-бір күні жоқ. Осы өзгерістен кейін жыл енгізілген болып саналады және «Мерзімдер» қойындысы ол туралы ескертпейді: оның барлық мереке күндері мен ауыстыруларын енгізіңіз немесе оның орнына жылдың файлын импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CalendarYearView</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;импорттау...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>The year before</source>
        <translation>Алдыңғы жыл</translation>
    </message>
    <message>
        <source>The year after</source>
        <translation>Келесі жыл</translation>
    </message>
    <message>
        <source>Replace the years a calendar file lists with its days</source>
        <translation>Күнтізбе файлында көрсетілген жылдардың күндерін осы файлдағы күндермен ауыстыру</translation>
    </message>
    <message>
        <source>Export &amp;year...</source>
        <translation>&amp;Жылды экспорттау...</translation>
    </message>
    <message>
        <source>Export &amp;all years...</source>
        <translation>&amp;Барлық жылдарды экспорттау...</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Жы&amp;л</translation>
    </message>
    <message>
        <source>Click a day, or press Enter on it, to change it.</source>
        <translation>Күнді өзгерту үшін оны басыңыз немесе онда Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Only an administrator changes the calendar.</source>
        <translation>Күнтізбені тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>The calendar covers no year yet.</source>
        <translation>Күнтізбеде әзірге бірде-бір жыл жоқ.</translation>
    </message>
    <message>
        <source>The calendar covers: %1</source>
        <translation>Күнтізбедегі жылдар: %1</translation>
    </message>
    <message>
        <source>The calendar holds no day of %1: it shows plain weeks, and deadlines in that year are counted without holidays.</source>
        <translation>Күнтізбеде %1 жылдың бірде-бір күні жоқ: кәдімгі апталар көрсетілген, сол жылғы мерзімдер мерекелерсіз есептеледі.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Күнтізбе файлын импорттау</translation>
    </message>
    <message>
        <source>Calendar files (*.csv);;All files (*)</source>
        <translation>Күнтізбе файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 was not imported, and the calendar is unchanged: %2</source>
        <translation>%1 файлы импортталмады, күнтізбе өзгерген жоқ: %2</translation>
    </message>
    <message>
        <source>the file is larger than any calendar file (1 MB).</source>
        <translation>файл кез келген күнтізбе файлынан үлкен (1 МБ).</translation>
    </message>
    <message>
        <source>it lists no day.</source>
        <translation>онда бірде-бір күн көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1: %2 days in the calendar now, %3 in the file</source>
        <translation>%1: қазір күнтізбеде %2 күн, файлда %3 күн</translation>
    </message>
    <message>
        <source>%1 replaces the holidays and worked days of these years:</source>
        <translation>%1 файлы мына жылдардың мереке күндері мен ауыстыру бойынша жұмыс күндерін ауыстырады:</translation>
    </message>
    <message>
        <source>The days of other years stay as they are. Replace them?</source>
        <translation>Басқа жылдардың күндері өзгеріссіз қалады. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Imported %1: the calendar of %2 is replaced.</source>
        <translation>%1 файлы импортталды, күнтізбе ауыстырылды: %2.</translation>
    </message>
    <message>
        <source>Export all years</source>
        <translation>Барлық жылдарды экспорттау</translation>
    </message>
    <message>
        <source>Export the year</source>
        <translation>Жылды экспорттау</translation>
    </message>
    <message>
        <source>Calendar files (*.csv)</source>
        <translation>Күнтізбе файлдары (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 файлы жазылмады: %2</translation>
    </message>
    <message>
        <source>Every year of the calendar is in %1.</source>
        <translation>Күнтізбенің барлық жылдары %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>The calendar of %1 is in %2.</source>
        <translation>%1 жылғы күнтізбе %2 файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseHistoryView</name>
    <message>
        <source>Choose a row to read all it changed.</source>
        <translation>Не өзгергенін толық оқу үшін жолды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseRegisterWidget</name>
    <message>
        <source>Search: surname or name, IIN, passport, permit or registry number</source>
        <translation>Іздеу: тегі немесе аты, ЖСН, төлқұжат, рұқсат немесе тіркеу нөмірі</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Issue and extension</source>
        <translation>Беру және ұзарту</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Мерзімі осы аптада</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <source>Any three letters of the immigrant&apos;s or the employer&apos;s name, in Cyrillic or Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several words in any order; an IIN; any four characters of a passport number; a registry or permit number.</source>
        <translation>Иммигранттың не жұмыс берушінің есімінің кез келген үш әрпі, кирилше не латынша, кез келген әдеттегі жазылуымен (Kholmatov, Xolmatov, Холматов); кез келген ретпен бірнеше сөз; ЖСН; паспорт нөмірінің кез келген төрт таңбасы; тіркеу немесе рұқсат нөмірі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseView</name>
    <message>
        <source>Decide on the &amp;documents</source>
        <translation>Құжаттар бойынша &amp;шешім</translation>
    </message>
    <message>
        <source>Send to the &amp;police</source>
        <translation>&amp;Полицияға жіберу</translation>
    </message>
    <message>
        <source>Police: positive</source>
        <translation>Полиция: оң жауап</translation>
    </message>
    <message>
        <source>Police: negative</source>
        <translation>Полиция: теріс жауап</translation>
    </message>
    <message>
        <source>&amp;Issue the permit</source>
        <translation>&amp;Рұқсат беру</translation>
    </message>
    <message>
        <source>&amp;Refuse...</source>
        <translation>Бас &amp;тарту...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation>Күні (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Appendix 1: application</source>
        <translation>1-қосымша: өтініш</translation>
    </message>
    <message>
        <source>Appendix 4: refusal to accept documents</source>
        <translation>4-қосымша: құжаттарды қабылдаудан бас тарту туралы қолхат</translation>
    </message>
    <message>
        <source>Appendix 5: the permit</source>
        <translation>5-қосымша: рұқсат</translation>
    </message>
    <message>
        <source>Appendix 7: refusal</source>
        <translation>7-қосымша: мемлекеттік қызмет көрсетуден бас тарту</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Нысан:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Рұқсат берілді</translation>
    </message>
    <message>
        <source>Permit No. %1, valid from %2 to %3.</source>
        <translation>№ %1 рұқсат, %2 бастап %3 дейін қолданылады.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Appendix 3: agreement of intent</source>
        <translation>3-қосымша: ниет туралы келісім</translation>
    </message>
    <message>
        <source>Amount paid, KZT</source>
        <translation>Төленген сома, теңге</translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation>Қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>Refuse the documents</source>
        <translation>Құжаттардан бас тарту</translation>
    </message>
    <message>
        <source>Send to the police</source>
        <translation>Полицияға жіберу</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Issue the permit</source>
        <translation>Рұқсат беру</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Some cells of the checklist need attention: the lines under it say what to fix.</source>
        <translation>Құжаттар тізбесінің кейбір ұяшықтарын тексеру керек: оның астындағы жолдарда нені түзету керегі көрсетілген.</translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;.</source>
        <translation>Іс қазір «%1» мәртебесінде.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Басқа қызметкер сақтады</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталғаны</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Your checklist stays on screen until you choose. Kept, it can be decided again while the case waits for a decision; the record keeps both.</source>
        <translation>Сіз таңдағанша тізбеңіз экранда қалады. Оны қалдырсаңыз, іс шешімді күтіп тұрғанда ол бойынша қайта шешім қабылдауға болады; журнал екі нұсқаны да сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Keep my checklist on screen</source>
        <translation>Менің тізбемді экранда &amp;қалдыру</translation>
    </message>
    <message>
        <source>&amp;Take the saved checklist</source>
        <translation>Сақталған тізбені &amp;алу</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>Құ&amp;жаттар</translation>
    </message>
    <message>
        <source>Co&amp;mplaint...</source>
        <translation>&amp;Шағым...</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ComplaintDialog</name>
    <message>
        <source>Addressed to</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after registration.</source>
        <translation>
            <numerusform>%1: тіркелген күннен бастап %n жұмыс күні.</numerusform>
            <numerusform>%1: тіркелген күннен бастап %n жұмыс күні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day of registration to see it.</source>
        <translation>Мерзімді көру үшін тіркелген күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымдалатыны</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ComplaintsTab</name>
    <message>
        <source>&amp;Resolve...</source>
        <translation>&amp;Қарау...</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Істі ашу</translation>
    </message>
    <message>
        <source>Complaints to show</source>
        <translation>Қандай шағымдарды көрсету</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Қаралғандар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Forward, grant or reject the complaint</source>
        <translation>Шағымды жіберу, қанағаттандыру немесе бас тарту</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Шағымдар (%1)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ContractDialog</name>
    <message>
        <source>Labour contract under permit %1</source>
        <translation>%1 рұқсаты бойынша еңбек шарты</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарттың нөмірі</translation>
    </message>
    <message>
        <source>Unified system of labour contracts</source>
        <translation>Еңбек шарттарын есепке алудың бірыңғай жүйесі</translation>
    </message>
    <message>
        <source>hr.enbek.kz</source>
        <translation>hr.enbek.kz</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Тіркелген жері</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Contract starts on</source>
        <translation>Шарттың басталу күні</translation>
    </message>
    <message>
        <source>Contract ends on</source>
        <translation>Шарттың аяқталу күні</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Within the permit&apos;s term, %1 to %2.</source>
        <translation>Рұқсаттың қолданылу мерзімі шегінде, %1 бастап %2 дейін.</translation>
    </message>
    <message>
        <source>Type the dates to see them checked against the permit&apos;s term.</source>
        <translation>Күндерді рұқсаттың мерзімімен салыстыру үшін оларды енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CopyDialog</name>
    <message>
        <source>Copy of permit %1</source>
        <translation>%1 рұқсатының телнұсқасы</translation>
    </message>
    <message>
        <source>The permit was lost</source>
        <translation>Рұқсат жоғалған</translation>
    </message>
    <message>
        <source>The permit was damaged</source>
        <translation>Рұқсат бүлінген</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Телнұсқа</translation>
    </message>
    <message>
        <source>Issued today, with the same number and a visible &quot;copy&quot; mark. Copies issued so far: %1.</source>
        <translation>Бүгін сол нөмірмен және «көшірме» белгісімен беріледі. Осы уақытқа дейін берілген телнұсқалар: %1.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DeadlinesDesk</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Print day list</source>
        <translation>Күн тізімін басып шығару</translation>
    </message>
    <message>
        <source>Language of the list:</source>
        <translation>Тізім тілі:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The day list is in %1.</source>
        <translation>Күн тізімі %1 файлында.</translation>
    </message>
    <message>
        <source>Kind of clock</source>
        <translation>Мерзім түрі</translation>
    </message>
    <message>
        <source>Every clock</source>
        <translation>Барлық мерзімдер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>&amp;Print day list...</source>
        <translation>Күн тізімін &amp;басып шығару...</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Барлығының</translation>
    </message>
    <message>
        <source>Deadlines (%1 overdue, %2 today)</source>
        <translation>Мерзімдер (%1 өткен, %2 бүгін)</translation>
    </message>
    <message>
        <source>Appendix 9 &amp;sent...</source>
        <translation>9-қосымша &amp;жіберілді...</translation>
    </message>
    <message>
        <source>Record the day Appendix 9 went to the police</source>
        <translation>9-қосымша полицияға жіберілген күнді тіркеу</translation>
    </message>
    <message>
        <source>Appendix 9 sent</source>
        <translation>9-қосымша жіберілді</translation>
    </message>
    <message>
        <source>The day Appendix 9 went to the police (dd.mm.yyyy):</source>
        <translation>9-қосымша полицияға жіберілген күн (кк.аа.жжжж):</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Тағы &amp;көрсету</translation>
    </message>
    <message numerus="yes">
        <source>Read the next %n clock(s)</source>
        <translation>
            <numerusform>Келесі %n мерзімді оқу</numerusform>
            <numerusform>Келесі %n мерзімді оқу</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clocks shown</source>
        <translation>%2 мерзімнің %1 көрсетілді</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DifferencesDialog</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DistrictsPage</name>
    <message>
        <source>&amp;Add the district</source>
        <translation>Ауданды &amp;қосу</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>9 digits, or empty until known</source>
        <translation>9 цифр немесе белгілі болғанға дейін бос</translation>
    </message>
    <message>
        <source>empty: the Russian name</source>
        <translation>бос болса: орысша атауы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>ӘАОЖ коды</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <source>Of the selected district</source>
        <translation>Таңдалған ауданның</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>The forms of a district name its issuing body, its head and its police body. Select a district, then double-click a value to change it; it is saved when you press Enter.</source>
        <translation>Аудан нысандарында оның рұқсат беретін органы, басшысы және полиция органы аталады. Ауданды таңдап, өзгерту үшін мәнді екі рет шертіңіз; Enter басқанда сақталады.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Жаңа аудан</translation>
    </message>
    <message>
        <source>all set</source>
        <translation>бәрі орнатылған</translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n бос</numerusform>
            <numerusform>%n бос</numerusform>
        </translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Ағылшынша</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FieldDelegate</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FieldInput</name>
    <message numerus="yes">
        <source>This field holds at most %n character(s): what would go past that was not taken.</source>
        <translation>
            <numerusform>Бұл өріске ең көбі %n таңба сыяды: одан асатыны қабылданбады.</numerusform>
            <numerusform>Бұл өріске ең көбі %n таңба сыяды: одан асатыны қабылданбады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 файлы</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::IntakeEditor</name>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Issue or extend</source>
        <translation>Беру немесе ұзарту</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> ай</translation>
    </message>
    <message>
        <source>Term asked</source>
        <translation>Сұралған мерзім</translation>
    </message>
    <message>
        <source>Work address (employer&apos;s property)</source>
        <translation>Жұмыс мекенжайы (жұмыс берушінің мүлкі)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <source>Labour immigrant</source>
        <translation>Еңбекші көшіп келуші</translation>
    </message>
    <message>
        <source>Paste or scan the passport&apos;s machine readable zone here</source>
        <translation>Төлқұжаттың машинамен оқылатын аймағын (MRZ) осында қойыңыз немесе сканерлеңіз</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Surname (Latin, as in the passport)</source>
        <translation>Тегі (латынша, төлқұжаттағыдай)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Тегі (кириллицамен)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Аты (кириллицамен)</translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation>Әкесінің аты (бар болса)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translation>Туған күні (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>IIN (if any)</source>
        <translation>ЖСН (бар болса)</translation>
    </message>
    <message>
        <source>Passport series and number</source>
        <translation>Төлқұжаттың сериясы мен нөмірі</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Төлқұжаттың берілген күні</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Төлқұжаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Төлқұжатты берген орган</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Тұрақты мекенжайы</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Қазақстандағы мекенжайы</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Тіркеу мекенжайы</translation>
    </message>
    <message>
        <source>Real estate owned (address)</source>
        <translation>Меншіктегі жылжымайтын мүлік (мекенжайы)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>&amp;Тапсыру</translation>
    </message>
    <message numerus="yes">
        <source>At most %n month(s) can be granted.</source>
        <translation>
            <numerusform>Ең көбі %n ай беруге болады.</numerusform>
            <numerusform>Ең көбі %n ай беруге болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Filled from the MRZ: surname, names, passport number, citizenship, birth date, sex and expiry. Check them against the passport.</source>
        <translation>MRZ бойынша толтырылды: тегі, аты, төлқұжат нөмірі, азаматтығы, туған күні, жынысы және жарамдылық мерзімі. Оларды төлқұжатпен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Түзетілді: %1</translation>
    </message>
    <message>
        <source>The draft could not be written (%1); keep this window open and save.</source>
        <translation>Жоба жазылмады (%1); бұл терезені жаппай, сақтаңыз.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Тапсырылмады</translation>
    </message>
    <message>
        <source>Some fields need attention: the messages beside them say what to fix.</source>
        <translation>Кейбір өрістерді тексеру керек: олардың жанындағы хабарламаларда нені түзету керегі көрсетілген.</translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation>Сақталмаған өтініш</translation>
    </message>
    <message>
        <source>Save the changes to this application before closing?</source>
        <translation>Жабу алдында осы өтініштегі өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Некеде тұрмаған</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Некеде тұрады</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Ажырасқан</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Жесір</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Отбасылық жағдайы</translation>
    </message>
    <message>
        <source>Spouse (surname, name, patronymic)</source>
        <translation>Жұбайы (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Spouse&apos;s year of birth</source>
        <translation>Жұбайының туған жылы</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Балалар саны</translation>
    </message>
    <message>
        <source>Home telephone</source>
        <translation>Үй телефоны</translation>
    </message>
    <message>
        <source>Identity document No.</source>
        <translation>Жеке басын куәландыратын құжат №</translation>
    </message>
    <message>
        <source>Identity document issued on</source>
        <translation>Жеке басын куәландыратын құжат берілген күн</translation>
    </message>
    <message>
        <source>Identity document issued by</source>
        <translation>Жеке басын куәландыратын құжатты берген орган</translation>
    </message>
    <message>
        <source>Received (DD.MM.YYYY HH:MM)</source>
        <translation>Түскен уақыты (КК.АА.ЖЖЖЖ СС:ММ)</translation>
    </message>
    <message>
        <source>Agreement of intent signed on</source>
        <translation>Ниет туралы келісімге қол қойылған күн</translation>
    </message>
    <message>
        <source>Salary, KZT a month</source>
        <translation>Жалақы, айына теңге</translation>
    </message>
    <message>
        <source>Counts as received on %1; the decision is due by %2.</source>
        <translation>%1 түскен болып есептеледі; шешім мерзімі: %2.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LoginDialog</name>
    <message>
        <source>First start: the administrator</source>
        <translation>Алғашқы іске қосу: әкімші</translation>
    </message>
    <message>
        <source>Log in to Ruqsat</source>
        <translation>Ruqsat жүйесіне кіру</translation>
    </message>
    <message>
        <source>This store has no users yet. Create the administrator&apos;s account.</source>
        <translation>Бұл деректер қоймасында әлі пайдаланушылар жоқ. Әкімшінің тіркелгісін құрыңыз.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Type a login and the full name.</source>
        <translation>Логин мен Т.А.Ә. енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>Ruqsat: permits to labour immigrants</source>
        <translation>Ruqsat: еңбекші көшіп келушілерге рұқсаттар</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Деректер қоймасы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open store file...</source>
        <translation>Деректер қоймасы файлын &amp;ашу...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ашылды: %1</translation>
    </message>
    <message>
        <source>Open a Ruqsat store</source>
        <translation>Ruqsat деректер қоймасын ашу</translation>
    </message>
    <message>
        <source>Ruqsat stores (*.db);;All files (*)</source>
        <translation>Ruqsat деректер қоймалары (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Жаңа өтініш</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>Өтініш тапсырылды</translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation>Аяқталмаған өтініштер</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) were being typed when Ruqsat last stopped. Open them again?</source>
        <translation>
            <numerusform>Ruqsat соңғы рет тоқтағанда %n өтініш толтырылып жатқан еді. Қайта ашу керек пе?</numerusform>
            <numerusform>Ruqsat соңғы рет тоқтағанда %n өтініш толтырылып жатқан еді. Қайта ашу керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Administration...</source>
        <translation>&amp;Әкімшілендіру...</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Рұқсаттар</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <source>This case belongs to another district.</source>
        <translation>Бұл іс басқа ауданға тиесілі.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоталар</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MonthGrid</name>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Day off (Saturday, Sunday)</source>
        <translation>Демалыс күні (сенбі, жексенбі)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>Worked day (a day swap)</source>
        <translation>Ауыстыру бойынша жұмыс күні</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitActionDialog</name>
    <message>
        <source>Permit No. %1, valid from %2 to %3: %4</source>
        <translation>№ %1 рұқсат, %2 бастап %3 дейін қолданылады: %4</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitDesk</name>
    <message>
        <source>&amp;Extend...</source>
        <translation>&amp;Ұзарту...</translation>
    </message>
    <message>
        <source>C&amp;opy issued...</source>
        <translation>&amp;Телнұсқа беру...</translation>
    </message>
    <message>
        <source>&amp;Termination...</source>
        <translation>Т&amp;оқтату...</translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation>Кері қайтарып &amp;алу...</translation>
    </message>
    <message>
        <source>Labour &amp;contract...</source>
        <translation>&amp;Еңбек шарты...</translation>
    </message>
    <message>
        <source>Co&amp;mplaint...</source>
        <translation>&amp;Шағым...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <source>Print &amp;batch...</source>
        <translation>Топтап басы&amp;п шығару...</translation>
    </message>
    <message>
        <source>The selected permits, or all those issued on a day, into one PDF or to the printer</source>
        <translation>Таңдалған рұқсаттарды немесе бір күнде берілген барлық рұқсаттарды бір PDF файлына немесе принтерге шығару</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>Take the application anyway?</source>
        <translation>Өтінішті бәрібір қабылдау керек пе?</translation>
    </message>
    <message>
        <source>Appendix 5: the permit</source>
        <translation>5-қосымша: рұқсат</translation>
    </message>
    <message>
        <source>Appendix 6: termination notice</source>
        <translation>6-қосымша: еңбек шартын бұзу туралы хабарлама</translation>
    </message>
    <message>
        <source>Appendix 8: revocation, to the immigrant</source>
        <translation>8-қосымша: рұқсатты кері қайтарып алу туралы ақпарат (еңбекші көшіп келушіге)</translation>
    </message>
    <message>
        <source>Appendix 9: revocation, to the police</source>
        <translation>9-қосымша: кері қайтарып алынған рұқсат туралы ақпарат (полицияға)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Нысан:</translation>
    </message>
    <message>
        <source>Print batch</source>
        <translation>Топтап басып шығару</translation>
    </message>
    <message>
        <source>Print all permits issued on the day (DD.MM.YYYY):</source>
        <translation>Осы күні берілген барлық рұқсаттарды басып шығару (КК.АА.ЖЖЖЖ):</translation>
    </message>
    <message>
        <source>No permit was issued on %1.</source>
        <translation>%1 күні бірде-бір рұқсат берілмеген.</translation>
    </message>
    <message>
        <source>Permit No. %1, valid from %2 to %3</source>
        <translation>№ %1 рұқсат, %2 бастап %3 дейін жарамды</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitRegisterWidget</name>
    <message>
        <source>Search: permit number, IIN, passport, surname or name, registry number</source>
        <translation>Іздеу: рұқсат нөмірі, ЖСН, төлқұжат, тегі немесе аты, тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Search permits</source>
        <translation>Рұқсаттарды іздеу</translation>
    </message>
    <message>
        <source>Permit state</source>
        <translation>Рұқсаттың күйі</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Рұқсаттар</translation>
    </message>
    <message>
        <source>All permits</source>
        <translation>Барлық рұқсаттар</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Мерзімі 30 күн ішінде аяқталады</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n рұқсат</numerusform>
            <numerusform>%n рұқсат</numerusform>
        </translation>
    </message>
    <message>
        <source>Any three letters of the immigrant&apos;s or the employer&apos;s name, in Cyrillic or Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several words in any order; an IIN; any four characters of a passport number; a registry or permit number.</source>
        <translation>Иммигранттың не жұмыс берушінің есімінің кез келген үш әрпі, кирилше не латынша, кез келген әдеттегі жазылуымен (Kholmatov, Xolmatov, Холматов); кез келген ретпен бірнеше сөз; ЖСН; паспорт нөмірінің кез келген төрт таңбасы; тіркеу немесе рұқсат нөмірі.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PoliceAnswerDialog</name>
    <message>
        <source>Police: positive answer</source>
        <translation>Полиция: оң жауап</translation>
    </message>
    <message>
        <source>Police: negative answer</source>
        <translation>Полиция: теріс жауап</translation>
    </message>
    <message>
        <source>Reference of the answer:</source>
        <translation>Жауаптың нөмірі:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PrintPreview</name>
    <message>
        <source>Cannot print</source>
        <translation>Басып шығару мүмкін емес</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақ және орыс тілдері</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Language of the form:</source>
        <translation>Нысанның тілі:</translation>
    </message>
    <message>
        <source>Save the permits as PDF</source>
        <translation>Рұқсаттарды PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>permits.pdf</source>
        <translation>рұқсаттар.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n permit(s)...</source>
        <translation>
            <numerusform>%n рұқсат басып шығарылуда...</numerusform>
            <numerusform>%n рұқсат басып шығарылуда...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Басып шығару тоқтатылды</translation>
    </message>
    <message numerus="yes">
        <source>Printing was cancelled after %n form(s).</source>
        <translation>
            <numerusform>Басып шығару %n нысаннан кейін тоқтатылды.</numerusform>
            <numerusform>Басып шығару %n нысаннан кейін тоқтатылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>Those lines of the form would be blank or in another language. An administrator sets them in Tools › Administration › Districts.</source>
        <translation>Нысанның бұл жолдары бос қалады немесе басқа тілде болады. Оларды әкімші Құралдар › Әкімшілендіру › Аудандар бөлімінде орнатады.</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>Бәрібір басып шығару керек пе?</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QuotasPage</name>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Алынған</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Double-click the places of a region to set its quota. Taken counts the permits in force and the reservations; the quota cannot go below it.</source>
        <translation>Өңірдің квотасын белгілеу үшін оның орындар санын екі рет басыңыз. «Алынған» бағанында қолданыстағы рұқсаттар мен брондаулар есептеледі; квота бұл саннан аз бола алмайды.</translation>
    </message>
    <message>
        <source>Type the number of places as a whole number.</source>
        <translation>Орындар санын бүтін санмен енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QuotasTab</name>
    <message>
        <source>&amp;Change limit...</source>
        <translation>Шекті &amp;өзгерту...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоталар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Шек</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Брондалған</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>No quota is set for %1.</source>
        <translation>%1 жылға квота белгіленбеген.</translation>
    </message>
    <message>
        <source>Permits issued on the quota of %1, %2</source>
        <translation>Квота бойынша берілген рұқсаттар: %1, %2 ж.</translation>
    </message>
    <message>
        <source>Issued since 1 January</source>
        <translation>1 қаңтардан бері берілгені</translation>
    </message>
    <message>
        <source>Quotas of the regions</source>
        <translation>Өңірлердің квоталары</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RefusalDialog</name>
    <message>
        <source>Refuse</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ground %1: %2</source>
        <translation>%1-негіз: %2</translation>
    </message>
    <message>
        <source>Nothing in the case&apos;s record suggests a ground.</source>
        <translation>Іс материалдарында ешқандай негіз көрсетілмеген.</translation>
    </message>
    <message>
        <source>The case&apos;s record suggests:</source>
        <translation>Іс материалдары бойынша ұсынылады:</translation>
    </message>
    <message>
        <source>Ground (Appendix 2, row 9)</source>
        <translation>Негіз (2-қосымша, 9-жол)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RegisterView</name>
    <message>
        <source>Not counted: %1</source>
        <translation>Саналмады: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Барлық аудандар</translation>
    </message>
    <message>
        <source>No district is assigned to you, so the registers show nothing. Ask the administrator to give you your districts.</source>
        <translation>Сізге аудан бекітілмеген, сондықтан тізілімдер бос. Әкімшіден аудандарыңызды беруін сұраңыз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ReportsTab</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV-ге экспорттау...</translation>
    </message>
    <message>
        <source>Print to &amp;PDF...</source>
        <translation>&amp;PDF-ке басып шығару...</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Топтастыру</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later &quot;To&quot; day.</source>
        <translation>Кезең басталғанға дейін аяқталады: «Соңы» күнін кейінірек таңдаңыз.</translation>
    </message>
    <message>
        <source>You work in no district: the reports count nothing. An administrator gives you your districts.</source>
        <translation>Сіз ешбір ауданда жұмыс істемейсіз: есептер ештеңе санамайды. Аудандарыңызды әкімші белгілейді.</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Мерзімін бұзып</translation>
    </message>
    <message>
        <source>In time, %</source>
        <translation>Мерзімінде, %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Басқалары</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>PDF-ке басып шығару</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Есептің тілі:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ResolveComplaintDialog</name>
    <message>
        <source>case %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <source>permit No. %1</source>
        <translation>№ %1 рұқсат</translation>
    </message>
    <message>
        <source>Complaint of %1, registered on %2, on %3 (%4).</source>
        <translation>Шағым: %1, %2 күні тіркелді, %3 бойынша (%4).</translation>
    </message>
    <message>
        <source>Addressed to: %1. Appeals: %2.</source>
        <translation>Кімге: %1. Шағымдалатыны: %2.</translation>
    </message>
    <message>
        <source>Resolve the complaint</source>
        <translation>Шағымды қарау</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after registration (%2).</source>
        <translation>
            <numerusform>%1: тіркелгеннен кейін %n жұмыс күні (%2).</numerusform>
            <numerusform>%1: тіркелгеннен кейін %n жұмыс күні (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Қаралған күні</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Қайда жіберілді</translation>
    </message>
    <message>
        <source>Reasons, or a note</source>
        <translation>Себептері немесе ескертпе</translation>
    </message>
    <message>
        <source>The body that considers the complaint</source>
        <translation>Шағымды қарайтын орган</translation>
    </message>
    <message>
        <source>Resolve the complaint as &quot;%1&quot;? A resolution is final.</source>
        <translation>Шағымды «%1» нәтижесімен қарау керек пе? Шешім түпкілікті.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Қарау</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RevocationDialog</name>
    <message>
        <source>Revocation of permit %1</source>
        <translation>%1 рұқсатын кері қайтарып алу</translation>
    </message>
    <message>
        <source>Act issued by</source>
        <translation>Актіні шығарған орган</translation>
    </message>
    <message>
        <source>the body supervising labour or migration law</source>
        <translation>еңбек немесе көші-қон заңнамасының сақталуын бақылайтын орган</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Актінің нөмірі</translation>
    </message>
    <message>
        <source>Act dated</source>
        <translation>Актінің күні</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Кері қайтарып алынған күні</translation>
    </message>
    <message>
        <source>Appendix 9 to the police by</source>
        <translation>9-қосымшаны полицияға жіберу мерзімі</translation>
    </message>
    <message>
        <source>Last day of stay (Appendix 8)</source>
        <translation>Болудың соңғы күні (8-қосымша)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after revocation.</source>
        <translation>
            <numerusform>%1: кері қайтарып алғаннан кейін %n жұмыс күні.</numerusform>
            <numerusform>%1: кері қайтарып алғаннан кейін %n жұмыс күні.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calendar day(s) after revocation.</source>
        <translation>
            <numerusform>%1: кері қайтарып алғаннан кейін %n күнтізбелік күн.</numerusform>
            <numerusform>%1: кері қайтарып алғаннан кейін %n күнтізбелік күн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <source>Type the day of revocation to see it.</source>
        <translation>Мерзімді көру үшін кері қайтарып алынған күнді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SaveQuestions</name>
    <message>
        <source>Employer already on record</source>
        <translation>Жұмыс беруші базада бар</translation>
    </message>
    <message>
        <source>An employer with IIN %1 is already on record, with other details than those typed:</source>
        <translation>ЖСН %1 жұмыс беруші базада бар, бірақ енгізілгеннен басқа деректермен:</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>Базада</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Енгізілгені</translation>
    </message>
    <message>
        <source>Updating the employer changes them on every case that names them, older cases included. Keeping the details on record leaves those cases as they are.</source>
        <translation>Жұмыс берушіні жаңарту оны ол көрсетілген барлық істерде, бұрынғы істерді қоса, өзгертеді. Базадағы деректерді қалдырсаңыз, ол істер өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Real estate typed that is not on record is added to the employer either way.</source>
        <translation>Базада жоқ енгізілген жылжымайтын мүлік кез келген жағдайда жұмыс берушіге қосылады.</translation>
    </message>
    <message>
        <source>&amp;Keep the details on record</source>
        <translation>Базадағы деректерді &amp;қалдыру</translation>
    </message>
    <message>
        <source>&amp;Update the employer for every case</source>
        <translation>Жұмыс берушіні барлық істерде &amp;жаңарту</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Басқа қызметкер сақтады</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталғаны</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Your typing stays on screen until you choose. Saving yours replaces the saved values shown; the record keeps both.</source>
        <translation>Сіз таңдағанша енгізгеніңіз экранда қалады. Өз нұсқаңызды сақтасаңыз, көрсетілген сақталған мәндер ауыстырылады; журнал екі нұсқаны да сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Save mine over it</source>
        <translation>Менікін үстінен &amp;сақтау</translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;: it is no longer a draft, so your typing cannot be saved over it. Your typing stays on screen until you choose.</source>
        <translation>Іс қазір «%1» мәртебесінде: ол енді жоба емес, сондықтан енгізгеніңізді оның үстінен сақтауға болмайды. Сіз таңдағанша енгізгеніңіз экранда қалады.</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>Сақталған нұсқаны &amp;алу</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Өңдеуді &amp;жалғастыру</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ScanViewer</name>
    <message>
        <source>Cannot show the scan</source>
        <translation>Скан-көшірмені көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан-көшірме</translation>
    </message>
    <message>
        <source>No viewer opened the file; it is at %1</source>
        <translation>Файлды ешбір қарау бағдарламасы ашпады; ол мына жерде: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ScansBox</name>
    <message>
        <source>&amp;Attach scans...</source>
        <translation>&amp;Скан-көшірмелерді тіркеу...</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>Скан-көшірмелерді тіркеу</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Скан-көшірмелер (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>&amp;View scan</source>
        <translation>Скан-көшірмені &amp;ашу</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Скан-көшірмені жою</translation>
    </message>
    <message>
        <source>Scans (drop files here)</source>
        <translation>Скан-көшірмелер (файлдарды осында сүйреп әкеліңіз)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ServerBanner</name>
    <message numerus="yes">
        <source>The connection to the server %1 is lost. Trying again in %n s. What you type stays on this computer; save it once the server is back.</source>
        <translation>
            <numerusform>%1 серверімен байланыс үзілді. %n с кейін қайта талпыныс. Енгізгеніңіз осы компьютерде қалады; сервер қайта қосылғанда сақтаңыз.</numerusform>
            <numerusform>%1 серверімен байланыс үзілді. %n с кейін қайта талпыныс. Енгізгеніңіз осы компьютерде қалады; сервер қайта қосылғанда сақтаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Сервермен байланыс қалпына келді.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsPage</name>
    <message>
        <source>Folder of edited print forms (empty: the built-in forms)</source>
        <translation>Өңделген басып шығару нысандарының қалтасы (бос болса: кірістірілген нысандар)</translation>
    </message>
    <message>
        <source>Akimat: work starts (HH:mm)</source>
        <translation>Әкімдік: жұмыстың басталуы (СС:ММ)</translation>
    </message>
    <message>
        <source>Akimat: lunch starts (HH:mm)</source>
        <translation>Әкімдік: түскі үзілістің басталуы (СС:ММ)</translation>
    </message>
    <message>
        <source>Akimat: lunch ends (HH:mm)</source>
        <translation>Әкімдік: түскі үзілістің аяқталуы (СС:ММ)</translation>
    </message>
    <message>
        <source>Akimat: work ends (HH:mm)</source>
        <translation>Әкімдік: жұмыстың аяқталуы (СС:ММ)</translation>
    </message>
    <message>
        <source>State Corporation: work starts (HH:mm)</source>
        <translation>Мемлекеттік корпорация: жұмыстың басталуы (СС:ММ)</translation>
    </message>
    <message>
        <source>State Corporation: work ends (HH:mm)</source>
        <translation>Мемлекеттік корпорация: жұмыстың аяқталуы (СС:ММ)</translation>
    </message>
    <message>
        <source>Largest scan accepted, in bytes</source>
        <translation>Қабылданатын скан-көшірменің ең үлкен көлемі, байт</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Шолу...</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Choose the folder of edited print forms</source>
        <translation>Өңделген басып шығару нысандарының қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Double-click a value to change it; it is saved when you press Enter.</source>
        <translation>Мәнді өзгерту үшін оны екі рет басыңыз; Enter пернесін басқанда ол сақталады.</translation>
    </message>
    <message>
        <source>Folder of edited print forms:</source>
        <translation>Өңделген басып шығару нысандарының қалтасы:</translation>
    </message>
    <message>
        <source>Folder of edited print forms</source>
        <translation>Өңделген басып шығару нысандарының қалтасы</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Some fields need attention: the messages beside them say what to fix.</source>
        <translation>Кейбір өрістерді тексеру керек: олардың жанындағы хабарламаларда нені түзету керегі көрсетілген.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StoreOpener</name>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 үшін құпиясөз:</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Деректер қоймасын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>No store here yet</source>
        <translation>Мұнда әлі деректер қоймасы жоқ</translation>
    </message>
    <message>
        <source>Make a new, empty Ruqsat store there? If not, it stays as it is.</source>
        <translation>Онда жаңа, бос Ruqsat деректер қоймасын жасау керек пе? Жасамасаңыз, ол сол күйінде қалады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StoreSummaryWidget</name>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Labour immigrants</source>
        <translation>Еңбекші көшіп келушілер</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Жұмыс берушілер</translation>
    </message>
    <message>
        <source>Employers&apos; real estate</source>
        <translation>Жұмыс берушілердің жылжымайтын мүлкі</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Отбасы мүшелері</translation>
    </message>
    <message>
        <source>Checklist documents</source>
        <translation>Тізбе бойынша құжаттар</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Скан-көшірмелер</translation>
    </message>
    <message>
        <source>Police checks</source>
        <translation>Полициямен келісулер</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Рұқсаттар</translation>
    </message>
    <message>
        <source>Permit copies issued</source>
        <translation>Берілген рұқсат телнұсқалары</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоталар</translation>
    </message>
    <message>
        <source>Quota reservations</source>
        <translation>Квотадағы брондалған орындар</translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation>Еңбек шарттарын тоқтату</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Рұқсаттарды кері қайтарып алу</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>Еңбек шарттары</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Calendar exceptions</source>
        <translation>Күнтізбе ерекшеліктері</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Аудит журналының жазбалары</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Деректер қоймасы:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Схема нұсқасы:</translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation>Деректер қоймасы ашылмаған: %1</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>Аудит журналын &amp;тексеру</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Аудит журналы:</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>Бұл сеанста тексерілмеді.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::TerminationDialog</name>
    <message>
        <source>End of work under permit %1</source>
        <translation>%1 рұқсаты бойынша жұмысты тоқтату</translation>
    </message>
    <message>
        <source>Labour contract ended on</source>
        <translation>Еңбек шарты тоқтатылған күн</translation>
    </message>
    <message>
        <source>Employer&apos;s notice received on</source>
        <translation>Жұмыс берушінің хабарламасы алынған күн</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Notice due by</source>
        <translation>Хабарлама мерзімі</translation>
    </message>
    <message>
        <source>The notice came late.</source>
        <translation>Хабарлама кешігіп түсті.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after the contract ended.</source>
        <translation>
            <numerusform>%1: шарт тоқтатылғаннан кейін %n жұмыс күні.</numerusform>
            <numerusform>%1: шарт тоқтатылғаннан кейін %n жұмыс күні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day the contract ended to see it.</source>
        <translation>Мерзімді көру үшін шарт тоқтатылған күнді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::UsersPage</name>
    <message>
        <source>&amp;Add the user</source>
        <translation>Пайдаланушыны &amp;қосу</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>Жаңа құпиясөз &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Белсен&amp;сіздендіру</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>The user picked in the list</source>
        <translation>Тізімде таңдалған пайдаланушы</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Белсен&amp;діру</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Change the &amp;role</source>
        <translation>&amp;Рөлін өзгерту</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next login.</source>
        <translation>Жаңа рөл пайдаланушы келесі рет кіргенде күшіне енеді.</translation>
    </message>
    <message>
        <source>Change the dis&amp;tricts</source>
        <translation>Ау&amp;дандарды өзгерту</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>The new districts apply from the user&apos;s next login.</source>
        <translation>Жаңа аудандар пайдаланушының келесі кіруінен бастап қолданылады.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::YearRatesPage</name>
    <message>
        <source>&amp;Save the year</source>
        <translation>Жылды &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Remove the year</source>
        <translation>Жылды жо&amp;ю</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>MCI, tenge</source>
        <translation>АЕК, теңге</translation>
    </message>
    <message>
        <source>IIT advance a month, in MCI</source>
        <translation>ЖТС бойынша айлық алдын ала төлем, АЕК</translation>
    </message>
    <message>
        <source>IIT advance a month, tenge</source>
        <translation>ЖТС бойынша айлық алдын ала төлем, теңге</translation>
    </message>
    <message>
        <source>MCI of the year, tenge</source>
        <translation>Жылдың АЕК-і, теңге</translation>
    </message>
</context>
<context>
    <name>ruqsat::users::LoginGuard</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong too many times in a row. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Құпиясөз қатарынан тым көп рет қате терілді. %n секунд күтіп, қайта көріңіз.</numerusform>
            <numerusform>Құпиясөз қатарынан тым көп рет қате терілді. %n секунд күтіп, қайта көріңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::users::ServerLogin</name>
    <message>
        <source>The role %1 is not an active Ruqsat user of this store.</source>
        <translation>%1 рөлі бұл қойманың белсенді Ruqsat пайдаланушысы емес.</translation>
    </message>
</context>
</TS>
