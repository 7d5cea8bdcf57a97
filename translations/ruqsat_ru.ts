<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
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
        <translation>Журнал аудита пуст.</translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written: its contents no longer match its hash. The rows before it are intact.</source>
        <translation>Строка аудита %1 изменена после записи: её содержимое больше не совпадает с её хешем. Строки до неё целы.</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow the row before it: a row was removed before it, or it was inserted. The rows before it are intact.</source>
        <translation>Строка аудита %1 не продолжает предыдущую: перед ней удалена строка, или она вставлена. Строки до неё целы.</translation>
    </message>
    <message>
        <source>Audit row %1 has no hash: it was written around the program. The rows before it are intact.</source>
        <translation>У строки аудита %1 нет хеша: она записана в обход программы. Строки до неё целы.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), verified up to row %1, written %2.</source>
        <translation>
            <numerusform>Журнал аудита цел: %n строка, проверен до строки %1, записанной %2.</numerusform>
            <numerusform>Журнал аудита цел: %n строки, проверен до строки %1, записанной %2.</numerusform>
            <numerusform>Журнал аудита цел: %n строк, проверен до строки %1, записанной %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::audit::AuditChanges</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Status set: %1</source>
        <translation>Установлен статус: %1</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Дело создано</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Дело зарегистрировано</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Перечень документов сохранён</translation>
    </message>
    <message>
        <source>Checks on arrival recorded</source>
        <translation>Проверки дня поступления документов записаны</translation>
    </message>
    <message>
        <source>Sent to the police</source>
        <translation>Направлено в полицию</translation>
    </message>
    <message>
        <source>Police answer recorded</source>
        <translation>Ответ полиции записан</translation>
    </message>
    <message>
        <source>Decision: issue the permit</source>
        <translation>Решение: выдать разрешение</translation>
    </message>
    <message>
        <source>Decision: extend the permit</source>
        <translation>Решение: продлить разрешение</translation>
    </message>
    <message>
        <source>Decision: refuse</source>
        <translation>Решение: отказать</translation>
    </message>
    <message>
        <source>Documents refused at intake</source>
        <translation>Отказано в приеме документов</translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation>Скан-копия прикреплена</translation>
    </message>
    <message>
        <source>Scan removed</source>
        <translation>Скан-копия удалена</translation>
    </message>
    <message>
        <source>Quota place reserved</source>
        <translation>Место в квоте зарезервировано</translation>
    </message>
    <message>
        <source>Quota place released</source>
        <translation>Место в квоте освобождено</translation>
    </message>
    <message>
        <source>Quota reservation expired</source>
        <translation>Срок резерва места в квоте истёк</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Разрешение выдано</translation>
    </message>
    <message>
        <source>Copy of the permit issued</source>
        <translation>Выдан дубликат разрешения</translation>
    </message>
    <message>
        <source>Permit terminated</source>
        <translation>Разрешение прекращено</translation>
    </message>
    <message>
        <source>Permit revoked</source>
        <translation>Разрешение отозвано</translation>
    </message>
    <message>
        <source>Permit expired</source>
        <translation>Срок разрешения истёк</translation>
    </message>
    <message>
        <source>Labour contract recorded</source>
        <translation>Трудовой договор записан</translation>
    </message>
    <message>
        <source>Immigrant&apos;s record created</source>
        <translation>Запись об иммигранте создана</translation>
    </message>
    <message>
        <source>Immigrant&apos;s record edited</source>
        <translation>Запись об иммигранте изменена</translation>
    </message>
    <message>
        <source>Employer&apos;s record created</source>
        <translation>Запись о работодателе создана</translation>
    </message>
    <message>
        <source>Employer&apos;s record edited</source>
        <translation>Запись о работодателе изменена</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>Жалоба зарегистрирована</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Жалоба рассмотрена</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Administration</name>
    <message>
        <source>Only an administrator changes settings, rates, quotas, districts and users.</source>
        <translation>Изменять настройки, ставки, квоты, районы и пользователей может только администратор.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Пароль не может состоять только из пробелов.</translation>
    </message>
    <message>
        <source>A quota is set for a year from 2000 to 2100.</source>
        <translation>Квота устанавливается на год от 2000 до 2100.</translation>
    </message>
    <message>
        <source>There is no such region.</source>
        <translation>Такого региона нет.</translation>
    </message>
    <message>
        <source>A district needs its name in Kazakh and in Russian.</source>
        <translation>У района должно быть название на казахском и на русском языках.</translation>
    </message>
    <message>
        <source>A KATO code has 9 digits; leave it empty until it is known.</source>
        <translation>Код КАТО состоит из 9 цифр; пока он неизвестен, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The region already has the district &quot;%1&quot;.</source>
        <translation>В регионе уже есть район «%1».</translation>
    </message>
    <message>
        <source>A user needs a login and a full name.</source>
        <translation>У пользователя должны быть логин и Ф.И.О.</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation>Логин не может содержать пробелов.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>Логин «%1» уже занят.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>Нельзя деактивировать собственную учетную запись; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another administrator first.</source>
        <translation>%1 — последний активный администратор: сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator can.</source>
        <translation>Нельзя изменить собственную роль; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at most %2 characters; this one has %3.</source>
        <translation>«%1»: не более %2 знаков, а здесь %3.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::CalendarAdministration</name>
    <message>
        <source>Only an administrator changes the working-day calendar.</source>
        <translation>Изменять календарь рабочих дней может только администратор.</translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation>Указанный день не является допустимой датой.</translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday, a day off already: a holiday that falls on a weekend moves to a working day, and that day is the one to mark.</source>
        <translation>%1 — суббота или воскресенье, и так выходной день: праздник, выпавший на выходной, переносится на рабочий день, и отмечать нужно именно этот день.</translation>
    </message>
    <message>
        <source>%1 is a weekday, a working day already: only a Saturday or Sunday can be made a worked day.</source>
        <translation>%1 — будний день, и так рабочий: рабочим днём по переносу может быть только суббота или воскресенье.</translation>
    </message>
    <message>
        <source>The file lists no day: nothing to import.</source>
        <translation>В файле не указано ни одного дня: импортировать нечего.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::CaseWorkflow</name>
    <message>
        <source>Only the head of the akimat (or an administrator) decides on permits.</source>
        <translation>Решение о разрешениях принимает только руководитель акимата (или администратор).</translation>
    </message>
    <message>
        <source>Deciding on the documents</source>
        <translation>Принятие решения по документам</translation>
    </message>
    <message>
        <source>Sending to the police</source>
        <translation>Направление в полицию</translation>
    </message>
    <message>
        <source>Issuing a permit</source>
        <translation>Выдача разрешения</translation>
    </message>
    <message>
        <source>The police have not answered yet: a permit is issued only after a positive answer.</source>
        <translation>Ответ полиции еще не получен: разрешение выдается только после положительного ответа.</translation>
    </message>
    <message>
        <source>The permit to extend is not in the store.</source>
        <translation>Продлеваемого разрешения нет в хранилище.</translation>
    </message>
    <message>
        <source>Refusing</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>There is no refusal ground %1: the grounds are numbered 1 to 9.</source>
        <translation>Основания для отказа %1 нет: основания пронумерованы от 1 до 9.</translation>
    </message>
    <message>
        <source>%1 is not possible for a case in the status &quot;%2&quot;.</source>
        <translation>Действие «%1» невозможно для дела в статусе «%2».</translation>
    </message>
    <message>
        <source>Correct the checklist first.</source>
        <translation>Сначала исправьте перечень документов.</translation>
    </message>
    <message>
        <source>The police answer is negative: refuse on ground 3.</source>
        <translation>Ответ полиции отрицательный: откажите по основанию 3.</translation>
    </message>
    <message>
        <source>The extension was applied for on %1, but the permit ending on %2 can only be extended on an application made from %3 to %4.</source>
        <translation>Заявление о продлении подано %1, но разрешение, срок которого истекает %2, продлевается только по заявлению, поданному с %3 по %4.</translation>
    </message>
    <message>
        <source>Record the four checks of the day the documents arrived.</source>
        <translation>Отметьте четыре проверки дня поступления документов.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::PermitActions</name>
    <message>
        <source>The permit %1 is not in the store.</source>
        <translation>Разрешения %1 нет в хранилище.</translation>
    </message>
    <message>
        <source>Only a permit in force can end with its labour contract; the permit %1 is &quot;%2&quot;.</source>
        <translation>Прекратить в связи с расторжением трудового договора можно только действующее разрешение; статус разрешения %1: «%2».</translation>
    </message>
    <message>
        <source>Enter the day the labour contract ended.</source>
        <translation>Введите дату прекращения трудового договора.</translation>
    </message>
    <message>
        <source>The labour contract cannot have ended on %1, before the permit started on %2.</source>
        <translation>Трудовой договор не мог быть прекращен %1, раньше начала действия разрешения %2.</translation>
    </message>
    <message>
        <source>Enter the day the employer&apos;s notice arrived.</source>
        <translation>Введите дату поступления уведомления работодателя.</translation>
    </message>
    <message>
        <source>Enter the day of revocation.</source>
        <translation>Введите дату отзыва.</translation>
    </message>
    <message>
        <source>The day of revocation %1 is outside the permit&apos;s term, %2 to %3.</source>
        <translation>Дата отзыва %1 находится вне срока действия разрешения (с %2 по %3).</translation>
    </message>
    <message>
        <source>A labour contract is recorded only under a permit in force; the permit %1 is &quot;%2&quot;.</source>
        <translation>Трудовой договор регистрируется только по действующему разрешению; статус разрешения %1: «%2».</translation>
    </message>
    <message>
        <source>Enter the number of the labour contract.</source>
        <translation>Введите номер трудового договора.</translation>
    </message>
    <message>
        <source>Choose where the contract is registered: the unified system of labour contracts or hr.enbek.kz.</source>
        <translation>Выберите, где зарегистрирован договор: единая система учета трудовых договоров или hr.enbek.kz.</translation>
    </message>
    <message>
        <source>Enter the day the labour contract was concluded.</source>
        <translation>Введите дату заключения трудового договора.</translation>
    </message>
    <message>
        <source>The contract cannot be registered on %1, before it was concluded on %2.</source>
        <translation>Договор не может быть зарегистрирован %1, раньше даты его заключения %2.</translation>
    </message>
    <message>
        <source>Enter the first day of the labour contract.</source>
        <translation>Введите первый день действия трудового договора.</translation>
    </message>
    <message>
        <source>The contract cannot start on %1, before it was concluded on %2.</source>
        <translation>Договор не может начинать действовать %1, раньше даты его заключения %2.</translation>
    </message>
    <message>
        <source>The contract cannot end on %1, before it starts on %2.</source>
        <translation>Договор не может заканчиваться %1, раньше своего начала %2.</translation>
    </message>
    <message>
        <source>A copy is issued only of a permit in force; the permit %1 is &quot;%2&quot;.</source>
        <translation>Дубликат выдается только на действующее разрешение; статус разрешения %1: «%2».</translation>
    </message>
    <message>
        <source>The contract ended on %1, after the permit&apos;s last day %2: the permit expired, it was not terminated.</source>
        <translation>Договор прекращен %1, после последнего дня действия разрешения %2: срок разрешения истек, оно не прекращалось.</translation>
    </message>
    <message>
        <source>Only a permit in force can be revoked; the permit %1 is &quot;%2&quot;.</source>
        <translation>Отозвать можно только действующее разрешение; статус разрешения %1: «%2».</translation>
    </message>
    <message>
        <source>Enter the body that issued the act the revocation rests on.</source>
        <translation>Укажите орган, издавший акт, на основании которого отзывается разрешение.</translation>
    </message>
    <message>
        <source>Enter the number of the act the revocation rests on.</source>
        <translation>Укажите номер акта, на основании которого отзывается разрешение.</translation>
    </message>
    <message>
        <source>Enter the date of the act the revocation rests on.</source>
        <translation>Укажите дату акта, на основании которого отзывается разрешение.</translation>
    </message>
    <message>
        <source>The permit cannot be revoked on %1, before the act of %2 it rests on.</source>
        <translation>Разрешение не может быть отозвано %1, раньше даты акта (%2), на основании которого производится отзыв.</translation>
    </message>
    <message>
        <source>The contract was concluded on %1, before the permit&apos;s first day %2: it is concluded after the permit is issued.</source>
        <translation>Договор заключен %1, раньше первого дня действия разрешения %2: договор заключается после выдачи разрешения.</translation>
    </message>
    <message>
        <source>The contract was concluded on %1, after the permit&apos;s last day %2.</source>
        <translation>Договор заключен %1, после последнего дня действия разрешения %2.</translation>
    </message>
    <message>
        <source>The contract must lie within the permit&apos;s term, %1 to %2.</source>
        <translation>Срок договора должен быть в пределах срока действия разрешения, с %1 по %2.</translation>
    </message>
    <message>
        <source>Only the head of the akimat (or an administrator) revokes permits.</source>
        <translation>Отзыв разрешений производит только руководитель акимата (или администратор).</translation>
    </message>
    <message>
        <source>This permit belongs to another district.</source>
        <translation>Это разрешение относится к другому району.</translation>
    </message>
    <message>
        <source>The permit is not revoked: there is no Appendix 9 to send.</source>
        <translation>Разрешение не отозвано: приложение 9 направлять не нужно.</translation>
    </message>
    <message>
        <source>Appendix 9 is sent on or after the day of revocation, and not in the future.</source>
        <translation>Приложение 9 направляется в день отзыва или позже, но не будущей датой.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::RefusalProposals</name>
    <message>
        <source>Check failed: %1.</source>
        <translation>Проверка не пройдена: %1.</translation>
    </message>
    <message>
        <source>The police answer is negative.</source>
        <translation>Ответ полиции отрицательный.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Renewal</name>
    <message>
        <source>Permit No. %1 of this person reaches 12 months with its extensions and ends on %2: a new permit is applied for from %3 to %4.</source>
        <translation>Разрешение № %1 этого лица с продлениями достигает 12 месяцев и истекает %2: заявление на новое разрешение подается с %3 по %4.</translation>
    </message>
    <message>
        <source>The application was received on %1, but after permit No. %2, which reaches 12 months on %3, a new permit is only applied for from %4 to %5.</source>
        <translation>Заявление поступило %1, но после разрешения № %2, которое достигает 12 месяцев %3, заявление на новое разрешение подается только с %4 по %5.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::Session</name>
    <message>
        <source>This case belongs to another district.</source>
        <translation>Это дело относится к другому району.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases::StepSummaries</name>
    <message>
        <source>an unknown person</source>
        <translation>неизвестное лицо</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation>(не зарегистрировано)</translation>
    </message>
    <message>
        <source>case %1 of %2</source>
        <translation>дело № %1 – %2</translation>
    </message>
    <message>
        <source>Refuse to accept the documents of %1?</source>
        <translation>Отказать в приеме документов: %1?</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Отсутствуют: %1.</translation>
    </message>
    <message>
        <source>Expired: %1.</source>
        <translation>Срок истек: %1.</translation>
    </message>
    <message>
        <source>The receipt of Appendix 4 lists them; print it in two copies. This cannot be undone.</source>
        <translation>Они перечисляются в расписке по приложению 4; распечатайте ее в двух экземплярах. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Send %1 to the police for the check?</source>
        <translation>Направить %1 в полицию на согласование?</translation>
    </message>
    <message>
        <source>The answer is due by %1. This cannot be undone.</source>
        <translation>Срок ответа: %1. Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>from %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>с %1 по %2 (%n месяц)</numerusform>
            <numerusform>с %1 по %2 (%n месяца)</numerusform>
            <numerusform>с %1 по %2 (%n месяцев)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend permit No. %1 of %2?</source>
        <translation>Продлить разрешение № %1 – %2?</translation>
    </message>
    <message>
        <source>The extension runs %1, on the permit&apos;s place in the quota.</source>
        <translation>Срок продления: %1; место разрешения в квоте сохраняется.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Issue a permit to %1?</source>
        <translation>Выдать разрешение: %1?</translation>
    </message>
    <message>
        <source>Valid %1; it takes a place of the region&apos;s quota for %2.</source>
        <translation>Срок действия: %1; занимает место в квоте региона на %2 год.</translation>
    </message>
    <message>
        <source>Refuse %1 on ground %2?</source>
        <translation>Отказать (%1) по основанию %2?</translation>
    </message>
    <message>
        <source>The refusal (Appendix 7) is recorded. This cannot be undone.</source>
        <translation>Отказ (приложение 7) будет зарегистрирован. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Revoke permit No. %1 of %2 on %3?</source>
        <translation>Отозвать разрешение № %1 – %2 с %3?</translation>
    </message>
    <message>
        <source>On act No. %1 of %2 by %3.</source>
        <translation>На основании акта № %1 от %2, вынесенного органом: %3.</translation>
    </message>
    <message>
        <source>The stay ends on %1; the police are told (Appendix 9) by %2.</source>
        <translation>Срок пребывания истекает %1; полиция уведомляется (приложение 9) до %2.</translation>
    </message>
    <message>
        <source>Police: asked on %1, the answer is due on %2.</source>
        <translation>Полиция: запрос %1, срок ответа %2.</translation>
    </message>
    <message>
        <source>Police: positive answer of %1.</source>
        <translation>Полиция: положительный ответ от %1.</translation>
    </message>
    <message>
        <source>Police: negative answer of %1.</source>
        <translation>Полиция: отрицательный ответ от %1.</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Номер: %1.</translation>
    </message>
    <message>
        <source>No quota of %1 is set for %2: an administrator sets it first.</source>
        <translation>Квота (%1, %2 год) не установлена: сначала её устанавливает администратор.</translation>
    </message>
    <message>
        <source>Free places in the quota of %1, %2: %3 of %4.</source>
        <translation>Свободных мест в квоте (%1, %2 год): %3 из %4.</translation>
    </message>
    <message>
        <source>A place is reserved for this case; the permit takes it.</source>
        <translation>Для этого дела забронировано место; разрешение займёт его.</translation>
    </message>
