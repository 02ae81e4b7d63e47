// Common given names across the languages Dossier reads: a capitalised pair starting with one of
// these is a person even where no NLP library helps (German, French, Russian articles).

const names = `aaron adam adrian ahmed aisha alan albert alejandro aleksandr alexander alexandre alexei ali
alice alina amanda amina ana andrea andreas andrew andrey angela angelika anna anne annette anthony
antoine antonio arnaud barbara beatrice ben benjamin bernard bernd boris brian bruno carl carlos
caroline catherine charles charlotte chen chris christian christina christine christoph christopher
claire claude claudia daniel daniela dave david dennis detlef dieter dmitri dmitry donald eduardo
elena elizabeth emily emma emmanuel eric erik eva evelyn fatima felix fernando florian francesca
francis françois frank franz friedrich gabriel georg george gerhard gina giorgio giuseppe gregory
günter hannah hans hassan heinz helen helmut henri hugo ibrahim igor ilya irina isabel isabelle ivan
jack jacques james jan jane jean jennifer jens jessica joachim joe johann johannes john jonathan jorge
josé joseph juan julia julian jürgen karin karl katarina kate katharina katie kevin klaus laura
laurence lea leo linda lisa louis luc lucas luis lukas magdalena manuel marc marco margaret maria
marie marina mario mark markus martin mary matthias max maxim michael michel mike mikhail mohammed
monika natalia natalya nicolas nikolai nina olaf olga oliver olivier omar pablo patrick paul pedro
peter petra philippe pierre rachel rafael ralf richard robert roger roland rosa ruth sabine samuel
sandra sarah sebastian sergei sergey simon sofia sophie stefan stephan stephanie steve steven susanne
sven svetlana sylvie tatiana thomas tim tom tomas ursula valentin vera viktor vincent vladimir walter
werner william wolfgang yuri yves анна александр алексей андрей анастасия борис вадим валентина
виктор владимир галина дмитрий евгений екатерина елена иван игорь ирина константин лариса мария
михаил наталья николай нина олег ольга павел пётр сергей светлана татьяна юлия юрий`;

/** Lower-cased common given names. */
export const givenNames: ReadonlySet<string> = new Set(names.split(/\s+/).filter(Boolean));
