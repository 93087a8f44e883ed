// Node project setup. The electron mock is installed per test file with vi.mock('electron', ...)
// from test/main/electronMock.ts, so core and shared tests never see it.
export {};
