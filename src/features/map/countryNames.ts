import type { Lang } from '../../lib/lang';

/**
 * ISO 3166 numeric (the basemap's shape ids) → alpha-2, the code Intl.DisplayNames names a country by, in the
 * reader's language. Packed as "004AF008AL…" (five characters an entry) to keep the map chunk small; built from
 * the basemap's own shapes (public/geo/countries.json), all 195 of those with a numeric id.
 */
const PACKED =
  '004AF008AL010AQ012DZ024AO028AG031AZ032AR036AU040AT044BS050BD051AM052BB056BE060BM064BT068BO070BA072BW076BR084BZ090SB092VG096BN100BG104MM108BI112BY116KH120CM124CA132CV136KY140CF144LK148TD152CL156CN158TW170CO178CG180CD188CR191HR192CU196CY203CZ204BJ208DK212DM214DO218EC222SV226GQ231ET232ER233EE238FK242FJ246FI250FR260TF262DJ266GA268GE270GM275PS276DE288GH296KI300GR304GL308GD320GT324GN328GY332HT340HN348HU352IS356IN360ID364IR368IQ372IE376IL380IT384CI388JM392JP398KZ400JO404KE408KP410KR414KW417KG418LA422LB426LS428LV430LR434LY440LT442LU450MG454MW458MY466ML478MR484MX496MN498MD499ME500MS504MA508MZ512OM516NA524NP528NL531CW533AW534SX540NC548VU554NZ558NI562NE566NG578NO586PK591PA598PG600PY604PE608PH616PL620PT624GW626TL630PR634QA642RO643RU646RW652BL659KN660AI662LC663MF670VC682SA686SN688RS694SL703SK704VN705SI706SO710ZA716ZW724ES728SS729SD732EH740SR748SZ752SE756CH760SY762TJ764TH768TG780TT784AE788TN792TR795TM796TC800UG804UA807MK818EG826GB834TZ840US850VI854BF858UY860UZ862VE887YE894ZM';

const ALPHA2 = new Map<string, string>();
for (let i = 0; i + 5 <= PACKED.length; i += 5) ALPHA2.set(PACKED.slice(i, i + 3), PACKED.slice(i + 3, i + 5));
// Shapes Natural Earth gives a name instead of a numeric id.
ALPHA2.set('Kosovo', 'XK');
const UNCODED: Readonly<Record<string, { en: string; es: string }>> = {
  'N. Cyprus': { en: 'Northern Cyprus', es: 'Chipre del Norte' },
  Somaliland: { en: 'Somaliland', es: 'Somalilandia' },
};

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the reader's language; the basemap's own (English) name when there is no code for it. */
export function countryName(id: string | number | undefined, fallback: string, lang: Lang): string {
  const key = id === undefined ? fallback : /^\d+$/.test(String(id)) ? String(id).padStart(3, '0') : String(id);
  const code = ALPHA2.get(key);
  if (code === undefined) return UNCODED[key]?.[lang] ?? fallback;
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? fallback;
}
