// Facts about countries that no package holds: the archive's spellings, aliases in common use, regions the
// archive's reverse geocoding produced, and codes of Natural Earth's that are not ISO 3166.

/** The archive's own spellings (FORMAT.md §4, observed-tag-values.json), and short names where ISO's are formal. */
export const CANONICAL: Readonly<Record<string, string>> = {
  CV: 'Cape Verde',
  TL: 'East Timor',
  CI: 'Ivory Coast',
  CN: "People's Republic of China",
  US: 'United States of America',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  SZ: 'Eswatini',
  LA: 'Laos',
  VN: 'Vietnam',
  TR: 'Turkey',
  SY: 'Syria',
  MK: 'North Macedonia',
  RU: 'Russia',
  IR: 'Iran',
  TZ: 'Tanzania',
  PS: 'Palestine',
  MD: 'Moldova',
  KR: 'South Korea',
  KP: 'North Korea',
  GM: 'The Gambia',
  CZ: 'Czech Republic',
  GB: 'United Kingdom',
  BO: 'Bolivia',
  VE: 'Venezuela',
  FM: 'Micronesia',
  VA: 'Vatican City',
  BN: 'Brunei',
  TW: 'Taiwan',
  XK: 'Kosovo',
  VG: 'British Virgin Islands',
  HK: 'Hong Kong',
  MO: 'Macao',
  AQ: 'Antarctica',
  BQ: 'Caribbean Netherlands',
  CC: 'Cocos Islands',
  FK: 'Falkland Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  VI: 'United States Virgin Islands',
};

/** Territories too small for the 1:50m borders: their main settlement, so that a new document can still place them. */
export const SMALL_TERRITORY_POINTS: Readonly<Record<string, { lat: number; lng: number }>> = {
  TV: { lat: -8.5211, lng: 179.1983 },
  GI: { lat: 36.1408, lng: -5.3536 },
  GF: { lat: 3.9339, lng: -53.1258 },
  GP: { lat: 16.265, lng: -61.551 },
  MQ: { lat: 14.6415, lng: -61.0242 },
  RE: { lat: -21.1151, lng: 55.5364 },
  YT: { lat: -12.8275, lng: 45.1662 },
  TK: { lat: -9.2002, lng: -171.8484 },
  CX: { lat: -10.4475, lng: 105.6904 },
  CC: { lat: -12.1642, lng: 96.871 },
  SJ: { lat: 78.2232, lng: 15.6267 },
  BV: { lat: -54.4232, lng: 3.4132 },
  BQ: { lat: 12.1784, lng: -68.2385 },
  UM: { lat: 19.2823, lng: 166.647 },
};

/** Other spellings seen in the archive, in world-atlas, or in common use. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  CV: ['Cabo Verde'],
  TL: ['Timor Leste', 'Timor-Leste'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  CN: ['China'],
  US: ['United States', 'USA', 'US', 'U.S.A.'],
  CD: ['Democratic Republic of Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa', 'Dem. Rep. Congo'],
  CG: ['Congo', 'Congo-Brazzaville', 'Congo Republic'],
  SZ: ['Swaziland', 'eSwatini'],
  LA: ['Lao PDR', "Lao People's Democratic Republic"],
  VN: ['Viet Nam'],
  TR: ['Türkiye', 'Turkiye'],
  SY: ['Syrian Arab Republic'],
  MK: ['Macedonia', 'FYROM', 'Republic of North Macedonia'],
  GM: ['Gambia'],
  GW: ['Guinea Bissau'],
  CZ: ['Czechia'],
  GB: ['UK', 'Great Britain', 'Britain'],
  KR: ['Korea', 'Republic of Korea'],
  BA: ['Bosnia and Herz.', 'Bosnia', 'Bosnia-Herzegovina'],
  CF: ['Central African Rep.'],
  DO: ['Dominican Rep.'],
  GQ: ['Eq. Guinea'],
  SS: ['S. Sudan'],
  SB: ['Solomon Is.'],
  AG: ['Antigua and Barb.'],
  MH: ['Marshall Is.'],
  KN: ['St. Kitts and Nevis'],
  VC: ['St. Vin. and Gren.', 'Saint Vincent'],
  ST: ['São Tomé and Principe', 'Sao Tome and Principe'],
  PS: ['State of Palestine', 'Palestinian Territories'],
  MM: ['Burma'],
  BO: ['Plurinational State of Bolivia'],
  TZ: ['United Republic of Tanzania'],
  IR: ['Islamic Republic of Iran'],
  RU: ['Russian Federation'],
  MD: ['Republic of Moldova'],
  VE: ['Bolivarian Republic of Venezuela'],
  FM: ['Federated States of Micronesia'],
  TT: ['Trinidad & Tobago'],
  KG: ['Kyrgyz Republic'],
  NL: ['Holland', 'The Netherlands'],
  PH: ['The Philippines'],
  BS: ['The Bahamas'],
  VG: ['British Virgin Is.'],
  EH: ['W. Sahara'],
};

/** Regions and places the archive's reverse geocoding produced, accepted as locations in their country. */
export const PLACES: Readonly<Record<string, string>> = {
  England: 'GB',
  Wales: 'GB',
  Scotland: 'GB',
  'Northern Ireland': 'GB',
  Honshu: 'JP',
  'Kurdistan Region': 'IQ',
  'Republika Srpska': 'BA',
  'Federation of Bosnia and Herzegovina': 'BA',
  Vojvodina: 'RS',
  Adjara: 'GE',
  Puntland: 'SO',
  Somaliland: 'SO',
  'Canary Islands': 'ES',
  'Galápagos Province': 'EC',
  'Gaza Strip': 'PS',
  'West Bank': 'PS',
  'Flemish Brabant': 'BE',
  'Walloon Brabant': 'BE',
  'North Island': 'NZ',
  'South Island': 'NZ',
  'Pante Makassar Subdistrict': 'TL',
  Trinidad: 'TT',
  Tobago: 'TT',
  Antigua: 'AG',
  Zanzibar: 'TZ',
  Crimea: 'UA',
};

/** Features world-atlas leaves without an ISO id, by name. */
export const UNNUMBERED: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
  'Indian Ocean Ter.': 'AU',
};

/**
 * Natural Earth's own codes in the archive's country lookup, for places ISO 3166 codes otherwise (Northern Cyprus
 * and the UN buffer zone are Cyprus for the United Nations; Somaliland is Somalia).
 */
export const NATURAL_EARTH_CODES: Readonly<Record<string, string>> = {
  SDS: 'SS',
  PSX: 'PS',
  KOS: 'XK',
  SAH: 'EH',
  ALD: 'AX',
  SOL: 'SO',
  CYN: 'CY',
  CNM: 'CY',
  KAB: 'KZ',
  ESB: 'GB',
  WSB: 'GB',
  CSI: 'AU',
  ATC: 'AU',
  CLP: 'FR',
};

/** Corrections to i18n-iso-countries' Portuguese names, which swap the two Congos. */
export const PORTUGUESE_NAMES: Readonly<Record<string, string>> = {
  CD: 'República Democrática do Congo',
  CG: 'República do Congo',
};

/** The country lookup's code for the placeholder location 0,0 ("Null Island", "Undefined Country"). */
export const PLACEHOLDER_CODE = 'NUL';