</context>
<context>
    <name>ruqsat::cli</name>
    <message>
        <source>--%1 is required.</source>
        <translation>Параметр --%1 обязателен.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation>--%1: «%2» не является датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--at is required (YYYY-MM-DDTHH:mm, Kazakhstan time).</source>
        <translation>Параметр --at обязателен (ГГГГ-ММ-ДДTЧЧ:ММ, время Казахстана).</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a time YYYY-MM-DDTHH:mm.</source>
        <translation>--at: «%1» не является временем в формате ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
    </message>
    <message>
        <source>--office must be provider or state_corporation.</source>
        <translation>Параметр --office принимает значения provider или state_corporation.</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 12.</source>
        <translation>Параметр --months должен быть целым числом от 1 до 12.</translation>
    </message>
    <message>
        <source>--to must be provider, quality or forward.</source>
        <translation>Параметр --to принимает значения provider, quality или forward.</translation>
    </message>
    <message>
        <source>received, permit, extension, revocation, termination or complaint</source>
        <translation>received, permit, extension, revocation, termination или complaint</translation>
    </message>
    <message>
        <source>received: YYYY-MM-DDTHH:mm (Kazakhstan time); revocation: YYYY-MM-DD.</source>
        <translation>received: ГГГГ-ММ-ДДTЧЧ:ММ (время Казахстана); revocation: ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>received: whose working hours, provider or state_corporation.</source>
        <translation>received: чей режим работы учитывать, provider или state_corporation.</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>ОФИС</translation>
    </message>
    <message>
        <source>permit: the first day.</source>
        <translation>permit: первый день действия разрешения.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>permit: 1 to 12.</source>
        <translation>permit: от 1 до 12.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>permit: the first day of the first permit of the chain.</source>
        <translation>permit: первый день первого разрешения в цепочке продлений.</translation>
    </message>
    <message>
        <source>extension: the permit&apos;s last day.</source>
        <translation>extension: последний день действия разрешения.</translation>
    </message>
    <message>
        <source>termination: the day the labour contract ended.</source>
        <translation>termination: день прекращения трудового договора.</translation>
    </message>
    <message>
        <source>complaint: the day it was registered.</source>
        <translation>complaint: день регистрации жалобы.</translation>
    </message>
    <message>
        <source>complaint: provider, quality or forward.</source>
        <translation>complaint: provider, quality или forward.</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>ОРГАН</translation>
    </message>
    <message>
        <source>Computes the dates of the rules with the store&apos;s calendar. Dates are YYYY-MM-DD, times Kazakhstan time.</source>
        <translation>Вычисляет сроки по Правилам с учетом календаря из хранилища. Даты в формате ГГГГ-ММ-ДД, время казахстанское.</translation>
    </message>
    <message>
        <source>Say what to compute: received, permit, extension, revocation, termination or complaint.</source>
        <translation>Укажите, что вычислить: received, permit, extension, revocation, termination или complaint.</translation>
    </message>
    <message>
        <source>Unknown calculation &quot;%1&quot;.</source>
        <translation>Неизвестный расчет «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lists no day: nothing to import.</source>
        <translation>В %1 нет ни одного дня: импортировать нечего.</translation>
    </message>
    <message>
        <source>The year must be a number from 2000 to 2100, not &quot;%1&quot;.</source>
        <translation>Год должен быть числом от 2000 до 2100, а не «%1».</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl check iin NUMBER</source>
        <translation>Использование: ruqsatctl check iin НОМЕР</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Не удается прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Give the MRZ lines on the standard input.</source>
        <translation>Подайте строки MRZ на стандартный ввод.</translation>
    </message>
    <message>
        <source>iin NUMBER, or mrz (the lines on standard input)</source>
        <translation>iin НОМЕР или mrz (строки на стандартном вводе)</translation>
    </message>
    <message>
        <source>Checks an IIN or a passport MRZ. Exit code 0: valid; 1: not valid; 2: wrong command.</source>
        <translation>Проверяет ИИН или MRZ паспорта. Код возврата 0: верно; 1: неверно; 2: неверная команда.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl check iin NUMBER | ruqsatctl check mrz &lt; lines</source>
        <translation>Использование: ruqsatctl check iin НОМЕР | ruqsatctl check mrz &lt; строки</translation>
    </message>
    <message>
        <source>create or migrate a store</source>
        <translation>создать хранилище или обновить его схему</translation>
    </message>
    <message>
        <source>show where the store is, its schema and counts</source>
        <translation>показать расположение хранилища, его схему и число записей</translation>
    </message>
    <message>
        <source>import or export the working-day calendar</source>
        <translation>импортировать или экспортировать календарь рабочих дней</translation>
    </message>
    <message>
        <source>compute the statutory dates of the rules</source>
        <translation>вычислить сроки, установленные Правилами</translation>
    </message>
    <message>
        <source>check an IIN or a passport MRZ</source>
        <translation>проверить ИИН или MRZ паспорта</translation>
    </message>
    <message>
        <source>fill a store with realistic synthetic cases</source>
        <translation>заполнить хранилище правдоподобными синтетическими делами</translation>
    </message>
    <message>
        <source>print a form of the Rules to PDF</source>
        <translation>напечатать форму по Правилам в PDF</translation>
    </message>
    <message>
        <source>list cases (to find what to print)</source>
        <translation>список дел (чтобы найти, что печатать)</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl &lt;command&gt; [options] [--db STORE]</source>
        <translation>Использование: ruqsatctl &lt;команда&gt; [параметры] [--db ХРАНИЛИЩЕ]</translation>
    </message>
    <message>
        <source>STORE is sqlite:/path/file.db or postgresql://user@host:port/dbname; without --db, the default store in your data folder.</source>
        <translation>ХРАНИЛИЩЕ: sqlite:/path/file.db или postgresql://user@host:port/dbname; без --db используется хранилище по умолчанию в папке ваших данных.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>How many applications to write.</source>
        <translation>Сколько заявлений записать.</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation>Начальное значение генератора: одно и то же значение дает одни и те же данные.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The day the data ends on (default: today).</source>
        <translation>День, которым заканчиваются данные (по умолчанию сегодня).</translation>
    </message>
    <message>
        <source>Fills a store with realistic synthetic cases spread over the last two years.</source>
        <translation>Заполняет хранилище правдоподобными синтетическими делами за последние два года.</translation>
    </message>
    <message>
        <source>--cases needs a whole number of at least 1</source>
        <translation>Для --cases нужно целое число не меньше 1</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>Для --seed нужно целое число от 0 до 4294967295</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>Для --today нужна дата в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>This store already holds the demo data of seed %1; choose another --seed.</source>
        <translation>В этом хранилище уже есть демонстрационные данные с начальным значением %1; выберите другой --seed.</translation>
    </message>
    <message>
        <source>%1 of %2 cases (%3%), %4 cases/s</source>
        <translation>%1 из %2 дел (%3%), %4 дел/с</translation>
    </message>
    <message>
        <source>Wrote %1 cases to %2 in %3 s.</source>
        <translation>Записано дел: %1 в %2 за %3 с.</translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation>Хранилище готово: %1 (схема %2)</translation>
    </message>
    <message>
        <source>The only action: list.</source>
        <translation>Единственное действие: list.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Только с этим статусом.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Не более N строк.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>По одному объекту JSON в строке.</translation>
    </message>
    <message>
        <source>Only permits issued on this day.</source>
        <translation>Только разрешения, выданные в этот день.</translation>
    </message>
    <message>
        <source>Usage: %1 list [options]</source>
        <translation>Использование: %1 list [параметры]</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>Для --limit нужно положительное число.</translation>
    </message>
    <message>
        <source>--issued-on takes a date YYYY-MM-DD.</source>
        <translation>Для --issued-on нужна дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Lists permits: number, immigrant, dates.</source>
        <translation>Выводит список разрешений: номер, иммигрант, даты.</translation>
    </message>
    <message>
        <source>Lists cases: registry number, people, dates.</source>
        <translation>Выводит список дел: регистрационный номер, участники, даты.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) to %1.</source>
        <translation>
            <numerusform>%n форма напечатана в %1.</numerusform>
            <numerusform>%n формы напечатаны в %1.</numerusform>
            <numerusform>%n форм напечатано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix number of the form: 1, 3, 4, 5, 6, 7, 8 or 9.</source>
        <translation>Номер приложения с формой: 1, 3, 4, 5, 6, 7, 8 или 9.</translation>
    </message>
    <message>
        <source>The case (id or registry number) for forms 1, 3, 4, 7.</source>
        <translation>Дело (идентификатор или регистрационный номер) для форм 1, 3, 4, 7.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The permit number for forms 5, 6, 8; several, comma-separated, for 9.</source>
        <translation>Номер разрешения для форм 5, 6, 8; для формы 9 несколько номеров через запятую.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>Form 5 only: every permit issued on this day (YYYY-MM-DD).</source>
        <translation>Только для формы 5: все разрешения, выданные в этот день (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>kk, ru, en, or kk+ru (one after the other). Default kk.</source>
        <translation>kk, ru, en или kk+ru (одна за другой). По умолчанию kk.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-файл для записи.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Folder of edited templates that win over the built-in ones.</source>
        <translation>Папка с измененными шаблонами, которые заменяют встроенные.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>Prints a form of the Rules to a PDF file.</source>
        <translation>Печатает форму по Правилам в PDF-файл.</translation>
    </message>
    <message>
        <source>--form must be 1, 3, 4, 5, 6, 7, 8 or 9.</source>
        <translation>Параметр --form должен быть равен 1, 3, 4, 5, 6, 7, 8 или 9.</translation>
    </message>
    <message>
        <source>--lang must be kk, ru, en or a combination such as kk+ru.</source>
        <translation>Параметр --lang должен быть kk, ru, en или сочетанием, например kk+ru.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>Параметр -o ФАЙЛ обязателен.</translation>
    </message>
    <message>
        <source>--issued-on takes a date YYYY-MM-DD and goes with --form 5 only.</source>
        <translation>Для --issued-on нужна дата в формате ГГГГ-ММ-ДД, и он используется только с --form 5.</translation>
    </message>
    <message>
        <source>Name exactly one of --case, --permit or --issued-on.</source>
        <translation>Укажите ровно один из параметров --case, --permit или --issued-on.</translation>
    </message>
    <message>
        <source>Form %1 is printed for a case: use --case.</source>
        <translation>Форма %1 печатается по делу: используйте --case.</translation>
    </message>
    <message>
        <source>Printing needs the graphical application object; this build of ruqsatctl starts without it.</source>
        <translation>Для печати нужен объект графического приложения, а эта сборка ruqsatctl запускается без него.</translation>
    </message>
    <message>
        <source>No permit was issued on %1.</source>
        <translation>%1 не выдано ни одного разрешения.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Shows where the store is, its schema version and its counts.</source>
        <translation>Показывает расположение хранилища, версию его схемы и число записей.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы: %1</translation>
    </message>
    <message>
        <source>The store: sqlite:/path/file.db or postgresql://user@host:port/dbname.</source>
        <translation>Хранилище: sqlite:/path/file.db или postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ХРАНИЛИЩЕ</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>list or change the administrator&apos;s settings</source>
        <translation>показать или изменить настройки администратора</translation>
    </message>
    <message>
        <source>list, or set KEY VALUE</source>
        <translation>list или set КЛЮЧ ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>Use: ruqsatctl settings list [--json] | ruqsatctl settings set KEY VALUE</source>
        <translation>Использование: ruqsatctl settings list [--json] | ruqsatctl settings set КЛЮЧ ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>list the districts, or set the issuing and police bodies of one</source>
        <translation>показать районы или задать органы района: выдающий разрешения и полиции</translation>
    </message>
    <message>
        <source>Print one JSON object per district.</source>
        <translation>Выводить по одному объекту JSON на район.</translation>
    </message>
    <message>
        <source>list, or set DISTRICT KEY VALUE</source>
        <translation>list или set РАЙОН КЛЮЧ ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>Lists the districts with the bodies their forms name, or sets one of them. DISTRICT is the id that &quot;list&quot; shows or the district&apos;s KATO code; KEY is one of: %1. An empty VALUE clears it.</source>
        <translation>Показывает районы и органы, которые называют их формы, или задаёт один из них. РАЙОН — номер, который показывает «list», или код КАТО района; КЛЮЧ — один из: %1. Пустое ЗНАЧЕНИЕ стирает его.</translation>
    </message>
    <message>
        <source>Use: ruqsatctl districts list [--json] | ruqsatctl districts set DISTRICT KEY VALUE</source>
        <translation>Использование: ruqsatctl districts list [--json] | ruqsatctl districts set РАЙОН КЛЮЧ ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district&apos;s body. Use one of: %2.</source>
        <translation>«%1» — не орган района. Используйте один из: %2.</translation>
    </message>
    <message>
        <source>There is no district &quot;%1&quot;; &quot;ruqsatctl districts list&quot; shows them.</source>
        <translation>Района «%1» нет; районы показывает «ruqsatctl districts list».</translation>
    </message>
    <message>
        <source>Set them with:</source>
        <translation>Задайте их командами:</translation>
    </message>
    <message>
        <source>or print anyway with --force.</source>
        <translation>или напечатайте всё равно с --force.</translation>
    </message>
    <message>
        <source>Print even when the district&apos;s issuing body, its head or its police body is not set.</source>
        <translation>Печатать, даже если у района не задан орган, выдающий разрешения, его руководитель или орган полиции.</translation>
    </message>
    <message>
        <source>Lists or changes the administrator&apos;s settings: working hours, the print template folder, the largest scan. The issuing body, its head and the police body belong to each district: see &quot;ruqsatctl districts&quot;.</source>
        <translation>Показывает или изменяет настройки администратора: режим работы, папку шаблонов печати, наибольший скан. Орган, выдающий разрешения, его руководитель и орган полиции задаются для каждого района: см. «ruqsatctl districts».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set for each district now: ruqsatctl districts set DISTRICT %1 VALUE (&quot;ruqsatctl districts list&quot; shows the districts).</source>
        <translation>«%1» теперь задаётся для каждого района: ruqsatctl districts set РАЙОН %1 ЗНАЧЕНИЕ (районы показывает «ruqsatctl districts list»).</translation>
    </message>
    <message>
        <source>list permits (to find what to print), or record and print a copy</source>
        <translation>список разрешений (чтобы найти, что печатать) или запись и печать дубликата</translation>
    </message>
    <message>
        <source>The action: copy.</source>
        <translation>Действие: copy.</translation>
    </message>
    <message>
        <source>The number of the permit in force.</source>
        <translation>Номер действующего разрешения.</translation>
    </message>
    <message>
        <source>Why a copy is issued: lost (the default) or damaged.</source>
        <translation>Причина выдачи дубликата: lost (утеряно, по умолчанию) или damaged (повреждено).</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>Records a copy of a permit in force, issued in place of a lost or damaged one, and prints it to a PDF file.</source>
        <translation>Записывает дубликат действующего разрешения, выдаваемый взамен утерянного или повреждённого, и печатает его в файл PDF.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf [--lang LANG]</source>
        <translation>Использование: ruqsatctl permits copy НОМЕР [--reason lost|damaged] -o ФАЙЛ.pdf [--lang ЯЗЫК]</translation>
    </message>
    <message>
        <source>--reason must be lost or damaged.</source>
        <translation>--reason должен быть lost или damaged.</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>Разрешения %1 нет.</translation>
    </message>
    <message>
        <source>The copy No. %1 of the permit %2 is recorded.</source>
        <translation>Дубликат № %1 разрешения %2 записан.</translation>
    </message>
    <message>
        <source>Recorded the copy No. %1 of the permit %2 and printed it to %3.</source>
        <translation>Дубликат № %1 разрешения %2 записан и напечатан в %3.</translation>
    </message>
    <message>
        <source>Not here: &quot;ruqsatctl permits copy NUMBER -o FILE&quot; records a copy and prints it.</source>
        <translation>Не здесь: дубликат записывает и печатает «ruqsatctl permits copy НОМЕР -o ФАЙЛ».</translation>
    </message>
    <message>
        <source>A copy of a permit is printed when it is recorded: use &quot;ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf&quot;.</source>
        <translation>Дубликат разрешения печатается, когда он записан: используйте «ruqsatctl permits copy НОМЕР [--reason lost|damaged] -o ФАЙЛ.pdf».</translation>
    </message>
    <message>
        <source>Only a permit (form 5) has copies, and a copy is printed when it is recorded: use &quot;ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf&quot;.</source>
        <translation>Дубликат бывает только у разрешения (форма 5) и печатается, когда он записан: используйте «ruqsatctl permits copy НОМЕР [--reason lost|damaged] -o ФАЙЛ.pdf».</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>Verifies the audit log: walks its hash chain and names the first row that was altered, removed or inserted. Exit code 0: intact; 1: not.</source>
        <translation>Проверяет журнал аудита: проходит его цепочку хешей и называет первую строку, которая была изменена, удалена или вставлена. Код выхода 0: журнал цел; 1: нет.</translation>
    </message>
    <message>
        <source>Use: ruqsatctl audit verify [--json]</source>
        <translation>Использование: ruqsatctl audit verify [--json]</translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Последний хеш: %1</translation>
    </message>
    <message>
        <source>verify the audit log&apos;s hash chain (audit verify)</source>
        <translation>проверить цепочку хешей журнала аудита (audit verify)</translation>
    </message>
    <message>
        <source>Only an administrator imports the calendar.</source>
        <translation>Календарь импортирует только администратор.</translation>
    </message>
    <message>
        <source>Log in as LOGIN (or set RUQSAT_USER); the password comes from RUQSAT_PASSWORD or is asked.</source>
        <translation>Войти как ЛОГИН (или задайте RUQSAT_USER); пароль берётся из RUQSAT_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>This store has users: log in with --user LOGIN (or RUQSAT_USER); the password comes from RUQSAT_PASSWORD or is asked.</source>
        <translation>В этом хранилище есть пользователи: войдите с --user ЛОГИН (или RUQSAT_USER); пароль берётся из RUQSAT_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Пароль пользователя %1: </translation>
    </message>
    <message>
        <source>Also make the accounts admin, and head.CODE and clerk.CODE for each district (CODE its KATO code), all with this password.</source>
        <translation>Также создать учётные записи admin, а для каждого района head.КОД и clerk.КОД (КОД — его код КАТО), все с этим паролем.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>ПАРОЛЬ</translation>
    </message>
    <message>
        <source>Only an administrator fills a store with demo data.</source>
        <translation>Заполнять хранилище демонстрационными данными может только администратор.</translation>
    </message>
    <message>
        <source>Accounts made: %1.</source>
        <translation>Созданы учётные записи: %1.</translation>
    </message>
    <message>
        <source>none (they exist)</source>
        <translation>никакие (они уже есть)</translation>
    </message>
    <message>
        <source>list, add and change users (on a server: their login roles)</source>
        <translation>список, добавление и изменение пользователей (на сервере: их роли входа)</translation>
    </message>
    <message>
        <source>No district has the code %1 (see ruqsatctl districts list).</source>
        <translation>Нет района с кодом %1 (см. ruqsatctl districts list).</translation>
    </message>
    <message>
        <source>Password of the administrator %1: </source>
        <translation>Пароль администратора %1: </translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password (at least 10 characters) in RUQSAT_NEW_PASSWORD or type it.</source>
        <translation>Укажите пароль администратора (не менее 10 символов) в RUQSAT_NEW_PASSWORD или введите его.</translation>
    </message>
    <message>
        <source>Administrator %1 can log in.</source>
        <translation>Администратор %1 может войти.</translation>
    </message>
    <message>
        <source>On a server, as its superuser: also make the first administrator LOGIN (the password from RUQSAT_NEW_PASSWORD or asked).</source>
        <translation>На сервере, от имени его суперпользователя: также создать первого администратора LOGIN (пароль из RUQSAT_NEW_PASSWORD или запрашивается).</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Полное имя администратора.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>The administrator&apos;s districts (KATO codes or ids, by commas); else all.</source>
        <translation>Районы администратора (коды КАТО или id через запятую); иначе все.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>КОДЫ</translation>
    </message>
    <message>
        <source>Creates the store, or brings it to this program&apos;s schema. On PostgreSQL, run as a superuser, it also secures the server: the tables belong to the NOLOGIN role ruqsat_owner and every user is a login role (docs/SERVER.md).</source>
        <translation>Создаёт хранилище или приводит его к схеме этой программы. На PostgreSQL, при запуске от суперпользователя, также защищает сервер: таблицы принадлежат роли NOLOGIN ruqsat_owner, а каждый пользователь — роль входа (docs/SERVER.md).</translation>
    </message>
    <message>
        <source>--admin makes the first administrator of a PostgreSQL server; on an SQLite store the first start of the window does.</source>
        <translation>--admin создаёт первого администратора сервера PostgreSQL; в хранилище SQLite это делает первый запуск окна.</translation>
    </message>
    <message>
        <source>Connected to the server as %1, not as %2: name the user in the store&apos;s address or with --user.</source>
        <translation>Подключено к серверу как %1, а не как %2: укажите пользователя в адресе хранилища или через --user.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>Новый пароль %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Give the role: --role clerk, head or admin.</source>
        <translation>Укажите роль: --role clerk, head или admin.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s password in RUQSAT_NEW_PASSWORD or type it.</source>
        <translation>Укажите пароль нового пользователя в RUQSAT_NEW_PASSWORD или введите его.</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>Пользователь %1 добавлен (%2).</translation>
    </message>
    <message>
        <source>A role is clerk, head or admin.</source>
        <translation>Роль: clerk, head или admin.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 теперь %2.</translation>
    </message>
    <message>
        <source>%1 works in: %2.</source>
        <translation>%1 работает в: %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 снова может войти.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 больше не может войти.</translation>
    </message>
    <message>
        <source>Print one JSON object per user.</source>
        <translation>Выводить по одному объекту JSON на пользователя.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: clerk, head or admin.</source>
        <translation>Роль нового пользователя: clerk, head или admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>The districts the new user works in: KATO codes or ids, separated by commas.</source>
        <translation>Районы, в которых работает новый пользователь: коды КАТО или id через запятую.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name (else the login).</source>
        <translation>Полное имя нового пользователя (иначе логин).</translation>
    </message>
    <message>
        <source>The new user&apos;s position.</source>
        <translation>Должность нового пользователя.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>list, add LOGIN, set-role LOGIN ROLE, set-districts LOGIN CODES, deactivate LOGIN or activate LOGIN</source>
        <translation>list, add LOGIN, set-role LOGIN ROLE, set-districts LOGIN CODES, deactivate LOGIN или activate LOGIN</translation>
    </message>
    <message>
        <source>Lists and changes the store&apos;s users. On a secured server each user is a PostgreSQL login role; deactivating one also ends its sessions. Changes need an administrator&apos;s login. The new user&apos;s password comes from RUQSAT_NEW_PASSWORD or is asked.</source>
        <translation>Показывает и изменяет пользователей хранилища. На защищённом сервере каждый пользователь — роль входа PostgreSQL; отключение также завершает его сеансы. Изменения требуют входа администратора. Пароль нового пользователя берётся из RUQSAT_NEW_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>No user has the login %1.</source>
        <translation>Нет пользователя с логином %1.</translation>
    </message>
    <message>
        <source>list every open statutory clock, the most urgent first</source>
        <translation>все открытые установленные сроки, самые срочные первыми</translation>
    </message>
    <message>
        <source>There is no kind of deadline &quot;%1&quot;; the kinds: %2.</source>
        <translation>Вида срока «%1» нет; виды: %2.</translation>
    </message>
    <message>
        <source>Count from this day instead of today.</source>
        <translation>Считать от этого дня вместо сегодняшнего.</translation>
    </message>
    <message>
        <source>Only this district (KATO code or id).</source>
        <translation>Только этот район (код КАТО или id).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Only these kinds, comma-separated: decision, police_answer, reservation, extension_window, renewal_window, expiry, revocation_notice, late_termination, complaint.</source>
        <translation>Только эти виды, через запятую: decision, police_answer, reservation, extension_window, renewal_window, expiry, revocation_notice, late_termination, complaint.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Only the clocks of this user&apos;s cases and permits.</source>
        <translation>Только сроки дел и разрешений этого пользователя.</translation>
    </message>
    <message>
        <source>Lists every open statutory clock of your districts, the most urgent first.</source>
        <translation>Показывает все открытые установленные сроки ваших районов, самые срочные первыми.</translation>
    </message>
    <message>
        <source>--on takes a date YYYY-MM-DD.</source>
        <translation>--on принимает дату ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--district takes one district.</source>
        <translation>--district принимает один район.</translation>
    </message>
    <message>
        <source>list each region&apos;s quota of a year: limit, in force, reserved, free</source>
        <translation>квоты регионов на год: лимит, действующие, забронированные, свободные места</translation>
    </message>
    <message>
        <source>The quotas of this year instead of the current one.</source>
        <translation>Квоты этого года вместо текущего.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ГОД</translation>
    </message>
    <message>
        <source>Lists each region&apos;s quota of a year: the limit, the permits in force, the reserved and the free places; low when 10% or less is free.</source>
        <translation>Показывает квоту каждого региона на год: лимит, действующие разрешения, забронированные и свободные места; low, если свободно 10% или меньше.</translation>
    </message>
    <message>
        <source>--year takes a year from 2000 to 2100.</source>
        <translation>Для --year нужен год от 2000 до 2100.</translation>
    </message>
    <message>
        <source>import FILE.csv, export YEAR (or all), or years</source>
        <translation>import ФАЙЛ.csv, export ГОД (или all) либо years</translation>
    </message>
    <message>
        <source>Imports a calendar file (replacing the years it covers), exports a year or all years as CSV, or lists the years the calendar covers.</source>
        <translation>Импортирует файл календаря (заменяя годы, которые в нём указаны), экспортирует год или все годы в CSV либо перечисляет годы, которые есть в календаре.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR|all | ruqsatctl calendar years [--json]</source>
        <translation>Использование: ruqsatctl calendar import ФАЙЛ.csv | ruqsatctl calendar export ГОД|all | ruqsatctl calendar years [--json]</translation>
    </message>
    <message>
        <source>count permits, refusals and decisions of a period, grouped (JSON or CSV)</source>
        <translation>подсчитать разрешения, отказы и решения за период с группировкой (JSON или CSV)</translation>
    </message>
    <message>
        <source>--%1 is required: a date YYYY-MM-DD.</source>
        <translation>--%1 обязателен: дата ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 принимает дату ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>The first day of the period (included).</source>
        <translation>Первый день периода (включительно).</translation>
    </message>
    <message>
        <source>The last day of the period (included).</source>
        <translation>Последний день периода (включительно).</translation>
    </message>
    <message>
        <source>Group by: %1 (ground: refusals only). Without it, the total.</source>
        <translation>Группировка: %1 (ground — только для отказов). Без неё — только итог.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>ГРУППА</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8) with a header line.</source>
        <translation>CSV (RFC 4180, UTF-8) со строкой заголовка.</translation>
    </message>
    <message>
        <source>Counts what the store holds of one kind over a period, within your districts: permits issued, extended, revoked, terminated, copies, refusals, refusals at intake, or decisions in time and late.</source>
        <translation>Подсчитывает записи одного вида за период в ваших районах: выданные, продлённые, отозванные, прекращённые разрешения, дубликаты, отказы, отказы в приёме документов или решения, принятые в срок и с нарушением срока.</translation>
    </message>
    <message>
        <source>Name one kind of report: %1.</source>
        <translation>Укажите один вид отчёта: %1.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports: %2.</source>
        <translation>Отчёта «%1» нет; отчёты: %2.</translation>
    </message>
    <message>
        <source>--by takes one of: %1.</source>
        <translation>--by принимает одно из значений: %1.</translation>
    </message>
    <message>
        <source>Only refusals have a ground: --by ground goes with the report &quot;refused&quot;.</source>
        <translation>Основание есть только у отказов: --by ground применяется только с отчётом «refused».</translation>
    </message>
    <message>
        <source>The period ends before it begins: --to must be on or after --from.</source>
        <translation>Период заканчивается раньше, чем начинается: --to должна быть не раньше --from.</translation>
    </message>
    <message>
        <source>Choose the output: --json or --csv.</source>
        <translation>Выберите формат вывода: --json или --csv.</translation>
    </message>
    <message>
        <source>--issued-on lists a day&apos;s batch; it does not combine with the register&apos;s options.</source>
        <translation>--issued-on выводит выдачи за день; с параметрами реестра он не сочетается.</translation>
    </message>
    <message>
        <source>What the register&apos;s search box finds: any three letters of a name (either script, any usual spelling), an IIN, a passport, registry or permit number.</source>
        <translation>То, что находит строка поиска реестра: любые три буквы имени (кириллицей или латиницей, в любом обычном написании), ИИН, номер паспорта, регистрационный номер или номер разрешения.</translation>
    </message>
    <message>
        <source>Only this district (its id).</source>
        <translation>Только этот район (его id).</translation>
    </message>
    <message>
        <source>Only this kind: issue, extend.</source>
        <translation>Только этот вид: issue (выдача), extend (продление).</translation>
    </message>
    <message>
        <source>Only this channel: state_corporation, egov, enbek.</source>
        <translation>Только этот канал: state_corporation, egov, enbek.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Only open cases whose decision is due: today, overdue, week.</source>
        <translation>Только открытые дела, срок решения по которым: today (сегодня), overdue (просрочен), week (на этой неделе).</translation>
    </message>
    <message>
        <source>Order by: received (default), due, registry, immigrant, status.</source>
        <translation>Порядок: received (по приёму, по умолчанию), due (по сроку), registry (по номеру), immigrant (по иммигранту), status (по статусу).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>СТОЛБЕЦ</translation>
    </message>
    <message>
        <source>Only permits in this state today: in_force, expiring, expired, revoked, terminated.</source>
        <translation>Только разрешения в этом состоянии на сегодня: in_force, expiring, expired, revoked, terminated.</translation>
    </message>
    <message>
        <source>Order by: from (default), to, number, immigrant.</source>
        <translation>Порядок: from (по началу срока, по умолчанию), to (по окончанию), number (по номеру), immigrant (по иммигранту).</translation>
    </message>
    <message>
        <source>Ascending order (the default is descending).</source>
        <translation>По возрастанию (по умолчанию — по убыванию).</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 принимает одно из значений: %2.</translation>
    </message>
    <message>
        <source>--district takes a district&apos;s id (ruqsatctl districts list).</source>
        <translation>--district принимает id района (ruqsatctl districts list).</translation>
    </message>
    <message>
        <source>--kind takes one of: issue, extend.</source>
        <translation>--kind принимает одно из значений: issue, extend.</translation>
    </message>
    <message>
        <source>--channel takes one of: state_corporation, egov, enbek.</source>
        <translation>--channel принимает одно из значений: state_corporation, egov, enbek.</translation>
    </message>
    <message>
        <source>--status takes a case status: draft, submitted, refused_intake, accepted, police_check, issued, extended, refused, withdrawn.</source>
        <translation>--status принимает статус дела: draft, submitted, refused_intake, accepted, police_check, issued, extended, refused, withdrawn.</translation>
    </message>
    <message>
        <source>Administrator %1 exists already.</source>
        <translation>Администратор %1 уже есть.</translation>
    </message>
