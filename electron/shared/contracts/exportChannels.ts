import { z } from 'zod';
import { channel } from './channel';
import { ContactSelectionSchema } from './contactSelectionChannels';

/**
 * The contact list formats, each named for the tool that reads it:
 * csv (every field, RFC 4180), csv-excel-ru (";" and a BOM, for Excel in a Russian locale),
 * csv-google (Google Contacts' columns), csv-outlook (Outlook's columns), vcard3 (RFC 2426, the
 * default vCard most importers accept) and vcard4 (RFC 6350).
 */
export const ExportFormatSchema = z.enum(['csv', 'csv-excel-ru', 'csv-google', 'csv-outlook', 'vcard3', 'vcard4']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export const exportFormats = ExportFormatSchema.options;

export const ExportOptionsSchema = z
  .object({
    /** A UTF-8 byte-order mark (always on for csv-excel-ru and csv-outlook). */
    bom: z.boolean().optional(),
    delimiter: z.enum([',', ';']).optional(),
  })
  .strict();
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/** Which contacts: a selection (picked ids, or a filter minus exclusions); the empty filter is everyone. */
export const ExportRequestSchema = z
  .object({
    selection: ContactSelectionSchema,
    format: ExportFormatSchema,
    options: ExportOptionsSchema.default(() => ({})),
  })
  .strict();

/** One contact as the export file reads back: what the preview shows. */
export interface ExportPreviewRow {
  name: string;
  latinName: string;
  organization: string;
  title: string;
  emails: string[];
  phones: string[];
  tags: string[];
}

export interface ExportPreview {
  format: ExportFormat;
  /** How many contacts the file will hold. */
  count: number;
  /** The first contacts, parsed back from the exact bytes the file will start with. */
  rows: ExportPreviewRow[];
  /** The first lines of the file as text, BOM left out. */
  text: string;
  /** Sentences about what this format cannot carry for these contacts. */
  warnings: string[];
  fileName: string;
}

/** Saved where the user chose, or cancelled in the save dialog (nothing written). */
export type ExportSaved = { saved: true; path: string; count: number; bytes: number } | { saved: false };

/** The columns a printed contact list can show, in this order. */
export const PrintColumnSchema = z.enum(['name', 'latinName', 'organization', 'title', 'city', 'email', 'phone', 'tags']);
export type PrintColumn = z.infer<typeof PrintColumnSchema>;

export interface PrintRow {
  id: string;
  name: string;
  latinName: string;
  organization: string;
  title: string;
  city: string;
  email: string;
  phone: string;
  tags: string;
}

export interface PrintRows {
  total: number;
  rows: PrintRow[];
}

/** The most rows a printed list holds; a longer list is printed in parts by filtering. */
export const PRINT_LIMIT = 5000;

export const exportChannels = {
  'export:preview': channel<ExportPreview>()(ExportRequestSchema),
  /** Asks where to save (the native dialog), then writes the file durably. */
  'export:save': channel<ExportSaved>()(ExportRequestSchema),
  'export:printRows': channel<PrintRows>()(z.object({ selection: ContactSelectionSchema }).strict()),
  /** The print dialog for the window, where "Save as PDF" lives. */
  'export:print': channel<{ printed: true }>()(z.object({}).strict()),
} as const;
