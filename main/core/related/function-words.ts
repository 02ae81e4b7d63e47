import { foldText } from '../search/fold-text.ts';

// Function words (articles, prepositions, conjunctions, pronouns, auxiliaries) of the languages
// Dossier reads, and the words of reporting itself ("said", "week", "news"). They say nothing of a
// story in any library, yet in a library holding few articles in, say, Greek or Bulgarian, "του, για,
// οτι" are carried by a handful of articles and look as rare as a name. So article-terms.ts drops them
// when an article's terms are taken: they are never stored, so no comparison can count them. Words
// that are also English content words ("car", "die", "war", "son") are left out of the other
// languages' lists.

const lists = [
  // The words of reporting, in any story
  `said says year years week weeks day days time new news report reported people just like`,
  // English
  `the and that with from this have has had were was are been will would could should into about than
  then them they their there what when which while who whom also more most other over such only very
  not but its his her our your these those after before because between under where there here`,
  // German
  `der das dem des ein eine einer eines einem einen und oder aber auch auf aus bei mit nach von
  vor zum zur über unter für gegen ohne seit sie wir ihr ich dieser diese dieses kein keine wie
  wenn als dass nur noch schon nicht sich werden wurde wurden sind sein haben wird waren hat`,
  // French
  `les des une aux mais donc dans sur sous par pour avec sans chez vers entre selon depuis pendant
  elle ils elles nous vous cette ces ses leur leurs notre votre qui que est sont été avoir fait
  pas était ont avait plus`,
  // Spanish, Portuguese, Italian
  `los las del por una para como más sus que entre sobre desde hasta pero este esta estos estas
  ese esa fue han sido está según también con uma dos das nas nos pelo pela com não mais seu sua foi
  são ser sobre até della delle degli dei nel nella nei alla alle allo dal dalla una che non
  sono stato stata anche come questo questa suo sua loro tra fra dopo`,
  // Polish, Czech
  `się nie jest był była było oraz dla przez przy jak jego jej ich lub tak tym też już który
  która które więc jednak nad przed między został została jako aby jsou byl byla bylo jeho její
  jejich jak ale také který která které podle před mezi nebo jako aby však tak není`,
  // Swedish
  `och att det som för inte till var hon och ett eller från efter under
  sina sitt också ska skulle vara blev har hade där när utan enligt`,
  // Russian, Ukrainian
  `для что как это этот эта эти его её она они которые также был была были при под над или после перед
  между когда где уже ещё еще чтобы только все всё может того этого який яка яке які що також був
  була були для при під над або після перед між коли де вже щоб тільки його її вони цей ця ці від`,
  // Bulgarian, Serbian (Cyrillic and Latin)
  `това тази тези този които която който което при под над или след преди между когато къде вече
  само към със без беше бяха като още за от на се да ще има няма са са бил била били
  који која које што као али или код после пре између када где већ само није јесте био била били
  koji koja koje što kao ali ili kod posle između kada gde već samo nije jeste bila bili
  које који који ова овај ово ове ova ovaj ovo ove su`,
  // Greek
  `του της των τον την τους τις και για από στο στη στην στον στα στις στους με ότι που οτι πως
  είναι ήταν θα δεν μην αλλά ενώ όταν όπως μετά πριν μέχρι προς κατά μια ένα ενός μιας αυτό αυτή
  αυτός αυτά αυτές αυτοί οποίο οποία οποίος οποίοι έχει έχουν είχε ακόμη επίσης σύμφωνα`,
];

/** Folded function words (as article-terms.ts folds a word) of every language listed: never a term. */
export const functionWords: ReadonlySet<string> = new Set(
  lists.flatMap((list) => foldText(list).split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3),
);
