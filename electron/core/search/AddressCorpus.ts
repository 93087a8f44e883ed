import { BigramCorpus, EXACT, PREFIX, SUBSTRING, type BigramCorpusImage } from './BigramCorpus';
import { flatLists, nestedLists, type FlatLists } from './FlatLists';
import { numberArray } from './numberArray';

/** An AddressCorpus as plain data, for a persisted index. */
export interface AddressCorpusImage {
  /** Its keys are the local parts, in address order (kept there only, not in a list of their own). */
  locals: BigramCorpusImage;
  domain: Int32Array;
  posting: Int32Array;
  domainText: string[];
  domainAddresses: FlatLists;
  oddKeys: string[];
  oddPostings: Int32Array;
}

/**
 * Email addresses, each with its contact's posting, found by prefix and by substring as whole keys
 * ("petrov" finds ivan.petrov@duma.ru, "duma.r" too). Addresses share their domains (a city hall,
 * gmail.com), so an address is kept as its local part, found through letter pairs, and its domain,
 * one of a few hundred checked directly: typing "volg" looks at each domain once instead of at
 * every address of volgadmin.ru. Keys that are not one local part, one @ and a domain are checked
 * one by one.
 */
export class AddressCorpus {
  /** Local parts; a local part's "posting" here is its address number. */
  private locals = new BigramCorpus({ everyPlace: true });
  private domain: number[] = [];
  private posting: number[] = [];
  private domainIdOf = new Map<string, number>();
  private domainText: string[] = [];
  /** Per domain: its address numbers. */
  private domainAddresses: number[][] = [];
  private odd: { key: string; posting: number }[] = [];

  image(): AddressCorpusImage {
    return {
      locals: this.locals.image(),
      domain: Int32Array.from(this.domain),
      posting: Int32Array.from(this.posting),
      domainText: this.domainText,
      domainAddresses: flatLists(this.domainAddresses),
      oddKeys: this.odd.map((o) => o.key),
      oddPostings: Int32Array.from(this.odd, (o) => o.posting),
    };
  }

  static fromImage(image: AddressCorpusImage): AddressCorpus {
    const corpus = new AddressCorpus();
    corpus.locals = BigramCorpus.fromImage(image.locals);
    corpus.domain = numberArray(image.domain);
    corpus.posting = numberArray(image.posting);
    corpus.domainText = image.domainText;
    corpus.domainIdOf = new Map(image.domainText.map((text, id) => [text, id]));
    corpus.domainAddresses = nestedLists(image.domainAddresses);
    corpus.odd = image.oddKeys.map((key, i) => ({ key, posting: image.oddPostings[i] as number }));
    return corpus;
  }

  add(key: string, posting: number): void {
    const at = key.indexOf('@');
    if (at <= 0 || key.includes('@', at + 1)) {
      this.odd.push({ key, posting });
      return;
    }
    const domainText = key.slice(at + 1);
    let domain = this.domainIdOf.get(domainText);
    if (domain === undefined) {
      domain = this.domainText.length;
      this.domainIdOf.set(domainText, domain);
      this.domainText.push(domainText);
      this.domainAddresses.push([]);
    }
    const address = this.posting.length;
    this.domain.push(domain);
    this.posting.push(posting);
    (this.domainAddresses[domain] as number[]).push(address);
    this.locals.add(key.slice(0, at), address);
  }

  clear(): void {
    this.locals.clear();
    this.domain = [];
    this.posting = [];
    this.domainIdOf = new Map();
    this.domainText = [];
    this.domainAddresses = [];
    this.odd = [];
  }

  refresh(): void {
    this.locals.refresh();
  }

  /**
   * Calls `visit(posting, how)` for every address that is `pattern` (EXACT), starts with it
   * (PREFIX), or, when `substrings` is set, holds it further in (SUBSTRING), as BigramCorpus.scan
   * over the whole addresses would.
   */
  scan(pattern: string, substrings: boolean, visit: (posting: number, how: number) => void): void {
    for (const { key, posting } of this.odd) {
      if (key.startsWith(pattern)) visit(posting, key.length === pattern.length ? EXACT : PREFIX);
      else if (substrings && key.includes(pattern, 1)) visit(posting, SUBSTRING);
    }
    const at = pattern.indexOf('@');
    if (at === -1) {
      // A local part equal to the pattern is a prefix of its address, never all of it.
      this.locals.scan(pattern, substrings, (address, how) => visit(this.posting[address] as number, how === EXACT ? PREFIX : how));
      if (!substrings) return;
      this.domainText.forEach((text, domain) => {
        if (!text.includes(pattern)) return;
        for (const address of this.domainAddresses[domain] as number[]) visit(this.posting[address] as number, SUBSTRING);
      });
      return;
    }
    if (pattern.includes('@', at + 1)) return;
    const before = pattern.slice(0, at);
    const after = pattern.slice(at + 1);
    const check = (address: number): void => {
      const local = this.locals.key(address);
      const domain = this.domainText[this.domain[address] as number] as string;
      if (!domain.startsWith(after)) return;
      if (local === before) visit(this.posting[address] as number, domain.length === after.length ? EXACT : PREFIX);
      else if (substrings && local.length > before.length && local.endsWith(before)) visit(this.posting[address] as number, SUBSTRING);
    };
    if (before.length >= 2) {
      // Addresses whose local part holds what comes before the @.
      this.locals.scan(before, substrings, (address) => check(address));
      return;
    }
    this.domainText.forEach((text, domain) => {
      if (text.startsWith(after)) for (const address of this.domainAddresses[domain] as number[]) check(address);
    });
  }

  /** An upper bound on the addresses `scan` would visit: for choosing which term to match first. */
  estimate(pattern: string): number {
    const at = pattern.indexOf('@');
    return this.odd.length + this.locals.estimate(at === -1 ? pattern : pattern.slice(0, at));
  }
}