</context>
<context>
    <name>ruqsat::complaints</name>
    <message>
        <source>The akimat (the service provider)</source>
        <translation>Акимат (услугодатель)</translation>
    </message>
    <message>
        <source>The authorised body for the quality of public services</source>
        <translation>Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг</translation>
    </message>
    <message>
        <source>The appeal body: forward with the case file</source>
        <translation>Вышестоящий орган: направить с материалами административного дела</translation>
    </message>
    <message>
        <source>The head of the State Corporation</source>
        <translation>Руководитель Госкорпорации</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Направлена</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Удовлетворена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Issue of the permit of %1</source>
        <translation>Выдача разрешения от %1</translation>
    </message>
    <message>
        <source>Extension of the permit of %1</source>
        <translation>Продление разрешения от %1</translation>
    </message>
    <message>
        <source>Refusal of %1</source>
        <translation>Отказ от %1</translation>
    </message>
    <message>
        <source>Refusal to accept the documents of %1</source>
        <translation>Отказ в приеме документов от %1</translation>
    </message>
    <message>
        <source>An action or inaction</source>
        <translation>Действие (бездействие)</translation>
    </message>
    <message>
        <source>Complaint of %1 (%2)</source>
        <translation>Жалоба от %1 (%2)</translation>
    </message>
    <message>
        <source>%1: open, due %2.</source>
        <translation>%1: на рассмотрении, срок %2.</translation>
    </message>
    <message>
        <source>%1: forwarded on %2 to %3.</source>
        <translation>%1: направлена %2 в %3.</translation>
    </message>
    <message>
        <source>%1: granted on %2.</source>
        <translation>%1: удовлетворена %2.</translation>
    </message>
    <message>
        <source>%1: rejected on %2.</source>
        <translation>%1: отказано %2.</translation>
    </message>
    <message>
        <source>%1: resolved on %2.</source>
        <translation>%1: рассмотрена %2.</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Quality body</source>
        <translation>Орган по качеству</translation>
    </message>
    <message>
        <source>Appeal body</source>
        <translation>Вышестоящий орган</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Госкорпорация</translation>
    </message>
