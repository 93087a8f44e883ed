import { describe, expect, it } from 'vitest';
import { cliArgs } from '../../electron/main/cliArgs';

describe('cliArgs', () => {
  it('finds the CLI command after --cli in a packaged and a development start', () => {
    expect(cliArgs(['/opt/Liaison/liaison', '--cli', 'list', '--json'])).toEqual(['list', '--json']);
    expect(cliArgs(['/usr/bin/electron', '.', '--cli', '--data', '/tmp/w', 'list'])).toEqual(['--data', '/tmp/w', 'list']);
    expect(cliArgs(['/opt/Liaison/liaison', '--cli'])).toEqual([]);
  });

  it('is null for a normal start, and for a .vcf opened with the app', () => {
    expect(cliArgs(['/opt/Liaison/liaison'])).toBeNull();
    expect(cliArgs(['/opt/Liaison/liaison', '/home/rep/cards.vcf'])).toBeNull();
  });
});
