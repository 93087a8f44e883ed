/** A small well-formed document the damaged shapes are cut from. */
export const VALID = '{"schemaVersion":1,"seq":3,"contacts":{"a":{"family":"Иванова"}}}';

/** Each damaged shape the store must recognise, with the reason a user is shown. */
export const damagedShapes: { name: string; bytes: Buffer; reason: string }[] = [
  { name: 'empty', bytes: Buffer.alloc(0), reason: 'the file is empty' },
  { name: 'null', bytes: Buffer.from('null'), reason: 'the file holds null' },
  {
    name: 'truncated',
    bytes: Buffer.from(VALID).subarray(0, 40),
    reason: `the file is not valid JSON (truncated or damaged at byte ${Buffer.from(VALID).subarray(0, 40).byteLength})`,
  },
  { name: 'NUL bytes', bytes: Buffer.concat([Buffer.from(VALID.slice(0, 20)), Buffer.alloc(4096)]), reason: 'the file contains NUL bytes' },
  { name: 'BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]), reason: 'the file starts with a byte-order mark' },
  { name: 'random bytes', bytes: Buffer.from([0x9c, 0xfe, 0x41, 0x13, 0xd7, 0x88, 0x7f, 0xc3]), reason: 'the file is not UTF-8 text' },
  { name: 'blank', bytes: Buffer.from(' \n\t\n'), reason: 'the file holds only blank space' },
  { name: 'a number', bytes: Buffer.from('42'), reason: 'the file holds a number, not a workspace' },
  { name: 'false', bytes: Buffer.from('false'), reason: 'the file holds the value false, not a workspace' },
  { name: 'a list', bytes: Buffer.from('[]'), reason: 'the file holds a list, not a workspace' },
];
