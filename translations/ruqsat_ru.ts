<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <source>Ruqsat</source>
        <translation>Ruqsat</translation>
    </message>
</context>
<context>
    <name>ruqsat::cases</name>
    <message>
        <source>%1 is not possible for a case in the status &quot;%2&quot;.</source>
        <translation>Действие «%1» невозможно для дела в статусе «%2».</translation>
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
        <source>The police answer is negative: refuse on ground 3 (R-REFUSE-3).</source>
        <translation>Ответ полиции отрицательный: откажите по основанию 3 (R-REFUSE-3).</translation>
    </message>
    <message>
        <source>The permit to extend is not in the store.</source>
        <translation>Продлеваемого разрешения нет в хранилище.</translation>
    </message>
    <message>
        <source>The extension was applied for on %1, but the permit ending on %2 can only be extended on an application made from %3 to %4 (R-EXTEND-WINDOW).</source>
        <translation>Заявление о продлении подано %1, но разрешение, срок которого истекает %2, продлевается только по заявлению, поданному с %3 по %4 (R-EXTEND-WINDOW).</translation>
    </message>
    <message>
        <source>Refusing</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>There is no refusal ground %1: the grounds are numbered 1 to 9.</source>
        <translation>Основания для отказа %1 нет: основания пронумерованы от 1 до 9.</translation>
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
        <source>import FILE.csv, or export YEAR</source>
        <translation>import ФАЙЛ.csv или export ГОД</translation>
    </message>
    <message>
        <source>Imports a calendar file (replacing the years it covers) or exports a year as CSV.</source>
        <translation>Импортирует файл календаря (заменяя годы, которые он охватывает) или экспортирует год в формате CSV.</translation>
    </message>
    <message>
        <source>Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR</source>
        <translation>Использование: ruqsatctl calendar import ФАЙЛ.csv | ruqsatctl calendar export ГОД</translation>
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
        <source>list permits (to find what to print)</source>
        <translation>список разрешений (чтобы найти, что печатать)</translation>
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
        <source>Creates the store, or brings it to this program&apos;s schema.</source>
        <translation>Создает хранилище или приводит его к схеме этой версии программы.</translation>
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
        <source>Form 5: print as a copy (R-DUPLICATE) with the copy mark.</source>
        <translation>Форма 5: печатать как дубликат (R-DUPLICATE) с отметкой «копия».</translation>
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
        <source>Lists or changes the administrator&apos;s settings: the issuing body and its head, the police body of Appendix 9, working hours, the print template folder.</source>
        <translation>Показывает или изменяет настройки администратора: орган, выдающий разрешения, и его руководитель, орган полиции для приложения 9, режим работы, папка шаблонов печати.</translation>
    </message>
    <message>
        <source>Use: ruqsatctl settings list [--json] | ruqsatctl settings set KEY VALUE</source>
        <translation>Использование: ruqsatctl settings list [--json] | ruqsatctl settings set КЛЮЧ ЗНАЧЕНИЕ</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain</name>
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
    <name>ruqsat::domain::Mrz</name>
    <message>
        <source>An MRZ is 2 lines of 44 characters (passport) or 3 lines of 30 (ID card); got %1 line(s) of %2.</source>
        <translation>MRZ состоит из 2 строк по 44 символа (паспорт) или 3 строк по 30 (удостоверение личности); получено строк: %1, длина: %2.</translation>
    </message>
    <message>
        <source>Line %1 holds &quot;%2&quot;; an MRZ has only A-Z, 0-9 and &lt;.</source>
        <translation>Строка %1 содержит «%2»; в MRZ допустимы только A-Z, 0-9 и &lt;.</translation>
    </message>
</context>
<context>
    <name>ruqsat::domain::Parser</name>
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
    <name>ruqsat::printing</name>
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
</context>
<context>
    <name>ruqsat::printing::FormLoader</name>
    <message>
        <source>Unknown form.</source>
        <translation>Неизвестная форма.</translation>
    </message>
</context>
<context>
    <name>ruqsat::printing::Renderer</name>
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
    <name>ruqsat::store</name>
    <message>
        <source>The employer %1 is not in the store</source>
        <translation>Работодателя %1 нет в хранилище</translation>
    </message>
    <message>
        <source>The immigrant %1 is not in the store</source>
        <translation>Иммигранта %1 нет в хранилище</translation>
    </message>
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
        <source>%1 is not a Ruqsat database (%2). It was not changed.</source>
        <translation>%1 не является базой данных Ruqsat (%2). Файл не изменен.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>Файл %1 поврежден, открыть его невозможно. Файл не изменен; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>it has no Ruqsat schema</source>
        <translation>в нем нет схемы Ruqsat</translation>
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
    <message>
        <source>A password needs at least 8 characters</source>
        <translation>Пароль должен содержать не менее 8 символов</translation>
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
    <name>ruqsat::store::SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Ruqsat (schema %2, needs at least %3; this program knows %4). Update Ruqsat to open it; the database was not changed.</source>
        <translation>%1 записан более новой версией Ruqsat (схема %2, требуется не ниже %3; эта программа знает схему %4). Обновите Ruqsat, чтобы открыть его; база данных не изменена.</translation>
    </message>
    <message>
        <source>%1 is not a Ruqsat database: it holds other tables. It was not changed.</source>
        <translation>%1 не является базой данных Ruqsat: в ней есть другие таблицы. Она не изменена.</translation>
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
    <name>ruqsat::store::UserRepository</name>
    <message>
        <source>No such user</source>
        <translation>Такого пользователя нет</translation>
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
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
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
        <source>yours: %1</source>
        <translation>ваше: %1</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>сохранено: %1</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Адрес места работы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Сохранено другим пользователем</translation>
    </message>
    <message>
        <source>Your typing is kept here. Compare, then reopen the case to continue from the saved version.</source>
        <translation>Введенные вами данные сохранены здесь. Сравните их, затем откройте дело заново, чтобы продолжить с сохраненной версии.</translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation>Несохраненное заявление</translation>
    </message>
    <message>
        <source>Save the changes to this application before closing?</source>
        <translation>Сохранить изменения в этом заявлении перед закрытием?</translation>
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
</context>
</TS>
