/** A country's representative point for a new document's latlng tag, once the country data carries one. */
export function countryLocation(country: string): { lat: number; lng: number } | undefined {
  void country;
  return undefined;
}
