/**
 * A typed array's numbers as a regular array that can grow. A plain loop into an array of the right
 * length: Array.from walks the typed array through its iterator, several times slower, and loading
 * an index converts over a million numbers.
 */
export function numberArray(typed: Int32Array | Uint8Array): number[] {
  const array = new Array<number>(typed.length);
  for (let i = 0; i < typed.length; i++) array[i] = typed[i] as number;
  return array;
}

/** Flags stored as 0/1 bytes, as booleans. */
export function booleanArray(typed: Uint8Array): boolean[] {
  const array = new Array<boolean>(typed.length);
  for (let i = 0; i < typed.length; i++) array[i] = typed[i] === 1;
  return array;
}
