/**
 * Messages between the extension and its webviews, declared once for both sides. Whatever arrives is checked
 * against these shapes before it is acted on: a webview is only as trusted as the documents it shows.
 */
import type { MapEntry, MapPlace } from '../../../server/src/service';

export type { MapEntry, MapPlace };

export type PreviewToExtension =
  { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'openLink'; href: string };

export type ExtensionToPreview = { type: 'render'; html: string } | { type: 'scrollTo'; line: number };

export type ExtensionToMap =
  | { type: 'document'; title: string; places: MapPlace[]; highlight: string[] }
  | { type: 'workspace'; entries: MapEntry[]; complete: boolean };

export type MapToExtension =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; uri?: string }
  | { type: 'move'; line: number; lat: number; lng: number }
  | { type: 'open'; uri: string; line: number };

const isLine = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 10_000_000;
const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function parsePreviewMessage(value: unknown): PreviewToExtension | null {
  if (!isRecord(value)) return null;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'reveal' && isLine(value.line)) return { type: 'reveal', line: value.line };
  if (value.type === 'openLink' && typeof value.href === 'string' && /^(https?:|mailto:)/i.test(value.href)) {
    return { type: 'openLink', href: value.href };
  }
  return null;
}

export function parseMapMessage(value: unknown): MapToExtension | null {
  if (!isRecord(value)) return null;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'reveal' && isLine(value.line)) {
    return typeof value.uri === 'string'
      ? { type: 'reveal', line: value.line, uri: value.uri }
      : { type: 'reveal', line: value.line };
  }
  if (
    value.type === 'move' &&
    isLine(value.line) &&
    isCoordinate(value.lat, 90) &&
    isCoordinate(value.lng, 180)
  ) {
    return { type: 'move', line: value.line, lat: value.lat, lng: value.lng };
  }
  if (value.type === 'open' && typeof value.uri === 'string' && isLine(value.line))
    return { type: 'open', uri: value.uri, line: value.line };
  return null;
}
