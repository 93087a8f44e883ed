/** "America/New_York" -> "New York": the place part of an IANA zone, for people rather than machines. */
export function zoneName(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

/** Every zone the runtime knows, for the zone picker; empty where Intl cannot list them. */
export function allZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
