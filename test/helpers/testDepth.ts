/**
 * How many rounds a randomised or exhaustive test runs. `npm test` takes the quick figure, so the
 * whole suite stays under its 12 minutes on a 2-core machine; `npm run test:long`
 * (LIAISON_LONG_TESTS=1) the long one, the depth these tests were first written with.
 */
export function testDepth(quick: number, long: number): number {
  return process.env.LIAISON_LONG_TESTS === '1' ? long : quick;
}