</context>
<context>
    <name>ruqsat::complaints::ComplaintActions</name>
    <message>
        <source>This complaint was resolved on %1; a resolution is final.</source>
        <translation>Жалоба рассмотрена %1; решение по ней окончательное.</translation>
    </message>
    <message>
        <source>A complaint about the State Corporation&apos;s staff goes to its head: it is forwarded.</source>
        <translation>Жалоба на работников Госкорпорации направляется ее руководителю: отметьте ее как направленную.</translation>
    </message>
    <message>
        <source>A complaint to the service provider or the quality body is considered here: grant or reject it.</source>
        <translation>Жалоба услугодателю или в орган по контролю качества рассматривается здесь: удовлетворите ее или откажите.</translation>
    </message>
    <message>
        <source>A complaint on a decision is not rejected by the body that took it: forward it with the case file, or grant it in full.</source>
        <translation>Орган, принявший решение, не отказывает по жалобе на него: направьте ее с материалами дела или удовлетворите полностью.</translation>
    </message>
    <message>
        <source>Choose how the complaint is resolved.</source>
        <translation>Выберите результат рассмотрения жалобы.</translation>
    </message>
    <message>
        <source>Enter the day the complaint was resolved.</source>
        <translation>Введите дату рассмотрения жалобы.</translation>
    </message>
    <message>
        <source>A complaint registered on %1 cannot be resolved on %2, before it.</source>
        <translation>Жалобу, зарегистрированную %1, нельзя рассмотреть %2, раньше регистрации.</translation>
    </message>
    <message>
        <source>The day of the resolution, %1, has not come yet.</source>
        <translation>Дата рассмотрения, %1, еще не наступила.</translation>
    </message>
    <message>
        <source>The complaint had to be granted or forwarded by %1: after that day it goes to the body that considers it, with the case file.</source>
        <translation>Жалобу нужно было удовлетворить или направить до %1: после этого дня она направляется с материалами дела в орган, рассматривающий жалобу.</translation>
    </message>
    <message>
        <source>Enter the body the complaint was forwarded to.</source>
        <translation>Укажите орган, в который направлена жалоба.</translation>
    </message>
    <message>
        <source>Enter the reasons for rejecting the complaint: the complainant receives them.</source>
        <translation>Укажите причины отказа: заявитель получит их.</translation>
    </message>
    <message>
        <source>The case %1 is not in the store.</source>
        <translation>Дела %1 нет в хранилище.</translation>
    </message>
    <message>
        <source>Choose to whom the complaint is addressed.</source>
        <translation>Выберите, кому адресована жалоба.</translation>
    </message>
    <message>
        <source>Enter who makes the complaint.</source>
        <translation>Укажите, кто подает жалобу.</translation>
    </message>
    <message>
        <source>Enter the day the complaint was registered: its term runs from that day.</source>
        <translation>Введите дату регистрации жалобы: срок ее рассмотрения исчисляется с этого дня.</translation>
    </message>
    <message>
        <source>A complaint is registered on a permit or on a case.</source>
        <translation>Жалоба регистрируется по разрешению или по делу.</translation>
    </message>
    <message>
        <source>The decision appealed is not one of this case&apos;s decisions.</source>
        <translation>Обжалуемое решение не относится к этому делу.</translation>
    </message>
    <message>
        <source>The complaint %1 is not in the store.</source>
        <translation>Жалобы %1 нет в хранилище.</translation>
    </message>
    <message>
        <source>Granting or rejecting a complaint is the head&apos;s decision; a clerk forwards it.</source>
        <translation>Удовлетворение жалобы или отказ по ней решает руководитель; специалист направляет жалобу.</translation>
    </message>
