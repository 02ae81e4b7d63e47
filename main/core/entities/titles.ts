// Words that introduce a person's name ("President Joe Biden", "Dr. Okafor", "г-н Иванов",
// "Bundeskanzler Merz", "Mme Tubiana"). Compared lower-cased, without a trailing full stop.

const english = `president vice-president premier chancellor minister secretary secretary-general senator sen
representative rep congressman congresswoman governor gov mayor judge justice king queen prince princess
sheikh emir pope cardinal bishop archbishop rabbi imam ayatollah general gen admiral adm colonel col
major maj captain capt lieutenant lt sergeant sgt commander cmdr dr doctor prof professor mr mrs ms
miss sir dame lord lady chairman chairwoman chair ceo director spokesman spokeswoman ambassador
commissioner inspector detective coach manager cllr councillor councilman councilwoman alderman
supt superintendent insp dci constable sheriff marshal rev revd reverend pastor canon vicar chaplain
baroness baron viscount earl duke duchess countess mep`;

// Lower-case occupations that name the person after them ("chief executive Dana Whitfield", "the
// novelist Ama Owusu"): read only before a span, never inside one, so "New Scientist" stays whole.
const englishRoles = `executive economist analyst founder lawyer barrister solicitor historian researcher
scientist novelist poet translator architect curator artist painter composer singer actor actress
journalist editor campaigner activist striker midfielder defender goalkeeper winger captain skipper
rower cyclist sprinter chef farmer landlord nurse surgeon physician teacher`;

/** Lower-cased occupations that, written just before a capitalised name, mark it as a person. */
export const roleWords: ReadonlySet<string> = new Set(englishRoles.split(/\s+/u).filter(Boolean));

const russian = `президент премьер премьер-министр министр глава губернатор мэр генерал полковник адмирал
канцлер председатель г-н г-жа господин госпожа доктор профессор экономист посол спикер патриарх
депутат сенатор директор представитель`;

const german = `bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin ministerpräsident
ministerpräsidentin minister ministerin bundesminister bundesministerin verkehrsminister
verkehrsministerin außenminister außenministerin finanzminister finanzministerin bürgermeister
bürgermeisterin herr frau dr prof professor professorin bahnchef bahnchefin chef chefin vorsitzende
vorsitzender sprecher sprecherin general botschafter`;

const french = `président présidente premier ministre m mme mlle monsieur madame docteur dr professeur pr
général maire sénateur sénatrice député députée ambassadeur directrice directeur secrétaire`;

/** Lower-cased title words of every supported language (Russian, German, French and English). */
export const titleWords: ReadonlySet<string> = new Set(
  [english, russian, german, french].flatMap((list) => list.split(/\s+/)).filter((word) => word !== ''),
);

/** Titles written with a full stop that also end sentences rarely ("Dr.", "Gen.", "M."). */
export const dottedTitles: ReadonlySet<string> = new Set([
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'adm',
  'col',
  'maj',
  'capt',
  'lt',
  'sgt',
  'cmdr',
  'cllr',
  'supt',
  'insp',
  'rev',
  'revd',
  'prof',
  'mr',
  'mrs',
  'ms',
  'st',
  'pr',
  'm',
  'jr',
  'sr',
]);

/**
 * Title words that are also ordinary capitalised words or roles, so a span they start is a person only
 * when a name follows ("Secretary" alone or "General Motors" must not become people).
 */
export const weakTitleFollowers: ReadonlySet<string> = new Set(['motors', 'electric', 'assembly', 'council']);
