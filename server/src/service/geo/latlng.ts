export interface LatLng {
  lat: number;
  lng: number;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Reads a `latlng` value, "latitude,longitude" in decimal degrees; null when it is not two numbers. */
export function parseLatLng(value: string): LatLng | null {
  const parts = value.split(',');
  if (parts.length !== 2) return null;
  const [lat, lng] = parts.map((part) => part.trim());
  if (!lat || !lng || !NUMBER.test(lat) || !NUMBER.test(lng)) return null;
  return { lat: Number(lat), lng: Number(lng) };
}

export function inRange(point: LatLng): boolean {
  return Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180;
}