</context>
<context>
    <name>ruqsat::deadlines</name>
    <message>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Police answer due</source>
        <translation>Срок ответа полиции</translation>
    </message>
    <message>
        <source>Quota reservation ends</source>
        <translation>Бронь квоты истекает</translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>Окно продления</translation>
    </message>
    <message>
        <source>New permit after 12 months</source>
        <translation>Новое разрешение после 12 месяцев</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Срок разрешения истекает</translation>
    </message>
    <message>
        <source>Appendix 9 to the police</source>
        <translation>Приложение 9 в полицию</translation>
    </message>
    <message>
        <source>Late termination notice</source>
        <translation>Запоздавшее уведомление о прекращении</translation>
    </message>
    <message>
        <source>Complaint due</source>
        <translation>Срок жалобы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message numerus="yes">
        <source>The decision is taken within %n working day(s) of receipt.</source>
        <translation>
            <numerusform>Решение принимается в течение %n рабочего дня со дня приёма.</numerusform>
            <numerusform>Решение принимается в течение %n рабочих дней со дня приёма.</numerusform>
            <numerusform>Решение принимается в течение %n рабочих дней со дня приёма.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide: issue, extend or refuse.</source>
        <translation>Решите: выдать, продлить или отказать.</translation>
    </message>
    <message numerus="yes">
        <source>The police answer within %n working day(s).</source>
        <translation>
            <numerusform>Полиция отвечает в течение %n рабочего дня.</numerusform>
            <numerusform>Полиция отвечает в течение %n рабочих дней.</numerusform>
            <numerusform>Полиция отвечает в течение %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the police for their answer, then record it.</source>
        <translation>Запросите ответ полиции и внесите его.</translation>
    </message>
    <message numerus="yes">
        <source>A quota place is held %n calendar day(s) after the agreement of intent.</source>
        <translation>
            <numerusform>Место квоты держится %n календарный день после соглашения о намерениях.</numerusform>
            <numerusform>Место квоты держится %n календарных дня после соглашения о намерениях.</numerusform>
            <numerusform>Место квоты держится %n календарных дней после соглашения о намерениях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the permit by this day, or the place is released.</source>
        <translation>Выдайте разрешение до этого дня, иначе место освободится.</translation>
    </message>
    <message>
        <source>An extension is applied for from %1 to %2 calendar days before expiry.</source>
        <translation>О продлении просят за %1–%2 календарных дней до истечения срока.</translation>
    </message>
    <message>
        <source>Tell the employer: extension from %1 to %2.</source>
        <translation>Сообщите работодателю: продление с %1 по %2.</translation>
    </message>
    <message numerus="yes">
        <source>After 12 months a new permit is applied for in the last %n day(s) of the current one.</source>
        <translation>
            <numerusform>После 12 месяцев новое разрешение запрашивают в последний %n день текущего.</numerusform>
            <numerusform>После 12 месяцев новое разрешение запрашивают в последние %n дня текущего.</numerusform>
            <numerusform>После 12 месяцев новое разрешение запрашивают в последние %n дней текущего.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the employer: a new permit from %1 to %2.</source>
        <translation>Сообщите работодателю: новое разрешение с %1 по %2.</translation>
    </message>
    <message>
        <source>The permit is valid up to its last day.</source>
        <translation>Разрешение действует по последний день срока.</translation>
    </message>
    <message>
        <source>It can no longer be extended; it expires after %1.</source>
        <translation>Продлить его уже нельзя; срок истекает после %1.</translation>
    </message>
    <message numerus="yes">
        <source>Appendix 9 goes to the police within %n working day(s) of revocation.</source>
        <translation>
            <numerusform>Приложение 9 направляется в полицию в течение %n рабочего дня после отзыва.</numerusform>
            <numerusform>Приложение 9 направляется в полицию в течение %n рабочих дней после отзыва.</numerusform>
            <numerusform>Приложение 9 направляется в полицию в течение %n рабочих дней после отзыва.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Направлено %1.</translation>
    </message>
    <message>
        <source>Print Appendix 9 and send it to the police.</source>
        <translation>Распечатайте приложение 9 и направьте в полицию.</translation>
    </message>
    <message numerus="yes">
        <source>The employer notifies within %n working day(s) of the contract&apos;s end.</source>
        <translation>
            <numerusform>Работодатель уведомляет в течение %n рабочего дня после окончания договора.</numerusform>
            <numerusform>Работодатель уведомляет в течение %n рабочих дней после окончания договора.</numerusform>
            <numerusform>Работодатель уведомляет в течение %n рабочих дней после окончания договора.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice came late, on %1: tell the labour inspection.</source>
        <translation>Уведомление поступило с опозданием, %1: сообщите в инспекцию труда.</translation>
    </message>
    <message numerus="yes">
        <source>An appealed body forwards the complaint with the case file within %n working day(s), unless it grants it in full.</source>
        <translation>
            <numerusform>Обжалуемый орган направляет жалобу с делом в течение %n рабочего дня, если не удовлетворит её полностью.</numerusform>
            <numerusform>Обжалуемый орган направляет жалобу с делом в течение %n рабочих дней, если не удовлетворит её полностью.</numerusform>
            <numerusform>Обжалуемый орган направляет жалобу с делом в течение %n рабочих дней, если не удовлетворит её полностью.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward the complaint with the case file, or grant it.</source>
        <translation>Направьте жалобу с делом или удовлетворите её.</translation>
    </message>
    <message numerus="yes">
        <source>The quality body considers a complaint within %n working day(s).</source>
        <translation>
            <numerusform>Орган по качеству рассматривает жалобу в течение %n рабочего дня.</numerusform>
            <numerusform>Орган по качеству рассматривает жалобу в течение %n рабочих дней.</numerusform>
            <numerusform>Орган по качеству рассматривает жалобу в течение %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the quality body&apos;s request.</source>
        <translation>Ответьте на запрос органа по качеству.</translation>
    </message>
    <message numerus="yes">
        <source>A complaint to the provider is considered within %n working day(s).</source>
        <translation>
            <numerusform>Жалоба услугодателю рассматривается в течение %n рабочего дня.</numerusform>
            <numerusform>Жалоба услугодателю рассматривается в течение %n рабочих дней.</numerusform>
            <numerusform>Жалоба услугодателю рассматривается в течение %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consider the complaint and answer it.</source>
        <translation>Рассмотрите жалобу и ответьте.</translation>
    </message>
    <message>
        <source>Statutory deadlines on %1</source>
        <translation>Установленные сроки на %1</translation>
    </message>
    <message>
        <source>No clock is open.</source>
        <translation>Открытых сроков нет.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Case or permit</source>
        <translation>Дело или разрешение</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::deadlines::CalendarCoverage</name>
    <message>
        <source>The working-day calendar has no days of %1: deadlines in that year are counted as plain Monday-to-Friday weeks, without its holidays and day swaps.</source>
        <translation>В календаре рабочих дней нет ни одного дня %1 года: сроки в этом году считаются по обычным неделям с понедельника по пятницу, без его праздничных дней и переносов.</translation>
    </message>
    <message>
        <source>The working-day calendar has no days of %1 and %2: deadlines in those years are counted as plain Monday-to-Friday weeks, without their holidays and day swaps.</source>
        <translation>В календаре рабочих дней нет ни одного дня %1 и %2 годов: сроки в эти годы считаются по обычным неделям с понедельника по пятницу, без их праздничных дней и переносов.</translation>
    </message>
    <message>
        <source>Ask an administrator to import the year&apos;s calendar.</source>
        <translation>Попросите администратора импортировать календарь на этот год.</translation>
    </message>
    <message>
        <source>Import the year&apos;s calendar in Tools › Administration › Calendar.</source>
        <translation>Импортируйте календарь на этот год в меню Сервис › Администрирование › Календарь.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::ArrivalChecks</name>
    <message>
        <source>The documents of the list</source>
        <translation>Документы по перечню</translation>
    </message>
    <message>
        <source>The application against the passport data</source>
        <translation>Соответствие заявления паспортным данным</translation>
    </message>
    <message>
        <source>The citizenship (Law on population migration, art. 43-1 §1 sub. 1)</source>
        <translation>Гражданство (Закон «О миграции населения», ст. 43-1 п. 1 подп. 1)</translation>
    </message>
    <message>
        <source>The conditions of the Law on population migration, art. 43-2 §5</source>
        <translation>Условия пункта 5 статьи 43-2 Закона «О миграции населения»</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::CalendarCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>кавычка не закрыта</translation>
    </message>
    <message>
        <source>the first line must be the header date,kind,note</source>
        <translation>первая строка должна быть заголовком date,kind,note</translation>
    </message>
    <message>
        <source>expected 3 fields (date,kind,note), found %1</source>
        <translation>ожидалось 3 поля (date,kind,note), найдено %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» не является датой в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday: a holiday must be a weekday (a holiday on a weekend moves to a weekday; list that day)</source>
        <translation>%1 приходится на субботу или воскресенье: праздничный день должен быть будним (праздник, выпавший на выходной, переносится на будний день; укажите этот день)</translation>
    </message>
    <message>
        <source>%1 is a weekday: a workday exception must be a Saturday or Sunday</source>
        <translation>%1 приходится на будний день: исключение «рабочий день» должно приходиться на субботу или воскресенье</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; must be holiday or workday</source>
        <translation>тип «%1» должен быть holiday или workday</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указан дважды</translation>
    </message>
    <message>
        <source>the file is empty: the first line must be the header date,kind,note</source>
        <translation>файл пуст: первая строка должна быть заголовком date,kind,note</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::DocumentValidity</name>
    <message>
        <source>The document was not submitted.</source>
        <translation>Документ не представлен.</translation>
    </message>
    <message>
        <source>Rejected by the clerk.</source>
        <translation>Отклонен специалистом.</translation>
    </message>
    <message>
        <source>The passport expired on %1.</source>
        <translation>Срок действия паспорта истек %1.</translation>
    </message>
    <message>
        <source>Enter the date of the latest border-crossing mark.</source>
        <translation>Введите дату последней отметки о пересечении границы.</translation>
    </message>
    <message>
        <source>Enter the date the certificate was issued.</source>
        <translation>Введите дату выдачи справки.</translation>
    </message>
    <message>
        <source>Enter the last day of the insurance cover.</source>
        <translation>Введите последний день действия страхового покрытия.</translation>
    </message>
    <message>
        <source>The requested period is needed to check the insurance.</source>
        <translation>Для проверки страхования нужен запрашиваемый период.</translation>
    </message>
    <message>
        <source>The insurance ends on %1, before the end of the requested period %2.</source>
        <translation>Страхование заканчивается %1, раньше окончания запрашиваемого периода %2.</translation>
    </message>
    <message>
        <source>The insurance starts on %1, after the first day of the requested period %2.</source>
        <translation>Страхование начинается %1, позже первого дня запрашиваемого периода %2.</translation>
    </message>
    <message>
        <source>The date %1 is after the application date %2.</source>
        <translation>Дата %1 позже даты заявления %2.</translation>
    </message>
    <message>
        <source>Dated %1: more than 12 months before the application date (the oldest accepted is %2).</source>
        <translation>Дата %1: более чем за 12 месяцев до даты заявления (принимается не ранее %2).</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::FieldLimits</name>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Фамилия (кириллицей)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Имя (кириллицей)</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation>Отчество (кириллицей)</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation>Отчество (латиницей)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Серия паспорта</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Кем выдан паспорт</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Адрес постоянного проживания</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Адрес в Казахстане</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Home telephone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>Family member&apos;s full name</source>
        <translation>Ф.И.О. члена семьи</translation>
    </message>
    <message>
        <source>Employer&apos;s surname</source>
        <translation>Фамилия работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s given names</source>
        <translation>Имя работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s patronymic</source>
        <translation>Отчество работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s identity document number</source>
        <translation>Номер удостоверения личности работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s identity document issued by</source>
        <translation>Кем выдано удостоверение личности работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s registered address</source>
        <translation>Адрес регистрации работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s residential address</source>
        <translation>Адрес проживания работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s telephone</source>
        <translation>Телефон работодателя</translation>
    </message>
    <message>
        <source>Real estate owned (address)</source>
        <translation>Недвижимость в собственности (адрес)</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Адрес места работы</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Note with the rule&apos;s reason</source>
        <translation>Примечание с основанием по правилам</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Номер ответа полиции</translation>
    </message>
    <message>
        <source>Police check note</source>
        <translation>Примечание к проверке полиции</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Act issued by</source>
        <translation>Орган, издавший акт</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Номер акта</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>District name in Kazakh</source>
        <translation>Название района на казахском</translation>
    </message>
    <message>
        <source>District name in Russian</source>
        <translation>Название района на русском</translation>
    </message>
    <message>
        <source>District name in English</source>
        <translation>Название района на английском</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation>Примечание календаря</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 fit here. Shorten it.</source>
        <translation>Слишком длинно: %1 символов, здесь помещается не более %2. Сократите.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters fit.</source>
        <translation>%1: слишком длинно, помещается не более %2 символов.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 fit.</source>
        <translation>%1: слишком длинно, %2 символов, помещается не более %3.</translation>
    </message>
    <message>
        <source>Issuing body, in Kazakh</source>
        <translation>Орган, выдающий разрешения, на казахском</translation>
    </message>
    <message>
        <source>Issuing body, in Russian</source>
        <translation>Орган, выдающий разрешения, на русском</translation>
    </message>
    <message>
        <source>Issuing body, in English</source>
        <translation>Орган, выдающий разрешения, на английском</translation>
    </message>
    <message>
        <source>Head&apos;s full name</source>
        <translation>Ф.И.О. руководителя</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Kazakh</source>
        <translation>Должность руководителя, на казахском</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Russian</source>
        <translation>Должность руководителя, на русском</translation>
    </message>
    <message>
        <source>Head&apos;s position, in English</source>
        <translation>Должность руководителя, на английском</translation>
    </message>
    <message>
        <source>Police body, in Kazakh</source>
        <translation>Орган полиции, на казахском</translation>
    </message>
    <message>
        <source>Police body, in Russian</source>
        <translation>Орган полиции, на русском</translation>
    </message>
    <message>
        <source>Police body, in English</source>
        <translation>Орган полиции, на английском</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Куда направлена</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Iin</name>
    <message>
        <source>An IIN has 12 digits; this one has %1 characters.</source>
        <translation>ИИН состоит из 12 цифр, а здесь символов: %1.</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not a digit.</source>
        <translation>Символ %1 («%2») не является цифрой.</translation>
    </message>
    <message>
        <source>Digit 7 (century and sex) is %1; it must be 1 to 6.</source>
        <translation>7-я цифра (век и пол) равна %1, а должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>Digits 1-6 (%1) are not a date YYMMDD.</source>
        <translation>Цифры 1–6 (%1) не являются датой ГГММДД.</translation>
    </message>
    <message>
        <source>Digits 1-6 (%1) are not a date YYMMDD in the %2s.</source>
        <translation>Цифры 1–6 (%1) не являются датой ГГММДД в %2-х годах.</translation>
    </message>
    <message>
        <source>No check digit exists for the first 11 digits (both passes give 10): such a number is never assigned.</source>
        <translation>Для первых 11 цифр контрольная цифра не существует (оба прохода дают 10): такой номер не присваивается.</translation>
    </message>
    <message>
        <source>The check digit is %1 but should be %2: a digit was mistyped.</source>
        <translation>Контрольная цифра равна %1, а должна быть %2: одна из цифр введена с ошибкой.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::IitAdvance</name>
    <message>
        <source>Type the amount paid on the receipt.</source>
        <translation>Введите сумму, уплаченную по квитанции.</translation>
    </message>
    <message>
        <source>The amount was not checked: there is no IIT rate for %1 (the administrator enters the year&apos;s MCI).</source>
        <translation>Сумма не проверена: ставки ИПН на %1 год нет (МРП года вводит администратор).</translation>
    </message>
    <message numerus="yes">
        <source>%1 KZT paid, %2 KZT less than the %3 KZT due for %n month(s) at the rate of %4.</source>
        <translation>
            <numerusform>Уплачено %1 тенге, на %2 тенге меньше %3 тенге, причитающихся за %n месяц по ставке %4 года.</numerusform>
            <numerusform>Уплачено %1 тенге, на %2 тенге меньше %3 тенге, причитающихся за %n месяца по ставке %4 года.</numerusform>
            <numerusform>Уплачено %1 тенге, на %2 тенге меньше %3 тенге, причитающихся за %n месяцев по ставке %4 года.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KZT paid, %2 KZT more than the %3 KZT due for %n month(s) at the rate of %4.</source>
        <translation>
            <numerusform>Уплачено %1 тенге, на %2 тенге больше %3 тенге, причитающихся за %n месяц по ставке %4 года.</numerusform>
            <numerusform>Уплачено %1 тенге, на %2 тенге больше %3 тенге, причитающихся за %n месяца по ставке %4 года.</numerusform>
            <numerusform>Уплачено %1 тенге, на %2 тенге больше %3 тенге, причитающихся за %n месяцев по ставке %4 года.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Mrz</name>
    <message>
        <source>An MRZ is 2 lines of 44 characters (passport) or 3 lines of 30 (ID card); got %1 line(s) of %2.</source>
        <translation>MRZ состоит из 2 строк по 44 символа (паспорт) или 3 строк по 30 (удостоверение личности); получено строк: %1, длина: %2.</translation>
    </message>
    <message>
        <source>Line %1 holds &quot;%2&quot;; an MRZ has only A-Z, 0-9 and &lt;.</source>
        <translation>Строка %1 содержит «%2»; в MRZ допустимы только A-Z, 0-9 и &lt;.</translation>
    </message>
    <message>
        <source>The field %1 may hold only digits, not &quot;%2&quot;.</source>
        <translation>Поле %1 может содержать только цифры, а не «%2».</translation>
    </message>
    <message>
        <source>The check digit of %1 is &quot;%2&quot; but %3 is expected.</source>
        <translation>Контрольная цифра поля %1 равна «%2», а ожидается %3.</translation>
    </message>
    <message>
        <source>Letter O and digit 0 look alike: compare the number with the passport page; it was not corrected.</source>
        <translation>Буква O и цифра 0 похожи: сверьте номер со страницей паспорта; он не исправлялся.</translation>
    </message>
    <message>
        <source>The field %1 (&quot;%2&quot;) is not a date YYMMDD.</source>
        <translation>Поле %1 («%2») не является датой ГГММДД.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::PermitTerm</name>
    <message>
        <source>The first day of the permit is not a valid date.</source>
        <translation>Первый день действия разрешения не является допустимой датой.</translation>
    </message>
    <message>
        <source>A permit is issued or extended for 1 to 12 months, not %1.</source>
        <translation>Разрешение выдается или продлевается на срок от 1 до 12 месяцев, а не %1.</translation>
    </message>
    <message>
        <source>The permit cannot start before the first permit of its chain.</source>
        <translation>Разрешение не может начинаться раньше первого разрешения своей цепочки.</translation>
    </message>
    <message>
        <source>With this term the permits since %1 would pass 12 months (the last allowed day is %2); at most %3 month(s) can be granted.</source>
        <translation>При таком сроке разрешения начиная с %1 превысят 12 месяцев (последний допустимый день %2); можно предоставить не более %3 мес.</translation>
    </message>
    <message>
        <source>The permits since %1 reach the 12-month limit on %2: no extension is possible; a new permit must be applied for.</source>
        <translation>Разрешения начиная с %1 достигают предела в 12 месяцев %2: продление невозможно, необходимо подать заявление на новое разрешение.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::TypedDate</name>
    <message>
        <source>Type the date (DD.MM.YYYY).</source>
        <translation>Введите дату (ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <source>%1 is not a plausible date: type a year from %2 to %3.</source>
        <translation>%1 — неправдоподобная дата: введите год от %2 до %3.</translation>
    </message>
    <message>
        <source>There is no date %1: check the day and the month.</source>
        <translation>Даты %1 не существует: проверьте день и месяц.</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, for example 20.03.2026.</source>
        <translation>Введите дату в виде ДД.ММ.ГГГГ, например 20.03.2026.</translation>
    </message>
</context>
<context>
    <name>ruqsat::intake</name>
    <message>
        <source>Type the surname in Latin letters as in the passport (it is printed on the permit).</source>
        <translation>Введите фамилию латинскими буквами, как в паспорте (она печатается в разрешении).</translation>
    </message>
    <message>
        <source>Type the passport number.</source>
        <translation>Введите номер паспорта.</translation>
    </message>
    <message>
        <source>Choose the citizenship.</source>
        <translation>Выберите гражданство.</translation>
    </message>
    <message>
        <source>Type the date of birth.</source>
        <translation>Введите дату рождения.</translation>
    </message>
    <message>
        <source>Type the employer&apos;s IIN (12 digits).</source>
        <translation>Введите ИИН работодателя (12 цифр).</translation>
    </message>
    <message>
        <source>Type the employer&apos;s surname.</source>
        <translation>Введите фамилию работодателя.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <source>Type the address where the work is done.</source>
        <translation>Введите адрес места работы.</translation>
    </message>
    <message>
        <source>The work address is not among the addresses of the employer&apos;s real estate: add the property to the employer or correct the address.</source>
        <translation>Адрес места работы не совпадает ни с одним адресом недвижимости работодателя: добавьте объект недвижимости работодателю или исправьте адрес.</translation>
    </message>
    <message>
        <source>The application is not complete: %1</source>
        <translation>Заявление заполнено не полностью: %1</translation>
    </message>
    <message>
        <source>The permit is not in the store.</source>
        <translation>Разрешения нет в хранилище.</translation>
    </message>
    <message>
        <source>Permit No. %1 is not in force: only a permit in force is extended.</source>
        <translation>Разрешение № %1 не действует: продлевается только действующее разрешение.</translation>
    </message>
    <message>
        <source>The case of permit No. %1 is not complete in the store.</source>
        <translation>Дело по разрешению № %1 сохранено в хранилище не полностью.</translation>
    </message>
    <message>
        <source>Permit No. %1 ends its 12-month chain on %2 and cannot be extended; a new permit may be applied for from %3 to %4.</source>
        <translation>Разрешение № %1 завершает 12-месячную цепочку продлений %2 и продлению не подлежит; заявление на новое разрешение можно подать с %3 по %4.</translation>
    </message>
    <message>
        <source>Permit No. %1 ends on %2: an extension is applied for from %3 to %4; today is outside that window.</source>
        <translation>Срок разрешения № %1 истекает %2: заявление о продлении подается с %3 по %4; сегодняшняя дата в этот период не входит.</translation>
    </message>
    <message>
        <source>Type the spouse&apos;s year of birth in four digits, or leave it empty.</source>
        <translation>Введите год рождения супруга (супруги) четырьмя цифрами или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The identity document cannot be issued after today.</source>
        <translation>Удостоверение личности не может быть выдано позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Type the day and time the application was received (DD.MM.YYYY HH:MM).</source>
        <translation>Введите дату и время поступления заявления (ДД.ММ.ГГГГ ЧЧ:ММ).</translation>
    </message>
    <message>
        <source>The application cannot be received later than now: correct the day or time.</source>
        <translation>Заявление не может поступить позже текущего момента: исправьте дату или время.</translation>
    </message>
    <message>
        <source>The agreement of intent is signed before the application is received.</source>
        <translation>Соглашение о намерении подписывается до поступления заявления.</translation>
    </message>
    <message>
        <source>%1: on record &quot;%2&quot;, typed &quot;%3&quot;</source>
        <translation>%1: в базе «%2», введено «%3»</translation>
    </message>
    <message>
        <source>An employer with IIN %1 is already on record with other details (%2). Choose whether this case keeps the details on record or the employer is updated for every case that names them; nothing was saved.</source>
        <translation>Работодатель с ИИН %1 уже есть в базе с другими данными (%2). Выберите, оставить ли для этого дела данные из базы или обновить работодателя во всех делах, где он указан; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The application was not saved: %1</source>
        <translation>Заявление не сохранено: %1</translation>
    </message>
    <message>
        <source>Type the day and time as DD.MM.YYYY HH:MM, for example 20.03.2026 10:30.</source>
        <translation>Введите дату и время в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 20.03.2026 10:30.</translation>
    </message>
    <message>
        <source>The application was not saved: its district is not one of yours.</source>
        <translation>Заявление не сохранено: его район не относится к вашим.</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::CaseHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::CaseRegisterModel</name>
    <message>
        <source>Registry No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::ComplaintListModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обжалуется</translation>
    </message>
    <message>
        <source>Case / permit</source>
        <translation>Дело / разрешение</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Рассмотрена</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::DeadlineTreeModel</name>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Case or permit</source>
        <translation>Дело или разрешение</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
</context>
<context>
    <name>ruqsat::itemmodels::PermitRegisterModel</name>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
    </message>
    <message>
        <source>Extends permit %1</source>
        <translation>Продлевает разрешение %1</translation>
    </message>
    <message>
        <source>Permit No.</source>
        <translation>№ разрешения</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Иммигрант</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Дубликаты</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::BodyCheck</name>
    <message>
        <source>Not set for the district %1: %2.</source>
        <translation>Для района «%1» не задано: %2.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::FormLoader</name>
    <message>
        <source>Unknown form.</source>
        <translation>Неизвестная форма.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateCheck</name>
    <message>
        <source>There is no folder %1.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation>Не удается прочитать шаблон печати %1.</translation>
    </message>
    <message>
        <source>The print template %1 lacks the field {{%2}}: Appendix %3 cannot be printed without it.</source>
        <translation>В шаблоне печати %1 нет поля {{%2}}: без него приложение %3 не напечатать.</translation>
    </message>
    <message>
        <source>The print template %1 names {{%2}}, which Appendix %3 does not have.</source>
        <translation>Шаблон печати %1 называет {{%2}}, а в приложении %3 такого поля нет.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateEngine</name>
    <message>
        <source>The template %1 has an unclosed placeholder &quot;%2&quot;.</source>
        <translation>В шаблоне %1 не закрыто поле подстановки «%2».</translation>
    </message>
    <message>
        <source>The template %1 has a malformed placeholder &quot;{{%2}}&quot;.</source>
        <translation>В шаблоне %1 неверно записано поле подстановки «{{%2}}».</translation>
    </message>
    <message>
        <source>The template %1 closes &quot;%2&quot; which is not open.</source>
        <translation>Шаблон %1 закрывает раздел «%2», который не был открыт.</translation>
    </message>
    <message>
        <source>The template %1 never closes the section &quot;%2&quot;.</source>
        <translation>Шаблон %1 не закрывает раздел «%2».</translation>
    </message>
    <message>
        <source>The template %1 uses the placeholder {{%2}}, which this form does not have.</source>
        <translation>Шаблон %1 использует поле подстановки {{%2}}, которого нет в этой форме.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::TemplateSource</name>
    <message>
        <source>The print template %1 cannot be read.</source>
        <translation>Не удается прочитать шаблон печати %1.</translation>
    </message>
</context>
<context>
    <name>ruqsat::quotas::QuotaDesk</name>
    <message>
        <source>The quota has no places: no permit can be issued on it.</source>
        <translation>В квоте нет мест: по ней нельзя выдать разрешение.</translation>
    </message>
    <message>
        <source>Places free: %1 of %2 (10% or less).</source>
        <translation>Свободных мест: %1 из %2 (10% или меньше).</translation>
    </message>
</context>
<context>
    <name>ruqsat::records</name>
    <message>
        <source>Issue</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Госкорпорация</translation>
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
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Отказано в приеме документов</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Police check</source>
        <translation>Согласование с полицией</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Разрешение выдано</translation>
    </message>
    <message>
        <source>Permit extended</source>
        <translation>Разрешение продлено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Заявление отозвано</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок истек</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействителен</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>ruqsat::records::DistrictBodies</name>
    <message>
        <source>Issuing body, in Kazakh</source>
        <translation>Орган, выдающий разрешения, на казахском</translation>
    </message>
    <message>
        <source>Issuing body, in Russian</source>
        <translation>Орган, выдающий разрешения, на русском</translation>
    </message>
    <message>
        <source>Issuing body, in English</source>
        <translation>Орган, выдающий разрешения, на английском</translation>
    </message>
    <message>
        <source>Head&apos;s full name (signs the permits)</source>
        <translation>Ф.И.О. руководителя (подписывает разрешения)</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Kazakh</source>
        <translation>Должность руководителя, на казахском</translation>
    </message>
    <message>
        <source>Head&apos;s position, in Russian</source>
        <translation>Должность руководителя, на русском</translation>
    </message>
    <message>
        <source>Head&apos;s position, in English</source>
        <translation>Должность руководителя, на английском</translation>
    </message>
    <message>
        <source>Police body, in Kazakh</source>
        <translation>Орган полиции, на казахском</translation>
    </message>
    <message>
        <source>Police body, in Russian</source>
        <translation>Орган полиции, на русском</translation>
    </message>
    <message>
        <source>Police body, in English</source>
        <translation>Орган полиции, на английском</translation>
    </message>
</context>
<context>
    <name>ruqsat::records::RecordChanges</name>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Дата выдачи паспорта</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Количество детей</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Состав семьи</translation>
    </message>
    <message>
        <source>Employer&apos;s IIN</source>
        <translation>ИИН работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s year of birth</source>
        <translation>Год рождения работодателя</translation>
    </message>
    <message>
        <source>Employer&apos;s identity document issued on</source>
        <translation>Дата выдачи удостоверения личности работодателя</translation>
    </message>
    <message>
        <source>Real estate owned</source>
        <translation>Недвижимость в собственности</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Issue or extend</source>
        <translation>Выдача или продление</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Labour immigrant</source>
        <translation>Трудовой иммигрант</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Permit extended</source>
        <translation>Продлеваемое разрешение</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Counted as received on</source>
        <translation>Считается поступившим</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Term asked, months</source>
        <translation>Запрашиваемый срок, месяцев</translation>
    </message>
    <message>
        <source>Salary, tenge</source>
        <translation>Заработная плата, тенге</translation>
    </message>
    <message>
        <source>Agreement of intent signed on</source>
        <translation>Дата подписания соглашения о намерении</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Amount paid, KZT</source>
        <translation>Уплачено, тенге</translation>
    </message>
</context>
<context>
    <name>ruqsat::reports</name>
    <message>
        <source>State Corporation</source>
        <translation>Госкорпорация</translation>
    </message>
    <message>
        <source>egov.kz portal</source>
        <translation>Портал egov.kz</translation>
    </message>
    <message>
        <source>migration.enbek.kz portal</source>
        <translation>Портал migration.enbek.kz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Ground %1</source>
        <translation>Основание %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С нарушением срока</translation>
    </message>
    <message>
        <source>In time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <source>by: %1</source>
        <translation>в разрезе: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Дата печати: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Permits issued</source>
        <translation>Выданные разрешения</translation>
    </message>
    <message>
        <source>Permits extended</source>
        <translation>Продлённые разрешения</translation>
    </message>
    <message>
        <source>Refusals of the service</source>
        <translation>Отказы в оказании государственной услуги</translation>
    </message>
    <message>
        <source>Refusals to accept the documents</source>
        <translation>Отказы в приёме документов</translation>
    </message>
    <message>
        <source>Permits revoked</source>
        <translation>Отозванные разрешения</translation>
    </message>
    <message>
        <source>Permits terminated</source>
        <translation>Прекращённые разрешения</translation>
    </message>
    <message>
        <source>Copies of permits issued</source>
        <translation>Выданные дубликаты разрешений</translation>
    </message>
    <message>
        <source>Decisions in time and late</source>
        <translation>Решения, принятые в срок и с нарушением срока</translation>
    </message>
    <message>
        <source>Total only</source>
        <translation>Только итог</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал подачи</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Ground of refusal</source>
        <translation>Основание отказа</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
</context>
<context>
    <name>ruqsat::store</name>
    <message>
        <source>The employer %1 is not in the store</source>
        <translation>Работодателя %1 нет в хранилище</translation>
    </message>
    <message>
        <source>The immigrant %1 is not in the store</source>
        <translation>Иммигранта %1 нет в хранилище</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::AttachmentRepository</name>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file: scans must be one of these</source>
        <translation>%1 не является файлом PDF, JPEG или PNG: скан-копии принимаются только в этих форматах</translation>
    </message>
    <message>
        <source>%1 is %2, more than the limit of %3 for one scan</source>
        <translation>Размер %1 составляет %2, это больше предела %3 для одной скан-копии</translation>
    </message>
    <message>
        <source>The scan %1 is not in the store</source>
        <translation>Скан-копии %1 нет в хранилище</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::CaseRepository</name>
    <message>
        <source>The case %1 is not in the store</source>
        <translation>Дела %1 нет в хранилище</translation>
    </message>
    <message>
        <source>Someone else saved this case while you were editing it (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation>Пока вы редактировали это дело, его сохранил другой пользователь (ваша копия: версия %1, в хранилище: версия %2). Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>The police check %1 does not exist or was already answered</source>
        <translation>Запроса на согласование с полицией %1 не существует или ответ на него уже получен</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ComplaintRepository</name>
    <message>
        <source>The complaint %1 does not exist or is already resolved</source>
        <translation>Жалобы %1 не существует или она уже рассмотрена</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ConnectionString</name>
    <message>
        <source>The SQLite connection string names no file: use sqlite:/path/file.db</source>
        <translation>В строке подключения SQLite не указан файл: используйте sqlite:/path/file.db</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1. Use postgresql://user@host:port/dbname</source>
        <translation>Неверный адрес PostgreSQL: %1. Используйте postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Do not put the password in the connection string: set PGPASSWORD or type it when asked</source>
        <translation>Не указывайте пароль в строке подключения: задайте PGPASSWORD или введите его по запросу</translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a user and a database name: postgresql://user@host:port/dbname</source>
        <translation>В адресе PostgreSQL должны быть пользователь и имя базы данных: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Unknown store &quot;%1&quot;: use sqlite:/path/file.db or postgresql://user@host:port/dbname</source>
        <translation>Неизвестное хранилище «%1»: используйте sqlite:/path/file.db или postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>The PostgreSQL address takes only sslmode and sslrootcert after &quot;?&quot;, not %1.</source>
        <translation>Адрес PostgreSQL принимает после &quot;?&quot; только sslmode и sslrootcert, а не %1.</translation>
    </message>
    <message>
        <source>The value of %1 in the PostgreSQL address may not contain spaces or semicolons.</source>
        <translation>Значение %1 в адресе PostgreSQL не может содержать пробелы или точки с запятой.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Не удается создать папку %1 для базы данных</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Не удается открыть файл базы данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1:%2 (database %3, user %4): %5</source>
        <translation>Не удается подключиться к серверу PostgreSQL %1:%2 (база данных %3, пользователь %4): %5</translation>
    </message>
    <message>
        <source>There is no Ruqsat store at %1.</source>
        <translation>По адресу %1 нет хранилища Ruqsat.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Ruqsat store. It was not changed.</source>
        <translation>%1 — пустой файл, а не хранилище Ruqsat. Он не изменен.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database without tables, not a Ruqsat store. It was not changed.</source>
        <translation>%1 — база данных SQLite без таблиц, а не хранилище Ruqsat. Она не изменена.</translation>
    </message>
    <message>
        <source>A store is made there only on purpose, with: ruqsatctl init --db %1</source>
        <translation>Хранилище создается там только намеренно, командой: ruqsatctl init --db %1</translation>
    </message>
    <message>
        <source>Read only: this store&apos;s file or folder cannot be written. You can look up and print; saving is not possible.</source>
        <translation>Только чтение: в файл или папку этого хранилища нельзя записывать. Можно искать и печатать; сохранение невозможно.</translation>
    </message>
    <message>
        <source>Cannot make a store at %1: the file or its folder is read-only.</source>
        <translation>Не удается создать хранилище по адресу %1: файл или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ruqsat (schema %2; this program uses %3) and must be upgraded, which is not possible while its file or folder is read-only. It was not changed.</source>
        <translation>%1 создано более старой версией Ruqsat (схема %2; эта программа использует %3) и должно быть обновлено, а это невозможно, пока его файл или папка доступны только для чтения. Оно не изменено.</translation>
    </message>
    <message>
        <source>Read only: the audit log of this store has lost its protection (its triggers are missing), so no change can be recorded for certain. You can look up and print; saving is not possible until an administrator restores the store.</source>
        <translation>Только чтение: журнал аудита этого хранилища лишился защиты (его триггеры отсутствуют), поэтому ни одно изменение нельзя надёжно записать. Можно искать и печатать; сохранение невозможно, пока администратор не восстановит хранилище.</translation>
    </message>
    <message>
        <source>Only a superuser of the PostgreSQL server can secure a store (%1 is not one). Run init as the server&apos;s superuser, for example postgres.</source>
        <translation>Защитить хранилище может только суперпользователь сервера PostgreSQL (%1 им не является). Запустите init от суперпользователя сервера, например postgres.</translation>
    </message>
    <message>
        <source>The server at %1:%2 cannot be reached: %3</source>
        <translation>Сервер %1:%2 недоступен: %3</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::DemoWriter</name>
    <message>
        <source>This store already holds these demo people: their seed was written to it before.</source>
        <translation>В этом хранилище уже есть эти демонстрационные люди: их seed уже записывался в него.</translation>
    </message>
    <message>
        <source>Another writer gave out an IIN of this batch meanwhile.</source>
        <translation>Тем временем другой процесс записи уже выдал ИИН из этого пакета.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::EmployerRepository</name>
    <message>
        <source>Someone else saved this employer while you were editing (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation>Пока вы редактировали, этого работодателя сохранил кто-то другой (у вас версия %1, в базе версия %2). Ничего не перезаписано.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ImmigrantRepository</name>
    <message>
        <source>Someone else saved this immigrant while you were editing (your copy is version %1, the store holds version %2). Nothing was overwritten.</source>
        <translation>Пока вы редактировали, данные этого иммигранта сохранил кто-то другой (у вас версия %1, в базе версия %2). Ничего не перезаписано.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::PermitRepository</name>
    <message>
        <source>The case %1 is not in the store</source>
        <translation>Дела %1 нет в хранилище</translation>
    </message>
    <message>
        <source>The case %1 is already decided (%2)</source>
        <translation>По делу %1 уже принято решение (%2)</translation>
    </message>
    <message>
        <source>Only a permit in force can be extended</source>
        <translation>Продлить можно только действующее разрешение</translation>
    </message>
    <message>
        <source>No quota is set for this region in %1: the permit cannot be issued</source>
        <translation>Для этого региона квота на %1 год не установлена: разрешение не может быть выдано</translation>
    </message>
    <message>
        <source>The quota of this region for %1 is used up: no permit can be issued until a place is freed</source>
        <translation>Квота этого региона на %1 год исчерпана: разрешения не выдаются, пока не освободится место</translation>
    </message>
    <message>
        <source>The permit is not in force</source>
        <translation>Разрешение не действует</translation>
    </message>
    <message>
        <source>The permit %1 is not in the store</source>
        <translation>Разрешения %1 нет в хранилище</translation>
    </message>
    <message>
        <source>The permit %1 is not revoked</source>
        <translation>Разрешение %1 не отозвано</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::PrintQueries</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>Разрешения %1 нет.</translation>
    </message>
    <message>
        <source>The case %1 has no decision of the kind &quot;%2&quot;.</source>
        <translation>По делу %1 нет решения вида «%2».</translation>
    </message>
    <message>
        <source>The permit %1 has no recorded termination.</source>
        <translation>По разрешению %1 не зарегистрировано прекращение трудового договора.</translation>
    </message>
    <message>
        <source>The permit %1 has not been revoked.</source>
        <translation>Разрешение %1 не отзывалось.</translation>
    </message>
    <message>
        <source>No permit was named.</source>
        <translation>Не указано ни одного разрешения.</translation>
    </message>
    <message>
        <source>No permit was issued on the case %1.</source>
        <translation>По делу %1 разрешение не выдавалось.</translation>
    </message>
    <message>
        <source>This store has never printed a permit and can only be read: the key that signs the permit&apos;s QR code cannot be made. Print from a store that can be written.</source>
        <translation>Это хранилище еще не печатало разрешений и доступно только для чтения: ключ, которым подписывается QR-код разрешения, создать невозможно. Печатайте из хранилища, в которое можно записывать.</translation>
    </message>
    <message>
        <source>The district of %1 is missing from the store.</source>
        <translation>Района для %1 нет в базе.</translation>
    </message>
    <message>
        <source>The permits %1 and %2 were issued in different districts (%3, %4): Appendix 9 goes from one district to its police body, so print one for each district.</source>
        <translation>Разрешения %1 и %2 выданы в разных районах (%3, %4): приложение 9 направляет один район своему органу полиции, поэтому напечатайте его для каждого района отдельно.</translation>
    </message>
    <message>
        <source>This case belongs to another district.</source>
        <translation>Это дело относится к другому району.</translation>
    </message>
    <message>
        <source>This permit belongs to another district.</source>
        <translation>Это разрешение относится к другому району.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::Query</name>
    <message>
        <source>The store refused the change: %1</source>
        <translation>Хранилище отклонило изменение: %1</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Файл базы данных поврежден</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База данных сообщила об ошибке: %1</translation>
    </message>
    <message>
        <source>The store can only be read: saving is not possible. Nothing was changed.</source>
        <translation>Хранилище доступно только для чтения: сохранение невозможно. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 can only be read: saving is not possible. Nothing was changed.</source>
        <translation>%1 доступно только для чтения: сохранение невозможно. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server does not let your role do this. Nothing was changed.</source>
        <translation>Сервер не разрешает это вашей роли. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. This step was not saved; what you typed is kept.</source>
        <translation>Связь с сервером прервалась. Этот шаг не сохранён; введённое осталось на месте.</translation>
    </message>
    <message>
        <source>The server cancelled this step because another user&apos;s change collided with it. Nothing was changed; try again.</source>
        <translation>Сервер отменил этот шаг, потому что он столкнулся с изменением другого пользователя. Ничего не изменено; повторите.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving: whether this step was saved is not known yet. Look at the case when the server is back before doing it again.</source>
        <translation>Связь с сервером прервалась во время сохранения: сохранён ли этот шаг, пока неизвестно. Когда сервер вернётся, посмотрите дело, прежде чем повторять шаг.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::QuotaRepository</name>
    <message>
        <source>A quota cannot be negative</source>
        <translation>Квота не может быть отрицательной</translation>
    </message>
    <message>
        <source>The quota cannot be lower than the %1 places already taken by permits in force and reservations</source>
        <translation>Квота не может быть меньше %1 мест, уже занятых действующими разрешениями и бронированием</translation>
    </message>
    <message>
        <source>No place is free in the quota: the place cannot be reserved</source>
        <translation>В квоте нет свободных мест: забронировать место невозможно</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ReferenceRepository</name>
    <message>
        <source>There is no district %1.</source>
        <translation>Района %1 нет.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SchemaCheck</name>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation>%1 не является базой данных Ruqsat (%2). Она не изменена.</translation>
    </message>
    <message>
        <source>its schema_version table is empty</source>
        <translation>ее таблица schema_version пуста</translation>
    </message>
    <message>
        <source>its schema_version table does not record Ruqsat&apos;s schema</source>
        <translation>ее таблица schema_version не описывает схему Ruqsat</translation>
    </message>
    <message>
        <source>it holds other tables</source>
        <translation>в ней есть другие таблицы</translation>
    </message>
    <message>
        <source>its schema_version table is not Ruqsat&apos;s</source>
        <translation>ее таблица schema_version — не таблица Ruqsat</translation>
    </message>
    <message>
        <source>the table %1 of a Ruqsat store is missing</source>
        <translation>в ней нет таблицы %1 хранилища Ruqsat</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Ruqsat (schema %2, needs at least %3; this program knows %4). Update Ruqsat to open it; the database was not changed.</source>
        <translation>%1 записан более новой версией Ruqsat (схема %2, требуется не ниже %3; эта программа знает схему %4). Обновите Ruqsat, чтобы открыть его; база данных не изменена.</translation>
    </message>
    <message>
        <source>The database %1 holds no Ruqsat store yet. It was not changed.</source>
        <translation>В базе данных %1 еще нет хранилища Ruqsat. Она не изменена.</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2): %3 Nothing was changed; the previous version of Ruqsat still opens it.</source>
        <translation>Базу данных не удалось перевести на схему %1 (%2): %3 Ничего не изменено; предыдущая версия Ruqsat по-прежнему её открывает.</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2): rows of %3 refer to rows of %4 that do not exist. Nothing was changed; the previous version of Ruqsat still opens it.</source>
        <translation>Базу данных не удалось перевести на схему %1 (%2): строки таблицы %3 ссылаются на несуществующие строки таблицы %4. Ничего не изменено; предыдущая версия Ruqsat по-прежнему её открывает.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ServerRetry</name>
    <message>
        <source>The server cannot be reached; trying again in %1 s…</source>
        <translation>Сервер недоступен; новая попытка через %1 с…</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::ServerRoles</name>
    <message>
        <source>The server already has a role named %1: choose another login.</source>
        <translation>На сервере уже есть роль %1: выберите другой логин.</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Нет такого пользователя</translation>
    </message>
    <message>
        <source>The last active administrator must stay an active administrator.</source>
        <translation>Последний активный администратор должен остаться активным администратором.</translation>
    </message>
    <message>
        <source>A login is 2 to 63 small Latin letters, digits, dots, dashes or underscores, beginning with a letter or a digit.</source>
        <translation>Логин — от 2 до 63 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, начинается с буквы или цифры.</translation>
    </message>
    <message>
        <source>One of the districts is not in the store.</source>
        <translation>Одного из районов нет в хранилище.</translation>
    </message>
    <message>
        <source>This store&apos;s tables belong to the role %1, which can log in. Give them to ruqsat_owner first (docs/SERVER.md), then run init again.</source>
        <translation>Таблицы этого хранилища принадлежат роли %1, которая может входить. Сначала передайте их ruqsat_owner (docs/SERVER.md), затем снова запустите init.</translation>
    </message>
    <message>
        <source>The connection to the server is not open.</source>
        <translation>Соединение с сервером не открыто.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Не удалось подготовить пароль для сервера: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SettingsRepository</name>
    <message>
        <source>Working hours need a start before the end and a lunch break inside them.</source>
        <translation>В режиме работы начало должно быть раньше окончания, а обеденный перерыв должен быть внутри рабочего времени.</translation>
    </message>
    <message>
        <source>Working hours need a start before the end.</source>
        <translation>В режиме работы начало должно быть раньше окончания.</translation>
    </message>
    <message>
        <source>A year rate needs a year from 2000 to 2100, an MCI above zero and an IIT rate above zero.</source>
        <translation>Для ставок года нужны год от 2000 до 2100, МРП больше нуля и ставка ИПН больше нуля.</translation>
    </message>
    <message>
        <source>There is no rate for the year %1.</source>
        <translation>Ставки на %1 год не заданы.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;</source>
        <translation>Настройки «%1» нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:mm</source>
        <translation>«%1» не является временем в формате ЧЧ:ММ</translation>
    </message>
    <message>
        <source>The size limit must be a positive number of bytes</source>
        <translation>Предельный размер должен быть положительным числом байтов</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::SqliteInspection</name>
    <message>
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation>%1 не является базой данных Ruqsat (%2). Файл не изменен.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>Файл %1 поврежден, открыть его невозможно. Файл не изменен; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>это не файл SQLite</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::StoreFiles</name>
    <message>
        <source>%1 belongs to the open Ruqsat store and was not touched; choose another file.</source>
        <translation>%1 принадлежит открытому хранилищу Ruqsat и не был затронут; выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>ruqsat::store::UserRepository</name>
    <message>
        <source>No such user</source>
        <translation>Такого пользователя нет</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters</source>
        <translation>Пароль должен содержать не менее 8 символов</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AdminPage</name>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Only an administrator changes settings, rates, quotas, districts and users. You can look at them here.</source>
        <translation>Изменять настройки, ставки, квоты, районы и пользователей может только администратор. Здесь их можно только просматривать.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Year rates</source>
        <translation>&amp;Ставки года</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Квоты</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Районы</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Ка&amp;лендарь</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ArrivalChecksBox</name>
    <message>
        <source>Checks on the day the documents arrived</source>
        <translation>Проверки в день поступления документов</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>что выявлено</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CalendarDayDialog</name>
    <message>
        <source>&amp;Holiday: this weekday is not worked</source>
        <translation>&amp;Праздничный день: в этот будний день не работают</translation>
    </message>
    <message>
        <source>&amp;Worked day: this Saturday or Sunday is worked (a day swap)</source>
        <translation>&amp;Рабочий день по переносу: в эту субботу или воскресенье работают</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>День календаря</translation>
    </message>
    <message>
        <source>&amp;Ordinary day: a day off, as every Saturday and Sunday</source>
        <translation>&amp;Обычный день: выходной, как любая суббота и воскресенье</translation>
    </message>
    <message>
        <source>&amp;Ordinary day: a working day, as every weekday</source>
        <translation>&amp;Обычный день: рабочий, как любой будний день</translation>
    </message>
    <message>
        <source>For example: Nauryz, or the decree of the day swap</source>
        <translation>Например: Наурыз или постановление о переносе</translation>
    </message>
    <message>
        <source>The calendar holds no day of %1 yet. After this change the year counts as entered and the Deadlines tab no longer warns about it: enter all its holidays and day swaps, or import the year&apos;s file instead.</source>
        <translation>В календаре ещё нет ни одного дня %1 года. После этого изменения год будет считаться внесённым, и вкладка «Сроки» перестанет о нём предупреждать: внесите все его праздничные дни и переносы или вместо этого импортируйте файл этого года.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>При&amp;мечание</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CalendarYearView</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Импорт CSV...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>The year before</source>
        <translation>Предыдущий год</translation>
    </message>
    <message>
        <source>The year after</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>Replace the years a calendar file lists with its days</source>
        <translation>Заменить дни лет, указанных в файле календаря, днями из этого файла</translation>
    </message>
    <message>
        <source>Export &amp;year...</source>
        <translation>Экспорт &amp;года...</translation>
    </message>
    <message>
        <source>Export &amp;all years...</source>
        <translation>Экспорт &amp;всех лет...</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Го&amp;д</translation>
    </message>
    <message>
        <source>Click a day, or press Enter on it, to change it.</source>
        <translation>Чтобы изменить день, щёлкните по нему или нажмите на нём Enter.</translation>
    </message>
    <message>
        <source>Only an administrator changes the calendar.</source>
        <translation>Изменять календарь может только администратор.</translation>
    </message>
    <message>
        <source>The calendar covers no year yet.</source>
        <translation>В календаре пока нет ни одного года.</translation>
    </message>
    <message>
        <source>The calendar covers: %1</source>
        <translation>Годы в календаре: %1</translation>
    </message>
    <message>
        <source>The calendar holds no day of %1: it shows plain weeks, and deadlines in that year are counted without holidays.</source>
        <translation>В календаре нет ни одного дня %1 года: показаны обычные недели, и сроки в этом году считаются без праздничных дней.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Импорт файла календаря</translation>
    </message>
    <message>
        <source>Calendar files (*.csv);;All files (*)</source>
        <translation>Файлы календаря (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 was not imported, and the calendar is unchanged: %2</source>
        <translation>Файл %1 не импортирован, календарь не изменён: %2</translation>
    </message>
    <message>
        <source>the file is larger than any calendar file (1 MB).</source>
        <translation>файл больше, чем может быть файл календаря (1 МБ).</translation>
    </message>
    <message>
        <source>it lists no day.</source>
        <translation>в нём не указано ни одного дня.</translation>
    </message>
    <message>
        <source>%1: %2 days in the calendar now, %3 in the file</source>
        <translation>%1: дней в календаре сейчас — %2, в файле — %3</translation>
    </message>
    <message>
        <source>%1 replaces the holidays and worked days of these years:</source>
        <translation>Файл %1 заменит праздничные дни и рабочие дни по переносу в следующих годах:</translation>
    </message>
    <message>
        <source>The days of other years stay as they are. Replace them?</source>
        <translation>Дни других лет останутся без изменений. Заменить?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported %1: the calendar of %2 is replaced.</source>
        <translation>Файл %1 импортирован, календарь заменён: %2.</translation>
    </message>
    <message>
        <source>Export all years</source>
        <translation>Экспорт всех лет</translation>
    </message>
    <message>
        <source>Export the year</source>
        <translation>Экспорт года</translation>
    </message>
    <message>
        <source>Calendar files (*.csv)</source>
        <translation>Файлы календаря (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>Файл %1 не записан: %2</translation>
    </message>
    <message>
        <source>Every year of the calendar is in %1.</source>
        <translation>Все годы календаря записаны в файл %1.</translation>
    </message>
    <message>
        <source>The calendar of %1 is in %2.</source>
        <translation>Календарь на %1 год записан в файл %2.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseHistoryView</name>
    <message>
        <source>Choose a row to read all it changed.</source>
        <translation>Выберите строку, чтобы прочитать все её изменения.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseRegisterWidget</name>
    <message>
        <source>Search: surname or name, IIN, passport, permit or registry number</source>
        <translation>Поиск: фамилия или имя, ИИН, паспорт, номер разрешения или регистрационный номер</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Issue and extension</source>
        <translation>Выдача и продление</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Any three letters of the immigrant&apos;s or the employer&apos;s name, in Cyrillic or Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several words in any order; an IIN; any four characters of a passport number; a registry or permit number.</source>
        <translation>Любые три буквы имени иммигранта или работодателя, кириллицей или латиницей, в любом обычном написании (Kholmatov, Xolmatov, Холматов); несколько слов в любом порядке; ИИН; любые четыре знака номера паспорта; регистрационный номер или номер разрешения.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CaseView</name>
    <message>
        <source>Decide on the &amp;documents</source>
        <translation>Решение по &amp;документам</translation>
    </message>
    <message>
        <source>Send to the &amp;police</source>
        <translation>&amp;Направить в полицию</translation>
    </message>
    <message>
        <source>Police: positive</source>
        <translation>Полиция: положительный ответ</translation>
    </message>
    <message>
        <source>Police: negative</source>
        <translation>Полиция: отрицательный ответ</translation>
    </message>
    <message>
        <source>&amp;Issue the permit</source>
        <translation>&amp;Выдать разрешение</translation>
    </message>
    <message>
        <source>&amp;Refuse...</source>
        <translation>&amp;Отказать...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Пе&amp;чать...</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation>Дата (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Appendix 1: application</source>
        <translation>Приложение 1: заявление</translation>
    </message>
    <message>
        <source>Appendix 4: refusal to accept documents</source>
        <translation>Приложение 4: расписка об отказе в приеме документов</translation>
    </message>
    <message>
        <source>Appendix 5: the permit</source>
        <translation>Приложение 5: разрешение</translation>
    </message>
    <message>
        <source>Appendix 7: refusal</source>
        <translation>Приложение 7: отказ в оказании государственной услуги</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>Разрешение выдано</translation>
    </message>
    <message>
        <source>Permit No. %1, valid from %2 to %3.</source>
        <translation>Разрешение № %1, действует с %2 по %3.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Appendix 3: agreement of intent</source>
        <translation>Приложение 3: соглашение о намерении</translation>
    </message>
    <message>
        <source>Amount paid, KZT</source>
        <translation>Уплачено, тенге</translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation>Отказ в приеме</translation>
    </message>
    <message>
        <source>Refuse the documents</source>
        <translation>Отказать в приеме</translation>
    </message>
    <message>
        <source>Send to the police</source>
        <translation>Направить в полицию</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Направить</translation>
    </message>
    <message>
        <source>Issue the permit</source>
        <translation>Выдача разрешения</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Some cells of the checklist need attention: the lines under it say what to fix.</source>
        <translation>Некоторые ячейки перечня документов требуют внимания: строки под ним подсказывают, что исправить.</translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;.</source>
        <translation>Теперь дело в статусе «%1».</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Сохранено другим сотрудником</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Your checklist stays on screen until you choose. Kept, it can be decided again while the case waits for a decision; the record keeps both.</source>
        <translation>Ваш перечень остаётся на экране, пока вы не выберете. Если его оставить, по нему можно снова принять решение, пока дело ожидает решения; журнал хранит обе версии.</translation>
    </message>
    <message>
        <source>&amp;Keep my checklist on screen</source>
        <translation>&amp;Оставить мой перечень на экране</translation>
    </message>
    <message>
        <source>&amp;Take the saved checklist</source>
        <translation>&amp;Взять сохранённый перечень</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>Д&amp;окументы</translation>
    </message>
    <message>
        <source>Co&amp;mplaint...</source>
        <translation>&amp;Жалоба...</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ComplaintDialog</name>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after registration.</source>
        <translation>
            <numerusform>%1: %n рабочий день со дня регистрации.</numerusform>
            <numerusform>%1: %n рабочих дня со дня регистрации.</numerusform>
            <numerusform>%1: %n рабочих дней со дня регистрации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day of registration to see it.</source>
        <translation>Введите дату регистрации, чтобы увидеть срок.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обжалуется</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ComplaintsTab</name>
    <message>
        <source>&amp;Resolve...</source>
        <translation>&amp;Рассмотреть...</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Complaints to show</source>
        <translation>Какие жалобы показать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Рассмотренные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Forward, grant or reject the complaint</source>
        <translation>Направить жалобу, удовлетворить ее или отказать</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Жалобы (%1)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ContractDialog</name>
    <message>
        <source>Labour contract under permit %1</source>
        <translation>Трудовой договор по разрешению %1</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Unified system of labour contracts</source>
        <translation>Единая система учета трудовых договоров</translation>
    </message>
    <message>
        <source>hr.enbek.kz</source>
        <translation>hr.enbek.kz</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Где зарегистрирован</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Contract starts on</source>
        <translation>Начало действия договора</translation>
    </message>
    <message>
        <source>Contract ends on</source>
        <translation>Окончание действия договора</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Within the permit&apos;s term, %1 to %2.</source>
        <translation>В пределах срока действия разрешения, с %1 по %2.</translation>
    </message>
    <message>
        <source>Type the dates to see them checked against the permit&apos;s term.</source>
        <translation>Введите даты, чтобы проверить их по сроку разрешения.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::CopyDialog</name>
    <message>
        <source>Copy of permit %1</source>
        <translation>Дубликат разрешения %1</translation>
    </message>
    <message>
        <source>The permit was lost</source>
        <translation>Разрешение утеряно</translation>
    </message>
    <message>
        <source>The permit was damaged</source>
        <translation>Разрешение повреждено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Issued today, with the same number and a visible &quot;copy&quot; mark. Copies issued so far: %1.</source>
        <translation>Выдается сегодня, с тем же номером и отметкой «копия». Уже выдано дубликатов: %1.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DeadlinesDesk</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Print day list</source>
        <translation>Печать списка на день</translation>
    </message>
    <message>
        <source>Language of the list:</source>
        <translation>Язык списка:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day list is in %1.</source>
        <translation>Список на день сохранён в %1.</translation>
    </message>
    <message>
        <source>Kind of clock</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <source>Every clock</source>
        <translation>Все сроки</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>&amp;Print day list...</source>
        <translation>&amp;Печать списка на день...</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Deadlines (%1 overdue, %2 today)</source>
        <translation>Сроки (%1 просрочено, %2 сегодня)</translation>
    </message>
    <message>
        <source>Appendix 9 &amp;sent...</source>
        <translation>Приложение 9 &amp;направлено...</translation>
    </message>
    <message>
        <source>Record the day Appendix 9 went to the police</source>
        <translation>Внести день направления приложения 9 в полицию</translation>
    </message>
    <message>
        <source>Appendix 9 sent</source>
        <translation>Приложение 9 направлено</translation>
    </message>
    <message>
        <source>The day Appendix 9 went to the police (dd.mm.yyyy):</source>
        <translation>День направления приложения 9 в полицию (дд.мм.гггг):</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message numerus="yes">
        <source>Read the next %n clock(s)</source>
        <translation>
            <numerusform>Прочитать следующий %n срок</numerusform>
            <numerusform>Прочитать следующие %n срока</numerusform>
            <numerusform>Прочитать следующие %n сроков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clocks shown</source>
        <translation>Показано сроков: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DifferencesDialog</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::DistrictsPage</name>
    <message>
        <source>&amp;Add the district</source>
        <translation>&amp;Добавить район</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>9 digits, or empty until known</source>
        <translation>9 цифр или пусто, пока код неизвестен</translation>
    </message>
    <message>
        <source>empty: the Russian name</source>
        <translation>пусто: название на русском</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <source>Of the selected district</source>
        <translation>Выбранного района</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>The forms of a district name its issuing body, its head and its police body. Select a district, then double-click a value to change it; it is saved when you press Enter.</source>
        <translation>Формы района называют его орган, выдающий разрешения, руководителя и орган полиции. Выберите район и дважды щёлкните значение, чтобы изменить его; оно сохраняется по нажатию Enter.</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <source>all set</source>
        <translation>всё задано</translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n не задано</numerusform>
            <numerusform>%n не задано</numerusform>
            <numerusform>%n не задано</numerusform>
        </translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>На английском</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FieldDelegate</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FieldInput</name>
    <message numerus="yes">
        <source>This field holds at most %n character(s): what would go past that was not taken.</source>
        <translation>
            <numerusform>В это поле помещается не более %n символа: то, что выходит за предел, не принято.</numerusform>
            <numerusform>В это поле помещается не более %n символов: то, что выходит за предел, не принято.</numerusform>
            <numerusform>В это поле помещается не более %n символов: то, что выходит за предел, не принято.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Файл %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::IntakeEditor</name>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Issue or extend</source>
        <translation>Выдача или продление</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Term asked</source>
        <translation>Запрашиваемый срок</translation>
    </message>
    <message>
        <source>Work address (employer&apos;s property)</source>
        <translation>Адрес места работы (недвижимость работодателя)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Labour immigrant</source>
        <translation>Трудовой иммигрант</translation>
    </message>
    <message>
        <source>Paste or scan the passport&apos;s machine readable zone here</source>
        <translation>Вставьте сюда или отсканируйте машиносчитываемую зону (MRZ) паспорта</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Surname (Latin, as in the passport)</source>
        <translation>Фамилия (латиницей, как в паспорте)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Фамилия (кириллицей)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Имя (кириллицей)</translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation>Отчество (при наличии)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translation>Дата рождения (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>IIN (if any)</source>
        <translation>ИИН (при наличии)</translation>
    </message>
    <message>
        <source>Passport series and number</source>
        <translation>Серия и номер паспорта</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Дата выдачи паспорта</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Кем выдан паспорт</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Адрес постоянного проживания</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Адрес в Казахстане</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>Real estate owned (address)</source>
        <translation>Недвижимость в собственности (адрес)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>&amp;Подать</translation>
    </message>
    <message numerus="yes">
        <source>At most %n month(s) can be granted.</source>
        <translation>
            <numerusform>Можно предоставить не более %n месяца.</numerusform>
            <numerusform>Можно предоставить не более %n месяцев.</numerusform>
            <numerusform>Можно предоставить не более %n месяцев.</numerusform>
        </translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Filled from the MRZ: surname, names, passport number, citizenship, birth date, sex and expiry. Check them against the passport.</source>
        <translation>Заполнено по MRZ: фамилия, имя, номер паспорта, гражданство, дата рождения, пол и срок действия. Сверьте их с паспортом.</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Исправлено: %1</translation>
    </message>
    <message>
        <source>The draft could not be written (%1); keep this window open and save.</source>
        <translation>Не удалось записать черновик (%1); не закрывайте это окно и сохраните заявление.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Не подано</translation>
    </message>
    <message>
        <source>Some fields need attention: the messages beside them say what to fix.</source>
        <translation>Некоторые поля требуют внимания: сообщения рядом с ними подсказывают, что исправить.</translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation>Несохраненное заявление</translation>
    </message>
    <message>
        <source>Save the changes to this application before closing?</source>
        <translation>Сохранить изменения в этом заявлении перед закрытием?</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Не состоит в браке</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Состоит в браке</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Разведен(а)</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Вдовец (вдова)</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Spouse (surname, name, patronymic)</source>
        <translation>Супруг(а) (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Spouse&apos;s year of birth</source>
        <translation>Год рождения супруга (супруги)</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Количество детей</translation>
    </message>
    <message>
        <source>Home telephone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>Identity document No.</source>
        <translation>Удостоверение личности №</translation>
    </message>
    <message>
        <source>Identity document issued on</source>
        <translation>Дата выдачи удостоверения личности</translation>
    </message>
    <message>
        <source>Identity document issued by</source>
        <translation>Кем выдано удостоверение личности</translation>
    </message>
    <message>
        <source>Received (DD.MM.YYYY HH:MM)</source>
        <translation>Поступило (ДД.ММ.ГГГГ ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Agreement of intent signed on</source>
        <translation>Дата подписания соглашения о намерении</translation>
    </message>
    <message>
        <source>Salary, KZT a month</source>
        <translation>Заработная плата, тенге в месяц</translation>
    </message>
    <message>
        <source>Counts as received on %1; the decision is due by %2.</source>
        <translation>Считается поступившим %1; срок решения: %2.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::LoginDialog</name>
    <message>
        <source>First start: the administrator</source>
        <translation>Первый запуск: администратор</translation>
    </message>
    <message>
        <source>Log in to Ruqsat</source>
        <translation>Вход в Ruqsat</translation>
    </message>
    <message>
        <source>This store has no users yet. Create the administrator&apos;s account.</source>
        <translation>В этом хранилище еще нет пользователей. Создайте учетную запись администратора.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Type a login and the full name.</source>
        <translation>Введите логин и Ф.И.О.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MainWindow</name>
    <message>
        <source>Ruqsat: permits to labour immigrants</source>
        <translation>Ruqsat: разрешения трудовым иммигрантам</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open store file...</source>
        <translation>&amp;Открыть файл хранилища...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Open a Ruqsat store</source>
        <translation>Открыть хранилище Ruqsat</translation>
    </message>
    <message>
        <source>Ruqsat stores (*.db);;All files (*)</source>
        <translation>Хранилища Ruqsat (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Новое заявление</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation>Незавершенные заявления</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) were being typed when Ruqsat last stopped. Open them again?</source>
        <translation>
            <numerusform>Когда Ruqsat работал в прошлый раз, заполнялось %n заявление. Открыть снова?</numerusform>
            <numerusform>Когда Ruqsat работал в прошлый раз, заполнялось %n заявления. Открыть снова?</numerusform>
            <numerusform>Когда Ruqsat работал в прошлый раз, заполнялось %n заявлений. Открыть снова?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Administration...</source>
        <translation>&amp;Администрирование...</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>This case belongs to another district.</source>
        <translation>Это дело относится к другому району.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::MonthGrid</name>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off (Saturday, Sunday)</source>
        <translation>Выходной день (суббота, воскресенье)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Worked day (a day swap)</source>
        <translation>Рабочий день по переносу</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitActionDialog</name>
    <message>
        <source>Permit No. %1, valid from %2 to %3: %4</source>
        <translation>Разрешение № %1, действует с %2 по %3: %4</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitDesk</name>
    <message>
        <source>&amp;Extend...</source>
        <translation>&amp;Продлить...</translation>
    </message>
    <message>
        <source>C&amp;opy issued...</source>
        <translation>Выдать ду&amp;бликат...</translation>
    </message>
    <message>
        <source>&amp;Termination...</source>
        <translation>П&amp;рекращение...</translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation>&amp;Отозвать...</translation>
    </message>
    <message>
        <source>Labour &amp;contract...</source>
        <translation>Трудовой &amp;договор...</translation>
    </message>
    <message>
        <source>Co&amp;mplaint...</source>
        <translation>&amp;Жалоба...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Пе&amp;чать...</translation>
    </message>
    <message>
        <source>Print &amp;batch...</source>
        <translation>Па&amp;кетная печать...</translation>
    </message>
    <message>
        <source>The selected permits, or all those issued on a day, into one PDF or to the printer</source>
        <translation>Выбранные разрешения или все разрешения, выданные за день, — в один PDF-файл или на принтер</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Take the application anyway?</source>
        <translation>Все равно принять заявление?</translation>
    </message>
    <message>
        <source>Appendix 5: the permit</source>
        <translation>Приложение 5: разрешение</translation>
    </message>
    <message>
        <source>Appendix 6: termination notice</source>
        <translation>Приложение 6: уведомление о расторжении трудового договора</translation>
    </message>
    <message>
        <source>Appendix 8: revocation, to the immigrant</source>
        <translation>Приложение 8: информация об отзыве разрешения (трудовому иммигранту)</translation>
    </message>
    <message>
        <source>Appendix 9: revocation, to the police</source>
        <translation>Приложение 9: информация об отозванном разрешении (в полицию)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Print batch</source>
        <translation>Пакетная печать</translation>
    </message>
    <message>
        <source>Print all permits issued on the day (DD.MM.YYYY):</source>
        <translation>Напечатать все разрешения, выданные в день (ДД.ММ.ГГГГ):</translation>
    </message>
    <message>
        <source>No permit was issued on %1.</source>
        <translation>%1 не выдано ни одного разрешения.</translation>
    </message>
    <message>
        <source>Permit No. %1, valid from %2 to %3</source>
        <translation>Разрешение № %1, действует с %2 по %3</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PermitRegisterWidget</name>
    <message>
        <source>Search: permit number, IIN, passport, surname or name, registry number</source>
        <translation>Поиск: номер разрешения, ИИН, паспорт, фамилия или имя, регистрационный номер</translation>
    </message>
    <message>
        <source>Search permits</source>
        <translation>Поиск разрешений</translation>
    </message>
    <message>
        <source>Permit state</source>
        <translation>Состояние разрешения</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>All permits</source>
        <translation>Все разрешения</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Истекают в течение 30 дней</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок истек</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n разрешение</numerusform>
            <numerusform>%n разрешения</numerusform>
            <numerusform>%n разрешений</numerusform>
        </translation>
    </message>
    <message>
        <source>Any three letters of the immigrant&apos;s or the employer&apos;s name, in Cyrillic or Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several words in any order; an IIN; any four characters of a passport number; a registry or permit number.</source>
        <translation>Любые три буквы имени иммигранта или работодателя, кириллицей или латиницей, в любом обычном написании (Kholmatov, Xolmatov, Холматов); несколько слов в любом порядке; ИИН; любые четыре знака номера паспорта; регистрационный номер или номер разрешения.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PoliceAnswerDialog</name>
    <message>
        <source>Police: positive answer</source>
        <translation>Полиция: положительный ответ</translation>
    </message>
    <message>
        <source>Police: negative answer</source>
        <translation>Полиция: отрицательный ответ</translation>
    </message>
    <message>
        <source>Reference of the answer:</source>
        <translation>Номер ответа:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::PrintPreview</name>
    <message>
        <source>Cannot print</source>
        <translation>Не удается напечатать</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Language of the form:</source>
        <translation>Язык формы:</translation>
    </message>
    <message>
        <source>Save the permits as PDF</source>
        <translation>Сохранить разрешения в PDF</translation>
    </message>
    <message>
        <source>permits.pdf</source>
        <translation>разрешения.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n permit(s)...</source>
        <translation>
            <numerusform>Печать %n разрешения...</numerusform>
            <numerusform>Печать %n разрешений...</numerusform>
            <numerusform>Печать %n разрешений...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
    <message numerus="yes">
        <source>Printing was cancelled after %n form(s).</source>
        <translation>
            <numerusform>Печать отменена после %n формы.</numerusform>
            <numerusform>Печать отменена после %n форм.</numerusform>
            <numerusform>Печать отменена после %n форм.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Those lines of the form would be blank or in another language. An administrator sets them in Tools › Administration › Districts.</source>
        <translation>Эти строки формы останутся пустыми или будут на другом языке. Администратор задаёт их в меню Сервис › Администрирование › Районы.</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>Всё равно напечатать?</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QuotasPage</name>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Double-click the places of a region to set its quota. Taken counts the permits in force and the reservations; the quota cannot go below it.</source>
        <translation>Чтобы установить квоту региона, дважды щелкните по числу его мест. В графе «Занято» учитываются действующие разрешения и бронирования; квота не может быть меньше этого числа.</translation>
    </message>
    <message>
        <source>Type the number of places as a whole number.</source>
        <translation>Введите число мест целым числом.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::QuotasTab</name>
    <message>
        <source>&amp;Change limit...</source>
        <translation>&amp;Изменить лимит...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действуют</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>No quota is set for %1.</source>
        <translation>Квоты на %1 год не установлены.</translation>
    </message>
    <message>
        <source>Permits issued on the quota of %1, %2</source>
        <translation>Разрешения, выданные по квоте: %1, %2 год</translation>
    </message>
    <message>
        <source>Issued since 1 January</source>
        <translation>Выдано с 1 января</translation>
    </message>
    <message>
        <source>Quotas of the regions</source>
        <translation>Квоты регионов</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RefusalDialog</name>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Ground %1: %2</source>
        <translation>Основание %1: %2</translation>
    </message>
    <message>
        <source>Nothing in the case&apos;s record suggests a ground.</source>
        <translation>Материалы дела не указывают на основание.</translation>
    </message>
    <message>
        <source>The case&apos;s record suggests:</source>
        <translation>Материалы дела указывают на:</translation>
    </message>
    <message>
        <source>Ground (Appendix 2, row 9)</source>
        <translation>Основание (приложение 2, строка 9)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RegisterView</name>
    <message>
        <source>Not counted: %1</source>
        <translation>Не подсчитано: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>No district is assigned to you, so the registers show nothing. Ask the administrator to give you your districts.</source>
        <translation>Вам не назначен район, поэтому реестры пусты. Попросите администратора назначить вам районы.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ReportsTab</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Экспорт в &amp;CSV...</translation>
    </message>
    <message>
        <source>Print to &amp;PDF...</source>
        <translation>Печать в &amp;PDF...</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>В разрезе</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later &quot;To&quot; day.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите более позднюю дату «По».</translation>
    </message>
    <message>
        <source>You work in no district: the reports count nothing. An administrator gives you your districts.</source>
        <translation>Вы не работаете ни в одном районе: отчёты ничего не считают. Районы вам назначает администратор.</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С нарушением срока</translation>
    </message>
    <message>
        <source>In time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Печать в PDF</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ResolveComplaintDialog</name>
    <message>
        <source>case %1</source>
        <translation>делу %1</translation>
    </message>
    <message>
        <source>permit No. %1</source>
        <translation>разрешению № %1</translation>
    </message>
    <message>
        <source>Complaint of %1, registered on %2, on %3 (%4).</source>
        <translation>Жалоба: %1, зарегистрирована %2, по %3 (%4).</translation>
    </message>
    <message>
        <source>Addressed to: %1. Appeals: %2.</source>
        <translation>Адресат: %1. Обжалуется: %2.</translation>
    </message>
    <message>
        <source>Resolve the complaint</source>
        <translation>Рассмотрение жалобы</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after registration (%2).</source>
        <translation>
            <numerusform>%1: %n рабочий день после регистрации (%2).</numerusform>
            <numerusform>%1: %n рабочих дня после регистрации (%2).</numerusform>
            <numerusform>%1: %n рабочих дней после регистрации (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Дата рассмотрения</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Куда направлена</translation>
    </message>
    <message>
        <source>Reasons, or a note</source>
        <translation>Причины или примечание</translation>
    </message>
    <message>
        <source>The body that considers the complaint</source>
        <translation>Орган, рассматривающий жалобу</translation>
    </message>
    <message>
        <source>Resolve the complaint as &quot;%1&quot;? A resolution is final.</source>
        <translation>Рассмотреть жалобу с результатом «%1»? Решение окончательное.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Рассмотреть</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::RevocationDialog</name>
    <message>
        <source>Revocation of permit %1</source>
        <translation>Отзыв разрешения %1</translation>
    </message>
    <message>
        <source>Act issued by</source>
        <translation>Орган, издавший акт</translation>
    </message>
    <message>
        <source>the body supervising labour or migration law</source>
        <translation>орган контроля за соблюдением трудового или миграционного законодательства</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Номер акта</translation>
    </message>
    <message>
        <source>Act dated</source>
        <translation>Дата акта</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Appendix 9 to the police by</source>
        <translation>Приложение 9 в полицию не позднее</translation>
    </message>
    <message>
        <source>Last day of stay (Appendix 8)</source>
        <translation>Последний день пребывания (приложение 8)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after revocation.</source>
        <translation>
            <numerusform>%1: %n рабочий день после отзыва.</numerusform>
            <numerusform>%1: %n рабочих дня после отзыва.</numerusform>
            <numerusform>%1: %n рабочих дней после отзыва.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calendar day(s) after revocation.</source>
        <translation>
            <numerusform>%1: %n календарный день после отзыва.</numerusform>
            <numerusform>%1: %n календарных дня после отзыва.</numerusform>
            <numerusform>%1: %n календарных дней после отзыва.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Type the day of revocation to see it.</source>
        <translation>Введите дату отзыва, чтобы увидеть срок.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SaveQuestions</name>
    <message>
        <source>Employer already on record</source>
        <translation>Работодатель уже есть в базе</translation>
    </message>
    <message>
        <source>An employer with IIN %1 is already on record, with other details than those typed:</source>
        <translation>Работодатель с ИИН %1 уже есть в базе, но с другими данными, чем введены:</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>В базе</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Введено</translation>
    </message>
    <message>
        <source>Updating the employer changes them on every case that names them, older cases included. Keeping the details on record leaves those cases as they are.</source>
        <translation>Обновление работодателя изменит его во всех делах, где он указан, включая прежние. Если оставить данные из базы, эти дела останутся как есть.</translation>
    </message>
    <message>
        <source>Real estate typed that is not on record is added to the employer either way.</source>
        <translation>Введённая недвижимость, которой нет в базе, в любом случае добавляется работодателю.</translation>
    </message>
    <message>
        <source>&amp;Keep the details on record</source>
        <translation>&amp;Оставить данные из базы</translation>
    </message>
    <message>
        <source>&amp;Update the employer for every case</source>
        <translation>&amp;Обновить работодателя во всех делах</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Сохранено другим сотрудником</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Your typing stays on screen until you choose. Saving yours replaces the saved values shown; the record keeps both.</source>
        <translation>Введённое вами остаётся на экране, пока вы не выберете. Сохранение вашего варианта заменит показанные сохранённые значения; журнал хранит обе версии.</translation>
    </message>
    <message>
        <source>&amp;Save mine over it</source>
        <translation>&amp;Сохранить моё поверх</translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;: it is no longer a draft, so your typing cannot be saved over it. Your typing stays on screen until you choose.</source>
        <translation>Теперь дело в статусе «%1»: это уже не черновик, поэтому введённое вами нельзя сохранить поверх. Введённое остаётся на экране, пока вы не выберете.</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>&amp;Взять сохранённую версию</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ScanViewer</name>
    <message>
        <source>Cannot show the scan</source>
        <translation>Не удается показать скан-копию</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан-копия</translation>
    </message>
    <message>
        <source>No viewer opened the file; it is at %1</source>
        <translation>Ни одна программа просмотра не открыла файл; он находится здесь: %1</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ScansBox</name>
    <message>
        <source>&amp;Attach scans...</source>
        <translation>&amp;Прикрепить скан-копии...</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>Прикрепить скан-копии</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Скан-копии (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>&amp;View scan</source>
        <translation>Просмотреть скан-&amp;копию</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Удалить скан-копию</translation>
    </message>
    <message>
        <source>Scans (drop files here)</source>
        <translation>Скан-копии (перетащите файлы сюда)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::ServerBanner</name>
    <message numerus="yes">
        <source>The connection to the server %1 is lost. Trying again in %n s. What you type stays on this computer; save it once the server is back.</source>
        <translation>
            <numerusform>Связь с сервером %1 прервалась. Новая попытка через %n с. Всё, что вы вводите, остаётся на этом компьютере; сохраните, когда сервер вернётся.</numerusform>
            <numerusform>Связь с сервером %1 прервалась. Новая попытка через %n с. Всё, что вы вводите, остаётся на этом компьютере; сохраните, когда сервер вернётся.</numerusform>
            <numerusform>Связь с сервером %1 прервалась. Новая попытка через %n с. Всё, что вы вводите, остаётся на этом компьютере; сохраните, когда сервер вернётся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Связь с сервером восстановлена.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::SettingsPage</name>
    <message>
        <source>Folder of edited print forms (empty: the built-in forms)</source>
        <translation>Папка измененных печатных форм (пусто: встроенные формы)</translation>
    </message>
    <message>
        <source>Akimat: work starts (HH:mm)</source>
        <translation>Акимат: начало работы (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Akimat: lunch starts (HH:mm)</source>
        <translation>Акимат: начало обеденного перерыва (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Akimat: lunch ends (HH:mm)</source>
        <translation>Акимат: окончание обеденного перерыва (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Akimat: work ends (HH:mm)</source>
        <translation>Акимат: окончание работы (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>State Corporation: work starts (HH:mm)</source>
        <translation>Госкорпорация: начало работы (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>State Corporation: work ends (HH:mm)</source>
        <translation>Госкорпорация: окончание работы (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Largest scan accepted, in bytes</source>
        <translation>Наибольший допустимый размер скан-копии, байт</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Choose the folder of edited print forms</source>
        <translation>Выберите папку измененных печатных форм</translation>
    </message>
    <message>
        <source>Double-click a value to change it; it is saved when you press Enter.</source>
        <translation>Чтобы изменить значение, дважды щелкните по нему; оно сохраняется при нажатии Enter.</translation>
    </message>
    <message>
        <source>Folder of edited print forms:</source>
        <translation>Папка измененных печатных форм:</translation>
    </message>
    <message>
        <source>Folder of edited print forms</source>
        <translation>Папка измененных печатных форм</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StepDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Some fields need attention: the messages beside them say what to fix.</source>
        <translation>Некоторые поля требуют внимания: сообщения рядом с ними подсказывают, что исправить.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StoreOpener</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Не удается открыть хранилище</translation>
    </message>
    <message>
        <source>No store here yet</source>
        <translation>Здесь еще нет хранилища</translation>
    </message>
    <message>
        <source>Make a new, empty Ruqsat store there? If not, it stays as it is.</source>
        <translation>Создать там новое пустое хранилище Ruqsat? Если нет, все останется как есть.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::StoreSummaryWidget</name>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Labour immigrants</source>
        <translation>Трудовые иммигранты</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Employers&apos; real estate</source>
        <translation>Недвижимость работодателей</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Члены семьи</translation>
    </message>
    <message>
        <source>Checklist documents</source>
        <translation>Документы по перечню</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Скан-копии</translation>
    </message>
    <message>
        <source>Police checks</source>
        <translation>Согласования с полицией</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Permit copies issued</source>
        <translation>Выданные дубликаты разрешений</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <source>Quota reservations</source>
        <translation>Забронированные места в квоте</translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation>Прекращения трудовых договоров</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Отзывы разрешений</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>Трудовые договоры</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Calendar exceptions</source>
        <translation>Исключения календаря</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Хранилище:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation>Хранилище не открыто: %1</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Журнал аудита:</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>В этом сеансе не проверялся.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::TerminationDialog</name>
    <message>
        <source>End of work under permit %1</source>
        <translation>Прекращение работы по разрешению %1</translation>
    </message>
    <message>
        <source>Labour contract ended on</source>
        <translation>Дата прекращения трудового договора</translation>
    </message>
    <message>
        <source>Employer&apos;s notice received on</source>
        <translation>Дата получения уведомления работодателя</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notice due by</source>
        <translation>Срок уведомления</translation>
    </message>
    <message>
        <source>The notice came late.</source>
        <translation>Уведомление поступило с опозданием.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after the contract ended.</source>
        <translation>
            <numerusform>%1: %n рабочий день после прекращения договора.</numerusform>
            <numerusform>%1: %n рабочих дня после прекращения договора.</numerusform>
            <numerusform>%1: %n рабочих дней после прекращения договора.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day the contract ended to see it.</source>
        <translation>Введите дату прекращения договора, чтобы увидеть срок.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::UsersPage</name>
    <message>
        <source>&amp;Add the user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>Задать новый паро&amp;ль</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Деактив&amp;ировать</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>The user picked in the list</source>
        <translation>Пользователь, выбранный в списке</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Актив&amp;ировать</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Change the &amp;role</source>
        <translation>Изменить &amp;роль</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next login.</source>
        <translation>Новая роль действует со следующего входа пользователя.</translation>
    </message>
    <message>
        <source>Change the dis&amp;tricts</source>
        <translation>Изменить &amp;районы</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>The new districts apply from the user&apos;s next login.</source>
        <translation>Новые районы действуют со следующего входа пользователя.</translation>
    </message>
</context>
<context>
    <name>ruqsat::ui::YearRatesPage</name>
    <message>
        <source>&amp;Save the year</source>
        <translation>Сохранить &amp;год</translation>
    </message>
    <message>
        <source>&amp;Remove the year</source>
        <translation>&amp;Удалить год</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>MCI, tenge</source>
        <translation>МРП, тенге</translation>
    </message>
    <message>
        <source>IIT advance a month, in MCI</source>
        <translation>Авансовый платеж по ИПН в месяц, МРП</translation>
    </message>
    <message>
        <source>IIT advance a month, tenge</source>
        <translation>Авансовый платеж по ИПН в месяц, тенге</translation>
    </message>
    <message>
        <source>MCI of the year, tenge</source>
        <translation>МРП года, тенге</translation>
    </message>
</context>
<context>
    <name>ruqsat::users::LoginGuard</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong too many times in a row. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Пароль был введён неверно слишком много раз подряд. Подождите %n секунду и попробуйте снова.</numerusform>
            <numerusform>Пароль был введён неверно слишком много раз подряд. Подождите %n секунды и попробуйте снова.</numerusform>
            <numerusform>Пароль был введён неверно слишком много раз подряд. Подождите %n секунд и попробуйте снова.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ruqsat::users::ServerLogin</name>
    <message>
        <source>The role %1 is not an active Ruqsat user of this store.</source>
        <translation>Роль %1 не является активным пользователем Ruqsat этого хранилища.</translation>
    </message>
</context>
</TS>
