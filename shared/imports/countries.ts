/**
 * Country names as exports print them ("United States", "Deutschland",
 * "USA") turned into ISO 3166-1 alpha-2 codes. A short table of the
 * marketplaces' common destinations; anything else is left out rather than
 * guessed.
 */

const NAMES: Readonly<Record<string, string>> = {
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  america: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  gbr: 'GB',
  canada: 'CA',
  can: 'CA',
  australia: 'AU',
  aus: 'AU',
  'new zealand': 'NZ',
  ireland: 'IE',
  germany: 'DE',
  deutschland: 'DE',
  deu: 'DE',
  france: 'FR',
  frankreich: 'FR',
  fra: 'FR',
  italy: 'IT',
  italia: 'IT',
  italien: 'IT',
  spain: 'ES',
  spanien: 'ES',
  españa: 'ES',
  espana: 'ES',
  netherlands: 'NL',
  niederlande: 'NL',
  'the netherlands': 'NL',
  nederland: 'NL',
  holland: 'NL',
  belgium: 'BE',
  belgique: 'BE',
  belgië: 'BE',
  austria: 'AT',
  österreich: 'AT',
  switzerland: 'CH',
  schweiz: 'CH',
  suisse: 'CH',
  portugal: 'PT',
  poland: 'PL',
  polska: 'PL',
  sweden: 'SE',
  sverige: 'SE',
  denmark: 'DK',
  danmark: 'DK',
  norway: 'NO',
  norge: 'NO',
  finland: 'FI',
  suomi: 'FI',
  'czech republic': 'CZ',
  czechia: 'CZ',
  greece: 'GR',
  hungary: 'HU',
  romania: 'RO',
  luxembourg: 'LU',
  japan: 'JP',
  日本: 'JP',
  china: 'CN',
  'hong kong': 'HK',
  singapore: 'SG',
  india: 'IN',
  'south korea': 'KR',
  korea: 'KR',
  taiwan: 'TW',
  mexico: 'MX',
  méxico: 'MX',
  brazil: 'BR',
  brasil: 'BR',
  'puerto rico': 'PR',
  israel: 'IL',
  'united arab emirates': 'AE',
  uae: 'AE',
  'south africa': 'ZA',
  turkey: 'TR',
  türkiye: 'TR',
};

/** The ISO alpha-2 code for a country name ("United States", "Deutschland"); undefined when not in the table. */
export function countryByName(name: string): string | undefined {
  return NAMES[name.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * The ISO alpha-2 code for a country as an export prints it: a code
 * ("us", "GB"; "UK" becomes "GB") or a name in the table. Undefined when
 * unknown or empty.
 */
export function toCountryCode(text: string | undefined): string | undefined {
  const s = (text ?? '').trim();
  if (s === '') return undefined;
  if (/^[A-Za-z]{2}$/.test(s)) {
    const code = s.toUpperCase();
    return code === 'UK' ? 'GB' : code;
  }
  return countryByName(s);
}
