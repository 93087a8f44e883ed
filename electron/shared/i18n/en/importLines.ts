/**
 * What the import says about a file's bytes and lines: the encoding it guessed, a card cut short,
 * a CSV file whose first row is a contact rather than column names; and the encoding picker.
 */
export const importLines = {
  'importLines.guessedEncoding':
    'The file is not UTF-8, so Liaison read it as {encoding} ({script}), judged by the letters in it. If names look wrong, choose another encoding in the import dialog (or give --encoding on the command line).',
  // `at` is "card 3".
  'importLines.cardNotEnded': '{at} has no END:VCARD: Liaison read it up to the next BEGIN:VCARD (or the end of the file) and read the card after it on its own. Check that contact after the import.',
  'importLines.headerless':
    'The first row of {name} holds a contact, not column names (Thunderbird writes such files), so it was imported as a contact and the columns were guessed from what they hold. If it is a header row after all, say so in the import dialog (or leave out --no-header on the command line).',
  'importLines.headerlessThunderbird':
    'The first row of {name} holds a contact, not column names: the file has Thunderbird’s columns without their header row, so it was read with Thunderbird’s columns.',
  'importLines.column': 'Column {n}',
  'importLines.unknownEncoding': '“{encoding}” is not an encoding Liaison can read; choose one from the list.',
  'import.encoding': 'Encoding',
  'import.encodingGuessed': 'Encoding (as read from the file)',
  'import.hasHeader': 'The first row holds column names',
  'import.headerlessHint': 'The first row looks like a contact, so Liaison reads it as one. Tick this if it names the columns.',
  'encoding.script.any': 'Unicode',
  'encoding.script.cyrillic': 'Cyrillic',
  'encoding.script.western': 'Western European',
  'encoding.script.central': 'Central European',
  'encoding.script.greek': 'Greek',
  'encoding.script.turkish': 'Turkish',
  'encoding.script.baltic': 'Baltic',
  'encoding.script.hebrew': 'Hebrew',
  'encoding.script.arabic': 'Arabic',
  'encoding.script.japanese': 'Japanese',
  'encoding.script.chinese': 'Chinese',
  'encoding.script.korean': 'Korean',
} as const;
