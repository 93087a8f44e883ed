import type { importLines as en } from '../en/importLines';
import type { Translation } from '../Translation';

/** What the import says about a file's bytes and lines, in Russian. */
export const importLines = {
  'importLines.guessedEncoding':
    'Файл не в UTF-8, поэтому Liaison прочитал его как {encoding} ({script}), судя по буквам в нём. Если имена выглядят неверно, выберите другую кодировку в окне импорта (или укажите --encoding в командной строке).',
  'importLines.cardNotEnded': '{at}: нет END:VCARD; Liaison прочитал её до следующего BEGIN:VCARD (или до конца файла), а следующую карточку — отдельно. Проверьте этот контакт после импорта.',
  'importLines.headerless':
    'В первой строке файла {name} — контакт, а не названия столбцов (так пишет Thunderbird), поэтому она импортирована как контакт, а столбцы угаданы по содержимому. Если это всё же заголовок, отметьте это в окне импорта (или не указывайте --no-header в командной строке).',
  'importLines.headerlessThunderbird':
    'В первой строке файла {name} — контакт, а не названия столбцов: в файле столбцы Thunderbird без строки заголовка, поэтому он прочитан со столбцами Thunderbird.',
  'importLines.column': 'Столбец {n}',
  'importLines.unknownEncoding': 'Liaison не умеет читать кодировку «{encoding}»; выберите кодировку из списка.',
  'import.encoding': 'Кодировка',
  'import.encodingGuessed': 'Кодировка (как прочитана из файла)',
  'import.hasHeader': 'В первой строке — названия столбцов',
  'import.headerlessHint': 'Первая строка похожа на контакт, поэтому Liaison читает её как контакт. Отметьте, если в ней названия столбцов.',
  'encoding.script.any': 'Юникод',
  'encoding.script.cyrillic': 'кириллица',
  'encoding.script.western': 'западноевропейская',
  'encoding.script.central': 'центральноевропейская',
  'encoding.script.greek': 'греческая',
  'encoding.script.turkish': 'турецкая',
  'encoding.script.baltic': 'балтийская',
  'encoding.script.hebrew': 'иврит',
  'encoding.script.arabic': 'арабская',
  'encoding.script.japanese': 'японская',
  'encoding.script.chinese': 'китайская',
  'encoding.script.korean': 'корейская',
} as const satisfies Translation<typeof en>;
